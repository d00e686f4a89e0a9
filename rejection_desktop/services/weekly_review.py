"""The weekly review: the week's evidence, a re-rating of each active belief and what to vary
next week, saved as a journal entry (a reflection of kind ``weekly_review``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

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
from rejection_desktop.services.progress import ProgressService
from rejection_desktop.services.reflections import ReflectionService
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)

KIND = "weekly_review"
VARY_KEY = "review-vary"
NEXT_KEY = "review-next-week"
SURPRISE_KEY = "review-surprise"


@dataclass(frozen=True)
class ReviewInput:
    """What the user wrote in a weekly review; every part is optional but one."""

    ratings: dict[int, int] = field(default_factory=dict)  # belief id -> 0-100
    vary: tuple[str, ...] = ()  # from VARY_CHOICES
    next_week: str = ""  # the plan for next week in their words
    surprise_note: str = ""  # what the surprise of the week taught them


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
            {"key": VARY_KEY, "prompt": "Next week I will vary:",
             "answer": ", ".join(v for v in VARY_CHOICES if v in review.vary)},
            {"key": NEXT_KEY, "prompt": "My plan for next week", "answer": next_week},
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

    def reviews(self) -> list[tuple[int, date]]:
        """Saved reviews (id, the local day saved), newest first, for Progress."""
        zone = self._settings.zone()
        rows = Reflection.select(Reflection.id, Reflection.created_at).where(
            Reflection.kind == KIND).order_by(Reflection.created_at.desc())
        return [(r.id, r.created_at.astimezone(zone).date()) for r in rows]


def surprise_prompt(week: WeekSummary) -> str:
    surprise = week.surprise
    if surprise is None:
        return "Nothing was tested this week. What did you notice anyway?"
    return (f"The surprise of the week: \u201c{surprise.title}\u201d. You put the chance of a "
            f"no at {surprise.predicted_no} %. What does it tell you?")


def week_text(week: WeekSummary) -> str:
    """The week's evidence in plain words, kept with the review as it was that day."""
    lines = [f"Week of {week.start.isoformat()}: {len(week.asks)} asks, "
             f"{week.not_asked} honest \u201cdid not ask\u201d."]
    if week.predicted_no is not None:
        lines.append(f"On average you expected a no {week.predicted_no} % of the time; "
                     f"{week.actual_no} % of the tested asks got one.")
    lines += [f"- {a.title}: {a.outcome.value.replace('_', ' ')}"
              + (f" (you predicted {a.predicted_no} % no)" if a.predicted_no is not None
                 else "") for a in week.asks]
    return "\n".join(lines)
