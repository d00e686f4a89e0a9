"""peewee over SQLCipher (``CipherDatabase``), apart from ``cipher`` so that a plain journal
never imports SQLCipher's driver (see ``cipher.sqlcipher_driver``)."""

from __future__ import annotations

from typing import Any

from playhouse.sqlcipher_ext import SqlCipherDatabase

from rejection_desktop.db.cipher import (
    Connection,
    JournalKey,
    apply_key,
    sqlcipher_driver,
)
from rejection_desktop.db.text import TolerantTextMixin


class CipherDatabase(TolerantTextMixin, SqlCipherDatabase):
    """peewee over SQLCipher with a raw key; the key goes in before peewee's pragmas."""

    def __init__(self, database: str, key: JournalKey, **kwargs: Any) -> None:
        super().__init__(database, **kwargs)
        self.journal_key = key

    def _connect(self) -> Connection:
        connection = sqlcipher_driver().connect(self.database, isolation_level=None,
                                                **self.connect_params)
        try:
            apply_key(connection, self.journal_key)
            self._add_conn_hooks(connection)  # journal_mode and the rest, after the key
        except BaseException:
            connection.close()
            raise
        return connection
