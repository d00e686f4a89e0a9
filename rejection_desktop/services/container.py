"""The open journal and its services, one per area: what pages and dialogs are given."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import peewee

from rejection_desktop.db.clean_close import record_clean_close
from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.migrations import MigrationResult, latest_version
from rejection_desktop.db.seed import SeedResult
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services.clock import Clock, system_clock

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey
    from rejection_desktop.services.attempts import AttemptService
    from rejection_desktop.services.backups import BackupService
    from rejection_desktop.services.beliefs import BeliefService
    from rejection_desktop.services.challenges import ChallengeService
    from rejection_desktop.services.drafts import DraftService
    from rejection_desktop.services.jobs import JobRunner
    from rejection_desktop.services.journal import JournalService
    from rejection_desktop.services.program import ProgramService
    from rejection_desktop.services.progress import ProgressService
    from rejection_desktop.services.prompts import PromptService
    from rejection_desktop.services.reflections import ReflectionService
    from rejection_desktop.services.reminders import ReminderService
    from rejection_desktop.services.settings import SettingsService
    from rejection_desktop.services.weekly_review import WeeklyReviewService

# Each service is built (and its module imported) when first asked for, so start-up loads only
# what the Today page uses before it shows; ``build_all`` builds the rest on the GUI thread
# right after (a QObject belongs to the thread that made it; jobs run on a worker thread).
# ruff: noqa: PLC0415 - the imports below are the point of this module


class Services:
    """One service per area, sharing the clock; each built on first use."""

    def __init__(self, paths: DataPaths, clock: Clock = system_clock) -> None:
        self._paths = paths
        self._clock = clock

    @classmethod
    def build(cls, paths: DataPaths, clock: Clock = system_clock) -> Services:
        return cls(paths, clock)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """Every service's name (each a ``cached_property`` below), in their order here."""
        return tuple(name for name, value in vars(cls).items()
                     if isinstance(value, cached_property))

    def build_all(self) -> None:
        """Build every service not built yet (on the GUI thread)."""
        for name in self.names():
            getattr(self, name)

    def built(self) -> dict[str, object]:
        """The services built so far, by name."""
        return {name: self.__dict__[name] for name in self.names() if name in self.__dict__}

    @cached_property
    def settings(self) -> SettingsService:
        from rejection_desktop.services.settings import SettingsService

        return SettingsService(self._clock)

    @cached_property
    def attempts(self) -> AttemptService:
        from rejection_desktop.services.attempts import AttemptService

        return AttemptService(self._clock)

    @cached_property
    def challenges(self) -> ChallengeService:
        from rejection_desktop.services.challenges import ChallengeService

        return ChallengeService(self._clock)

    @cached_property
    def reflections(self) -> ReflectionService:
        from rejection_desktop.services.reflections import ReflectionService

        return ReflectionService(self._clock)

    @cached_property
    def prompts(self) -> PromptService:
        from rejection_desktop.services.prompts import PromptService

        return PromptService(self._clock)

    @cached_property
    def drafts(self) -> DraftService:
        from rejection_desktop.services.drafts import DraftService

        return DraftService(self._clock)

    @cached_property
    def reminders(self) -> ReminderService:
        from rejection_desktop.services.reminders import ReminderService

        return ReminderService(self.settings, self.attempts, self._clock)

    @cached_property
    def jobs(self) -> JobRunner:
        """Runs the long work (imports, exports, restores, backups, reports) one at a time."""
        from rejection_desktop.services.jobs import JobRunner

        return JobRunner()

    @cached_property
    def backups(self) -> BackupService:
        from rejection_desktop.services.backups import BackupService

        backups = BackupService(self._paths, self._clock, self.settings.zone)
        backups.run_in(self.jobs)
        return backups

    @cached_property
    def progress(self) -> ProgressService:
        from rejection_desktop.services.progress import ProgressService

        return ProgressService(self.attempts, self.settings, self.challenges, self._clock,
                               reflections=self.reflections)

    @cached_property
    def journal(self) -> JournalService:
        from rejection_desktop.services.journal import JournalService

        return JournalService()

    @cached_property
    def beliefs(self) -> BeliefService:
        from rejection_desktop.services.beliefs import BeliefService

        return BeliefService(self.attempts, self.reflections, self._clock)

    @cached_property
    def program(self) -> ProgramService:
        """Jia Jiang's "100 days of rejection", when the user starts it."""
        from rejection_desktop.services.program import ProgramService

        return ProgramService(self.settings, self.progress, self.challenges)

    @cached_property
    def weekly_review(self) -> WeeklyReviewService:
        from rejection_desktop.services.weekly_review import WeeklyReviewService

        return WeeklyReviewService(self.progress, self.challenges, self.reflections,
                                   self.settings, self._clock)


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
        """Stop automatic backups and a long job still running against the journal (undone),
        then close it; after a full checkpoint its clean-close fingerprint is recorded (the
        next start's check is then cheap, ``db.clean_close``)."""
        built = self.services.built()  # what was never built has nothing to stop
        if "backups" in built:
            self.services.backups.stop()
        if "jobs" in built:
            self.services.jobs.cancel_and_wait()
        if close_db():
            record_clean_close(self.paths.database)

    def reopen(self, key: JournalKey | None) -> None:
        """Open the journal again (after its file was converted), with ``key`` or plain; the
        services keep working on the new connection."""
        close_db()
        self.database = open_db(self.paths.database, latest_version=latest_version(), key=key)
