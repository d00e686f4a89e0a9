"""Jia Jiang's "100 days of rejection" as an optional program (pure rules, stdlib only).

The program's state is one small JSON object (see ``is_program_state``): the local day it
started, its pauses (``[from, to]`` local dates, ``to`` is ``None`` while paused) and the
milestones already looked back on.

Day numbering follows the streak rules, not the calendar:

- a *practice day* is a local day with at least one ask, or an honest "did not ask" that was
  reflected on (a kept day, as for the streak);
- days before the start, and days inside a pause, never count;
- a rest day (no practice) uses up nothing: the program waits for the next practice day, so
  resting never costs one of the hundred;
- "Day N of 100": N is one more than the practice days before today (capped at 100); today's
  practice completes day N. After the hundredth practice day the program is finished.

Which rung on which day: day N aims at a distress of ``target_distress(N)``, rising evenly from
warm-up (10 on day 1) to bold (90 on day 100). ``pick_ask`` chooses the challenge nearest that
target, not personal-audience unless the personal track is on, preferring one not done during
the program yet.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rejection_desktop.domain.outcomes import Audience
from rejection_desktop.domain.records import AttemptRecord, ChallengeRecord
from rejection_desktop.domain.validation import FIRST_YEAR, LAST_YEAR

PROGRAM_DAYS = 100
MILESTONES: tuple[int, ...] = (10, 30, 50, 100)
"""Days after which the program looks back: what was predicted against what happened."""
FIRST_TARGET, LAST_TARGET = 10, 90
"""The distress aimed at on day 1 (warm-up) and on day 100 (bold)."""
MAX_PAUSES = 400


def parse_day(value: object) -> date | None:
    """The local date of an ISO ``YYYY-MM-DD`` text within the app's years; None otherwise."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def is_program_state(value: object) -> bool:
    """The validator of the stored program: None (not started) or
    ``{"started": day, "pauses": [[day, day|None], ...], "seen": [milestone, ...]}`` with the
    pauses in order, not before the start, and only the last one open."""
    if value is None:
        return True
    if not isinstance(value, dict) or set(value) != {"started", "pauses", "seen"}:
        return False
    started = parse_day(value["started"])
    pauses, seen = value["pauses"], value["seen"]
    if started is None or not isinstance(pauses, list) or not isinstance(seen, list):
        return False
    if len(pauses) > MAX_PAUSES or len(seen) > len(MILESTONES):
        return False
    if any(isinstance(m, bool) or m not in MILESTONES for m in seen) or len(set(seen)) != len(
            seen):
        return False
    previous = started
    for index, pause in enumerate(pauses):
        if not isinstance(pause, list) or len(pause) != 2:
            return False
        first = parse_day(pause[0])
        last = None if pause[1] is None else parse_day(pause[1])
        if first is None or first < previous or (pause[1] is not None and last is None):
            return False
        if last is None and index != len(pauses) - 1:
            return False
        if last is not None and last < first:
            return False
        previous = last or first
    return True


@dataclass(frozen=True)
class Program:
    """A started program: its first day, its pauses (``to`` None while paused), the milestones
    already looked back on."""

    started: date
    pauses: tuple[tuple[date, date | None], ...] = ()
    seen: frozenset[int] = frozenset()

    @classmethod
    def from_state(cls, state: Mapping[str, object]) -> Program:
        """The program of a state that passed ``is_program_state``."""
        started = parse_day(state["started"])
        pauses_in = state["pauses"]
        seen_in = state["seen"]
        if started is None or not isinstance(pauses_in, list) or not isinstance(seen_in, list):
            raise ValueError("not a program state (see is_program_state)")
        pauses = tuple((parse_day(p[0]) or started, None if p[1] is None else parse_day(p[1]))
                       for p in pauses_in)
        return cls(started, pauses, frozenset(int(m) for m in seen_in))

    def state(self) -> dict[str, object]:
        """The JSON-ready state of this program."""
        return {"started": self.started.isoformat(),
                "pauses": [[a.isoformat(), None if b is None else b.isoformat()]
                           for a, b in self.pauses],
                "seen": sorted(self.seen)}

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1][1] is None

    def pause(self, today: date) -> Program:
        """Paused from ``today`` (today's practice no longer counts); unchanged if paused."""
        if self.paused:
            return self
        return Program(self.started, (*self.pauses, (max(today, self.started), None)), self.seen)

    def resume(self, today: date) -> Program:
        """Running again from ``today``: the pause ends the day before (a pause taken and
        ended on one day leaves that day counting)."""
        if not self.paused:
            return self
        first = self.pauses[-1][0]
        if today <= first:
            return Program(self.started, self.pauses[:-1], self.seen)
        return Program(self.started, (*self.pauses[:-1], (first, today - timedelta(days=1))),
                       self.seen)

    def looked_back(self, milestone: int) -> Program:
        return Program(self.started, self.pauses, self.seen | {milestone})

    def counts(self, day: date, today: date) -> bool:
        """True when ``day`` may count as a program day (started, not paused, not future)."""
        if day < self.started or day > today:
            return False
        return not any(a <= day and (b is None or day <= b) for a, b in self.pauses)


def practice_days(program: Program, daily_counts: Mapping[date, int],
                  kept_days: Iterable[date], today: date) -> list[date]:
    """The program's practice days up to ``today``, in order (asks or kept days, outside
    pauses, from the start)."""
    days = {d for d, n in daily_counts.items() if n > 0} | set(kept_days)
    return sorted(d for d in days if program.counts(d, today))


@dataclass(frozen=True)
class ProgramDay:
    """Where the program stands today."""

    number: int  # 1..100: the day the user is on
    done_today: bool  # today's practice completed day ``number``
    finished: bool  # all hundred days done
    paused: bool
    practice: tuple[date, ...]  # every practice day so far, in order
    milestone: int | None  # a milestone reached and not looked back on yet

    @property
    def days_done(self) -> int:
        return len(self.practice)


def program_day(program: Program, daily_counts: Mapping[date, int],
                kept_days: Iterable[date], today: date) -> ProgramDay:
    """Day N of 100 for ``today`` (see the module's rules)."""
    practice = practice_days(program, daily_counts, kept_days, today)[:PROGRAM_DAYS]
    done_today = bool(practice) and practice[-1] == today
    before = len(practice) - (1 if done_today else 0)
    number = min(PROGRAM_DAYS, before + 1)
    reached = [m for m in MILESTONES if m <= len(practice) and m not in program.seen]
    return ProgramDay(number=number, done_today=done_today,
                      finished=len(practice) >= PROGRAM_DAYS, paused=program.paused,
                      practice=tuple(practice), milestone=reached[-1] if reached else None)


def target_distress(day: int) -> int:
    """The distress day ``day`` (1-100) aims at: 10 on day 1 rising evenly to 90 on day 100."""
    day = min(max(day, 1), PROGRAM_DAYS)
    return round(FIRST_TARGET + (LAST_TARGET - FIRST_TARGET) * (day - 1) / (PROGRAM_DAYS - 1))


def allowed(challenge: ChallengeRecord, personal_track: bool) -> bool:
    """May the program ask this? Not archived; personal audiences only on the personal track."""
    if challenge.archived:
        return False
    try:
        personal = Audience(challenge.audience).is_personal
    except ValueError:
        personal = True  # an audience this version does not know: not without the track
    return personal_track or not personal


def pick_ask(challenges: Sequence[ChallengeRecord], day: int,
             done_in_program: Collection[int], *, personal_track: bool = False,
             exclude: Collection[int] = ()) -> ChallengeRecord | None:
    """The day's ask: the allowed challenge nearest ``target_distress(day)``, preferring one
    not asked during the program yet, then the lower one, then title and id (stable)."""
    target = target_distress(day)
    candidates = [c for c in challenges if allowed(c, personal_track) and c.id not in exclude]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c.id in done_in_program, abs(c.distress - target),
                                          c.distress, c.title, c.id))


def records_in_program(program: Program, records: Iterable[tuple[AttemptRecord, date]],
                       today: date) -> list[AttemptRecord]:
    """The attempts (with their local days) made on days that count for the program."""
    return [r for r, day in records if program.counts(day, today)]
