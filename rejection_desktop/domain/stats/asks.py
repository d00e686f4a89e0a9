"""What counts as an ask, a prediction and a disproved prediction; local dates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord

NO_WEIGHT: Mapping[Outcome, float] = {
    Outcome.REJECTED: 1.0,
    Outcome.PARTIAL: 0.5,
    Outcome.ACCEPTED: 0.0,
}
"""How much of a "no" each answered outcome is; outcomes missing here are not answers."""


DISPROVED_THRESHOLD = 50
"""A ``predicted_no`` at or above this (in %) means the user expected a no."""


def is_ask(attempt: AttemptRecord) -> bool:
    """True when the user made the ask (any outcome except ``None`` and ``NOT_ATTEMPTED``)."""
    return attempt.outcome is not None and attempt.outcome is not Outcome.NOT_ATTEMPTED


def has_prediction(attempt: AttemptRecord) -> bool:
    """True when a prediction (chance of a no or expected badness) was recorded."""
    return attempt.predicted_no is not None or attempt.expected_badness is not None


def tests_prediction(attempt: AttemptRecord) -> bool:
    """True when an answered ask had a recorded prediction (``NO_REPLY`` is not an answer)."""
    return is_ask(attempt) and attempt.outcome is not Outcome.NO_REPLY \
        and has_prediction(attempt)


def asks(attempts: Iterable[AttemptRecord]) -> list[AttemptRecord]:
    """The attempts that are asks, in their given order."""
    return [a for a in attempts if is_ask(a)]


@lru_cache(maxsize=1 << 16)
def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar date of an aware ``instant`` in ``zone``; naive datetimes are refused.

    Memoised (the Progress page asks for the same instants again on every recompute).
    """
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got naive {instant!r}")
    return instant.astimezone(zone).date()


def is_disproved(attempt: AttemptRecord) -> bool:
    """True when an ask's prediction proved too gloomy.

    Either the user expected a no (``predicted_no >= 50``) and got a yes or a partial yes, or it
    hurt less than expected (``actual_badness < expected_badness``).
    """
    if not is_ask(attempt) or attempt.outcome is Outcome.NO_REPLY:  # nothing known yet
        return False
    expected_no = attempt.predicted_no is not None and attempt.predicted_no >= DISPROVED_THRESHOLD
    if expected_no and attempt.outcome in (Outcome.ACCEPTED, Outcome.PARTIAL):
        return True
    return (
        attempt.expected_badness is not None
        and attempt.actual_badness is not None
        and attempt.actual_badness < attempt.expected_badness
    )
