"""New journals for tests: one template per test run, copied with SQLite's backup API.

Creating a journal (the schema, its migrations, the built-in library) takes a second or more, so
the first request creates ONE template through the app's own start-up path (``open_context``)
and every journal after it is a copy, opened the way ``open_context`` opens an existing journal.
Tests that watch a journal being created call ``open_context`` themselves.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

from helpers.clock import FakeClock

from rejection_desktop.app.context import open_context
from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.migrations import latest_version, migrate
from rejection_desktop.db.seed import SeedResult
from rejection_desktop.platform.paths import DataPaths, create_private, make_private_dir
from rejection_desktop.services.clock import Clock
from rejection_desktop.services.container import AppContext, Services

SEEDED_AT = FakeClock()()
"""The instant the template's built-in library is stamped with (a fresh FakeClock's)."""


@cache
def template() -> Path:
    """This run's template journal, created on first use and removed when the run ends."""
    folder = Path(tempfile.mkdtemp(prefix="rejection-desktop-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    open_context(folder, FakeClock(SEEDED_AT)).close()
    return DataPaths(folder).database


def copy_template(data_dir: Path) -> None:
    """Copy the template into ``data_dir`` (private from its first byte) with the backup API."""
    target = DataPaths(data_dir).database
    make_private_dir(data_dir)
    create_private(target)
    with closing(sqlite3.connect(template())) as source, \
            closing(sqlite3.connect(target)) as copy:
        copy.execute("PRAGMA synchronous = OFF")  # a test's copy need not survive power loss
        source.backup(copy)


def new_journal(data_dir: Path, clock: Clock | None = None) -> AppContext:
    """A new migrated and seeded journal in ``data_dir``, as ``open_context`` would create it.

    A copy of the template, unless the clock has moved (the library would then be stamped at
    another instant) or ``data_dir`` already holds a journal: then ``open_context`` itself.
    """
    clock = clock or FakeClock(SEEDED_AT)
    paths = DataPaths(data_dir)
    if clock() != SEEDED_AT or paths.database.exists():
        return open_context(data_dir, clock)
    copy_template(data_dir)
    database = open_db(paths.database, latest_version=latest_version())
    try:
        migration = migrate(database, paths.backups)  # none due: the template is up to date
    except Exception:
        close_db()
        raise
    # Seeding again would add nothing (the template was seeded at SEEDED_AT) and is the
    # slowest part of opening an existing journal, so it is left out.
    return AppContext(paths, database, Services.build(paths, clock), clock, migration,
                      (SeedResult(0, 0), SeedResult(0, 0)))
