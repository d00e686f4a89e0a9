"""The start-up check after a clean close: the whole-file quick_check is skipped only when the
journal is exactly as the app's clean shutdown left it; any doubt runs it (and recovery)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from rejection_desktop.app.context import open_context
from rejection_desktop.app.startup import JournalStart, Options, StartHooks
from rejection_desktop.db.clean_close import stamp_path
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.platform.single_instance import SingleInstance
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.recovery import RecoveryDecision, RecoveryOffer
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.pages.today import TodayPage

WRITER = Path(__file__).parent.parent / "helpers" / "crash_writer.py"
SKIPPED = "quick_check skipped"


@pytest.fixture
def frame(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


def start_app(window: MainWindow, data: Path, offers: list[RecoveryOffer] | None = None,
              restore: Path | None = None) -> JournalStart:
    """Start-up as the app runs it, on ``window``; recovery offers are recorded."""
    instance = SingleInstance(data)
    assert instance.acquire()

    def ask(offer: RecoveryOffer) -> RecoveryDecision:
        if offers is not None:
            offers.append(offer)
        return RecoveryDecision(restore)

    def crash_dialog(summary: str) -> None:
        raise AssertionError(f"start-up failed: {summary}")

    hooks = StartHooks(show_crash=crash_dialog, ask_recovery=ask, welcome=lambda shell: None,
                       watch_signals=False)
    start = JournalStart(QApplication.instance(), window, options=Options(),
                         paths=DataPaths(data), instance=instance, hooks=hooks)
    start.open_journal()
    return start


def stop_app(start: JournalStart) -> None:
    """Quit as the app does: reminders down, the journal closed, the lock released."""
    if start.running is not None:
        start.running.runtime.shutdown()
    start.close()
    start.instance.release()


def closed_journal(data: Path, clock) -> Path:
    """A journal closed cleanly by the app, and a good backup of it."""
    context = open_context(data, clock)
    backup = BackupService(context.paths, clock).back_up_now().path
    context.close()
    assert stamp_path(data / "journal.sqlite3").exists()
    return backup


def test_a_clean_close_lets_the_next_start_skip_the_full_check(frame, tmp_path, clock,
                                                                caplog):
    data = tmp_path / "data"
    closed_journal(data, clock)
    with caplog.at_level(logging.INFO):
        start = start_app(frame, data)
    try:
        assert start.check.full_check is False
        assert any(SKIPPED in r.getMessage() for r in caplog.records)
        assert isinstance(frame.stack.currentWidget(), TodayPage)
        assert frame.stack.currentWidget().isVisible()
        # while the journal is open, nothing vouches for it
        assert not stamp_path(data / "journal.sqlite3").exists()
    finally:
        stop_app(start)
    assert stamp_path(data / "journal.sqlite3").exists()  # this close was clean too
    again = start_app(frame, data)
    try:
        assert again.check.full_check is False
    finally:
        stop_app(again)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_run_gets_the_full_check_even_with_an_old_stamp_put_back(
        frame, tmp_path, clock):
    data = tmp_path / "data"
    closed_journal(data, clock)
    old_stamp = stamp_path(data / "journal.sqlite3").read_bytes()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    child = subprocess.Popen([sys.executable, str(WRITER), str(data), "7"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read()  # type: ignore[union-attr]
    assert child.stdout.readline().split()  # it wrote at least one reflection
    assert not stamp_path(data / "journal.sqlite3").exists()  # forgotten when it opened
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    stamp_path(data / "journal.sqlite3").write_bytes(old_stamp)  # a stale stamp is no proof
    start = start_app(frame, data)
    try:
        assert start.check.full_check is True
        assert start.running is not None
    finally:
        stop_app(start)


def overwrite_a_page(journal: Path) -> None:
    """Garbage over the journal's second page, in place: same size, same inode."""
    size = journal.stat().st_size
    page = int.from_bytes(journal.read_bytes()[16:18], "big")
    with journal.open("r+b") as handle:
        handle.seek(page)
        handle.write(bytes([0xA5]) * page)
    assert journal.stat().st_size == size


def test_a_page_overwritten_after_a_clean_close_is_found_and_recovery_offered(
        frame, tmp_path, clock):
    data = tmp_path / "data"
    backup = closed_journal(data, clock)
    overwrite_a_page(data / "journal.sqlite3")
    offers: list[RecoveryOffer] = []
    start = start_app(frame, data, offers, restore=backup)
    try:
        assert start.check.full_check is True
        assert offers and offers[0].backup is not None
        assert start.running is not None
        assert backup.name in frame.banner.text.text()
        assert any(p.name.startswith("journal-damaged-") for p in data.iterdir())
    finally:
        stop_app(start)


@pytest.mark.parametrize("stamp", [None, b"", b"\xff\xfe garbage\n", b"rejection-desktop "
                                   b"clean-close 1\nsize=1 mtime_ns=2 ctime_ns=3 ino=4 dev=5 "
                                   b"wal=-1\n"])
def test_a_missing_or_bad_stamp_means_the_full_check_and_recovery(frame, tmp_path, clock,
                                                                   stamp):
    data = tmp_path / "data"
    backup = closed_journal(data, clock)
    journal = data / "journal.sqlite3"
    overwrite_a_page(journal)
    if stamp is None:
        stamp_path(journal).unlink()
    else:
        stamp_path(journal).write_bytes(stamp)
    offers: list[RecoveryOffer] = []
    start = start_app(frame, data, offers, restore=backup)
    try:
        assert start.check.full_check is True
        assert offers  # the damage was found and recovery offered
        assert start.running is not None
    finally:
        stop_app(start)
