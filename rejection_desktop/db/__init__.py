"""Storage: peewee models on SQLite, the connection, migrations, seeding and backups. No Qt here."""

from rejection_desktop.db.connection import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseTooNewError,
    close_db,
    db,
    open_db,
)

__all__ = [
    "DatabaseCorruptError",
    "DatabaseError",
    "DatabaseTooNewError",
    "close_db",
    "db",
    "open_db",
]
