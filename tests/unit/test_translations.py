"""The translation workflow: every string extractable, the .ts files current, every .qm loads."""

from __future__ import annotations

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
