"""Beliefs: what the user fears a no would mean about them, how strongly, and what tested it.

A belief is written in the plan form (or picked from earlier ones) and rated 0-100 before the
ask; the reflection re-rates it and may word a fairer version; the weekly review re-rates every
active belief. ``AttemptService`` and ``ReflectionService`` write the ratings that belong to an
ask or a reflection in their own transactions; this service reads them back for the forms and
the Progress page, and archives beliefs that no longer matter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, Belief, BeliefRating, Challenge
from rejection_desktop.services.attempts import AttemptService
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.reflections import ReflectionService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BeliefData:
    """A belief as a picker shows it."""

    id: int
    text: str
    archived: bool


@dataclass(frozen=True)
class RatingPoint:
    """How strongly a belief was held at ``rated_at`` (before an ask, after it, in a review)."""

    rated_at: datetime
    rating: int
    source: str


@dataclass(frozen=True)
class TestedAsk:
    """An ask that tested a belief."""

    attempt_id: int
    title: str
    outcome: str | None
    when: datetime


@dataclass(frozen=True)
class BeliefSummary:
    """A belief with its ratings over time (oldest first), the asks that tested it and the
    latest fairer version the user wrote."""

    id: int
    text: str
    archived: bool
    ratings: tuple[RatingPoint, ...]
    asks: tuple[TestedAsk, ...]
    fairer: str

    @property
    def first(self) -> int | None:
        return self.ratings[0].rating if self.ratings else None

    @property
    def latest(self) -> int | None:
        return self.ratings[-1].rating if self.ratings else None


class BeliefService(QObject):
    """Reads beliefs and their ratings; emits ``beliefs_changed`` when any may have changed."""

    beliefs_changed = Signal()

    def __init__(self, attempts: AttemptService | None = None,
                 reflections: ReflectionService | None = None, clock: Clock = system_clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        if attempts is not None:
            for signal in (attempts.attempt_planned, attempts.attempt_logged,
                           attempts.attempt_updated, attempts.attempt_deleted,
                           attempts.attempt_restored):
                signal.connect(lambda *_: self.beliefs_changed.emit())
        if reflections is not None:
            for signal in (reflections.reflection_saved, reflections.reflection_deleted,
                           reflections.reflection_restored):
                signal.connect(lambda *_: self.beliefs_changed.emit())

    def list_beliefs(self, *, include_archived: bool = False) -> list[BeliefData]:
        """Beliefs to pick from, the most recently used first."""
        last_used = peewee.fn.MAX(peewee.fn.coalesce(Attempt.created_at, Belief.created_at))
        query = (Belief.select(Belief.id, Belief.text, Belief.archived)
                 .join(Attempt, peewee.JOIN.LEFT_OUTER, on=(Attempt.belief == Belief.id))
                 .group_by(Belief.id)
                 .order_by(last_used.desc(), Belief.id.desc()))
        if not include_archived:
            query = query.where(Belief.archived == False)  # noqa: E712
        return [BeliefData(int(b.id), b.text, bool(b.archived)) for b in query]

    def summaries(self, *, include_archived: bool = False) -> list[BeliefSummary]:
        """Every (active) belief with its ratings and tested asks, most recently rated first."""
        beliefs = {b.id: b for b in self.list_beliefs(include_archived=include_archived)}
        if not beliefs:
            return []
        ratings: dict[int, list[RatingPoint]] = {i: [] for i in beliefs}
        fairer: dict[int, str] = {}
        for row in (BeliefRating.select().where(BeliefRating.belief.in_(list(beliefs)))
                    .order_by(BeliefRating.rated_at, BeliefRating.id)):
            belief_id = row.__data__["belief"]
            ratings[belief_id].append(RatingPoint(row.rated_at, int(row.rating), row.source))
            if row.fairer:
                fairer[belief_id] = row.fairer
        asks: dict[int, list[TestedAsk]] = {i: [] for i in beliefs}
        query = (Attempt.select(Attempt.id, Attempt.belief, Attempt.outcome, Attempt.created_at,
                                Attempt.planned_at, Attempt.attempted_at, Challenge.title)
                 .join(Challenge)
                 .where(Attempt.belief.in_(list(beliefs)))
                 .order_by(Attempt.created_at, Attempt.id))
        for ask in query:
            when = ask.attempted_at or ask.planned_at or ask.created_at
            asks[ask.__data__["belief"]].append(
                TestedAsk(int(ask.id), ask.challenge.title, ask.outcome, when))
        summaries = [BeliefSummary(i, b.text, b.archived, tuple(ratings[i]), tuple(asks[i]),
                                   fairer.get(i, "")) for i, b in beliefs.items()]
        return sorted(summaries, key=lambda s: s.ratings[-1].rated_at if s.ratings
                      else datetime.min.replace(tzinfo=self._clock().tzinfo), reverse=True)

    def set_archived(self, belief_id: int, archived: bool) -> None:
        """Hide a belief from the pickers and the review (its history stays)."""
        with db.atomic():
            Belief.update(archived=archived, updated_at=self._clock()).where(
                Belief.id == belief_id).execute()
        log.info("belief %s %s", belief_id, "archived" if archived else "restored")
        self.beliefs_changed.emit()
