"""A refused import, shown by the real Data section in a real message box, speaks the user's
language (a QTranslator compiled from a .ts file), not the English of the command line."""

from __future__ import annotations

import pytest
from helpers.journal_data import fill_journal, live_digest
from helpers.languages import speak
from helpers.tiny_translator import translated
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rejection_desktop.domain.problems import Problem
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import DataTransferService
from rejection_desktop.services.jobs import JobRunner
from rejection_desktop.ui.problem_text import sentence
from rejection_desktop.ui.widgets.data_settings import DataSettingsSection


@pytest.fixture
def section(context, qtbot):
    fill_journal(context, size=2)
    zone = context.services.settings.zone
    backups = BackupService(context.paths, context.clock, zone)
    runner = JobRunner()
    widget = DataSettingsSection(DataTransferService(backups, zone, context.clock), backups,
                                 zone, runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.cancel_and_wait()


def answer_boxes(qtbot, seen: list[str]) -> None:
    """Read each message box as it shows, then press its OK button."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        seen.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    if not seen:
        QTimer.singleShot(50, lambda: answer_boxes(qtbot, seen))


def test_a_refused_import_is_explained_in_the_users_language(section, qtbot, tmp_path,
                                                              monkeypatch, context):
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "rejection-desktop-export", "format_version": 7}')
    monkeypatch.setattr(section, "ask_open_path", lambda: newer)
    monkeypatch.setattr(section, "ask_import_mode", pytest.fail)
    digest = live_digest(context.paths.database)
    seen: list[str] = []
    (tmp_path / "qm").mkdir()
    with translated(tmp_path / "qm", {
            ("DataSettingsSection", "This file cannot be imported: {0}"):
                "Diese Datei kann nicht importiert werden: {0}",
            ("Problem", sentence(Problem.EXPORT_NEWER)):
                "Sie wurde von einer neueren Version exportiert (Format {0}; diese Version "
                "liest Format {1}). Bitte aktualisiere die App."}):
        assert section.import_button.isVisible()
        qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
        answer_boxes(qtbot, seen)
        qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen == ["Diese Datei kann nicht importiert werden: Sie wurde von einer neueren "
                    "Version exportiert (Format 7; diese Version liest Format 1). Bitte "
                    "aktualisiere die App."]
    assert live_digest(context.paths.database) == digest


def test_an_imports_question_and_result_count_in_the_users_language(section, qtbot, tmp_path,
                                                                     monkeypatch, context):
    export = tmp_path / "journal.json"
    section.transfer.export("json", export)
    speak("de", context)
    monkeypatch.setattr(section, "ask_open_path", lambda: export)
    asked: list[str] = []

    def answer_question() -> None:  # the real question box, its default button by Return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(50, answer_question)

    QTimer.singleShot(50, answer_question)
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    label = section.panel.result_label
    qtbot.waitUntil(lambda: label.isVisible() and "Importiert" in label.text(), timeout=60_000)
    assert len(asked) == 1 and "Übungen" in asked[0] and "Versuche" in asked[0]
    assert "nichts Neues" in label.text() and "schon vorhanden" in label.text()
    for english in ("challenges", "attempts", "skipped", "added", "nothing new"):
        assert english not in asked[0] and english not in label.text()
