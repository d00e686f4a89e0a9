"""Settings > Data and the recovery dialog, driven through their real buttons."""

from __future__ import annotations

import gc
import json
import re
import weakref

import pytest
from helpers.journal_data import fill_journal, live_digest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from rejection_desktop.app.context import open_context
from rejection_desktop.db.backup import DatabaseFileInfo
from rejection_desktop.db.models import Attempt, Challenge
from rejection_desktop.services.backups import BackupKind, BackupService
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.services.jobs import JobRunner
from rejection_desktop.services.recovery import GoodBackup, RecoveryOffer
from rejection_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from rejection_desktop.ui.widgets.data_settings import DataSettingsSection


@pytest.fixture
def section(context, qtbot):
    fill_journal(context, size=4)
    zone = context.services.settings.zone
    backups = BackupService(context.paths, context.clock, zone)
    transfer = DataTransferService(backups, zone, context.clock)
    runner = JobRunner()
    widget = DataSettingsSection(transfer, backups, zone, runner)
    qtbot.addWidget(widget)
    widget.show()
    widget.problems = []
    widget.show_problem = widget.problems.append
    yield widget
    runner.cancel_and_wait()  # no job outlives its test (it would write the next one's journal)


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot, section: DataSettingsSection) -> None:
    """Wait until the jobs the last click started have ended (and the buttons are back)."""
    qtbot.waitUntil(lambda: section.jobs.active is None
                    and not section.panel.progress_row.isVisible(), timeout=60_000)


def result_text(section: DataSettingsSection) -> str:
    assert section.panel.isVisible() and section.panel.result_label.isVisible()
    return section.panel.result_label.text()


def test_every_control_is_named_and_the_empty_list_says_what_happens(section):
    assert section.list_stack.currentWidget() is section.empty
    assert not section.restore_button.isEnabled()
    for button in section.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    assert section.table.accessibleName()


def test_back_up_now_adds_a_row_with_counts(section, qtbot, context):
    click(qtbot, section.backup_now_button)
    settle(qtbot, section)
    assert section.list_stack.currentWidget() is section.table
    model = section.model
    assert model.rowCount() == 1
    assert model.backup_at(0).kind is BackupKind.MANUAL
    attempts = model.index(0, model.COLUMNS.index("attempt")).data()
    assert attempts == str(Attempt.select().count())
    assert "Backed up" in result_text(section)
    assert section.panel.show_button.isVisible()
    assert section.panel.parent() is section.backup_card  # under the button pressed


def test_the_backups_times_follow_a_new_time_zone_at_once(section, qtbot, context):
    settings = context.services.settings
    settings.set("timezone", "Europe/Berlin")
    settings.setting_changed.connect(section.on_setting_changed)  # as the app wires it
    click(qtbot, section.backup_now_button)
    settle(qtbot, section)
    shown = section.model.index(0, 0).data()
    settings.set("timezone", "Asia/Tokyo")  # 7 or 8 hours later than Berlin
    later = section.model.index(0, 0).data()
    assert later != shown and later == section.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert section.table.isVisible() and section.model.rowCount() == 1


def test_export_buttons_write_the_chosen_files(section, qtbot, tmp_path, monkeypatch):
    for kind in ("json", "csv", "md"):
        target = tmp_path / f"out.{kind}"
        monkeypatch.setattr(section, "ask_save_path", lambda k, t=target: t)
        click(qtbot, section.export_buttons[kind])
        settle(qtbot, section)
        assert target.exists()
        assert str(target) in result_text(section)
        assert section.panel.parent() is section.export_card
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(document["attempts"]) == Attempt.select().count()
    assert section.problems == []


def test_a_bad_file_is_explained_and_changes_nothing(section, qtbot, tmp_path, monkeypatch,
                                                      context):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rejection-desktop-export", "format_version": 7}')
    monkeypatch.setattr(section, "ask_open_path", lambda: bad)
    monkeypatch.setattr(section, "ask_import_mode", pytest.fail)
    digest = live_digest(context.paths.database)
    click(qtbot, section.import_button)
    settle(qtbot, section)
    assert len(section.problems) == 1 and "newer version" in section.problems[0]
    assert live_digest(context.paths.database) == digest


@pytest.fixture
def other_export(tmp_path, context, qapp):
    """An export of another journal (the context's database is swapped out and back)."""
    path = tmp_path / "other.json"
    original = context.paths.root
    context.close()
    other = open_context(tmp_path / "other", context.clock)
    fill_journal(other, size=9)
    DataTransferService(BackupService(other.paths, other.clock), other.services.settings.zone,
                        other.clock).export("json", path)
    other.close()
    reopened = open_context(original, context.clock)
    yield path, reopened


def test_import_adds_what_is_new(section, qtbot, monkeypatch, other_export):
    path, _ = other_export
    asked = []
    monkeypatch.setattr(section, "ask_open_path", lambda: path)
    monkeypatch.setattr(section, "ask_import_mode",
                        lambda preview: asked.append(preview) or ImportMode.MERGE)
    before = Attempt.select().count()
    click(qtbot, section.import_button)
    qtbot.waitUntil(lambda: "Imported" in section.panel.result_label.text(), timeout=60_000)
    settle(qtbot, section)
    assert asked[0].in_file["attempts"] == 9 and asked[0].added["attempts"] == 9
    assert Attempt.select().count() == before + 9
    assert "Imported" in result_text(section)


def test_an_imported_file_does_not_stay_in_memory(section, qtbot, monkeypatch, other_export):
    path, _ = other_export
    started: list[weakref.ref] = []
    section.jobs.job_started.connect(lambda job: started.append(weakref.ref(job)))
    monkeypatch.setattr(section, "ask_open_path", lambda: path)
    monkeypatch.setattr(section, "ask_import_mode", lambda preview: ImportMode.MERGE)
    click(qtbot, section.import_button)
    qtbot.waitUntil(lambda: "Imported" in section.panel.result_label.text(), timeout=60_000)
    settle(qtbot, section)
    assert len(started) == 2  # reading the file, then importing it
    gc.collect()
    assert [ref() for ref in started] == [None, None]  # nor the jobs holding it


@pytest.mark.parametrize("answer", ["cancel", "replace, then no"])
def test_a_file_not_imported_is_let_go_off_the_gui_thread(section, qtbot, monkeypatch,
                                                          other_export, answer):
    path, _ = other_export
    monkeypatch.setattr(section, "ask_open_path", lambda: path)
    monkeypatch.setattr(section, "ask_import_mode", lambda preview: (
        None if answer == "cancel" else ImportMode.REPLACE))
    monkeypatch.setattr(section, "confirm", lambda text, action: False)
    discarded = []
    discard = section.transfer.discard
    monkeypatch.setattr(section.transfer, "discard",
                        lambda loaded: discarded.append((loaded, discard(loaded))))
    before = Attempt.select().count()
    click(qtbot, section.import_button)
    settle(qtbot, section)
    assert len(discarded) == 1
    loaded, thread = discarded[0]
    thread.join(10)
    assert loaded.document.tables == {} and thread.name == "discard import"
    assert Attempt.select().count() == before and section.import_button.isEnabled()


def test_replace_asks_again_and_backs_up_first(section, qtbot, monkeypatch, other_export):
    path, _ = other_export
    monkeypatch.setattr(section, "ask_open_path", lambda: path)
    monkeypatch.setattr(section, "ask_import_mode", lambda preview: ImportMode.REPLACE)
    monkeypatch.setattr(section, "confirm", lambda text, action: False)
    before = Attempt.select().count()
    click(qtbot, section.import_button)
    settle(qtbot, section)
    assert Attempt.select().count() == before  # said no: nothing happened
    monkeypatch.setattr(section, "confirm", lambda text, action: True)
    click(qtbot, section.import_button)
    qtbot.waitUntil(lambda: "Imported" in section.panel.result_label.text(), timeout=60_000)
    settle(qtbot, section)
    assert Attempt.select().count() == 9
    assert section.model.backup_at(0).kind is BackupKind.BEFORE_IMPORT


def test_restore_selected_goes_back_and_lists_the_safety_copy(section, qtbot, monkeypatch,
                                                              context):
    click(qtbot, section.backup_now_button)
    settle(qtbot, section)
    count = Challenge.select().count()
    context.services.challenges.add(ChallengeInput("After the backup", "shops", 10))
    section.table.selectRow(0)
    monkeypatch.setattr(section, "confirm", lambda text, action: True)
    click(qtbot, section.restore_button)
    settle(qtbot, section)
    assert Challenge.select().count() == count
    assert "Restored" in result_text(section)
    kinds = [section.model.backup_at(r).kind for r in range(section.model.rowCount())]
    assert BackupKind.BEFORE_RESTORE in kinds


def test_changing_the_folder(section, qtbot, monkeypatch, tmp_path):
    chosen = tmp_path / "backups-elsewhere"
    monkeypatch.setattr(section, "ask_folder", lambda: chosen)
    assert not section.default_folder_button.isEnabled()
    click(qtbot, section.change_folder_button)
    assert str(chosen) in section.folder_label.text()
    click(qtbot, section.backup_now_button)
    settle(qtbot, section)
    assert section.model.backup_at(0).path.parent == chosen
    click(qtbot, section.default_folder_button)
    assert "backups-elsewhere" not in section.folder_label.text()


def test_the_warning_shows_for_a_journal_in_a_synced_folder(tmp_path, clock, qtbot):
    context = open_context(tmp_path / "OneDrive" / "journal", clock)
    try:
        zone = context.services.settings.zone
        backups = BackupService(context.paths, clock, zone)
        widget = DataSettingsSection(DataTransferService(backups, zone, clock), backups, zone,
                                     JobRunner())
        qtbot.addWidget(widget)
        widget.show()
        assert widget.location_warning.isVisible()
        assert "OneDrive" in widget.location_warning.text()
    finally:
        context.close()


# the recovery dialog ------------------------------------------------------------------------------
@pytest.fixture
def offer(context, qapp):
    info = BackupService(context.paths, context.clock).back_up_now()
    return RecoveryOffer(context.paths.database, "database disk image is malformed",
                         GoodBackup(info, DatabaseFileInfo(2, {"challenge": 130, "attempt": 3,
                                                               "reflection": 1})),
                         (context.paths.backups,))


def test_recovery_dialog_restores_the_offered_backup(offer, qtbot):
    dialog = RecoveryDialog(offer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "malformed" in dialog.problem_label.text()
    assert "3 attempts" in dialog.backup_label.text()
    assert dialog.restore_button.isDefault()
    click(qtbot, dialog.restore_button)
    assert dialog.decision.restore_from == offer.backup.info.path


def test_recovery_dialog_quits_without_a_decision(offer, qtbot):
    dialog = RecoveryDialog(offer)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.quit_button)
    assert dialog.decision.restore_from is None


def test_recovery_dialog_refuses_a_file_that_is_not_a_backup(offer, qtbot, tmp_path,
                                                             monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = RecoveryDialog(RecoveryOffer(offer.database, "bad header", None, ()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a journal")
    assert not dialog.use_file(notes) and "cannot be restored" in warnings[0]
    assert not dialog.use_file(offer.database) and "damaged journal itself" in warnings[1]
    assert dialog.use_file(offer.backup.info.path)
    assert dialog.decision.restore_from == offer.backup.info.path


def test_backup_dates_name_the_month_in_every_locale(section, qtbot):
    QLocale.setDefault(QLocale.c())  # its short date format writes "4 12 2026"
    try:
        click(qtbot, section.backup_now_button)
        qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=20000)  # a background job
        when = section.model.index(0, 0).data()
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}[:.]\d{2}( [AP]M)?", when), when
    finally:
        QLocale.setDefault(QLocale.system())
