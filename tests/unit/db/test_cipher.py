"""SQLCipher connections and conversions: key before everything, nothing readable on disk,
conversions that keep every row, and tidying after an interrupted one."""

from __future__ import annotations

import os
import sqlite3

import pytest
import sqlcipher3
from helpers.journal_data import fill_journal, raw_dump

from rejection_desktop.app.context import open_context
from rejection_desktop.db import cipher
from rejection_desktop.db.cipher import JournalKey, convert_file
from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.files import (
    DatabaseCorruptError,
    check_database_file,
    has_plain_header,
)
from rejection_desktop.db.migrations import latest_version

pytestmark = pytest.mark.slow  # whole journals, key derivation, big files: not in make test-fast

SECRET = "zebra-manager-secret-42"


def make_key() -> JournalKey:
    return JournalKey(os.urandom(32), "k" + os.urandom(4).hex(), b"{}")


def test_the_key_and_cipher_settings_come_before_any_pragma(tmp_path, monkeypatch):
    statements: list[str] = []
    real_connect = sqlcipher3.dbapi2.connect

    def spying_connect(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(cipher.sqlcipher, "connect", spying_connect)
    key = make_key()
    open_db(tmp_path / "journal.sqlite3", latest_version=latest_version(), key=key)
    close_db()
    pragmas = [s.split("=")[0].strip() for s in statements if s.upper().startswith("PRAGMA")]
    # the trace starts after the key (it is not traced); the cipher settings come first
    assert pragmas.index("PRAGMA cipher_compatibility") < pragmas.index("PRAGMA journal_mode")
    plain = sqlcipher3.dbapi2.connect(str(tmp_path / "journal.sqlite3"))
    plain.execute(f"PRAGMA key = \"{key.pragma_value()}\"")  # SQLCipher 4's defaults only
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    plain.close()


def test_an_encrypted_journal_and_its_wal_hold_no_readable_text(data_dir, clock):
    key = make_key()
    context = open_context(data_dir, clock, key=key)
    context.services.reflections.save(None, [], free_text=SECRET)
    wal = data_dir / "journal.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the text is in the WAL, still open
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path.name
            assert b"SQLite format 3" not in path.read_bytes()[:16]
    context.close()
    assert has_plain_header(data_dir / "journal.sqlite3") is False
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "journal.sqlite3").execute("SELECT * FROM sqlite_master")


def test_search_works_in_an_encrypted_journal(data_dir, clock):
    context = open_context(data_dir, clock, key=make_key())
    context.services.reflections.save(None, [], free_text=f"Café and {SECRET}")
    from rejection_desktop.services.journal import JournalFilter, JournalService
    journal = JournalService()
    assert journal.count(JournalFilter(text="cafe")) == 1
    assert "Café" in journal.page(JournalFilter(text="cafe"))[0].preview
    context.close()


def test_conversion_there_and_back_keeps_every_row(data_dir, clock):
    context = open_context(data_dir, clock)
    fill_journal(context)
    context.close()
    path = data_dir / "journal.sqlite3"
    original = raw_dump(path)
    key = make_key()
    convert_file(path, None, key)
    assert has_plain_header(path) is False
    assert raw_dump(path, key) == original
    assert check_database_file(path, key) is None
    assert check_database_file(path) is not None  # without the key it is not a database
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    reopened = open_context(data_dir, clock, key=key)  # the app opens and migrates it
    assert reopened.migration.to_version == latest_version()
    reopened.close()
    convert_file(path, key, None)
    assert has_plain_header(path) is True
    assert raw_dump(path) == original
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("journal")) == [
        "journal.sqlite3"]


def test_a_wrong_key_is_not_opened_as_a_database(data_dir, clock):
    open_context(data_dir, clock, key=make_key()).close()
    with pytest.raises(DatabaseCorruptError):
        open_db(data_dir / "journal.sqlite3", latest_version=latest_version(), key=make_key())


def test_a_newer_encrypted_journal_is_refused_untouched(data_dir, clock):
    key = make_key()
    path = data_dir / "journal.sqlite3"
    connection = cipher.connect(path, key)
    connection.execute(f"PRAGMA user_version = {latest_version() + 3}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    from rejection_desktop.db.files import DatabaseTooNewError
    with pytest.raises(DatabaseTooNewError):
        open_db(path, latest_version=latest_version(), key=key)
    assert path.read_bytes() == before


def test_settle_removes_a_half_written_copy_and_a_second_name(tmp_path):
    live = tmp_path / "journal.sqlite3"
    live.write_bytes(b"live")
    (tmp_path / "journal.sqlite3.converting").write_bytes(b"half")
    (tmp_path / "journal.sqlite3.converting-journal").write_bytes(b"half")
    os.link(live, tmp_path / "journal.sqlite3.previous")
    cipher.settle_conversion(live)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]
    assert live.read_bytes() == b"live"


def test_settle_puts_the_old_file_back_when_the_live_name_is_gone(tmp_path):
    live = tmp_path / "journal.sqlite3"
    (tmp_path / "journal.sqlite3.previous").write_bytes(b"old")
    cipher.settle_conversion(live)
    assert live.read_bytes() == b"old"


def test_a_copy_that_does_not_match_is_not_swapped_in(data_dir, clock, monkeypatch):
    context = open_context(data_dir, clock)
    fill_journal(context)
    context.close()
    path = data_dir / "journal.sqlite3"
    before = path.read_bytes()
    monkeypatch.setattr(cipher, "table_counts", lambda connection, schema="main": {
        "t": os.getpid() + id(connection)})
    with pytest.raises(cipher.ConversionError):
        convert_file(path, None, make_key())
    assert has_plain_header(path) is True
    assert raw_dump(path)
    assert not (data_dir / "journal.sqlite3.converting").exists()
    assert len(before) > 0


def test_keyed_connections_keep_decrypted_pages_and_do_not_wipe_memory(data_dir):
    connection = cipher.connect(data_dir / "journal.sqlite3", make_key())
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -cipher.KEYED_CACHE_KIB
    assert connection.execute("PRAGMA cipher_memory_security").fetchone()[0] in ("0", 0)
    connection.close()


def test_an_encrypted_backup_of_the_open_journal_is_its_encrypted_pages(data_dir, clock):
    from rejection_desktop.db.backup import backup_database

    key = make_key()
    context = open_context(data_dir, clock, key=key)
    fill_journal(context)
    context.services.reflections.save(None, [], free_text=f"last words {SECRET}")
    copy = backup_database(context.database, data_dir / "copy.sqlite3")
    live = data_dir / "journal.sqlite3"
    assert copy.read_bytes() == live.read_bytes()  # the WAL was checkpointed into it first
    assert SECRET.encode() not in copy.read_bytes()
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert (data_dir / "copy.sqlite3.key").read_bytes() == key.key_file
    context.services.reflections.save(None, [], free_text="written after the backup")
    context.close()
    assert check_database_file(copy, key) is None
    dumped = raw_dump(copy, key)
    assert any(SECRET in str(row) for row in dumped["reflection"])
    assert not any("after the backup" in str(row) for row in dumped["reflection"])


def test_an_encrypted_backup_while_another_reader_holds_the_wal_is_rebuilt(data_dir, clock):
    from rejection_desktop.db.backup import backup_database

    key = make_key()
    context = open_context(data_dir, clock, key=key)
    fill_journal(context)
    context.services.reflections.save(None, [], free_text=SECRET)
    reader = cipher.connect(data_dir / "journal.sqlite3", key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM reflection").fetchone()  # a snapshot: no checkpoint
    copy = backup_database(context.database, data_dir / "copy.sqlite3")
    reader.execute("ROLLBACK")
    reader.close()
    assert copy.read_bytes() != (data_dir / "journal.sqlite3").read_bytes()
    live_rows = raw_dump(data_dir / "journal.sqlite3", key)
    context.close()
    assert check_database_file(copy, key) is None
    assert raw_dump(copy, key) == live_rows
    assert SECRET.encode() not in copy.read_bytes()


def test_an_encrypted_file_given_by_path_is_backed_up_with_its_key(data_dir, clock):
    from rejection_desktop.db.backup import backup_database

    key = make_key()
    context = open_context(data_dir, clock, key=key)
    fill_journal(context)
    context.close()
    copy = backup_database(data_dir / "journal.sqlite3", data_dir / "copy.sqlite3", key=key)
    assert check_database_file(copy, key) is None
    assert raw_dump(copy, key) == raw_dump(data_dir / "journal.sqlite3", key)
