"""A real ``QTranslator`` from a few translations: written as a ``.ts`` file, compiled by
``pyside6-lrelease`` (the build's own tool) and loaded as the app loads its ``.qm`` files."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def build_qm(folder: Path, translations: Mapping[tuple[str, str], str]) -> Path:
    """Compile ``{(context, source): translation}`` into ``folder/tiny.qm``."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in translations.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>")
    body = "".join(f"<context><name>{escape(name)}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    ts = folder / "tiny.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="de_DE">{body}</TS>\n', encoding="utf-8")
    qm = folder / "tiny.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@contextmanager
def translated(folder: Path, translations: Mapping[tuple[str, str], str]
               ) -> Iterator[QTranslator]:
    """Every translate()/tr() call inside uses the compiled ``translations``."""
    translator = QTranslator()
    assert translator.load(str(build_qm(folder, translations)))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
