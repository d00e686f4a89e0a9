"""Figures derived from the whole journal, kept in it between starts while it is unchanged.

A value is stored with the journal's revision (``schema_v7``: every write to an attempt or a
reflection moves it on) and read back only while that is still the revision, so it can never
be out of date. Strict on write, tolerant on read: a value that is missing, from another
revision, or not what the caller can parse is simply not there, and the caller computes it
afresh. Storing is best-effort: a journal that cannot be written at once (read-only, full, or
another thread's transaction holding it) does not keep it, and it is not flushed to disk on
its own (a crash may lose it; the next start computes it again).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import peewee

from rejection_desktop.db.connection import db

log = logging.getLogger(__name__)


def revision() -> int | None:
    """The journal's revision now, or None when it cannot be read (nothing is then kept or
    reused)."""
    try:
        row = db.execute_sql("SELECT n FROM journal_revision WHERE id = 1").fetchone()
    except peewee.DatabaseError as exc:  # a damaged schema: the figures are computed afresh
        log.warning("journal revision not readable: %s", exc)
        return None
    return None if row is None else int(row[0])


def load(key: str, at: int | None) -> Any:
    """The value stored under ``key`` at revision ``at`` (parsed JSON), or None."""
    if at is None:
        return None
    try:
        row = db.execute_sql("SELECT revision, value FROM derived WHERE key = ?",
                             (key,)).fetchone()
        return None if row is None or row[0] != at else json.loads(row[1])
    except (peewee.DatabaseError, ValueError) as exc:
        log.warning("derived value %s not readable (%s); computing it afresh", key,
                    type(exc).__name__)
        return None


def store(key: str, at: int | None, value: Any) -> None:
    """Keep ``value`` (JSON-able) under ``key`` as computed at revision ``at``, unless the
    journal has moved on since or cannot be written without waiting."""
    if at is None:
        return
    text = json.dumps(value, separators=(",", ":"))
    connection = db.connection()
    syncs = connection.execute("PRAGMA synchronous").fetchone()[0]
    connection.execute("PRAGMA synchronous = NORMAL")  # a copy: no flush to disk for it
    try:
        with db.atomic():
            # read first: a transaction that has read is refused at once, never made to wait,
            # when it needs the write lock another connection (a job's) holds
            if revision() == at:
                db.execute_sql("INSERT INTO derived (key, revision, value) VALUES (?, ?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET revision = excluded.revision, "
                               "value = excluded.value", (key, at, text))
    except peewee.DatabaseError as exc:  # busy, read-only, full: computed again next time
        log.info("derived value %s not kept: %s", key, exc)
    finally:
        connection.execute(f"PRAGMA synchronous = {int(syncs)}")
