"""The weekly review's contents: the week's asks, predicted against actual, and its surprise.

Pure: it takes the journal's records and the challenge titles, and a week (Monday to Sunday,
in the user's zone). Only forecasts (predictions written before the outcome) on resolved asks
are set against what happened; the surprise of the week is the one whose answer was furthest
from the predicted chance of a no, when one went against the forecast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.domain.stats.asks import is_ask, local_date, tests_prediction

VARY_CHOICES = ("person", "place", "time", "rung")
"""What the user can choose to vary next week."""

GOT_A_NO = (Outcome.REJECTED, Outcome.PARTIAL)

SURPRISING = 50
"""An answer more than this far from the predicted chance of a no went against the forecast."""


class WeekAsk(NamedTuple):
    """One ask of the week as the review lists it."""

    attempt_id: int
    title: str
    outcome: Outcome
    predicted_no: int | None  # None: no prediction, or one written in hindsight
    day: date

    @property
    def got_a_no(self) -> bool:
        return self.outcome in GOT_A_NO

    @property
    def surprise(self) -> int | None:
        """How far the answer was from the predicted chance of a no (0-100), if tested."""
        if self.predicted_no is None or self.outcome is Outcome.NO_REPLY:
            return None
        return abs((100 if self.got_a_no else 0) - self.predicted_no)


class WeekSummary(NamedTuple):
    """What the review shows about one week."""

    start: date  # the Monday
    asks: tuple[WeekAsk, ...]
    not_asked: int  # honest "did not ask" entries

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def tested(self) -> tuple[WeekAsk, ...]:
        return tuple(a for a in self.asks if a.surprise is not None)

    @property
    def predicted_no(self) -> int | None:
        """The average predicted chance of a no over the tested asks (rounded %)."""
        tested = self.tested
        if not tested:
            return None
        return round(sum(a.predicted_no or 0 for a in tested) / len(tested))

    @property
    def actual_no(self) -> int | None:
        """The share of the tested asks that got a no or a partial (rounded %)."""
        tested = self.tested
        if not tested:
            return None
        return round(100 * sum(a.got_a_no for a in tested) / len(tested))

    @property
    def surprise(self) -> WeekAsk | None:
        """The tested ask furthest from its prediction (the earliest on a tie), if any answer
        went against what was expected (a no where a yes was more likely, or the reverse)."""
        tested = self.tested
        if not tested:
            return None
        furthest = max(tested, key=lambda a: (a.surprise or 0, -a.day.toordinal(),
                                              -a.attempt_id))
        return furthest if (furthest.surprise or 0) > SURPRISING else None


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def summarise_week(records: Sequence[AttemptRecord], titles: Mapping[int, str], start: date,
                   zone: ZoneInfo) -> WeekSummary:
    """The review of the week from ``start`` (a Monday) to the Sunday after it."""
    end = start + timedelta(days=6)
    asks: list[WeekAsk] = []
    not_asked = 0
    for record in sorted(records, key=lambda r: (r.when, r.id)):
        if record.outcome is None:
            continue
        day = local_date(record.when, zone)
        if not start <= day <= end:
            continue
        if not is_ask(record):
            not_asked += 1
            continue
        forecast = record.predicted_no if tests_prediction(record) else None
        asks.append(WeekAsk(record.id, titles.get(record.challenge_id, ""), record.outcome,
                            forecast, day))
    return WeekSummary(start, tuple(asks), not_asked)
