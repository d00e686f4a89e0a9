"""The open journal and its services, one per area: what pages and dialogs are given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee

from rejection_desktop.db.clean_close import record_clean_close
from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.migrations import MigrationResult, latest_version
from rejection_desktop.db.seed import SeedResult
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services.attempts import AttemptService
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.beliefs import BeliefService
from rejection_desktop.services.challenges import ChallengeService
from rejection_desktop.services.clock import Clock, system_clock
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

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey


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
    journal: JournalService
    jobs: JobRunner
    """Runs the long work (imports, exports, restores, backups, reports) one at a time."""
    beliefs: BeliefService
    program: ProgramService
    """Jia Jiang's "100 days of rejection", when the user starts it."""
    weekly_review: WeeklyReviewService

    @classmethod
    def build(cls, paths: DataPaths, clock: Clock = system_clock) -> Services:
        settings = SettingsService(clock)
        attempts = AttemptService(clock)
        challenges = ChallengeService(clock)
        reflections = ReflectionService(clock)
        prompts = PromptService(clock)
        reminders = ReminderService(settings, attempts, clock)
        backups = BackupService(paths, clock, settings.zone)
        jobs = JobRunner()
        backups.run_in(jobs)
        progress = ProgressService(attempts, settings, challenges, clock, reflections=reflections)
        beliefs = BeliefService(attempts, reflections, clock)
        return cls(
            challenges=challenges,
            attempts=attempts,
            reflections=reflections,
            prompts=prompts,
            settings=settings,
            drafts=DraftService(clock),
            reminders=reminders,
            progress=progress,
            backups=backups,
            journal=JournalService(),
            jobs=jobs,
            beliefs=beliefs,
            program=ProgramService(settings, progress, challenges),
            weekly_review=WeeklyReviewService(progress, challenges, reflections,
                                              settings, clock),
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
        """Stop a long job still running against the journal (undone), then close it; after a
        full checkpoint its clean-close fingerprint is recorded (the next start's check is
        then cheap, ``db.clean_close``)."""
        self.services.jobs.cancel_and_wait()
        if close_db():
            record_clean_close(self.paths.database)

    def reopen(self, key: JournalKey | None) -> None:
        """Open the journal again (after its file was converted), with ``key`` or plain; the
        services keep working on the new connection."""
        close_db()
        self.database = open_db(self.paths.database, latest_version=latest_version(), key=key)
