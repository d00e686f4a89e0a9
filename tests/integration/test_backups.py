"""Backups on real files: taken while another thread writes, driven by changes, thinned on a
fake calendar, restored, and start-up recovery from a damaged journal."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.journal_data import fill_journal, journal_search, live_digest
from helpers.journals import new_journal

import rejection_desktop.services.backups as backups_module
from rejection_desktop.app.context import open_context
from rejection_desktop.db import schema_v1
from rejection_desktop.db.backup import BackupFileError, backup_database
from rejection_desktop.db.connection import db
from rejection_desktop.db.files import check_database_file
from rejection_desktop.db.models import Challenge
from rejection_desktop.domain.retention import DEFAULT_POLICY, backups_to_keep
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services.backups import (
    LOCATION_FILE,
    BackupKind,
    BackupService,
    list_backup_files,
)
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.recovery import RecoveryDecision, run_startup_recovery
from rejection_desktop.services.synced_folders import parse_mounts, risky_location


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def backups(context, qapp):
    service = BackupService(context.paths, context.clock, context.services.settings.zone)
    service.watch(*(getattr(context.services, name) for name in context.services.names()))
    return service


# consistency under concurrent writes ------------------------------------------------------------
@pytest.mark.slow
def test_backups_taken_while_another_thread_writes_are_all_intact(context, backups, tmp_path):
    database = context.paths.database
    challenge = Challenge.select().first().id
    stop = threading.Event()
    written = []

    def writer() -> None:
        conn = sqlite3.connect(database, isolation_level=None, timeout=10)
        conn.execute("PRAGMA foreign_keys = 1")
        number = 0
        while not stop.is_set():
            number += 1
            conn.execute("BEGIN IMMEDIATE")
            cursor = conn.execute(
                "INSERT INTO attempt (uid, challenge_id, outcome, notes, created_at, updated_at)"
                " VALUES (?, ?, 'rejected', ?, '2026-06-01 09:00:00.000000',"
                " '2026-06-01 09:00:00.000000')", (f"w{number}", challenge, "x" * 2000))
            conn.execute(
                "INSERT INTO reflection (uid, attempt_id, answers, free_text, created_at,"
                " updated_at) VALUES (?, ?, '[]', ?, '2026-06-01 09:00:00.000000',"
                " '2026-06-01 09:00:00.000000')", (f"r{number}", cursor.lastrowid, "y" * 3000))
            conn.execute("COMMIT")
            written.append(number)
            # a short pause keeps the writes interleaved with every copy without growing the
            # file by hundreds of megabytes (which made the copies, not the check, the test)
            time.sleep(0.002)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    taken = []
    try:
        deadline = time.monotonic() + 300  # a guard against a hang, not a speed target
        while len(taken) < 24 and time.monotonic() < deadline:
            context.clock.advance(minutes=1)
            if len(taken) % 2:
                taken.append(backups.back_up_now().path)  # through the app's connection
            else:
                taken.append(backup_database(database, tmp_path / f"copy-{len(taken)}.sqlite3"))
    finally:
        stop.set()
        thread.join()
    assert len(taken) == 24 and len(written) > 24
    attempts_seen = []
    for path in taken:
        assert integrity(path) == "ok"
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            # each committed write is one attempt plus its reflection: never half of it
            pairs = conn.execute("SELECT count(*) FROM attempt WHERE uid LIKE 'w%'").fetchone()[0]
            assert conn.execute(
                "SELECT count(*) FROM reflection WHERE uid LIKE 'r%'").fetchone()[0] == pairs
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        attempts_seen.append(pairs)
    assert attempts_seen == sorted(attempts_seen) and attempts_seen[-1] > attempts_seen[0]


# change-driven scheduling -------------------------------------------------------------------------
def test_nothing_is_scheduled_while_nothing_changes(context, backups):
    assert backups.pending_ms() is None
    assert backups.back_up_on_quit() is None
    assert backups.list_backups() == []


def test_a_change_arms_one_timer_that_backs_up(context, qapp, qtbot):
    service = BackupService(context.paths, context.clock, min_delay=timedelta(milliseconds=20))
    service.watch(context.services.challenges)
    context.services.challenges.add(ChallengeInput("Ask for a discount", "shops", 30))
    assert service.pending_ms() is not None
    with qtbot.waitSignal(service.backup_created, timeout=3000) as created:
        pass
    info = created.args[0]
    assert info.kind is BackupKind.AUTO and info.path.exists()
    assert count(info.path, "challenge") == Challenge.select().count()
    assert service.pending_ms() is None and not service.has_unsaved_changes


def test_backups_are_at_most_every_30_minutes(context, backups):
    challenges = context.services.challenges
    challenges.add(ChallengeInput("First", "shops", 30))
    assert backups.pending_ms() == pytest.approx(60_000, rel=0.06)  # a minute to settle
    first = backups.back_up_if_changed()  # what the timer does when it fires
    context.clock.advance(minutes=10)
    challenges.add(ChallengeInput("Second", "shops", 30))
    # 30 minutes after the last one (Qt's coarse timers may be up to 5 % late)
    assert backups.pending_ms() == pytest.approx(20 * 60_000, rel=0.06)
    challenges.add(ChallengeInput("Third", "shops", 30))  # no second timer
    assert backups.pending_ms() == pytest.approx(20 * 60_000, rel=0.06)
    context.clock.advance(minutes=20)
    second = backups.back_up_if_changed()
    assert second.created - first.created == timedelta(minutes=30)
    assert backups.back_up_if_changed() is None  # nothing changed since


def test_quitting_backs_up_only_when_something_changed(context, backups):
    context.services.settings.set("theme", "dark")
    info = backups.back_up_on_quit()
    assert info is not None and info.kind is BackupKind.AUTO
    assert backups.back_up_on_quit() is None


def test_drafts_do_not_count_as_changes(context, backups):
    context.services.drafts.save("form", {"text": "typing"})
    assert backups.pending_ms() is None


# retention on a fake calendar ---------------------------------------------------------------------
@pytest.mark.slow
def test_retention_over_four_months_of_daily_use(context, backups):
    challenges = context.services.challenges
    clock = context.clock
    made = []
    manual = None
    for day in range(120):
        for hour in (9, 13, 18):
            clock.now = clock.now.replace(hour=hour, minute=0)
            challenges.add(ChallengeInput(f"Ask {day}-{hour}", "shops", 30))
            made.append(backups.back_up_if_changed().created)
        if day == 5:
            manual = backups.back_up_now()
        clock.advance(days=1)
    kept = [b for b in backups.list_backups() if b.kind is BackupKind.AUTO]
    expected = backups_to_keep(made, context.services.settings.zone())
    assert {b.created for b in kept} == expected
    assert len(kept) <= DEFAULT_POLICY.maximum
    assert manual.path.exists()  # manual backups are never thinned
    for backup in kept[:3]:
        assert integrity(backup.path) == "ok"


def test_only_the_ten_newest_safety_backups_are_kept(context, backups):
    made = []
    for _ in range(13):
        context.clock.advance(minutes=5)
        made.append(backups.back_up(BackupKind.BEFORE_IMPORT).path)
    remaining = [b.path for b in backups.list_backups()]
    assert remaining == list(reversed(made))[:10]


# the folder ---------------------------------------------------------------------------------------
def test_a_chosen_folder_is_used_and_remembered(context, backups, tmp_path, qapp):
    first = backups.back_up_now()
    chosen = tmp_path / "elsewhere"
    backups.set_folder(chosen)
    context.clock.advance(minutes=1)
    second = backups.back_up_now()
    assert second.path.parent == chosen.resolve()
    assert json.loads((context.paths.root / LOCATION_FILE).read_text())["folder"] == str(
        chosen.resolve())
    again = BackupService(context.paths, context.clock)
    assert again.folder() == chosen.resolve()
    assert [b.path for b in again.list_backups()] == [second.path, first.path]
    again.set_folder(None)
    assert again.folder() == context.paths.backups
    assert not (context.paths.root / LOCATION_FILE).exists()


def test_an_unusable_folder_is_refused(context, backups, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupFileError, match="cannot be saved"):
        backups.set_folder(blocker)
    assert backups.folder() == context.paths.backups


def test_an_unplugged_folder_falls_back_to_the_data_dir(context, backups, tmp_path, qtbot):
    drive = tmp_path / "usb"
    backups.set_folder(drive)
    drive.rmdir()
    drive.write_text("the drive is gone; a file sits where it was")
    with qtbot.waitSignal(backups.backup_failed) as failed:
        info = backups.back_up_now()
    assert info.path.parent == context.paths.backups
    assert "not available" in failed.args[0]


def test_warns_when_the_live_journal_is_in_a_synced_folder(tmp_path, clock, qapp):
    context = new_journal(tmp_path / "Dropbox" / "journal", clock)
    try:
        warning = BackupService(context.paths, clock).live_location_warning()
        assert warning and "Dropbox" in warning
    finally:
        context.close()
    mounts = parse_mounts("/dev/vda1 / ext4 rw 0 0\n"
                          "server:/home /mnt/share nfs4 rw 0 0\n"
                          "//nas/My\\040Files /media/nas cifs rw 0 0\n"
                          "user@host: /home/me/remote fuse.sshfs rw 0 0\n")
    assert "nfs4" in risky_location(Path("/mnt/share/journal"), mounts)
    assert "cifs" in risky_location(Path("/media/nas/x"), mounts)
    assert "sshfs" in risky_location(Path("/home/me/remote/data"), mounts)
    assert risky_location(Path("/mnt/shared/journal"), mounts) is None
    assert risky_location(Path("/home/me/.local/share/rejection-desktop"), mounts) is None
    for folder in ("OneDrive - Contoso", "Google Drive", "iCloud Drive", "Nextcloud"):
        assert risky_location(Path("/home/me") / folder / "journal", mounts)
    assert risky_location(Path("//server/share/journal"), mounts)


def test_the_default_location_has_no_warning(context, backups):
    expected = risky_location(context.paths.root)
    assert (backups.live_location_warning() is None) == (expected is None)


# restore ------------------------------------------------------------------------------------------
def test_restore_brings_the_old_journal_back_and_keeps_the_current_one(context, backups, qtbot):
    fill_journal(context, size=4)
    good = backups.back_up_now()
    challenges_then = Challenge.select().count()
    context.clock.advance(minutes=5)
    context.services.challenges.add(ChallengeInput("Added after the backup", "shops", 20))
    with qtbot.waitSignal(backups.restored) as restored:
        safety = backups.restore(good.path)
    assert restored.args[0] == safety and safety.kind is BackupKind.BEFORE_RESTORE
    assert Challenge.select().count() == challenges_then
    assert count(safety.path, "challenge") == challenges_then + 1
    assert db.obj.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    context.services.challenges.add(ChallengeInput("Still works", "shops", 20))
    assert journal_search("standalone")


def test_a_bad_backup_is_refused_and_nothing_changes(context, backups, tmp_path):
    fill_journal(context, size=2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = live_digest(context.paths.database)
    with pytest.raises(BackupFileError):
        backups.restore(bad)
    assert live_digest(context.paths.database) == before
    assert backups.list_backups() == []


def test_a_restore_that_cannot_be_brought_up_to_date_puts_the_journal_back(
        context, backups, monkeypatch, qtbot):
    fill_journal(context, size=3)
    good = backups.back_up_now()
    context.clock.advance(minutes=5)
    context.services.challenges.add(ChallengeInput("Added after the backup", "shops", 20))
    context.services.drafts.save("reflection:new", {"text": "typed, not saved"})
    challenges_now = Challenge.select().count()

    def broken_migration(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(backups_module, "migrate", broken_migration)
    with qtbot.assertNotEmitted(backups.restored), pytest.raises(BackupFileError,
                                                                 match="put back"):
        backups.restore(good.path)
    assert Challenge.select().count() == challenges_now
    assert Challenge.get(Challenge.title == "Added after the backup")
    assert context.services.drafts.load("reflection:new") == {"text": "typed, not saved"}
    context.services.challenges.add(ChallengeInput("Still works", "shops", 20))


def test_restoring_an_older_schema_migrates_it(context, backups, tmp_path):
    old = tmp_path / "v1.sqlite3"
    with closing(sqlite3.connect(old)) as conn:
        for sql in schema_v1.TABLES + schema_v1.REFLECTION_TRIGGERS + schema_v1.ATTEMPT_TRIGGERS:
            conn.execute(sql)
        conn.execute("INSERT INTO challenge (uid, title, category, distress, created_at,"
                     " updated_at) VALUES ('old', 'From version one', 'shops', 40,"
                     " '2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000')")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    backups.restore(old)
    assert db.obj.execute_sql("PRAGMA user_version").fetchone()[0] >= 2
    assert Challenge.get(Challenge.uid == "old").title == "From version one"
    assert Challenge.select().count() > 100  # the built-in library is seeded again


# start-up recovery --------------------------------------------------------------------------------
@pytest.fixture
def damaged(tmp_path, clock, qapp):
    """A journal with two backups (the newer one damaged too), then damaged itself."""
    context = new_journal(tmp_path / "data", clock)
    fill_journal(context, size=6)
    service = BackupService(context.paths, clock)
    good = service.back_up_now()
    clock.advance(hours=1)
    newer = service.back_up_now()
    context.close()
    corrupt_pages(newer.path)
    paths = DataPaths(tmp_path / "data")
    return paths, good


def corrupt_pages(path: Path) -> None:
    """Overwrite the middle of the file: the header stays valid, b-tree pages break."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle - 20_000:middle + 20_000] = os.urandom(40_000)
    path.write_bytes(bytes(data))


def files_of(paths: DataPaths) -> dict[str, bytes]:
    """The data dir's files, without SQLite's shared-memory index (not data)."""
    return {p.name: p.read_bytes() for p in paths.root.iterdir()
            if p.is_file() and not p.name.endswith("-shm")}


@pytest.mark.parametrize("damage", ["garbage header", "broken pages", "stale wal"])
def test_recovery_offers_the_newest_good_backup_and_keeps_the_damaged_file(damaged, clock,
                                                                            damage):
    paths, good = damaged
    database = paths.database
    if damage == "garbage header":
        database.write_bytes(b"\x00garbage" * 5_000)
    else:
        corrupt_pages(database)
    if damage == "stale wal":
        Path(f"{database}-wal").write_bytes(os.urandom(5_000))
    before = files_of(paths)
    offers = []

    def ask(offer):
        offers.append(offer)
        assert files_of(paths) == before  # nothing touched while the user decides
        return RecoveryDecision(offer.backup.info.path)

    result = run_startup_recovery(paths, ask, clock)
    assert result.proceed and len(offers) == 1
    offer = offers[0]
    assert offer.problem and offer.backup.info.path == good.path  # the damaged newer one skipped
    assert offer.backup.contents.counts["attempt"] == 6
    aside = result.damaged_copy
    assert aside.read_bytes() == before["journal.sqlite3"]  # kept byte for byte
    if damage == "stale wal":
        assert Path(f"{aside}-wal").read_bytes() == before["journal.sqlite3-wal"]
        assert not Path(f"{database}-wal").exists() or check_database_file(database) is None
    context = open_context(paths.root, clock)
    try:
        assert journal_search("standalone")
        assert len(context.services.attempts.records()) == 6
    finally:
        context.close()


def test_choosing_to_quit_changes_nothing(damaged, clock):
    paths, _ = damaged
    corrupt_pages(paths.database)
    before = files_of(paths)
    result = run_startup_recovery(paths, lambda offer: RecoveryDecision(None), clock)
    assert not result.proceed and result.message == "" and result.problem
    assert files_of(paths) == before


def test_without_a_question_recovery_only_reports(damaged, clock):
    paths, _ = damaged
    paths.database.write_bytes(b"not a database at all" * 10)
    before = files_of(paths)
    result = run_startup_recovery(paths, None, clock)
    assert not result.proceed and "not a SQLite database" in result.message
    assert files_of(paths) == before


def test_a_healthy_or_new_journal_is_not_questioned(tmp_path, clock, qapp):
    def never(offer):
        raise AssertionError("asked about a healthy journal")

    assert run_startup_recovery(DataPaths(tmp_path / "new"), never, clock).proceed
    context = open_context(tmp_path / "ok", clock)
    context.close()
    assert run_startup_recovery(DataPaths(tmp_path / "ok"), never, clock).proceed


def test_no_backup_at_all_is_offered_as_none(tmp_path, clock, qapp):
    context = new_journal(tmp_path / "data", clock)
    context.close()
    paths = DataPaths(tmp_path / "data")
    corrupt_pages(paths.database)
    seen = []
    result = run_startup_recovery(paths, lambda o: seen.append(o) or RecoveryDecision(None),
                                  clock)
    assert not result.proceed and seen[0].backup is None
    assert seen[0].searched == (paths.backups,)


def test_list_backup_files_ignores_other_files(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for name in ("notes.txt", "journal-2026.sqlite3", "journal-20260601T090000Z-auto.sqlite3",
                 "journal-20260601T090000Z-auto.sqlite3.partial",
                 "pre-migration-v1-20260101T000000Z.sqlite3"):
        (folder / name).write_bytes(b"x")
    kinds = [b.kind for b in list_backup_files(folder, tmp_path / "missing")]
    assert kinds == [BackupKind.AUTO, BackupKind.BEFORE_UPGRADE]


def test_a_restore_keeps_the_drafts_typed_since_the_backup(context):
    from rejection_desktop.services.backups import BackupService

    service = BackupService(context.paths, context.clock)
    info = service.back_up_now()
    context.services.drafts.save("reflection:new", {"free_text": "typed after the backup"})
    service.restore(info.path)
    assert context.services.drafts.load("reflection:new") == {
        "free_text": "typed after the backup"}


def test_a_backup_that_keeps_restarting_is_made_from_a_snapshot(context, tmp_path, monkeypatch,
                                                                 caplog):
    """Past its patience (a writer that never pauses) the copy is a VACUUM INTO snapshot."""
    import rejection_desktop.db.backup as backup_module

    monkeypatch.setattr(backup_module, "COPY_PATIENCE_S", -1.0)  # out of patience at once
    for source in (context.paths.database, context.database):
        copy = backup_database(source, tmp_path / f"snapshot-{id(source)}.sqlite3")
        assert integrity(copy) == "ok"
        assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert "kept changing" in caplog.text


def test_a_closed_journal_takes_no_automatic_backup(data_dir, clock):
    """A timer left armed would start a backup job later, of whatever journal is open then."""
    context = open_context(data_dir, clock)
    backups = context.services.backups
    backups.note_change()
    assert backups.pending_ms() is not None
    context.close()
    assert backups.pending_ms() is None
    backups.note_change()
    assert backups.pending_ms() is None
