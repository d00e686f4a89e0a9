"""The translation workflow: every string extractable, the .ts files current, every .qm loads."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def test_every_user_facing_string_is_extractable() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts/check_strings.py")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_ts_file_is_current(language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                            ) -> None:
    """lupdate over today's code changes nothing: no new, changed or vanished strings."""
    committed = translations.ts_path(language)
    assert committed.exists(), f"{committed} missing: run make translations"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    monkeypatch.setattr(translations, "ts_path", lambda _language: copy)
    translations.update((language,))
    assert copy.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is out of date with the code: run make translations and translate "
        "the new entries")


def unfinished(language: str) -> dict[str, list[str]]:
    """Context -> source texts without a finished translation (or with an obsolete one)."""
    root = ET.parse(translations.ts_path(language)).getroot()
    missing: dict[str, list[str]] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in {"unfinished", "obsolete", "vanished"}:
                missing.setdefault(context.findtext("name") or "", []).append(
                    message.findtext("source") or "")
    return missing


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    missing = unfinished(language)
    summary = "; ".join(f"{context or '(no context)'}: {len(texts)}"
                        for context, texts in sorted(missing.items()))
    assert not missing, (f"{sum(map(len, missing.values()))} untranslated entries in "
                         f"{language}: {summary}")


def test_every_qm_builds_and_loads(tmp_path: Path) -> None:
    for qm in translations.release(translations.LANGUAGES, tmp_path):
        translator = QTranslator()
        assert translator.load(str(qm)), f"{qm.name} does not load"


def code_strings() -> set[tuple[str, str]]:
    """(context, source text) of every literal ``self.tr`` and ``translate`` call in the package,
    as Qt looks them up at run time (``self.tr``: the enclosing class)."""
    found: set[tuple[str, str]] = set()

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str)
                       else None for a in args[:2]]
            if name == "tr" and literal and literal[0] is not None and self.classes:
                found.add((self.classes[-1], literal[0]))
            elif name == "translate" and len(literal) == 2 and None not in literal:
                found.add((literal[0], literal[1]))
            self.generic_visit(node)

    for path in sorted((ROOT / "rejection_desktop").rglob("*.py")):
        Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_in_the_code_reaches_the_translators(language: str) -> None:
    """lupdate silently skips some calls (a count that is not a plain name, ``\\N{...}``
    escapes); such a string stays English in every language."""
    root = ET.parse(translations.ts_path(language)).getroot()
    extracted = {(context.findtext("name") or "", message.findtext("source") or "")
                 for context in root.iter("context") for message in context.iter("message")}
    missing = sorted(code_strings() - extracted)
    assert not missing, "\n".join(f"{context}: {text!r}" for context, text in missing)
