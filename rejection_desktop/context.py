"""Opening a data dir: database, migrations, seed, and the services built on it (no widgets)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import peewee

from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.migrations import MigrationResult, latest_version, migrate
from rejection_desktop.db.seed import SeedResult, seed_library
from rejection_desktop.paths import DataPaths, make_private_dir
from rejection_desktop.resources import resource
from rejection_desktop.services.attempts import AttemptService
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.challenges import ChallengeService
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.drafts import DraftService
from rejection_desktop.services.progress import ProgressService
from rejection_desktop.services.prompts import PromptService
from rejection_desktop.services.reflections import ReflectionService
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """One service per area, sharing the clock."""

    challenges: ChallengeService
    attempts: AttemptService
    reflections: ReflectionService
    prompts: PromptService
    settings: SettingsService
    drafts: DraftService
    reminders: ReminderService
    progress: ProgressService
    backups: BackupService

    @classmethod
    def build(cls, paths: DataPaths, clock: Clock = system_clock) -> Services:
        settings = SettingsService(clock)
        attempts = AttemptService(clock)
        challenges = ChallengeService(clock)
        reflections = ReflectionService(clock)
        prompts = PromptService(clock)
        reminders = ReminderService(settings, attempts, clock)
        backups = BackupService(paths, clock, settings.zone)
        return cls(
            challenges=challenges,
            attempts=attempts,
            reflections=reflections,
            prompts=prompts,
            settings=settings,
            drafts=DraftService(clock),
            reminders=reminders,
            progress=ProgressService(attempts, settings, challenges, clock),
            backups=backups,
        )


@dataclass
class AppContext:
    """An open data dir and its services."""

    paths: DataPaths
    database: peewee.SqliteDatabase
    services: Services
    clock: Clock
    migration: MigrationResult
    seeded: tuple[SeedResult, SeedResult]

    def close(self) -> None:
        close_db()


def open_context(data_dir: Path, clock: Clock = system_clock) -> AppContext:
    """Open or create the journal in ``data_dir``, migrate it, seed built-ins, build services.

    Raises ``rejection_desktop.db.DatabaseError`` (with a message for the user) when the file
    is newer than this app or unreadable; the file is then left untouched.
    """
    paths = DataPaths(data_dir)
    make_private_dir(paths.root)
    database = open_db(paths.database, latest_version=latest_version())
    try:
        migration = migrate(database, paths.backups, temporaries=paths.temporaries)
        seeded = seed_library(database, resource("challenges.json"), resource("prompts.json"),
                              clock())
    except Exception:
        close_db()
        raise
    log.info("data dir ready: schema %s, seeded %s", migration.to_version, seeded)
    return AppContext(paths, database, Services.build(paths, clock), clock, migration, seeded)
