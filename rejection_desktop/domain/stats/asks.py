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


def is_forecast(attempt: AttemptRecord) -> bool:
    """True when a prediction was written down *before* the outcome was known.

    A prediction typed in while logging an unplanned ask is hindsight: it is kept and shown,
    but no forecast figure, rung or "predictions tested" counts it (METHOD.md).
    """
    return has_prediction(attempt) and not attempt.hindsight


def is_resolved(attempt: AttemptRecord) -> bool:
    """True once an ask has an outcome to test against: "no reply yet" is not one (yet)."""
    return is_ask(attempt) and attempt.outcome is not Outcome.NO_REPLY


def tests_prediction(attempt: AttemptRecord) -> bool:
    """A *prediction tested*: a resolved ask with a prediction written before the outcome."""
    return is_resolved(attempt) and is_forecast(attempt)


def compares_badness(attempt: AttemptRecord) -> bool:
    """True when how bad it felt may be set against how bad a no was expected to feel.

    Only a real no or a partial tests "how bad a no would feel"; a yes tells nothing about
    it. A dare has no no: its own prediction ("how bad will it feel") is compared once it was
    done (logged as done or partly done). Hindsight predictions never count.
    """
    if attempt.hindsight or attempt.expected_badness is None or attempt.actual_badness is None:
        return False
    if attempt.dare:
        return attempt.outcome in (Outcome.ACCEPTED, Outcome.PARTIAL)
    return attempt.outcome in (Outcome.REJECTED, Outcome.PARTIAL)


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
    """True when a prediction tested (``tests_prediction``) proved too gloomy.

    Either the user expected a no (``predicted_no >= 50``) and got a yes or a partial yes, or
    a no (or a partial, or a dare done) hurt less than expected (see ``compares_badness``).
    """
    if not tests_prediction(attempt):
        return False
    expected_no = attempt.predicted_no is not None and attempt.predicted_no >= DISPROVED_THRESHOLD
    if expected_no and not attempt.dare and attempt.outcome in (Outcome.ACCEPTED,
                                                                 Outcome.PARTIAL):
        return True
    return (compares_badness(attempt)
            and attempt.actual_badness is not None and attempt.expected_badness is not None
            and attempt.actual_badness < attempt.expected_badness)
