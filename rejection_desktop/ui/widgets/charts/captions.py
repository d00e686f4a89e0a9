"""Plain-language captions that say what the user's own numbers show, one per chart.

Every sentence is built from a ``ProgressSnapshot``; nothing here is a canned claim. What the
user did (asks made, predictions tested, variety) is worded ahead of results; nothing rewards
escalation, and fear dropping within an ask is never presented as the measure of progress. A
sentence states only what the user's own records show (see METHOD.md).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from rejection_desktop.domain.ladder import REPS_TO_CLIMB
from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.models.challenge_model import category_label

CLOSE_ENOUGH = 5.0
"""Points (on a 0-100 scale) within which a forecast counts as about right."""


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "ProgressCaptions" so lupdate extracts it."""


def pct(value: float) -> str:
    """A 0-100 figure as "41 %" (rounded to a whole number)."""
    return translate("ProgressCaptions", "{0} %").format(round(value))


def count_of(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many`` with ``{0}`` replaced by ``n``."""
    return one if n == 1 else many.format(n)


def asks(n: int) -> str:
    return count_of(
        n, translate("ProgressCaptions", "1 ask"), translate("ProgressCaptions", "{0} asks")
    )


def days(n: int) -> str:
    return count_of(
        n, translate("ProgressCaptions", "1 day"), translate("ProgressCaptions", "{0} days")
    )


def weeks(n: int) -> str:
    return count_of(
        n, translate("ProgressCaptions", "1 week"), translate("ProgressCaptions", "{0} weeks")
    )


def range_phrase(snapshot: ProgressSnapshot) -> str:
    """ "in the last 4 weeks", "since you started", ... for the snapshot's range."""
    return {
        "4w": translate("ProgressCaptions", "in the last 4 weeks"),
        "3m": translate("ProgressCaptions", "in the last 3 months"),
        "1y": translate("ProgressCaptions", "in the last year"),
        "all": translate("ProgressCaptions", "since you started"),
    }[snapshot.preset]


def range_title(snapshot: ProgressSnapshot) -> str:
    """The range as dates: "3 Dec 2025 – 2 Mar 2026"."""
    return translate("ProgressCaptions", "{0} to {1}").format(
        long_date(snapshot.start), long_date(snapshot.end)
    )


def long_date(day: date) -> str:
    """``day`` in the locale's long date format without the weekday ("2 March 2026")."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), translate("ProgressCaptions", "d MMMM yyyy")
    )


# --- courage first ------------------------------------------------------------------------------


def courage_caption(snapshot: ProgressSnapshot) -> str:
    courage = snapshot.courage
    parts = [
        translate("ProgressCaptions", "You made {0} {1}.").format(
            asks(courage.asks_made), range_phrase(snapshot)
        )
    ]
    if courage.predictions_tested:
        parts.append(
            count_of(
                courage.predictions_tested,
                translate(
                    "ProgressCaptions", "One of them tested a prediction you wrote down beforehand."
                ),
                translate(
                    "ProgressCaptions", "{0} of them tested a prediction you wrote down beforehand."
                ),
            )
        )
    parts.append(
        translate(
            "ProgressCaptions",
            "This page counts what you did and what you found out, not how afraid you felt.",
        )
    )
    return " ".join(parts)


# --- the evidence -------------------------------------------------------------------------------


def prediction_headline(snapshot: ProgressSnapshot) -> str:
    """ "You expected a no 78 % of the time; it came 41 % of the time." (or how to get it)."""
    summary = snapshot.prediction
    if summary.mean_predicted_no is None or summary.actual_no_rate is None:
        return translate(
            "ProgressCaptions",
            "Before your next ask, note how likely you think a no is. This page will "
            "then compare your forecasts with what really happens.",
        )
    return translate(
        "ProgressCaptions", "You expected a no {0} of the time; it came {1} of the time."
    ).format(pct(summary.mean_predicted_no), pct(summary.actual_no_rate))


def disproved_headline(snapshot: ProgressSnapshot) -> str:
    """ "Predictions disproved: 23 of 31 asks went better than feared"."""
    disproved = snapshot.disproved
    if not disproved.of_total:
        return translate("ProgressCaptions", "No predictions tested in this range yet.")
    return translate(
        "ProgressCaptions", "Predictions disproved: {0} of {1} went better than feared."
    ).format(disproved.count, asks(disproved.of_total))


# --- one caption per chart ----------------------------------------------------------------------


def timeline_caption(snapshot: ProgressSnapshot) -> str:
    counts = snapshot.counts
    text = translate(
        "ProgressCaptions", "{0} {1}: {2} yes, {3} partly, {4} no, {5} with no reply yet."
    ).format(
        asks(counts.asks),
        range_phrase(snapshot),
        counts.accepted,
        counts.partial,
        counts.rejected,
        counts.no_reply,
    )
    if counts.dares_done:
        text += " " + count_of(
            counts.dares_done,
            translate("ProgressCaptions", "You also did 1 dare."),
            translate("ProgressCaptions", "You also did {0} dares."),
        )
    rate = counts.acceptance_rate
    if rate is not None:
        text += " " + translate(
            "ProgressCaptions",
            "Counting a partial yes as half, {0} of your answered asks got a yes.",
        ).format(pct(rate))
    return text


def heatmap_caption(snapshot: ProgressSnapshot, cut: bool = False, show_streak: bool = True) -> str:
    streak = snapshot.streak
    text = translate("ProgressCaptions", "You asked on {0} of {1}.").format(
        snapshot.days_asked, days(snapshot.days_in_range)
    )
    if cut:
        text += " " + translate("ProgressCaptions", "The calendar shows the last 12 months.")
    if not show_streak:
        return text
    if streak.unit == "week":
        goal = translate("ProgressCaptions", "your weekly goal")
        span = weeks
    else:
        goal = (
            translate("ProgressCaptions", "your daily goal")
            if snapshot.daily_goal == 1
            else translate("ProgressCaptions", "your goal of {0} asks a day").format(
                snapshot.daily_goal
            )
        )
        span = days
    if streak.current:
        text += " " + translate(
            "ProgressCaptions", "You have met {0} {1} in a row (longest: {2})."
        ).format(goal, span(streak.current), span(streak.longest))
    elif streak.longest:
        text += " " + translate("ProgressCaptions", "Your longest run meeting {0}: {1}.").format(
            goal, span(streak.longest)
        )
    return text


def calibration_caption(snapshot: ProgressSnapshot) -> str:
    summary = snapshot.prediction
    predicted, actual = summary.mean_predicted_no, summary.actual_no_rate
    if predicted is None or actual is None:
        return translate(
            "ProgressCaptions",
            "No predictions to compare yet: before an ask, rate how likely a no is (0-100 %).",
        )
    text = prediction_headline(snapshot)
    if predicted - actual > CLOSE_ENOUGH:
        text += " " + translate(
            "ProgressCaptions",
            "Dots in the shaded part, under the dashed line of a perfect "
            "forecast, are predictions that were gloomier than what happened.",
        )
    elif actual - predicted > CLOSE_ENOUGH:
        text += " " + translate(
            "ProgressCaptions",
            "The no came more often than you predicted: "
            "each of those asks took courage, and knowing it makes the next "
            "forecast truer.",
        )
    else:
        text += " " + translate("ProgressCaptions", "Your forecasts are close to what happens.")
    return text


def badness_caption(snapshot: ProgressSnapshot) -> str:
    badness = snapshot.badness
    if badness.mean_expected is None or badness.mean_actual is None:
        return translate(
            "ProgressCaptions",
            "Rate how bad a no would feel before an ask and how "
            "it felt afterwards, and this chart will compare them.",
        )
    return translate(
        "ProgressCaptions",
        "You expected a no to feel {0} out of 100; it felt {1}. {2} of {3} hurt less "
        "than you expected.",
    ).format(
        round(badness.mean_expected),
        round(badness.mean_actual),
        badness.felt_better,
        asks(badness.count),
    )


def anxiety_caption(snapshot: ProgressSnapshot) -> str:
    anxiety = snapshot.anxiety
    if anxiety.mean_before is None or anxiety.mean_after is None:
        return translate(
            "ProgressCaptions", "Rate your anxiety before and after an ask to see it here."
        )
    text = translate(
        "ProgressCaptions", "Your anxiety averaged {0} before an ask and {1} afterwards."
    ).format(round(anxiety.mean_before), round(anxiety.mean_after))
    if anxiety.early_before is not None and anxiety.late_before is not None:
        text += " " + translate(
            "ProgressCaptions", "Going in, it was {0} in your earlier asks and {1} in recent ones."
        ).format(round(anxiety.early_before), round(anxiety.late_before))
    text += " " + translate(
        "ProgressCaptions",
        "How much fear drops during one ask is not a good measure of progress, so "
        "this page does not judge you by it.",
    )
    return text


def ladder_caption(snapshot: ProgressSnapshot) -> str:
    rows = snapshot.ladder
    if not rows:
        return translate(
            "ProgressCaptions",
            "Asks in each category will show how far up your ladder you have climbed.",
        )
    tried = sum(r.rungs_tried for r in rows)
    done = sum(r.rungs_done for r in rows)
    text = translate("ProgressCaptions", "You tried {0} in {1}.").format(
        count_of(
            tried,
            translate("ProgressCaptions", "1 challenge"),
            translate("ProgressCaptions", "{0} challenges"),
        ),
        count_of(
            len(rows),
            translate("ProgressCaptions", "1 category"),
            translate("ProgressCaptions", "{0} categories"),
        ),
    )
    best = max(
        (r for r in rows if r.highest_done is not None),
        key=lambda r: r.highest_done or 0,
        default=None,
    )
    if best is None:
        text += " " + translate(
            "ProgressCaptions",
            "A rung counts as done after {0} asks with a prediction written down.",
        ).format(REPS_TO_CLIMB)
    else:
        text += " " + translate(
            "ProgressCaptions",
            "{0} done ({1} tested asks each); the hardest, rated {2}, is in {3}.",
        ).format(
            count_of(
                done,
                translate("ProgressCaptions", "1 rung"),
                translate("ProgressCaptions", "{0} rungs"),
            ),
            REPS_TO_CLIMB,
            best.highest_done,
            category_label(best.category),
        )
    return text
