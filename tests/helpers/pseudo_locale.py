"""A pseudo-locale built at test time: every string of the package, accented, about 40 %
longer and bracketed ("Save" -> "[Ŝåvé ~~]"), compiled into a .qm.

``pyside6-lupdate`` extracts today's strings (so the catalogue is never stale), each gets its
pseudo translation (placeholders, HTML tags, entities and mnemonics kept), Qt's own button
texts are added under their Qt contexts, and ``pyside6-lrelease`` compiles the result. A test
that loads it sees at once text that does not fit (40 % longer) and text that never went
through the translator (no brackets).
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rejection_desktop"
ACCENTS = str.maketrans("aeiouyAEIOUYcCnNsSzZgGhHwW", "åéîöûýÅÉÎÖÛÝçÇñÑŝŜžŽĝĜĥĤŵŴ")
KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\n)")
"""Placeholders, tags, entities and line breaks stay exactly as they are."""
GROWTH = 0.4

QT_TEXTS = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults", "Don't Save",
                       "Close without Saving"),
    "QWizard": ("< &Back", "&Next >", "&Finish", "Commit", "Cancel", "Help", "Go Back",
                "Continue", "Done", "Quit", "&Next", "Back"),
    "QDialogButtonBox": ("OK", "Cancel", "Close", "Save", "&Yes", "&No"),
    "QMessageBox": ("Show Details...", "Hide Details...", "OK"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
}
"""Qt's own strings a window shows (what qtbase's translation gives in a real language)."""


def pseudo(text: str) -> str:
    """``text`` accented, padded by about 40 % and bracketed (inside rich text's tags)."""
    if not text.strip():
        return text
    parts = KEEP.split(text)
    body = "".join(part if KEEP.fullmatch(part) else part.translate(ACCENTS) for part in parts)
    visible = sum(len(part) for part in parts if not KEEP.fullmatch(part))
    tildes = max(1, math.ceil(visible * GROWTH) - 1)
    padding = " " + " ".join("~" * min(6, tildes - start) for start in range(0, tildes, 6))
    # in words of up to 6, as a longer sentence would be: it wraps like one
    if re.match(r"\s*<[a-zA-Z!/]", text) and ">" in body:
        opening = body.index(">") + 1
        closing = body.rfind("<")
        if closing >= opening:
            return f"{body[:opening]}[{body[opening:closing]}{padding}]{body[closing:]}"
    return f"[{body}{padding}]"


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def build(folder: Path) -> Path:
    """Write ``folder/pseudo.ts`` from today's code and compile ``folder/pseudo.qm``."""
    ts = folder / "pseudo.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", "en", *sources, "-ts", str(ts)], check=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    for name, texts in QT_TEXTS.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation").text = pseudo(text)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
