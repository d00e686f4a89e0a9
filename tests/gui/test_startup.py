"""Start-up in two halves: the window frame first, then the journal fills it in."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from rejection_desktop.app.assemble import build_shell
from rejection_desktop.app.context import open_context
from rejection_desktop.app.startup import (
    JournalCheck,
    JournalStart,
    Options,
    StartHooks,
    frame_window,
    speak_stored_language,
)
from rejection_desktop.app.steps import open_journal
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.platform.single_instance import SingleInstance, server_name
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.recovery import RecoveryDecision, RecoveryOffer
from rejection_desktop.ui.i18n import LANGUAGE_KEY
from rejection_desktop.ui.main_window import LOOK_KEY, PAGE_KEYS, MainWindow
from rejection_desktop.ui.pages.today import TodayPage
from rejection_desktop.ui.shell import Shell


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


@pytest.fixture
def frame(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    return window


@pytest.fixture
def quiet() -> list[str]:
    """What start-up would open modally (the welcome, the crash dialog) is recorded instead."""
    return []


def start_for(window: MainWindow, data: Path, *, hidden: bool = False,
              opened: list[str] | None = None,
              ask_recovery: Callable[[RecoveryOffer], RecoveryDecision] | None = None
              ) -> JournalStart:
    data.mkdir(parents=True, exist_ok=True)
    instance = SingleInstance(data)
    assert instance.acquire()
    record = opened if opened is not None else []

    def crash_dialog(summary: str) -> None:
        raise AssertionError(f"start-up failed: {summary}")

    def welcome(shell: Shell) -> None:
        if not shell.services.settings.get("onboarding_done"):
            record.append("onboarding")

    hooks = StartHooks(show_crash=crash_dialog, ask_recovery=ask_recovery, welcome=welcome,
                       watch_signals=False)
    return JournalStart(QApplication.instance(), window, options=Options(hidden=hidden),
                        paths=DataPaths(data), instance=instance, hooks=hooks)


def test_the_frame_shows_every_page_title_before_the_journal_is_open(frame):
    assert [frame.navigation.item(row).text() for row in range(frame.navigation.count())] == [
        "Today", "Challenges", "Journal", "Progress", "Settings"]
    assert [menu.title() for menu in frame.menus.values()] == ["&File", "&Edit", "&View",
                                                               "&Help"]
    assert frame.current_page_key() == "today"
    assert {"Today", "Opening your journal…"} <= set(labels(frame.stack.currentWidget()))
    frame.show_page("journal")
    assert "Journal" in labels(frame.stack.currentWidget())
    assert frame.built_pages() == {}


def test_opening_the_journal_fills_the_window_in(qtbot, frame, tmp_path, quiet):
    frame.show()
    start = start_for(frame, tmp_path / "data", opened=quiet)
    start.open_journal()
    try:
        assert start.running is not None
        assert isinstance(frame.stack.currentWidget(), TodayPage)
        assert frame.stack.count() == 1  # the placeholder has gone
        assert frame.page_actions[0].shortcut().toString() == "Ctrl+1"
        socket = QLocalSocket()  # later launches can now hand over
        socket.connectToServer(server_name(tmp_path / "data"))
        assert socket.waitForConnected(1000)
        qtbot.waitUntil(lambda: quiet == ["onboarding"])  # a new journal: onboarding, once
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


def test_a_hidden_start_without_a_tray_shows_the_window_once_the_journal_is_open(
        qtbot, frame, tmp_path, quiet):
    start = start_for(frame, tmp_path / "data", hidden=True, opened=quiet)
    assert not frame.isVisible()
    start.open_journal()
    try:
        assert not start.running.runtime.tray_available  # offscreen: no tray to come back from
        assert frame.isVisible()
        qtbot.waitUntil(lambda: quiet == ["onboarding"])
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


def test_a_page_chosen_while_the_journal_opens_stays_chosen(qtbot, frame, tmp_path,
                                                             quiet):
    frame.show()
    frame.show_page("progress")
    start = start_for(frame, tmp_path / "data")
    start.open_journal()
    try:
        assert frame.current_page_key() == "progress"
        assert set(frame.built_pages()) == {"progress"}
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


def test_a_damaged_journal_is_restored_with_the_window_on_screen(frame, tmp_path, clock,
                                                                  quiet):
    data = tmp_path / "data"
    context = open_context(data, clock)
    good = BackupService(context.paths, clock).back_up_now()
    context.close()
    (data / "journal.sqlite3").write_bytes(b"not a journal at all" * 10)
    offers = []
    frame.show()
    start = start_for(frame, data,
                      ask_recovery=lambda offer: offers.append(offer) or RecoveryDecision(
                          good.path))
    start.open_journal()
    try:
        assert offers and "not a SQLite database" in offers[0].problem
        assert start.running is not None
        assert frame.banner.isVisible()
        assert good.path.name in frame.banner.text.text()
        assert any(p.name.startswith("journal-damaged-") for p in data.iterdir())
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


def test_choosing_to_quit_at_recovery_stops_start_up_and_changes_nothing(
        qtbot, frame, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"not a journal at all" * 10
    (data / "journal.sqlite3").write_bytes(damaged)
    start = start_for(frame, data, ask_recovery=lambda offer: RecoveryDecision(None))
    try:
        assert open_journal(start) == 1
    finally:
        start.instance.release()
    assert (data / "journal.sqlite3").read_bytes() == damaged
    assert not any(p.name.startswith("journal-damaged-") for p in data.iterdir())


def test_the_look_is_kept_for_the_next_first_paint(qtbot, tmp_path, context):
    ini = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    shell = build_shell(context, MainWindow(ini))
    qtbot.addWidget(shell.window)
    context.services.settings.set("theme", "dark")
    assert ini.value(LOOK_KEY) == "dark"
    context.services.settings.set("theme", "light")
    assert ini.value(LOOK_KEY) == "light"


def test_the_chosen_language_stays_for_the_whole_session(qtbot, tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    ini = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
    ini.setValue(LANGUAGE_KEY, "de")
    ini.sync()
    speak_stored_language(paths)  # as run_app does, first of all
    window = frame_window(QApplication.instance(), paths, SingleInstance(paths.root))
    qtbot.addWidget(window)
    gc.collect()  # nothing may let go of the translators (the autouse fixture removes them)
    window.show()
    shown = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Heute" in shown and "Today" not in shown


def test_page_keys_match_the_shell(qtbot, context):
    shell = build_shell(context)
    qtbot.addWidget(shell.window)
    assert shell.window.page_keys() == list(PAGE_KEYS)
    for key in PAGE_KEYS:
        assert shell.window.show_page(key) is shell.window.page(key)


def test_the_journal_check_reports_what_is_wrong(tmp_path):
    assert JournalCheck(tmp_path / "none.sqlite3").result() is None  # run here, not started
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"x" * 200)
    check = JournalCheck(bad)
    check.start()
    assert "not a SQLite database" in (check.result() or "")


def test_an_encrypted_journal_asks_for_its_passphrase_inside_the_window(qtbot, frame, tmp_path,
                                                                        clock, quiet):
    from PySide6.QtCore import Qt, QTimer

    from rejection_desktop.db.keyfile import KdfParams
    from rejection_desktop.services import encryption
    from rejection_desktop.ui.dialogs.unlock import UnlockPanel

    data = tmp_path / "data"
    context = open_context(data, clock)
    context.services.reflections.save(None, [], free_text="locked away")
    context.close()
    made = encryption.new_key("the right passphrase",
                              KdfParams(time_cost=1, memory_kib=8192, parallelism=1))
    encryption.enable(DataPaths(data), made)
    seen: dict[str, object] = {}

    def type_passphrases() -> None:
        panel = frame.stack.currentWidget()
        assert isinstance(panel, UnlockPanel) and panel.isVisible()
        seen["sidebar"] = frame.navigation.isEnabled()
        seen["labels"] = labels(panel)
        qtbot.keyClicks(panel.field, "the wrong one")
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        seen["error"] = panel.error.text() if panel.error.isVisible() else ""
        seen["still"] = frame.stack.currentWidget() is panel
        qtbot.keyClicks(panel.field, "the right passphrase")
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)

    frame.show()
    start = start_for(frame, data)
    QTimer.singleShot(0, type_passphrases)
    start.open_journal()
    try:
        assert seen["sidebar"] is False
        assert "Your journal is locked" in seen["labels"]
        assert "not right" in str(seen["error"]) and seen["still"] is True
        assert start.running is not None
        assert isinstance(frame.stack.currentWidget(), TodayPage)
        assert frame.navigation.isEnabled()
        qtbot.waitUntil(lambda: not frame.findChildren(UnlockPanel))
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


def test_a_hostile_stored_setting_starts_with_defaults_and_says_so_once(
        qtbot, frame, tmp_path, clock, quiet):
    import sqlite3

    data = tmp_path / "data"
    context = open_context(data, clock)
    context.services.settings.set("onboarding_done", True)
    context.services.reminders.add_daily(["10:00"])
    context.close()
    with sqlite3.connect(data / "journal.sqlite3") as connection:
        connection.execute("INSERT OR REPLACE INTO setting VALUES ('paused_until', "
                           "'\"0001-01-01T00:00:00+05:00\"', '2026-06-01 09:00:00.000000')")
    connection.close()
    frame.show()
    start = start_for(frame, data)
    start.open_journal()
    try:
        assert start.running is not None
        assert start.running.runtime.scheduler.next_at is not None  # the daily nudge is planned
        assert frame.banner.isVisible()
        assert "settings could not be read" in frame.banner.text.text()
        qtbot.mouseClick(frame.banner.action_button, Qt.MouseButton.LeftButton)
        assert frame.current_page_key() == "settings"
        assert not frame.banner.isVisible()
        start.running.context.services.settings.get("paused_until")
        start.running.runtime.scheduler.replan("timer")
        assert not frame.banner.isVisible()  # said once
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


def journal_with_asks(data: Path, clock) -> None:
    """A journal on disk with a few weeks of asks (closed again)."""
    from rejection_desktop.services.attempts import BeforeInput, OutcomeInput

    context = open_context(data, clock)
    try:
        attempts = context.services.attempts
        ids = [c.id for c in context.services.challenges.list_challenges()][:6]
        for day in range(40):
            when = clock.now - timedelta(days=day, hours=day % 5)
            attempts.log(ids[day % len(ids)], BeforeInput(predicted_no=60, expected_badness=40),
                         OutcomeInput("rejected" if day % 3 else "accepted", attempted_at=when))
    finally:
        context.close()


def test_start_up_never_reads_every_attempt(frame, tmp_path, clock, quiet, caplog):
    """The steps (Today's figures, the suggestion, the tray) use bounded queries: no statement
    reads the attempt records of the whole journal (peewee's query log sees every statement)."""
    from rejection_desktop.services.attempts import RECORDS_SQL

    data = tmp_path / "data"
    journal_with_asks(data, clock)
    frame.show()
    start = start_for(frame, data, opened=quiet)
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        start.open_journal()
    try:
        page = frame.stack.currentWidget()
        assert isinstance(page, TodayPage) and page.isVisible()
        statements = [str(r.msg[0]) if isinstance(r.msg, tuple) else str(r.msg)
                      for r in caplog.records if r.name == "peewee"]
        assert statements  # the log did see the start-up's queries
        whole = [s for s in statements if " ".join(s.split()).startswith(
            " ".join(RECORDS_SQL.split())) and "WHERE" not in s]
        assert whole == []
        assert not start.running.context.services.progress.loaded
    finally:
        start.running.runtime.shutdown()
        start.close()
        start.instance.release()


@pytest.mark.parametrize("attempt", [("the right passphrase", 0), ("not it at all", 1)])
def test_a_passphrase_on_stdin_is_unlocked_on_the_check_thread(frame, tmp_path, monkeypatch,
                                                                capsys, attempt):
    import io

    from rejection_desktop.db.keyfile import KdfParams
    from rejection_desktop.services import encryption

    data = tmp_path / "data"
    open_context(data).close()
    made = encryption.new_key("the right passphrase",
                              KdfParams(time_cost=1, memory_kib=8192, parallelism=1))
    encryption.enable(DataPaths(data), made)
    typed, code = attempt
    monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
    instance = SingleInstance(data)
    assert instance.acquire()
    start = JournalStart(QApplication.instance(), frame,
                         options=Options(smoke=True, passphrase_stdin=True),
                         paths=DataPaths(data), instance=instance,
                         hooks=StartHooks(watch_signals=False))
    try:
        start.start_check()
        assert start.check.unlocks  # the KDF runs beside the import of the rest of the app
        assert start.run_now() == code
        out = capsys.readouterr()
        if code == 0:
            assert start.check.key == made.key and "smoke ok" in out.out
        else:
            assert out.err.strip().endswith("wrong passphrase")
    finally:
        start.close()
        instance.release()




@pytest.mark.parametrize(("language", "words"), [
    ("de", {"file": "&Datei", "today": "Heute", "plan": "Planen", "save": "Plan speichern",
            "cancel": "Abbrechen"}),
    ("es", {"file": "&Archivo", "today": "Hoy", "plan": "Planearlo", "save": "Guardar plan",
            "cancel": "Cancelar"}),
])
def test_the_app_speaks_the_chosen_language(qtbot, context, language, words):
    """Menus, sidebar, Today, a form and Qt's own buttons, as a user who chose the language in
    Settings finds them at the next start."""
    ui_state = QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat)
    ui_state.setValue(LANGUAGE_KEY, language)
    ui_state.sync()
    speak_stored_language(context.paths)  # as run_app does, first of all
    instance = SingleInstance(context.paths.root)
    window = frame_window(QApplication.instance(), context.paths, instance)
    shell = build_shell(context, window)
    qtbot.addWidget(window)
    window.show()
    assert window.menus["file"].title() == words["file"]
    assert words["today"] in [window.navigation.item(row).text()
                              for row in range(window.navigation.count())]
    today = shell.today_page()
    qtbot.waitUntil(today.plan_button.isVisible)
    assert today.plan_button.text() == words["plan"]
    qtbot.mouseClick(today.plan_button, Qt.MouseButton.LeftButton)
    form = next(d for d in shell.flow.open_dialogs())
    assert form.save_button.text().startswith(words["save"])
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == words["cancel"]
    form.reject()


def test_a_backup_that_cannot_be_restored_is_said_in_the_chosen_language(qtbot, frame,
                                                                         tmp_path):
    """The user picks a backup at recovery and it turns out unreadable: start-up stops with a
    dialog in the user's language, and the damaged journal stays where it was."""
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"not a journal at all" * 10
    (data / "journal.sqlite3").write_bytes(damaged)
    bad_backup = tmp_path / "journal-20261201T120000Z.sqlite3"
    bad_backup.write_bytes(b"not a backup either" * 10)
    ui_state = QSettings(str(DataPaths(data).ui_state), QSettings.Format.IniFormat)
    ui_state.setValue(LANGUAGE_KEY, "de")
    ui_state.sync()
    speak_stored_language(DataPaths(data))
    shown: list[str] = []

    def read_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_dialog)

    start = start_for(frame, data, ask_recovery=lambda offer: RecoveryDecision(bad_backup))
    QTimer.singleShot(0, read_dialog)
    try:
        assert open_journal(start) == 1
    finally:
        start.instance.release()
    assert len(shown) == 1
    assert shown[0].startswith("Die Sicherung konnte nicht wiederhergestellt werden: ")
    assert shown[0].endswith("Dein Tagebuch ist so geblieben, wie es war.")
    assert (data / "journal.sqlite3").read_bytes() == damaged
