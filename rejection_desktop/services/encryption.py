"""Encryption of a data dir: its state, unlocking, and turning it on and off crash-safely.

The journal is encrypted when its file is not plain SQLite and ``journal.key`` is beside it.
Everything here works on the closed journal (the caller holds the single-instance lock and
has no connection open): ``enable`` writes the key file first, then converts the journal,
then its backups; ``disable`` converts the backups back first, then the journal, then deletes
the key file. Whatever a kill interrupts, ``settle`` tidies at the next start, and
``align_backups`` converts the backups that do not match the journal yet. A backup keeps the
key file copy it was made with, so it stays openable on any computer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rejection_desktop.db.backup import (
    is_encrypted_backup,
    key_copy_path,
)
from rejection_desktop.db.cipher import (
    CONVERTING,
    JournalKey,
    convert_file,
    settle_conversion,
)
from rejection_desktop.db.files import check_database_file, has_plain_header
from rejection_desktop.db.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyFileError,
    WrongSecretError,
)
from rejection_desktop.domain.problems import ENGLISH, Problem, ProblemError
from rejection_desktop.platform.paths import DataPaths, fsync_dir, write_private_file
from rejection_desktop.services.backups import backup_folders, list_backup_files

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8


class EncryptionState(StrEnum):
    """What ``encryption status`` prints."""

    PLAIN = "not encrypted"
    ENCRYPTED = "encrypted"


class EncryptionError(ProblemError):
    """A refusal or failure with a message (and a code) for the user (nothing was
    changed)."""


@dataclass(frozen=True)
class Secret:
    """What the user typed to unlock: a passphrase or a recovery code."""

    passphrase: str | None = None
    recovery_code: str | None = None

    def unlock(self, key_file: KeyFile) -> bytes:
        """The raw key; WrongSecretError when this secret does not open ``key_file``."""
        return key_file.unlock(passphrase=self.passphrase, recovery_code=self.recovery_code)

    def wrong_problem(self) -> Problem:
        """The code of this secret's refusal when it does not open the key file."""
        return Problem.WRONG_RECOVERY_CODE if self.passphrase is None \
            else Problem.WRONG_PASSPHRASE

    def wrong_message(self) -> str:
        return ENGLISH[self.wrong_problem()]


@dataclass(frozen=True)
class NewKey:
    """A key made for enabling, with the recovery code to show once."""

    key: JournalKey
    key_file: KeyFile
    recovery_code: str


def journal_key(key_file: KeyFile, raw: bytes) -> JournalKey:
    return JournalKey(raw, key_file.key_id, key_file.to_bytes())


def state(paths: DataPaths) -> EncryptionState:
    """Encrypted when the journal is not plain SQLite and its key file is there."""
    encrypted = has_plain_header(paths.database) is False and paths.key_file.is_file()
    return EncryptionState.ENCRYPTED if encrypted else EncryptionState.PLAIN


def passphrase_problem(passphrase: str) -> EncryptionError | None:
    """Why a new passphrase is refused (None when it is acceptable)."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        return EncryptionError.of(Problem.SHORT_PASSPHRASE, minimum=MIN_PASSPHRASE)
    return None


def settle(paths: DataPaths) -> None:
    """Tidy after an interrupted conversion (call with the lock held, the journal closed).

    A half-written copy is removed; a key file left beside a plain journal (a kill before the
    swap of ``enable`` or after the swap of ``disable``) is removed; so are half-converted
    backups.
    """
    settle_conversion(paths.database)
    Path(f"{paths.key_file}.tmp").unlink(missing_ok=True)
    if paths.key_file.exists() and has_plain_header(paths.database) is True:
        log.warning("removing a key file left beside a plain journal")
        paths.key_file.unlink()
        fsync_dir(paths.root)
    for folder in backup_folders(paths):
        try:
            leftovers = list(folder.glob(f"*{CONVERTING}*"))
        except OSError:
            continue
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        for info in list_backup_files(folder):
            settle_conversion(info.path)


def read_key_file(paths: DataPaths) -> KeyFile:
    try:
        return KeyFile.read(paths.key_file)
    except KeyFileError as exc:
        raise EncryptionError.of(Problem.KEY_FILE, reason=str(exc)) from exc


def unlock(paths: DataPaths, secret: Secret) -> JournalKey:
    """The journal's key from the key file; EncryptionError for a wrong secret (checked
    before SQLite opens anything) or a damaged key file."""
    key_file = read_key_file(paths)
    try:
        return journal_key(key_file, secret.unlock(key_file))
    except WrongSecretError:
        log.info("unlock refused: %s", secret.wrong_message())
        raise EncryptionError.of(secret.wrong_problem()) from None


def new_key(passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> NewKey:
    """A fresh random key wrapped under ``passphrase`` and a new recovery code."""
    if (problem := passphrase_problem(passphrase)) is not None:
        raise problem
    key_file, raw, code = KeyFile.create(passphrase, kdf)
    return NewKey(journal_key(key_file, raw), key_file, code)


def align_backups(paths: DataPaths, key: JournalKey) -> int:
    """Encrypt every plain backup with the journal's ``key`` and bring the key copies of its
    own encrypted backups up to date; returns how many files were converted."""
    converted = 0
    for info in list_backup_files(*backup_folders(paths)):
        copy = key_copy_path(info.path)
        if is_encrypted_backup(info.path):
            try:
                same = KeyFile.from_bytes(copy.read_bytes()).key_id == key.key_id
            except (OSError, KeyFileError):
                continue
            if same and copy.read_bytes() != key.key_file:
                write_private_file(copy, key.key_file)
            continue
        if has_plain_header(info.path) is not True:
            continue  # empty or not a database: left as it is
        write_private_file(copy, key.key_file)  # before the file that needs it
        convert_file(info.path, None, key)
        converted += 1
    if converted:
        log.info("encrypted %s backups", converted)
    return converted


def decrypt_backups(paths: DataPaths, key: JournalKey) -> int:
    """Make the backups encrypted with ``key`` plain again (others keep their key copy)."""
    converted = 0
    for info in list_backup_files(*backup_folders(paths)):
        copy = key_copy_path(info.path)
        if not is_encrypted_backup(info.path):
            continue
        try:
            if KeyFile.from_bytes(copy.read_bytes()).key_id != key.key_id:
                continue
        except (OSError, KeyFileError):
            continue
        convert_file(info.path, key, None)
        copy.unlink()
        converted += 1
    return converted


def enable(paths: DataPaths, made: NewKey) -> None:
    """Encrypt the closed journal and its backups with ``made``'s key."""
    settle(paths)
    if state(paths) is EncryptionState.ENCRYPTED:
        raise EncryptionError.of(Problem.ALREADY_ENCRYPTED)
    if (problem := check_database_file(paths.database)) is not None:
        raise EncryptionError.of(Problem.JOURNAL_DAMAGED, reason=problem)
    made.key_file.write(paths.key_file)  # durable before any file needs it
    try:
        convert_file(paths.database, None, made.key)
    except BaseException:
        settle(paths)  # the journal is still plain: the key file goes
        raise
    log.info("journal encrypted")
    align_backups(paths, made.key)


def disable(paths: DataPaths, key: JournalKey) -> None:
    """Decrypt the closed journal and its backups; the key file goes last."""
    settle(paths)
    if state(paths) is EncryptionState.PLAIN:
        raise EncryptionError.of(Problem.NOT_ENCRYPTED)
    if (problem := check_database_file(paths.database, key)) is not None:
        raise EncryptionError.of(Problem.JOURNAL_DAMAGED, reason=problem)
    decrypt_backups(paths, key)
    convert_file(paths.database, key, None)
    paths.key_file.unlink()
    fsync_dir(paths.root)
    log.info("journal decrypted")


def change_passphrase(paths: DataPaths, secret: Secret, new_passphrase: str,
                      kdf: KdfParams = DEFAULT_KDF) -> JournalKey:
    """Re-wrap the key under ``new_passphrase`` (the journal is not rewritten); the key copies
    beside this journal's backups follow. Returns the key with its new key file."""
    if (problem := passphrase_problem(new_passphrase)) is not None:
        raise problem
    key_file = read_key_file(paths)
    try:
        raw = secret.unlock(key_file)
    except WrongSecretError:
        raise EncryptionError.of(secret.wrong_problem()) from None
    changed = key_file.with_passphrase(raw, new_passphrase, kdf)
    changed.write(paths.key_file)
    key = journal_key(changed, raw)
    align_backups(paths, key)
    log.info("passphrase changed")
    return key
