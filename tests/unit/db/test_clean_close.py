"""The clean-close fingerprint: trusted only when nothing about the closed journal changed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from rejection_desktop.db.clean_close import (
    closed_cleanly,
    forget_clean_close,
    record_clean_close,
    stamp_path,
)


@pytest.fixture
def journal(tmp_path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = wal")
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    assert not Path(f"{path}-wal").exists()
    return path


def test_a_recorded_close_is_trusted_and_private(journal):
    assert record_clean_close(journal)
    assert closed_cleanly(journal)
    assert stamp_path(journal).stat().st_mode & 0o777 == 0o600
    forget_clean_close(journal)
    assert not stamp_path(journal).exists() and not closed_cleanly(journal)


def test_same_size_and_mtime_put_back_is_still_seen_by_the_change_time(journal):
    assert record_clean_close(journal)
    before = journal.stat()
    with journal.open("r+b") as handle:
        handle.seek(before.st_size - 100)
        handle.write(b"\xa5" * 100)
    os.utime(journal, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a copy tool would
    assert journal.stat().st_size == before.st_size
    assert journal.stat().st_mtime_ns == before.st_mtime_ns
    assert not closed_cleanly(journal)


def test_wal_content_means_no_stamp_and_no_trust(journal):
    assert record_clean_close(journal)
    Path(f"{journal}-wal").write_bytes(b"\x00" * 32)
    assert not closed_cleanly(journal)
    assert not record_clean_close(journal)
    assert not stamp_path(journal).exists()


def test_a_stamp_not_later_than_the_journal_is_not_trusted(journal):
    assert record_clean_close(journal)
    info = journal.stat()
    latest = max(info.st_mtime_ns, info.st_ctime_ns)
    os.utime(stamp_path(journal), ns=(latest, latest))  # written in the journal's own tick
    assert not closed_cleanly(journal)


def test_a_missing_journal_has_no_fingerprint(tmp_path):
    assert not record_clean_close(tmp_path / "journal.sqlite3")
    assert not closed_cleanly(tmp_path / "journal.sqlite3")
