"""Reflections: guided answers after an attempt, or a standalone entry; full-text search."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, Reflection, as_dicts
from rejection_desktop.domain.validation import (
    MAX_JOURNAL_TEXT,
    ValidationError,
    clean_text,
)
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.journal import UndoConflictError

log = logging.getLogger(__name__)

MAX_ANSWERS = 100


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

    @property
    def text(self) -> str:
        """All the user wrote, answers then free text (for previews and exports)."""
        parts = [a.answer for a in self.answers if a.answer.strip()]
        if self.free_text.strip():
            parts.append(self.free_text)
        return "\n\n".join(parts)


def clean_answers(answers: list[Answer] | tuple[Answer, ...]) -> list[dict[str, str]]:
    """Validated answers as stored JSON objects; raises ValidationError."""
    if len(answers) > MAX_ANSWERS:
        raise ValidationError("Answers", "Too many answers in one reflection.")
    cleaned = []
    for item in answers:
        key = clean_text(item.key, "Prompt key", max_length=200, single_line=True)
        try:
            answer = clean_text(item.answer, "This answer", max_length=MAX_JOURNAL_TEXT)
        except ValidationError as error:
            raise ValidationError(answer_field(key), error.message) from None
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
                          row.updated_at)


class ReflectionService(QObject):
    """Owns the reflection table. Signals carry the reflection id."""

    reflection_saved = Signal(int)
    reflection_deleted = Signal(int)
    reflection_restored = Signal(int)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def save(self, attempt_id: int | None, answers: list[Answer] | tuple[Answer, ...],
             free_text: str = "", reflection_id: int | None = None) -> int:
        """Create (or, with ``reflection_id``, replace) a reflection in one transaction."""
        stored = clean_answers(answers)
        text = clean_text(free_text, "Reflection", max_length=MAX_JOURNAL_TEXT)
        if not text.strip() and not any(a["answer"].strip() for a in stored):
            raise ValidationError("Reflection", "Write at least one answer or a note.")
        now = self._clock()
        with db.atomic():
            if attempt_id is not None and not Attempt.select().where(
                    Attempt.id == attempt_id).exists():
                raise ValidationError("Attempt", "The attempt this reflects on no longer exists.")
            if reflection_id is None:
                row = Reflection.create(attempt=attempt_id, answers=stored, free_text=text,
                                        created_at=now, updated_at=now)
                reflection_id = int(row.id)
            else:
                changed = Reflection.update(answers=stored, free_text=text, updated_at=now).where(
                    Reflection.id == reflection_id).execute()
                if not changed:
                    raise ValidationError("Reflection", "This reflection no longer exists.")
        log.info("reflection %s saved", reflection_id)
        self.reflection_saved.emit(reflection_id)
        return reflection_id

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
            Reflection.delete().where(Reflection.id == reflection_id).execute()
        self.reflection_deleted.emit(reflection_id)
        return snapshot

    def undo_delete(self, snapshot: dict[str, Any]) -> int:
        """Restore a reflection removed by ``delete``, with its id; raises ``UndoConflictError``
        (nothing written) when the journal has changed since."""
        try:
            with db.atomic():
                Reflection.insert(snapshot).execute()
        except peewee.IntegrityError as exc:
            raise UndoConflictError(str(exc)) from exc
        reflection_id = int(snapshot["id"])
        self.reflection_restored.emit(reflection_id)
        return reflection_id
