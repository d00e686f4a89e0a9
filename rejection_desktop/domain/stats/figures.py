"""The figures the Progress page shows, as values, and the 0-100 bands they are grouped by."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rejection_desktop.domain.outcomes import CATEGORIES, Outcome


def mean_or_none(total: float, count: int) -> float | None:
    """``total / count``, or None when there is nothing to average."""
    return total / count if count else None


def check_width(width: int, name: str) -> None:
    """Refuse a band width (or count) below 1."""
    if width < 1:
        raise ValueError(f"{name} must be at least 1, got {width}")


def band_count(width: int) -> int:
    """How many bands of ``width`` cover 0-100 (100 itself falls into the last band)."""
    return max(1, 100 // width if 100 % width == 0 else 100 // width + 1)


def band_index(value: int, width: int, count: int) -> int:
    """The band a 0-100 ``value`` falls into."""
    return min(max(value, 0) // width, count - 1)


def band_bounds(index: int, width: int, count: int) -> tuple[int, int]:
    """The lowest and highest value of band ``index`` (the last band ends at 100)."""
    low = index * width
    return low, 100 if index == count - 1 else low + width - 1


@dataclass(frozen=True, slots=True)
class OutcomeCounts:
    """How many attempts ended each way; ``planned`` are those with no outcome yet."""

    rejected: int = 0
    accepted: int = 0
    partial: int = 0
    no_reply: int = 0
    not_attempted: int = 0
    planned: int = 0
    dares_done: int = 0  # dares (nobody asked) done: practice, not a yes

    @property
    def asks(self) -> int:
        """Asks made (every outcome but ``NOT_ATTEMPTED``, planned excluded), dares done
        included."""
        return self.rejected + self.accepted + self.partial + self.no_reply + self.dares_done

    @property
    def answered(self) -> int:
        """Asks that got an answer: rejected, accepted or partial."""
        return self.rejected + self.accepted + self.partial

    @property
    def open(self) -> int:
        """Attempts still waiting for an update: planned ones and asks with no reply yet."""
        return self.planned + self.no_reply

    @property
    def total(self) -> int:
        """Every attempt counted."""
        return self.asks + self.not_attempted + self.planned

    @property
    def acceptance_rate(self) -> float | None:
        """Share of answered asks that were a yes, in %: ``(accepted + 0.5 * partial) / answered``.

        A partial yes counts as half a yes. ``NO_REPLY`` and ``NOT_ATTEMPTED`` are not in the
        denominator. ``None`` when nothing was answered.
        """
        if not self.answered:
            return None
        return 100.0 * (self.accepted + 0.5 * self.partial) / self.answered

    def of(self, outcome: Outcome | None) -> int:
        """The count for one outcome (``None`` gives the planned count)."""
        if outcome is None:
            return self.planned
        return int(getattr(self, outcome.value))


@dataclass(frozen=True, slots=True)
class OutcomePeriod:
    """Asks made in the week, month or quarter that begins on ``start``, by outcome."""

    start: date
    accepted: int = 0
    partial: int = 0
    rejected: int = 0
    no_reply: int = 0
    dares_done: int = 0

    @property
    def asks(self) -> int:
        """Every ask in the period (dares done included)."""
        return self.accepted + self.partial + self.rejected + self.no_reply + self.dares_done

    def of(self, outcome: Outcome) -> int:
        """The count for one asked outcome (``NOT_ATTEMPTED`` is never an ask: 0)."""
        return 0 if outcome is Outcome.NOT_ATTEMPTED else int(getattr(self, outcome.value))


@dataclass(frozen=True, slots=True)
class CalibrationBucket:
    """Answered asks whose ``predicted_no`` fell in ``low..high`` (inclusive, in %)."""

    low: int
    high: int
    predicted_mean: float  # mean predicted chance of a no, %
    actual_no_rate: float  # how often the no came, % (partial = half a no)
    count: int


@dataclass(frozen=True, slots=True)
class PredictionSummary:
    """Over all answered asks with a ``predicted_no``: expected vs actual chance of a no, in %."""

    mean_predicted_no: float | None
    actual_no_rate: float | None
    count: int


@dataclass(frozen=True, slots=True)
class DisprovedSummary:
    """Asks whose prediction turned out too gloomy, out of all asks with a prediction."""

    count: int
    of_total: int

    @property
    def share(self) -> float | None:
        """``count / of_total`` in %, or ``None`` with no predictions."""
        return mean_or_none(100.0 * self.count, self.of_total)


@dataclass(frozen=True, slots=True)
class BadnessSummary:
    """Means over asks with both badness ratings; ``felt_better`` counts actual < expected."""

    mean_expected: float | None
    mean_actual: float | None
    count: int
    felt_better: int


@dataclass(frozen=True, slots=True)
class BadnessBand:
    """Asks whose ``expected_badness`` fell in ``low..high``: mean expected vs felt (0-100)."""

    low: int
    high: int
    mean_expected: float
    mean_actual: float
    count: int


@dataclass(frozen=True, slots=True)
class AnxietyPoint:
    """Mean anxiety before/after the asks of one period; ``count`` asks had either rating."""

    start: date
    mean_before: float | None
    mean_after: float | None
    count: int


@dataclass(frozen=True, slots=True)
class AnxietySummary:
    """Anxiety around asks, over the asks rated both before and after, in 0-100 units.

    ``mean_before``/``mean_after`` average every pair. ``early_before``/``late_before`` average
    ``anxiety_before`` over the older and the newer half of those asks (the middle one, with an
    odd count, joins the newer half); they are ``None`` with fewer than ``MIN_TREND_PAIRS``.
    """

    mean_before: float | None
    mean_after: float | None
    early_before: float | None
    late_before: float | None
    count: int


MIN_TREND_PAIRS = 4
"""Fewer rated asks than this say nothing about a trend in anxiety."""


def category_order(category: str) -> tuple[int, str]:
    """Built-in categories in ``CATEGORIES`` order, then custom ones alphabetically."""
    keys = list(CATEGORIES)
    return (keys.index(category), "") if category in CATEGORIES else (len(keys), category)


@dataclass(frozen=True, slots=True)
class CategoryLadder:
    """How far up the ladder the user climbed in one category.

    A *rung* is one challenge. ``rungs_tried`` counts challenges with at least one ask;
    ``rungs_done`` those with at least ``reps_to_climb`` asks that tested a prediction (the
    ladder's rule, see ``domain.ladder``). ``highest_tried``/``highest_done`` are the highest
    distress among them (``None`` when there is none).
    """

    category: str
    asks: int
    rungs_tried: int
    rungs_done: int
    highest_tried: int
    highest_done: int | None


@dataclass(frozen=True, slots=True)
class Courage:
    """Asks in the window ``start..end`` (local dates, inclusive) and how bold they were.

    ``harder_rungs_attempted`` counts asks in the window whose distress is above
    ``previous_highest``, the highest distress asked before the window. With no earlier asks
    there is no baseline: ``previous_highest`` is ``None`` and ``harder_rungs_attempted`` is 0.
    ``challenges_tried`` counts the different challenges asked in the window (variety).
    """

    start: date
    end: date
    asks_made: int
    harder_rungs_attempted: int
    predictions_tested: int
    previous_highest: int | None
    highest_in_window: int | None
    challenges_tried: int = 0
