"""Exact, mergeable sums over attempts from which every range figure is derived."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.domain.stats.asks import (
    NO_WEIGHT,
    compares_badness,
    is_disproved,
    local_date,
    tests_prediction,
)
from rejection_desktop.domain.stats.figures import (
    MIN_TREND_PAIRS,
    AnxietyPoint,
    AnxietySummary,
    BadnessBand,
    BadnessSummary,
    CalibrationBucket,
    CategoryLadder,
    Courage,
    DisprovedSummary,
    OutcomeCounts,
    OutcomePeriod,
    PredictionSummary,
    band_bounds,
    band_count,
    category_order,
    check_width,
    mean_or_none,
)
from rejection_desktop.domain.stats.periods import Period, period_start, period_starts


def outcome_timeline(
    tallies: Mapping[date, Tally], period: Period, start: date | None, end: date | None
) -> list[OutcomePeriod]:
    """Asks per period by outcome, oldest first, every period from ``start`` to ``end`` filled.

    ``tallies`` are keyed by period start (see ``tallies_by_period``).
    """
    keys = [key for key, tally in tallies.items() if tally.asks]
    empty = Tally()
    return [
        tallies.get(key, empty).outcome_period(key)
        for key in period_starts(keys, period, start, end)
    ]


def anxiety_points(tallies: Mapping[date, Tally]) -> list[AnxietyPoint]:
    """Mean anxiety before and after asks per period, oldest first; periods with no rating are
    left out. ``tallies`` are keyed by period start."""
    return [
        tallies[key].anxiety_point(key) for key in sorted(tallies) if tallies[key].anxiety_rated
    ]


_OUTCOME_SLOTS: dict[Outcome | None, int] = {
    Outcome.REJECTED: 0,
    Outcome.ACCEPTED: 1,
    Outcome.PARTIAL: 2,
    Outcome.NO_REPLY: 3,
    Outcome.NOT_ATTEMPTED: 4,
    None: 5,
}
_DARE_DONE = 6
"""The slot of dares done (logged as done or partly done): practice, never a yes."""


_NO_HALVES: dict[Outcome | None, int] = {o: round(2 * w) for o, w in NO_WEIGHT.items()}
"""``NO_WEIGHT`` in half-units, so sums of partial noes stay whole numbers."""


_MAX_RATING = 100


class Tally:
    """Whole-number sums over attempts from which every range figure is derived.

    ``add`` takes one attempt in O(1); ``merge`` adds another tally, so the figures of a long
    range can be assembled from cached tallies of its months (the Progress page does this to
    recompute in milliseconds after one change). Derived figures equal those of the plain
    functions above, which are themselves computed through a tally. ``band_width`` is the width
    of the calibration and badness bands.
    """

    __slots__ = (
        "after_n",
        "after_sum",
        "anxiety_rated",
        "band_width",
        "before_n",
        "before_sum",
        "disproved",
        "distress",
        "expected",
        "felt",
        "felt_better",
        "felt_n",
        "no_halves",
        "outcomes",
        "pairs",
        "predicted",
        "predicted_n",
        "rungs",
        "with_prediction",
    )

    def __init__(self, band_width: int = 20) -> None:
        check_width(band_width, "band_width")
        bands = band_count(band_width)
        self.band_width = band_width
        self.outcomes = [0] * (len(_OUTCOME_SLOTS) + 1)
        self.predicted = [0] * bands  # sum of predicted_no per calibration band
        self.no_halves = [0] * bands  # sum of "how much of a no" in half-units
        self.predicted_n = [0] * bands
        self.with_prediction = 0  # asks that tested a prediction
        self.disproved = 0
        self.expected = [0] * bands  # per band of expected_badness
        self.felt = [0] * bands
        self.felt_n = [0] * bands
        self.felt_better = 0
        self.before_sum = self.before_n = self.after_sum = self.after_n = 0
        self.anxiety_rated = 0  # asks with either anxiety rating
        self.pairs: list[tuple[datetime, int, int, int]] = []  # (when, id, before, after)
        self.rungs: dict[int, list[Any]] = {}  # challenge -> [asks, tested, category, distress]
        self.distress = [0] * (_MAX_RATING + 1)  # asks per distress rating

    @classmethod
    def of(cls, attempts: Iterable[AttemptRecord], band_width: int = 20) -> Tally:
        tally = cls(band_width)
        for a in attempts:
            tally.add(a)
        return tally

    @classmethod
    def combine(cls, tallies: Iterable[Tally], band_width: int = 20) -> Tally:
        """A new tally holding the sum of ``tallies`` (in order: later rungs' details win)."""
        total = cls(band_width)
        for tally in tallies:
            total.merge(tally)
        return total

    @classmethod
    def combine_counts(cls, tallies: Iterable[Tally]) -> Tally:
        """A new tally with only the outcome counts and anxiety sums of ``tallies`` added up.

        Enough for ``outcome_period`` and ``anxiety_point`` (a chart period's bar and point) at a
        fraction of ``combine``'s cost; its other figures stay empty.
        """
        total = cls()
        for tally in tallies:
            total.outcomes = [x + y for x, y in zip(total.outcomes, tally.outcomes, strict=True)]
            total.before_sum += tally.before_sum
            total.before_n += tally.before_n
            total.after_sum += tally.after_sum
            total.after_n += tally.after_n
            total.anxiety_rated += tally.anxiety_rated
        return total

    # adding ----------------------------------------------------------------------------------
    def add(self, a: AttemptRecord) -> None:
        """Count one attempt (asks feed every figure; other attempts only the outcome counts)."""
        outcome = a.outcome
        dare_done = a.dare and outcome in (Outcome.ACCEPTED, Outcome.PARTIAL)
        self.outcomes[_DARE_DONE if dare_done else _OUTCOME_SLOTS[outcome]] += 1
        if outcome is None or outcome is Outcome.NOT_ATTEMPTED:
            return
        width, last = self.band_width, len(self.predicted) - 1
        predicted, expected, felt = a.predicted_no, a.expected_badness, a.actual_badness
        halves = _NO_HALVES.get(outcome)
        if predicted is not None and halves is not None and not a.hindsight and not a.dare:
            i = min(max(predicted, 0) // width, last)
            self.predicted[i] += predicted
            self.no_halves[i] += halves
            self.predicted_n[i] += 1
        tested = tests_prediction(a)
        if tested:
            self.with_prediction += 1
            self.disproved += is_disproved(a)
        if expected is not None and felt is not None and compares_badness(a):
            i = min(max(expected, 0) // width, last)
            self.expected[i] += expected
            self.felt[i] += felt
            self.felt_n[i] += 1
            self.felt_better += felt < expected
        before, after = a.anxiety_before, a.anxiety_after
        if before is not None or after is not None:
            self.anxiety_rated += 1
            if before is not None:
                self.before_sum += before
                self.before_n += 1
            if after is not None:
                self.after_sum += after
                self.after_n += 1
            if before is not None and after is not None:
                self.pairs.append((a.when, a.id, before, after))
        rung = self.rungs.get(a.challenge_id)
        if rung is None:
            self.rungs[a.challenge_id] = [1, int(tested), a.category, a.distress]
        else:
            rung[0] += 1
            rung[1] += tested
            rung[2], rung[3] = a.category, a.distress
        self.distress[min(max(a.distress, 0), _MAX_RATING)] += 1

    def merge(self, other: Tally) -> None:
        """Add ``other``'s sums to this tally (same band width)."""
        if other.band_width != self.band_width:
            raise ValueError("cannot merge tallies with different band widths")
        for name in ("outcomes", "predicted", "no_halves", "predicted_n", "expected", "felt",
                     "felt_n", "distress"):
            mine = getattr(self, name)
            setattr(self, name, [x + y for x, y in zip(mine, getattr(other, name), strict=True)])
        self.with_prediction += other.with_prediction
        self.disproved += other.disproved
        self.felt_better += other.felt_better
        self.before_sum += other.before_sum
        self.before_n += other.before_n
        self.after_sum += other.after_sum
        self.after_n += other.after_n
        self.anxiety_rated += other.anxiety_rated
        self.pairs.extend(other.pairs)
        rungs = self.rungs
        for challenge_id, theirs in other.rungs.items():
            mine = rungs.get(challenge_id)
            if mine is None:
                rungs[challenge_id] = list(theirs)
            else:
                mine[0] += theirs[0]
                mine[1] += theirs[1]
                mine[2], mine[3] = theirs[2], theirs[3]

    # figures ---------------------------------------------------------------------------------
    @property
    def asks(self) -> int:
        return sum(self.outcomes[:4]) + self.outcomes[_DARE_DONE]

    def outcome_counts(self) -> OutcomeCounts:
        r, a, p, n, x, planned, dares = self.outcomes
        return OutcomeCounts(rejected=r, accepted=a, partial=p, no_reply=n, not_attempted=x,
                             planned=planned, dares_done=dares)

    def outcome_period(self, start: date) -> OutcomePeriod:
        r, a, p, n = self.outcomes[:4]
        return OutcomePeriod(start, accepted=a, partial=p, rejected=r, no_reply=n,
                             dares_done=self.outcomes[_DARE_DONE])

    def calibration(self) -> list[CalibrationBucket]:
        count = len(self.predicted)
        return [
            CalibrationBucket(*band_bounds(i, self.band_width, count), self.predicted[i] / n,
                              50.0 * self.no_halves[i] / n, n)
            for i, n in enumerate(self.predicted_n)
            if n
        ]

    def overall_prediction(self) -> PredictionSummary:
        n = sum(self.predicted_n)
        return PredictionSummary(
            mean_predicted_no=mean_or_none(sum(self.predicted), n),
            actual_no_rate=mean_or_none(50.0 * sum(self.no_halves), n),
            count=n,
        )

    def disproved_summary(self) -> DisprovedSummary:
        return DisprovedSummary(count=self.disproved, of_total=self.with_prediction)

    def badness_summary(self) -> BadnessSummary:
        n = sum(self.felt_n)
        return BadnessSummary(
            mean_expected=mean_or_none(sum(self.expected), n),
            mean_actual=mean_or_none(sum(self.felt), n),
            count=n,
            felt_better=self.felt_better,
        )

    def badness_bands(self) -> list[BadnessBand]:
        count = len(self.expected)
        return [
            BadnessBand(*band_bounds(i, self.band_width, count), self.expected[i] / n,
                        self.felt[i] / n, n)
            for i, n in enumerate(self.felt_n)
            if n
        ]

    def anxiety_point(self, start: date) -> AnxietyPoint:
        return AnxietyPoint(start, mean_or_none(self.before_sum, self.before_n),
                            mean_or_none(self.after_sum, self.after_n), self.anxiety_rated)

    def anxiety_summary(self) -> AnxietySummary:
        before = [pair[2] for pair in sorted(self.pairs)]
        n = len(before)
        half = n // 2
        trend = n >= MIN_TREND_PAIRS
        return AnxietySummary(
            mean_before=mean_or_none(sum(before), n),
            mean_after=mean_or_none(sum(pair[3] for pair in self.pairs), n),
            early_before=mean_or_none(sum(before[:half]), half) if trend else None,
            late_before=mean_or_none(sum(before[half:]), n - half) if trend else None,
            count=n,
        )

    def category_ladder(self, reps_to_climb: int) -> list[CategoryLadder]:
        check_width(reps_to_climb, "reps_to_climb")
        rows: dict[str, list[int]] = {}  # category -> [asks, tried, done, highest, highest done]
        for made, tested, category, distress in self.rungs.values():
            row = rows.setdefault(category, [0, 0, 0, distress, -1])
            row[0] += made
            row[1] += 1
            row[3] = max(row[3], distress)
            if tested >= reps_to_climb:
                row[2] += 1
                row[4] = max(row[4], distress)
        return [
            CategoryLadder(category, row[0], row[1], row[2], row[3],
                           None if row[4] < 0 else row[4])
            for category, row in sorted(rows.items(), key=lambda kv: category_order(kv[0]))
        ]

    def courage(self, start: date, end: date, previous_highest: int | None) -> Courage:
        """Courage over the asks of this tally, which must be those of ``start..end``."""
        hardest = max((d for d, n in enumerate(self.distress) if n), default=None)
        harder = 0 if previous_highest is None else sum(self.distress[previous_highest + 1:])
        return Courage(
            start=start,
            end=end,
            asks_made=self.asks,
            harder_rungs_attempted=harder,
            predictions_tested=self.with_prediction,
            previous_highest=previous_highest,
            highest_in_window=hardest,
            challenges_tried=len(self.rungs),
        )


def tallies_by_period(
    attempts: Iterable[AttemptRecord], zone: ZoneInfo, period: Period
) -> dict[date, Tally]:
    """One tally per week, month or quarter (keyed by its start) of the local day of ``when``."""
    tallies: dict[date, Tally] = {}
    for a in attempts:
        key = period_start(local_date(a.when, zone), period)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = Tally()
        tally.add(a)
    return tallies
