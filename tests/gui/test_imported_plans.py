"""Planned asks that arrive by import or restore remind: now, in the running app, and after a
restart (start-up checks that every open plan has its reminders)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from helpers.clock import FakeClock
from helpers.journal_data import raw_dump
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from rejection_desktop.app.assemble import assemble
from rejection_desktop.app.context import open_context
from rejection_desktop.db.models import Attempt, Reminder
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.ui.widgets.data_settings import DataSettingsSection


def attempt_reminders(attempt_uid: str) -> dict[str, object]:
    attempt = Attempt.get(Attempt.uid == attempt_uid)
    return {r.kind: r.due_at for r in Reminder.select().where(Reminder.attempt == attempt.id)}


@pytest.fixture
def plan_file(tmp_path, clock, qapp):
    """An export from another computer with a plan for tomorrow 10:00 UTC, written by a tool
    that left the reminders out (as a hand-made or older file may). Request it before the
    journal under test: opening the source journal rebinds the models."""
    source = open_context(tmp_path / "source", clock)
    services = source.services
    challenge = services.challenges.list_challenges()[3].id
    planned_at = clock() + timedelta(days=1, hours=1)
    attempt_id = services.attempts.plan(challenge, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=planned_at))
    uid = Attempt.get_by_id(attempt_id).uid
    export = tmp_path / "plans.json"
    DataTransferService(BackupService(source.paths, clock), services.settings.zone,
                        clock).export("json", export)
    source.close()
    document = json.loads(export.read_text(encoding="utf-8"))
    document["reminders"] = []
    export.write_text(json.dumps(document), encoding="utf-8")
    return export, uid, planned_at


@pytest.fixture
def assembled(qtbot, context):
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 800)
    shell.window.show()
    yield shell, runtime
    runtime.shutdown()


def data_section(shell) -> DataSettingsSection:
    page = shell.window.show_page("settings")
    sections = page.findChildren(DataSettingsSection)
    assert len(sections) == 1
    page.findChild(QScrollArea).ensureWidgetVisible(sections[0].import_button)
    return sections[0]


def import_result(qtbot, section: DataSettingsSection) -> str:
    """Click Import and wait for the job's result line (the import runs in the background)."""
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    result = section.panel.result_label
    qtbot.waitUntil(result.isVisible, timeout=20000)
    return result.text()


@pytest.mark.parametrize("mode", list(ImportMode))
def test_an_imported_plan_reminds_in_the_running_app(qtbot, plan_file, assembled, monkeypatch,
                                                     mode):
    shell, runtime = assembled
    export, uid, planned_at = plan_file
    section = data_section(shell)
    monkeypatch.setattr(section, "ask_open_path", lambda: export)
    monkeypatch.setattr(section, "ask_import_mode", lambda merge: mode)
    monkeypatch.setattr(section, "confirm", lambda text, action: True)
    assert "Imported: added" in import_result(qtbot, section)
    reminders = attempt_reminders(uid)
    assert reminders == {"planned": planned_at - timedelta(minutes=15),
                         "followup": planned_at + timedelta(minutes=30)}
    assert runtime.scheduler.next_at == planned_at - timedelta(minutes=15)


def test_an_imported_plan_reminds_after_a_restart(tmp_path, plan_file, clock, qtbot):
    export, uid, planned_at = plan_file
    target = open_context(tmp_path / "target", clock)
    DataTransferService(BackupService(target.paths, clock), target.services.settings.zone,
                        clock).import_file(export, ImportMode.MERGE)  # as the command does
    assert attempt_reminders(uid) == {}  # no app ran: nothing armed yet
    target.close()
    restarted = open_context(tmp_path / "target", clock)
    shell, runtime = assemble(QApplication.instance(), restarted)
    qtbot.addWidget(shell.window)
    try:
        assert set(attempt_reminders(uid)) == {"planned", "followup"}
        assert runtime.scheduler.next_at == planned_at - timedelta(minutes=15)
        again = restarted.services.reminders.arm_open_plans()
        assert again == 0  # every open plan has its reminders: nothing more is written
    finally:
        runtime.shutdown()
        restarted.close()


def test_a_restored_plan_reminds(qtbot, assembled, services, clock):
    _, runtime = assembled
    challenge = services.challenges.list_challenges()[0].id
    planned_at = clock() + timedelta(hours=5)
    attempt_id = services.attempts.plan(challenge, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=planned_at))
    uid = Attempt.get_by_id(attempt_id).uid
    Reminder.delete().where(Reminder.attempt == attempt_id).execute()  # an older backup's state
    backup = services.backups.back_up_now()
    services.attempts.delete(attempt_id)
    assert runtime.scheduler.replan("change").next_at != planned_at - timedelta(minutes=15)
    services.backups.restore(backup.path)
    assert set(attempt_reminders(uid)) == {"planned", "followup"}
    assert runtime.scheduler.next_at == planned_at - timedelta(minutes=15)


@pytest.fixture
def other_install(tmp_path, qapp):
    """An export of a fresh journal on another computer (same built-ins, other times)."""
    other = open_context(tmp_path / "other", FakeClock(datetime(2025, 1, 1, tzinfo=UTC)))
    export = tmp_path / "other.json"
    DataTransferService(BackupService(other.paths, other.clock), other.services.settings.zone,
                        other.clock).export("json", export)
    other.close()
    return export


def test_a_merge_in_the_app_that_adds_nothing_changes_no_byte(qtbot, other_install, assembled,
                                                              context, monkeypatch):
    services = context.services
    clock = context.clock
    shell, _ = assembled
    services.reminders.add_daily(["07:00"], 127)
    clock.advance(days=2)  # the nudge has occurrences since: a settle would write last_fired
    section = data_section(shell)
    monkeypatch.setattr(section, "ask_open_path", lambda: other_install)
    monkeypatch.setattr(section, "ask_import_mode", lambda merge: ImportMode.MERGE)
    before = raw_dump(context.paths.database)
    assert "nothing new to add" in import_result(qtbot, section)
    assert raw_dump(context.paths.database) == before
