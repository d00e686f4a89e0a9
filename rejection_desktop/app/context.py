"""Opening a data dir: database, migrations, seed, and the services built on it (no widgets)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from rejection_desktop.db.clean_close import forget_clean_close
from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.migrations import latest_version, migrate
from rejection_desktop.db.seed import seed_library
from rejection_desktop.platform.l10n import set_content_language
from rejection_desktop.platform.paths import DataPaths, make_private_dir
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.container import AppContext, Services
from rejection_desktop.ui.i18n import interface_language, stored_language

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey

log = logging.getLogger(__name__)


def open_context(data_dir: Path, clock: Clock = system_clock, *, key: JournalKey | None = None
                 ) -> AppContext:
    """Open or create the journal in ``data_dir``, migrate it, seed built-ins (in the language
    chosen in its ``ui-state.ini``), build services.

    ``key`` opens an encrypted journal (``services.encryption.unlock`` gives it). Raises
    ``rejection_desktop.db.DatabaseError`` (with a message for the user) when the file is
    newer than this app or unreadable; the file is then left untouched.
    """
    paths = DataPaths(data_dir)
    make_private_dir(paths.root)
    set_content_language(interface_language(stored_language(paths.ui_state)))
    forget_clean_close(paths.database)  # from here on only a clean close vouches for it
    database = open_db(paths.database, latest_version=latest_version(), key=key)
    try:
        migration = migrate(database, paths.backups, temporaries=paths.temporaries)
        seeded = seed_library(database, resource("challenges.json"), resource("prompts.json"),
                              clock())
    except Exception:
        close_db()
        raise
    log.info("data dir ready: schema %s, seeded %s", migration.to_version, seeded)
    return AppContext(paths, database, Services.build(paths, clock), clock, migration, seeded)
