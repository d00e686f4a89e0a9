"""Every sentence a start-up stop can show comes through the translator, with its paths and
numbers in place, and the shipped languages translate each one."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.bracket_translator import bracketed

from rejection_desktop.app import stop_text
from rejection_desktop.db.faults import Fault
from rejection_desktop.db.files import DatabaseCorruptError, DatabaseTooNewError, DiskFaultError
from rejection_desktop.ui.i18n import install_translators, uninstall_translators

FOLDER = Path("/home/sam/.local/share/rejection-desktop")


def every_stop() -> list[str]:
    """Each stop's sentence once, every fault included."""
    texts = [stop_text.fault_text(fault) for fault in Fault]
    texts += [stop_text.disk_text(fault, FOLDER) for fault in Fault]
    texts += [stop_text.locked_text(fault, FOLDER) for fault in Fault]
    texts += [
        stop_text.folder_text(FOLDER, NotADirectoryError(20, "Not a directory", "/home/sam")),
        stop_text.folder_text(FOLDER, PermissionError(13, "Permission denied")),
        stop_text.journal_text(DatabaseTooNewError("schema 9")),
        stop_text.journal_text(DiskFaultError(FOLDER / "journal.sqlite3", Fault.DISK_FULL)),
        stop_text.journal_text(DatabaseCorruptError("file is not a database")),
        stop_text.restore_text(OSError(28, "No space left on device")),
        stop_text.busy_text("rejection-desktop export", 4242, FOLDER),
        stop_text.no_answer_text(),
        stop_text.crash_text(),
    ]
    return texts


def test_every_stop_goes_through_the_translator_with_its_details(qapp):
    with bracketed():
        texts = every_stop()
    assert all(text.startswith("[") for text in texts), texts
    with bracketed():
        assert stop_text.busy_text("rejection-desktop export", 4242, FOLDER) == (
            f"[The command “rejection-desktop export” (process 4242) is using your journal in "
            f"{FOLDER}. Try again when it has finished.]")
        assert stop_text.journal_text(DatabaseCorruptError("file is not a database")) == (
            "[Your journal cannot be opened: file is not a database]")
        assert stop_text.restore_text(OSError(28, "No space left on device")) == (
            "[The backup could not be restored: No space left on device. Your journal has been "
            "left as it was.]")
        assert stop_text.disk_text(Fault.READ_ONLY, FOLDER) == (
            f"[Your journal cannot be opened: [the disk is read-only] ({FOLDER}). Nothing in it "
            "has been changed.]")


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_shipped_languages_translate_every_stop(qapp, language):
    english = every_stop()
    install_translators(language)
    try:
        translated = every_stop()
    finally:
        uninstall_translators()
    for source, text in zip(english, translated, strict=True):
        assert text != source, source
        assert str(FOLDER) in text or str(FOLDER) not in source
    assert "4242" in translated[-3]
