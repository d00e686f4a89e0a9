"""The weekly review: the week's evidence, a re-rating of each active belief and what to vary
next week, saved as a journal entry (a reflection of kind ``weekly_review``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Belief, BeliefRating, Reflection
from rejection_desktop.domain.validation import (
    MAX_JOURNAL_TEXT,
    Code,
    ValidationError,
    check_rating,
    clean_text,
)
from rejection_desktop.domain.weekly_review import (
    VARY_CHOICES,
    WeekSummary,
    summarise_week,
    week_start,
)
from rejection_desktop.services.challenges import ChallengeService
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.local_text import day_text
from rejection_desktop.services.progress import ProgressService
from rejection_desktop.services.reflections import ReflectionService
from rejection_desktop.services.settings import SettingsService

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
"""Qt's translate; each call names the context "WeeklyReview" so lupdate extracts it."""

KIND = "weekly_review"
VARY_KEY = "review-vary"
NEXT_KEY = "review-next-week"
SURPRISE_KEY = "review-surprise"
DUE_FOR_DAYS = 3
"""The Today card offers the review on its day and the two days after (then it waits)."""


@dataclass(frozen=True)
class ReviewInput:
    """What the user wrote in a weekly review; every part is optional but one."""

    ratings: dict[int, int] = field(default_factory=dict)  # belief id -> 0-100
    vary: tuple[str, ...] = ()  # from VARY_CHOICES
    next_week: str = ""  # the plan for next week in their words
    surprise_note: str = ""  # what the surprise of the week taught them


@dataclass(frozen=True)
class RatedBelief:
    """A belief as one review re-rated it, with the rating it had just before."""

    belief_id: int
    text: str
    rating: int
    previous: int | None


@dataclass(frozen=True)
class ReviewRecord:
    """A saved weekly review, as Progress lists it and the read-only view shows it."""

    id: int
    saved_on: date
    saved_at: datetime
    week_text: str  # the week's evidence as it was that day
    surprise_prompt: str
    surprise_note: str
    vary: tuple[str, ...]  # keys from VARY_CHOICES
    next_week: str
    ratings: tuple[RatedBelief, ...]


class WeeklyReviewService:
    """Builds the week's summary and saves the review in one transaction."""

    def __init__(self, progress: ProgressService, challenges: ChallengeService,
                 reflections: ReflectionService, settings: SettingsService,
                 clock: Clock = system_clock) -> None:
        self._progress = progress
        self._challenges = challenges
        self._reflections = reflections
        self._settings = settings
        self._clock = clock

    def review_week(self) -> date:
        """The Monday of the week a review made now looks back on: this week from the review
        day on, else (early in the week) the week before."""
        today = self._clock().astimezone(self._settings.zone()).date()
        day = self._settings.get("weekly_review_day")
        start = week_start(today)
        if day is not None and day >= 0 and today.weekday() < min(day, 4):
            return start - timedelta(days=7)
        return start

    def summary(self, start: date | None = None) -> WeekSummary:
        """The week from ``start`` (default: ``review_week()``)."""
        titles = {c.id: c.title for c in self._challenges.list_challenges(include_archived=True)}
        return summarise_week(self._progress.records(), titles,
                              self.review_week() if start is None else start,
                              self._settings.zone())

    def save(self, week: WeekSummary, review: ReviewInput) -> int:
        """Store the review as a journal entry, with a "review" rating per re-rated belief."""
        ratings: dict[int, int] = {}
        for belief_id, rating in review.ratings.items():
            checked = check_rating(rating, "How much you believe it now", required=True)
            assert checked is not None  # required
            ratings[int(belief_id)] = checked
        unknown = [v for v in review.vary if v not in VARY_CHOICES]
        if unknown:
            raise ValidationError.of("Vary", Code.CHOOSE_VARY)
        next_week = clean_text(review.next_week, "Next week", max_length=MAX_JOURNAL_TEXT)
        note = clean_text(review.surprise_note, "The surprise", max_length=MAX_JOURNAL_TEXT)
        if not (ratings or review.vary or next_week.strip() or note.strip()):
            raise ValidationError.of("Review", Code.EMPTY_REVIEW)
        answers = [
            {"key": SURPRISE_KEY, "prompt": surprise_prompt(week), "answer": note},
            {"key": VARY_KEY, "prompt": translate("WeeklyReview", "Next week I will vary:"),
             "answer": ", ".join(v for v in VARY_CHOICES if v in review.vary)},
            {"key": NEXT_KEY, "prompt": translate("WeeklyReview", "My plan for next week"),
             "answer": next_week},
        ]
        now = self._clock()
        with db.atomic():
            row = Reflection.create(answers=answers, free_text=week_text(week), kind=KIND,
                                    created_at=now, updated_at=now)
            known = {b.id for b in Belief.select(Belief.id).where(Belief.id.in_(list(ratings)))}
            for belief_id, rating in ratings.items():
                if belief_id not in known:
                    raise ValidationError.of("Beliefs", Code.BELIEFS_GONE)
                BeliefRating.create(belief=belief_id, rating=rating, source="review",
                                    rated_at=now, reflection=row.id, created_at=now,
                                    updated_at=now)
        log.info("weekly review %s saved", row.id)
        self._reflections.reflection_saved.emit(int(row.id))
        return int(row.id)

    def reviews(self, limit: int | None = None) -> list[ReviewRecord]:
        """Saved reviews, newest first (at most ``limit``), for Progress."""
        rows = Reflection.select().where(Reflection.kind == KIND).order_by(
            Reflection.created_at.desc(), Reflection.id.desc()).limit(limit)
        zone = self._settings.zone()
        return [self._record(row, zone) for row in rows]

    def review_count(self) -> int:
        """How many reviews are saved."""
        return Reflection.select().where(Reflection.kind == KIND).count()

    def get(self, review_id: int) -> ReviewRecord:
        """One saved review; raises KeyError when there is none with this id."""
        row = Reflection.get_or_none((Reflection.id == review_id) & (Reflection.kind == KIND))
        if row is None:
            raise KeyError(review_id)
        return self._record(row, self._settings.zone())

    def _record(self, row: Reflection, zone: ZoneInfo) -> ReviewRecord:
        answers = {a.get("key", ""): a for a in row.answers if isinstance(a, dict)}

        def answer(key: str) -> str:
            return str(answers.get(key, {}).get("answer", ""))

        vary = tuple(v for v in VARY_CHOICES
                     if v in {part.strip() for part in answer(VARY_KEY).split(",")})
        ratings = []
        for rating in (BeliefRating.select(BeliefRating, Belief).join(Belief)
                       .where(BeliefRating.reflection == row.id)
                       .order_by(BeliefRating.id)):
            previous = (BeliefRating.select(BeliefRating.rating)
                        .where((BeliefRating.belief == rating.__data__["belief"])
                               & ((BeliefRating.rated_at < rating.rated_at)
                                  | ((BeliefRating.rated_at == rating.rated_at)
                                     & (BeliefRating.id < rating.id))))
                        .order_by(BeliefRating.rated_at.desc(), BeliefRating.id.desc())
                        .first())
            ratings.append(RatedBelief(int(rating.__data__["belief"]), rating.belief.text,
                                       int(rating.rating),
                                       None if previous is None else int(previous.rating)))
        return ReviewRecord(int(row.id), row.created_at.astimezone(zone).date(),
                            row.created_at, row.free_text,
                            str(answers.get(SURPRISE_KEY, {}).get("prompt", "")),
                            answer(SURPRISE_KEY), vary, answer(NEXT_KEY), tuple(ratings))

    def occasion(self, zone: ZoneInfo | None = None) -> date | None:
        """The latest review day up to today in ``zone`` (default: the user's), or None when
        the user chose no review day."""
        day = self._settings.get("weekly_review_day")
        if day is None or day < 0:
            return None
        today = self._clock().astimezone(zone or self._settings.zone()).date()
        return today - timedelta(days=(today.weekday() - day) % 7)

    def due(self) -> bool:
        """True on the review day and the days after it (``DUE_FOR_DAYS`` in all) until a
        review is saved on or after that day."""
        zone = self._settings.zone()
        occasion = self.occasion(zone)
        if occasion is None:
            return False
        if (self._clock().astimezone(zone).date() - occasion).days >= DUE_FOR_DAYS:
            return False
        latest = (Reflection.select(Reflection.created_at).where(Reflection.kind == KIND)
                  .order_by(Reflection.created_at.desc()).first())
        return latest is None or latest.created_at.astimezone(zone).date() < occasion


def surprise_prompt(week: WeekSummary) -> str:
    """The question about the week's surprise (or about a week that tested nothing)."""
    surprise = week.surprise
    if surprise is None and week.tested:
        return translate("WeeklyReview", "Every answer this week went the way you expected. "
                         "What did you notice anyway?")
    if surprise is None:
        return translate("WeeklyReview",
                         "Nothing was tested this week. What did you notice anyway?")
    return translate("WeeklyReview", "The surprise of the week: \u201c{0}\u201d. You put the "
                     "chance of a no at {1} %. What does it tell you?").format(
        surprise.title, surprise.predicted_no)


def week_text(week: WeekSummary) -> str:
    """The week's evidence in plain words, kept with the review as it was that day."""
    asks, not_asked = len(week.asks), week.not_asked  # lupdate extracts plain-name counts only
    first = translate("WeeklyReview", "Week of {0}: %n asks.", "", asks).format(
        day_text(week.start))
    if not_asked:
        first += " " + translate("WeeklyReview", "%n honest “did not ask”.", "", not_asked)
    lines = [first]
    if week.predicted_no is not None:
        lines.append(translate("WeeklyReview", "On average you expected a no {0} % of the "
                               "time; {1} % of the tested asks got one.").format(
            week.predicted_no, week.actual_no))
    for a in week.asks:
        line = f"- {a.title}: {a.outcome.value.replace('_', ' ')}"
        if a.predicted_no is not None:
            line += " " + translate("WeeklyReview", "(you predicted {0} % no)").format(
                a.predicted_no)
        lines.append(line)
    return "\n".join(lines)
