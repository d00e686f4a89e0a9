"""Turning encryption on and off for a data dir: the journal, its backups, the key file,
wrong passphrases, the recovery code, changing the passphrase, restoring, tidying."""

from __future__ import annotations

import pytest
from helpers.journal_data import fill_journal, raw_dump

from rejection_desktop.app.context import open_context
from rejection_desktop.db.backup import BackupEncryptedError, key_copy_path
from rejection_desktop.db.files import has_plain_header
from rejection_desktop.db.keyfile import KdfParams
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services import encryption
from rejection_desktop.services.backups import BackupKind
from rejection_desktop.services.encryption import EncryptionError, EncryptionState, Secret

pytestmark = pytest.mark.slow  # whole journals, key derivation, big files: not in make test-fast

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "a long enough passphrase"


@pytest.fixture
def filled(data_dir, clock):
    """A closed journal with every kind of record and two backups (one before a migration)."""
    context = open_context(data_dir, clock)
    fill_journal(context)
    context.services.backups.back_up(BackupKind.MANUAL)
    clock.advance(hours=1)
    context.services.backups.back_up(BackupKind.AUTO)
    context.close()
    return DataPaths(data_dir)


def backups(paths):
    return sorted(paths.backups.glob("journal-*.sqlite3"))


def test_enable_encrypts_the_journal_and_every_backup(filled):
    original = raw_dump(filled.database)
    made = encryption.new_key(PASS, FAST)
    encryption.enable(filled, made)
    assert encryption.state(filled) is EncryptionState.ENCRYPTED
    key = encryption.unlock(filled, Secret(passphrase=PASS))
    assert key.raw == made.key.raw
    assert raw_dump(filled.database, key) == original
    assert len(backups(filled)) == 2
    for backup in backups(filled):
        assert has_plain_header(backup) is False
        assert key_copy_path(backup).read_bytes() == filled.key_file.read_bytes()
        assert oct(key_copy_path(backup).stat().st_mode & 0o777) == "0o600"


def test_a_wrong_passphrase_is_wrong_and_the_recovery_code_opens(filled):
    made = encryption.new_key(PASS, FAST)
    encryption.enable(filled, made)
    before = filled.database.read_bytes()
    with pytest.raises(EncryptionError, match=r"^wrong passphrase$"):
        encryption.unlock(filled, Secret(passphrase=PASS + "x"))
    with pytest.raises(EncryptionError, match=r"^wrong recovery code$"):
        encryption.unlock(filled, Secret(recovery_code="AAAA-" * 7 + "AAAA"))
    assert filled.database.read_bytes() == before  # SQLite never opened it
    assert encryption.unlock(filled, Secret(recovery_code=made.recovery_code)).raw == \
        made.key.raw


def test_short_passphrases_are_refused():
    with pytest.raises(EncryptionError, match="at least"):
        encryption.new_key("short", FAST)


def test_changing_the_passphrase_rewraps_only_and_backups_follow(filled):
    made = encryption.new_key(PASS, FAST)
    encryption.enable(filled, made)
    journal_before = filled.database.read_bytes()
    backup_before = backups(filled)[0].read_bytes()
    key = encryption.change_passphrase(filled, Secret(passphrase=PASS), "a new passphrase!",
                                       FAST)
    assert filled.database.read_bytes() == journal_before
    assert backups(filled)[0].read_bytes() == backup_before
    assert key.raw == made.key.raw
    with pytest.raises(EncryptionError):
        encryption.unlock(filled, Secret(passphrase=PASS))
    assert encryption.unlock(filled, Secret(passphrase="a new passphrase!")).raw == key.raw
    assert encryption.unlock(filled, Secret(recovery_code=made.recovery_code)).raw == key.raw
    for backup in backups(filled):
        assert key_copy_path(backup).read_bytes() == filled.key_file.read_bytes()
    with pytest.raises(EncryptionError, match="wrong passphrase"):
        encryption.change_passphrase(filled, Secret(passphrase=PASS), "whatever else", FAST)
    key2 = encryption.change_passphrase(filled, Secret(recovery_code=made.recovery_code),
                                        "forgotten and reset", FAST)
    assert key2.raw == key.raw


def test_disable_gives_back_the_plain_journal_and_backups(filled):
    original = raw_dump(filled.database)
    made = encryption.new_key(PASS, FAST)
    encryption.enable(filled, made)
    encryption.disable(filled, encryption.unlock(filled, Secret(passphrase=PASS)))
    assert encryption.state(filled) is EncryptionState.PLAIN
    assert not filled.key_file.exists()
    assert raw_dump(filled.database) == original
    for backup in backups(filled):
        assert has_plain_header(backup) is True
        assert not key_copy_path(backup).exists()


def test_the_encrypted_journal_is_used_and_backed_up_by_the_app(filled, clock):
    made = encryption.new_key(PASS, FAST)
    encryption.enable(filled, made)
    context = open_context(filled.root, clock, key=made.key)
    context.services.reflections.save(None, [], free_text="after encryption")
    info = context.services.backups.back_up(BackupKind.MANUAL)
    assert has_plain_header(info.path) is False
    assert key_copy_path(info.path).exists()
    details = context.services.backups.details(info)
    assert details is not None and details.counts["reflection"] > 0
    context.close()


def test_restore_between_plain_and_encrypted_and_from_another_key(filled, clock, tmp_path):
    plain_backup = backups(filled)[0]
    plain_rows = raw_dump(plain_backup)
    made = encryption.new_key(PASS, FAST)
    encryption.enable(filled, made)  # (the backup in place is now encrypted; keep a plain one)
    other = DataPaths(tmp_path / "other")
    context = open_context(other.root, clock)
    fill_journal(context, size=3)
    foreign = context.services.backups.back_up(BackupKind.MANUAL).path
    context.close()
    other_key = encryption.new_key("the other passphrase", FAST)
    encryption.enable(other, other_key)  # ``foreign`` is now encrypted with another key

    context = open_context(filled.root, clock, key=made.key)
    backup_service = context.services.backups
    backup_service.restore(backups(filled)[-1])  # own key: no question asked
    with pytest.raises(BackupEncryptedError):
        backup_service.restore(foreign)
    backup_service.restore(foreign, Secret(passphrase="the other passphrase").unlock)
    context.close()
    assert has_plain_header(filled.database) is False  # still encrypted, with its own key
    restored = raw_dump(filled.database, made.key)
    assert restored["reflection"] == raw_dump(other.database, other_key.key)["reflection"]
    assert plain_rows  # (used above)


def test_settle_removes_a_key_file_left_beside_a_plain_journal(filled):
    encryption.new_key(PASS, FAST).key_file.write(filled.key_file)
    assert encryption.state(filled) is EncryptionState.PLAIN
    encryption.settle(filled)
    assert not filled.key_file.exists()


def test_align_encrypts_backups_left_plain_by_an_interrupted_enable(filled):
    made = encryption.new_key(PASS, FAST)
    made.key_file.write(filled.key_file)
    from rejection_desktop.db.cipher import convert_file
    convert_file(filled.database, None, made.key)  # killed before the backups were done
    assert all(has_plain_header(b) for b in backups(filled))
    assert encryption.align_backups(filled, made.key) == 2
    assert not any(has_plain_header(b) for b in backups(filled))


def test_enabling_twice_or_disabling_a_plain_journal_is_refused(filled):
    with pytest.raises(EncryptionError, match="not encrypted"):
        encryption.disable(filled, encryption.new_key(PASS, FAST).key)
    encryption.enable(filled, encryption.new_key(PASS, FAST))
    with pytest.raises(EncryptionError, match="already"):
        encryption.enable(filled, encryption.new_key(PASS, FAST))
