"""The "100 days of rejection" program: its state in settings, today's day and ask, look backs.

The rules are in ``domain/program.py``; this service reads the journal through
``ProgressService`` (the records since the program started, asks per day, kept days, the user's
zone and today) and keeps the program's state in the one validated setting
``rejection_program``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from rejection_desktop.domain import program as rules
from rejection_desktop.domain.records import AttemptRecord, ChallengeRecord
from rejection_desktop.domain.stats.asks import is_ask, local_date
from rejection_desktop.domain.stats.figures import (
    BadnessSummary,
    DisprovedSummary,
    PredictionSummary,
)
from rejection_desktop.domain.stats.tally import Tally
from rejection_desktop.services.challenges import ChallengeService
from rejection_desktop.services.progress import ProgressService
from rejection_desktop.services.settings import SETTINGS, SettingsService

SETTING = "rejection_program"
PERSONAL_TRACK = "personal_track"
"""The personal track's setting, once there is one; without it no personal ask is chosen."""


@dataclass(frozen=True)
class LookBack:
    """A milestone's look back over the program's asks so far: predicted against happened."""

    milestone: int
    asks: int
    prediction: PredictionSummary
    badness: BadnessSummary
    disproved: DisprovedSummary


@dataclass(frozen=True)
class ProgramToday:
    """What Today shows of the program."""

    day: rules.ProgramDay
    ask: ChallengeRecord | None
    look_back: LookBack | None


class ProgramService(QObject):
    """Starts, pauses, resumes and stops the program; tells Today where it stands."""

    program_changed = Signal()

    def __init__(self, settings: SettingsService, progress: ProgressService,
                 challenges: ChallengeService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._progress = progress
        self._challenges = challenges
        settings.setting_changed.connect(self._on_setting_changed)

    def program(self) -> rules.Program | None:
        """The stored program, None when not started (or unreadable: the default is used)."""
        state = self._settings.get(SETTING)
        return None if state is None else rules.Program.from_state(state)

    def start(self) -> None:
        """Start the program today (a running one is left as it is)."""
        if self.program() is None:
            self._save(rules.Program(self._progress.today()))

    def pause(self) -> None:
        program = self.program()
        if program is not None:
            self._save(program.pause(self._progress.today()))

    def resume(self) -> None:
        program = self.program()
        if program is not None:
            self._save(program.resume(self._progress.today()))

    def stop(self) -> None:
        """End the program (the asks stay in the journal)."""
        self._settings.set(SETTING, None)

    def looked_back(self, milestone: int) -> None:
        """The user has read the look back of ``milestone``: it is not offered again."""
        program = self.program()
        if program is not None:
            self._save(program.looked_back(milestone))

    def today(self) -> ProgramToday | None:
        """Today's day, ask and any look back due; None when the program is not started."""
        program = self.program()
        if program is None:
            return None
        today = self._progress.today()
        zone = self._progress.zone()
        records = self._progress.records_from(program.started)  # only the program's days
        day = rules.program_day(program, self._progress.asks_per_day(),
                                self._progress.days_kept(), today)
        dated = [(r, local_date(r.when, zone)) for r in records]
        mine = rules.records_in_program(program, dated, today)
        done = {r.challenge_id for r in mine if is_ask(r)}
        personal = bool(self._settings.get(PERSONAL_TRACK)) if PERSONAL_TRACK in SETTINGS \
            else False
        ask = None if day.finished or day.paused else rules.pick_ask(
            self._challenges.list_challenges(include_archived=False), day.number, done,
            personal_track=personal)
        look = None
        if day.milestone is not None:
            last = day.practice[day.milestone - 1]
            ids = {r.id for r in mine}
            look = self._look_back(day.milestone, [r for r, d in dated
                                                   if r.id in ids and d <= last])
        return ProgramToday(day, ask, look)

    @staticmethod
    def _look_back(milestone: int, records: list[AttemptRecord]) -> LookBack:
        tally = Tally.of(records)
        return LookBack(milestone, tally.asks, tally.overall_prediction(),
                        tally.badness_summary(), tally.disproved_summary())

    def _save(self, program: rules.Program) -> None:
        self._settings.set(SETTING, program.state())

    def _on_setting_changed(self, key: str, _value: Any) -> None:
        if key == SETTING:
            self.program_changed.emit()

