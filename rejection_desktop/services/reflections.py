"""Reflections: guided answers after an attempt, or a standalone entry; full-text search."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, BeliefRating, Reflection, as_dicts
from rejection_desktop.domain.validation import (
    MAX_JOURNAL_TEXT,
    MAX_LINE,
    Code,
    ValidationError,
    check_rating,
    clean_text,
)
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.undo import UndoConflictError

log = logging.getLogger(__name__)

MAX_ANSWERS = 100
RATINGS_KEY = "belief_ratings"
"""Where a deleted reflection's snapshot keeps the belief ratings that went with it."""


@dataclass(frozen=True)
class Answer:
    """The user's answer to one prompt; the prompt text is kept as it was asked."""

    key: str
    prompt: str
    answer: str


@dataclass(frozen=True)
class ReflectionData:
    """A stored reflection."""

    id: int
    attempt_id: int | None
    answers: tuple[Answer, ...]
    free_text: str
    created_at: datetime
    updated_at: datetime
    kind: str = "reflection"

    @property
    def text(self) -> str:
        """All the user wrote, answers then free text (for previews and exports)."""
        parts = [a.answer for a in self.answers if a.answer.strip()]
        if self.free_text.strip():
            parts.append(self.free_text)
        return "\n\n".join(parts)


@dataclass(frozen=True)
class BeliefAfter:
    """The belief re-rated after the ask (0-100) and, optionally, a fairer way to put it."""

    rating: int | None = None
    fairer: str = ""

    def cleaned(self) -> BeliefAfter:
        """A validated copy; raises ValidationError naming the field."""
        rating = check_rating(self.rating, "How much you believe it now")
        fairer = clean_text(self.fairer, "A fairer way to put it", max_length=MAX_LINE,
                            single_line=True)
        if fairer and rating is None:
            raise ValidationError.of("How much you believe it now", Code.RERATE_TOO)
        return BeliefAfter(rating, fairer)


def clean_answers(answers: list[Answer] | tuple[Answer, ...]) -> list[dict[str, str]]:
    """Validated answers as stored JSON objects; raises ValidationError."""
    if len(answers) > MAX_ANSWERS:
        raise ValidationError.of("Answers", Code.TOO_MANY_ANSWERS)
    cleaned = []
    for item in answers:
        key = clean_text(item.key, "Prompt key", max_length=200, single_line=True)
        try:
            answer = clean_text(item.answer, "This answer", max_length=MAX_JOURNAL_TEXT)
        except ValidationError as error:
            raise replace(error, field=answer_field(key)) from None
        cleaned.append({
            "key": key,
            "prompt": clean_text(item.prompt, "Prompt", max_length=1_000),
            "answer": answer,
        })
    return cleaned


def answer_field(key: str) -> str:
    """The ValidationError field naming the answer to prompt ``key`` (forms map it back)."""
    return f"answer:{key}"


def to_data(row: Reflection) -> ReflectionData:
    answers = tuple(Answer(a.get("key", ""), a.get("prompt", ""), a.get("answer", ""))
                    for a in row.answers)
    attempt_id = row.__data__.get("attempt")
    return ReflectionData(row.id, attempt_id, answers, row.free_text, row.created_at,
                          row.updated_at, row.kind)


class ReflectionService(QObject):
    """Owns the reflection table. Signals carry the reflection id."""

    reflection_saved = Signal(int)
    reflection_deleted = Signal(int)
    reflection_restored = Signal(int)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def save(self, attempt_id: int | None, answers: list[Answer] | tuple[Answer, ...],
             free_text: str = "", reflection_id: int | None = None,
             belief_after: BeliefAfter | None = None) -> int:
        """Create (or, with ``reflection_id``, replace) a reflection in one transaction.

        ``belief_after`` re-rates the belief the attempt tested (kept with this reflection);
        a re-rating alone is enough to save.
        """
        stored = clean_answers(answers)
        text = clean_text(free_text, "Reflection", max_length=MAX_JOURNAL_TEXT)
        after = BeliefAfter() if belief_after is None else belief_after.cleaned()
        if not text.strip() and not any(a["answer"].strip() for a in stored) \
                and after.rating is None:
            raise ValidationError.of("Reflection", Code.EMPTY_REFLECTION)
        now = self._clock()
        with db.atomic():
            attempt = None if attempt_id is None else Attempt.get_or_none(Attempt.id == attempt_id)
            if attempt_id is not None and attempt is None:
                raise ValidationError.of("Attempt", Code.REFLECTED_ATTEMPT_GONE)
            if reflection_id is None:
                row = Reflection.create(attempt=attempt_id, answers=stored, free_text=text,
                                        created_at=now, updated_at=now)
                reflection_id = int(row.id)
            else:
                changed = Reflection.update(answers=stored, free_text=text, updated_at=now).where(
                    Reflection.id == reflection_id).execute()
                if not changed:
                    raise ValidationError.of("Reflection", Code.REFLECTION_GONE)
            if attempt is not None and belief_after is not None:
                self._rerate(attempt, reflection_id, after, now)
        log.info("reflection %s saved", reflection_id)
        self.reflection_saved.emit(reflection_id)
        return reflection_id

    @staticmethod
    def _rerate(attempt: Attempt, reflection_id: int, after: BeliefAfter, now: datetime) -> None:
        """Keep the "after" rating of this reflection in step with ``after`` (none: removed)."""
        belief_id = attempt.__data__.get("belief")
        mine = (BeliefRating.reflection == reflection_id) & (BeliefRating.source == "after")
        if belief_id is None or after.rating is None:
            BeliefRating.delete().where(mine).execute()
            return
        existing = BeliefRating.select().where(mine).first()
        if existing is None:
            BeliefRating.create(belief=belief_id, rating=after.rating, source="after",
                                rated_at=now, attempt=attempt.id, reflection=reflection_id,
                                fairer=after.fairer, created_at=now, updated_at=now)
        else:
            BeliefRating.update(rating=after.rating, fairer=after.fairer, updated_at=now).where(
                BeliefRating.id == existing.id).execute()

    def belief_after(self, reflection_id: int) -> BeliefAfter | None:
        """The re-rating kept with a reflection, if any."""
        row = BeliefRating.select().where((BeliefRating.reflection == reflection_id)
                                          & (BeliefRating.source == "after")).first()
        return None if row is None else BeliefAfter(int(row.rating), row.fairer)

    def get(self, reflection_id: int) -> ReflectionData:
        """One reflection; raises KeyError when it does not exist."""
        row = Reflection.get_or_none(Reflection.id == reflection_id)
        if row is None:
            raise KeyError(reflection_id)
        return to_data(row)

    def for_attempt(self, attempt_id: int) -> list[ReflectionData]:
        """The reflections written about one attempt, oldest first."""
        query = Reflection.select().where(Reflection.attempt == attempt_id).order_by(
            Reflection.created_at)
        return [to_data(row) for row in query]

    def delete(self, reflection_id: int) -> dict[str, Any]:
        """Delete a reflection; returns the row so ``undo_delete`` can put it back."""
        with db.atomic():
            found = as_dicts(Reflection.select().where(Reflection.id == reflection_id))
            if not found:
                raise KeyError(reflection_id)
            snapshot = found[0]
            snapshot[RATINGS_KEY] = as_dicts(BeliefRating.select().where(
                BeliefRating.reflection == reflection_id))
            Reflection.delete().where(Reflection.id == reflection_id).execute()  # cascades
        self.reflection_deleted.emit(reflection_id)
        return snapshot

    def undo_delete(self, snapshot: dict[str, Any]) -> int:
        """Restore a reflection removed by ``delete``, with its id; raises ``UndoConflictError``
        (nothing written) when the journal has changed since."""
        row = {k: v for k, v in snapshot.items() if k != RATINGS_KEY}
        try:
            with db.atomic():
                Reflection.insert(row).execute()
                for rating in snapshot.get(RATINGS_KEY, []):
                    BeliefRating.insert(rating).execute()
        except peewee.IntegrityError as exc:
            raise UndoConflictError(str(exc)) from exc
        reflection_id = int(row["id"])
        self.reflection_restored.emit(reflection_id)
        return reflection_id
