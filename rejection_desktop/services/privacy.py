"""Privacy of the running app: encryption turned on and off from Settings, and the lock.

``enable``, ``disable`` and ``change_passphrase`` reuse ``services.encryption`` (the same
crash-safe conversions as the command line) on the journal the app has open: its connection is
closed, the file converted, and the journal opened again with the new key (or none), so the
app keeps running. The lock hides the journal from the screen only: the key stays in memory,
so reminders keep firing (with generic texts) and nothing has to be re-opened; unlocking
checks the passphrase or recovery code against the key file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.cipher import JournalKey, database_key
from rejection_desktop.db.connection import close_db, db
from rejection_desktop.db.keyfile import DEFAULT_KDF, KdfParams
from rejection_desktop.domain.problems import Problem
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services import encryption
from rejection_desktop.services.encryption import EncryptionError, NewKey, Secret

log = logging.getLogger(__name__)


class PrivacyService(QObject):
    """Encryption state and changes of the open journal, and the lock over the window.

    ``reopen(key)`` opens the journal again after a conversion (``AppContext.reopen``).
    """

    encryption_changed = Signal(bool)  # encrypted now
    locked_changed = Signal(bool)  # locked now
    lock_requested = Signal(str)  # why ("now", "idle", "session"); before locked_changed

    def __init__(self, paths: DataPaths, reopen: Callable[[JournalKey | None], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._reopen = reopen
        self._locked = False
        self.kdf: KdfParams = DEFAULT_KDF
        """Key derivation cost for new keys and passphrases (tests make it cheap)."""

    # state -------------------------------------------------------------------------------------
    @staticmethod
    def _current_key() -> JournalKey | None:
        return database_key(db.obj) if db.obj is not None else None

    @property
    def encrypted(self) -> bool:
        return self._current_key() is not None

    @property
    def locked(self) -> bool:
        return self._locked

    # turning encryption on and off -------------------------------------------------------------
    def new_key(self, passphrase: str) -> NewKey:
        """A key and recovery code for ``enable`` (slow: two key derivations); EncryptionError
        for a passphrase that is refused."""
        return encryption.new_key(passphrase, self.kdf)

    def enable(self, made: NewKey) -> None:
        """Encrypt the open journal and its backups with ``made``; the app goes on with it."""
        if self.encrypted:
            raise EncryptionError.of(Problem.ALREADY_ENCRYPTED)
        self._convert(lambda: encryption.enable(self._paths, made), made.key)
        log.info("encryption turned on from the app")

    def disable(self, secret: Secret) -> None:
        """Decrypt the open journal and its backups, after checking ``secret``."""
        key = self._checked(secret)
        self._convert(lambda: encryption.disable(self._paths, key), None)
        self._paths.reminder_schedule.unlink(missing_ok=True)
        log.info("encryption turned off from the app")

    def change_passphrase(self, secret: Secret, new_passphrase: str) -> None:
        """Wrap the key under ``new_passphrase`` (the recovery code stays)."""
        self._checked(secret)
        key = encryption.change_passphrase(self._paths, secret, new_passphrase, self.kdf)
        from rejection_desktop.db.keyed import CipherDatabase  # noqa: PLC0415 - keyed only

        if isinstance(db.obj, CipherDatabase):
            db.obj.journal_key = key  # backups from now on carry the new key file

    def _convert(self, convert: Callable[[], None], key: JournalKey | None) -> None:
        before = self._current_key()
        close_db()
        try:
            convert()
        except BaseException:
            log.exception("changing the journal's encryption failed")
            encryption.settle(self._paths)
            self._reopen(before if encryption.state(self._paths) is
                         encryption.EncryptionState.ENCRYPTED else None)
            raise
        self._reopen(key)
        self.encryption_changed.emit(key is not None)

    def _checked(self, secret: Secret) -> JournalKey:
        """The journal's key when ``secret`` opens its key file; EncryptionError else."""
        key = self._current_key()
        if key is None:
            raise EncryptionError.of(Problem.NOT_ENCRYPTED)
        unlocked = encryption.unlock(self._paths, secret)
        if unlocked.raw != key.raw:
            raise EncryptionError.of(Problem.FOREIGN_KEY_FILE)
        return key

    # the lock ----------------------------------------------------------------------------------
    def lock(self, reason: str = "now") -> bool:
        """Lock the window (an encrypted journal only); True when it is locked now."""
        if not self.encrypted:
            return False
        if not self._locked:
            log.info("locked (%s)", reason)
            self.lock_requested.emit(reason)
            self._locked = True
            self.locked_changed.emit(True)
        return True

    def unlock(self, secret: Secret) -> JournalKey:
        """Unlock with the passphrase or recovery code; EncryptionError when it is wrong."""
        key = self._checked(secret)
        if self._locked:
            self._locked = False
            log.info("unlocked")
            self.locked_changed.emit(False)
        return key
