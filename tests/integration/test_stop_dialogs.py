"""When start-up has to stop, its dialog speaks the user's language; the terminal keeps one
English line. The real app runs as a process (``helpers/stop_dialog.py`` reads out the message
box it shows), in the language chosen in Settings or, before any journal exists, the system's.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rejection_desktop.db.migrations import latest_version
from rejection_desktop.ui.i18n import LANGUAGE_KEY

ROOT = Path(__file__).parents[2]
HELPER = ROOT / "tests" / "helpers" / "stop_dialog.py"

NEWER = {
    "de": "Dieses Tagebuch wurde von einer neueren Version von Rejection Desktop gespeichert. "
          "Bitte aktualisiere die App. Die Datei wurde nicht verändert.",
    "es": "Este diario se guardó con una versión más reciente de Rejection Desktop. Actualiza la "
          "aplicación. El archivo no se ha modificado.",
    "en": "This journal was saved by a newer version of Rejection Desktop. Please update the "
          "app. The file has not been changed.",
}
UNDER_A_FILE = {
    "de": "Der Datenordner {0} kann nicht verwendet werden: {1} ist eine Datei, kein Ordner.",
    "es": "No se puede usar la carpeta de datos {0}: {1} es un archivo, no una carpeta.",
}


def start(data: Path, system_language: str = "C") -> tuple[int, list[str], str]:
    """Start the app on ``data`` with ``system_language`` as the system's; its exit code, the
    text of each dialog it showed and what it wrote to the terminal."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL=system_language, LANG=system_language, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(HELPER), "--data-dir", str(data)], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    dialogs = [line.removeprefix("dialog: ") for line in result.stdout.splitlines()
               if line.startswith("dialog: ")]
    return result.returncode, dialogs, result.stderr


def newer_journal(data: Path, language: str) -> bytes:
    """A journal from a future version in ``data``, the language chosen in its Settings."""
    data.mkdir()
    with sqlite3.connect(data / "journal.sqlite3") as connection:
        connection.execute("CREATE TABLE future (x)")
        connection.execute(f"PRAGMA user_version = {latest_version() + 1}")
    if language != "en":
        ui_state = QSettings(str(data / "ui-state.ini"), QSettings.Format.IniFormat)
        ui_state.setValue(LANGUAGE_KEY, language)
        ui_state.sync()
    return (data / "journal.sqlite3").read_bytes()


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_a_journal_from_a_newer_version_is_refused_in_the_chosen_language(tmp_path, language):
    data = tmp_path / "data"
    before = newer_journal(data, language)
    code, dialogs, terminal = start(data)
    assert code == 1
    assert dialogs == [NEWER[language]]
    lines = [line for line in terminal.splitlines() if line.startswith("rejection-desktop:")]
    assert len(lines) == 1 and "newer version" in lines[0]  # the terminal's English line
    assert "Traceback" not in terminal
    assert (data / "journal.sqlite3").read_bytes() == before


@pytest.mark.parametrize(("system", "language"), [("de_DE.UTF-8", "de"), ("es_MX.UTF-8", "es")])
def test_a_data_folder_under_a_file_is_refused_in_the_system_language(tmp_path, system,
                                                                     language):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    data = blocker / "data"
    code, dialogs, terminal = start(data, system)
    assert code == 1
    assert dialogs == [UNDER_A_FILE[language].format(data, blocker)]
    assert "cannot use the data folder" in terminal and "Traceback" not in terminal
    assert blocker.read_text(encoding="utf-8") == "not a folder"
