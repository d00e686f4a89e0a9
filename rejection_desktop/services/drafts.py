"""Drafts: unsaved form content, stored so a crash, kill or accidental close loses nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Draft
from rejection_desktop.domain.validation import LONE_SURROGATE, Code, ValidationError
from rejection_desktop.services.clock import Clock, system_clock

log = logging.getLogger(__name__)

MAX_DRAFT_CHARS = 2_000_000


@dataclass(frozen=True)
class DraftData:
    """A stored draft and when it was last written."""

    key: str
    payload: dict[str, Any]
    updated_at: datetime


def text_size(value: object) -> int:
    """Characters of text anywhere in a JSON-like value."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(text_size(k) + text_size(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return sum(text_size(v) for v in value)
    return 0


def storable(value: Any) -> Any:
    """``value`` with lone surrogates replaced by U+FFFD: a draft is a rescue copy and must
    always be writable (the real save refuses such text with a message instead)."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [storable(v) for v in value]
    return value


class DraftService(QObject):
    """Keyed JSON drafts. Keys name the form, e.g. ``reflection:attempt:12``."""

    draft_saved = Signal(str)
    draft_discarded = Signal(str)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def save(self, key: str, payload: dict[str, Any]) -> None:
        """Store (or replace) the draft under ``key``, durably."""
        if text_size(payload) > MAX_DRAFT_CHARS:
            raise ValidationError.of("Draft", Code.DRAFT_TOO_LARGE)
        with db.atomic():
            Draft.insert(key=key, payload=storable(payload),
                         updated_at=self._clock()).on_conflict_replace().execute()
        self.draft_saved.emit(key)

    def load(self, key: str) -> dict[str, Any] | None:
        """The draft under ``key``, or None."""
        row = Draft.get_or_none(Draft.key == key)
        return None if row is None else dict(row.payload)

    def discard(self, key: str) -> None:
        """Forget the draft under ``key`` (after a save, or when the user throws it away)."""
        with db.atomic():
            removed = Draft.delete().where(Draft.key == key).execute()
        if removed:
            self.draft_discarded.emit(key)

    def list_drafts(self) -> list[DraftData]:
        """Every stored draft with its time, newest first."""
        query = Draft.select().order_by(Draft.updated_at.desc())
        return [DraftData(row.key, dict(row.payload), row.updated_at) for row in query]
