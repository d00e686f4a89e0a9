"""Backups that survive the disk: every backup also goes to a second folder, an unplugged one
is said once and never fails the backup, and the 30-day same-disk notice shows once on Today."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from rejection_desktop.db.backup import BackupFileError
from rejection_desktop.services.backups import (
    BackupKind,
    BackupService,
    configured_folder,
    list_backup_files,
)
from rejection_desktop.ui.pages.today import TodayPage


@pytest.fixture
def backups(context, qapp):
    return BackupService(context.paths, context.clock, context.services.settings.zone)


def test_a_backup_goes_to_both_folders(backups, tmp_path, context):
    second = tmp_path / "usb" / "journal-backups"
    backups.set_second_folder(second)
    info = backups.back_up_now()
    copies = list_backup_files(second)
    assert [c.path.name for c in copies] == [info.path.name]
    assert info.path.parent == context.paths.backups
    assert stat.S_IMODE(copies[0].path.stat().st_mode) == 0o600
    assert copies[0].path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not any(p.name.startswith("journal.sqlite3") for p in second.iterdir())  # no live one
    backups.set_folder(tmp_path / "chosen")  # changing the first folder keeps the second
    assert backups.second_folder() == second.resolve()
    assert configured_folder(context.paths) == (tmp_path / "chosen").resolve()


def test_the_second_folder_is_thinned_like_the_first(backups, tmp_path, context):
    second = tmp_path / "usb"
    backups.set_second_folder(second)
    for _ in range(13):
        context.clock.advance(minutes=5)
        backups.back_up(BackupKind.BEFORE_IMPORT)
    first = [b.path.name for b in list_backup_files(context.paths.backups)]
    copies = [b.path.name for b in list_backup_files(second)]
    assert len(first) == 10 and copies == first  # the same ten newest in both
    listed = backups.list_backups()  # each backup once, from the first folder
    assert [b.path for b in listed] == [b.path for b in list_backup_files(context.paths.backups)]
    shutil.rmtree(context.paths.backups)  # that disk is lost: the second's copies are listed
    assert [b.path.parent for b in backups.list_backups()] == [second.resolve()] * 10


def test_the_journals_own_folder_is_refused_as_second(backups, context):
    with pytest.raises(BackupFileError):
        backups.set_second_folder(context.paths.root / "again")


def test_an_unplugged_second_folder_is_said_once_and_the_backup_stands(backups, tmp_path):
    second = tmp_path / "usb"
    backups.set_second_folder(second)
    shutil.rmtree(second)  # the disk is unplugged
    said: list[str] = []
    backups.backup_failed.connect(said.append)
    first = backups.back_up_now()
    again = backups.back_up_now()
    assert first.path.is_file() and again.path.is_file() and first.second_failed
    assert len(said) == 1 and "second backup folder" in said[0]
    os.makedirs(second)  # plugged in again: copies resume, and a later loss is said again
    backups.back_up_now()
    assert len(list_backup_files(second)) == 1
    shutil.rmtree(second)
    backups.back_up_now()
    assert len(said) == 2


def test_the_same_disk_notice_shows_once_on_today_after_30_days(qtbot, services, clock):
    services.backups.back_up_now()
    clock.advance(days=29)
    page = TodayPage(services, clock)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(page.program_card.isVisible)
    qtbot.wait(50)  # the notice is checked one turn after the figures
    assert not page.disk_card.isVisible()
    clock.advance(days=1, hours=1)
    page.refresh()
    qtbot.waitUntil(page.disk_card.isVisible)
    assert "30 days" in page.disk_text.text()
    assert page.disk_button.isVisible()
    later = TodayPage(services, clock)  # the next start: said already
    qtbot.addWidget(later)
    later.show()
    qtbot.waitUntil(later.program_card.isVisible)
    qtbot.wait(50)
    assert not later.disk_card.isVisible()
