"""The reflection prompt bank: which prompts an attempt gets, and the user's edits to them."""

from __future__ import annotations

from dataclasses import dataclass

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Prompt, new_uid
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.prompt_rules import Situation, shows
from rejection_desktop.domain.validation import Code, ValidationError, clean_text
from rejection_desktop.services.clock import Clock, system_clock

MAX_PROMPT = 300
ALL_OUTCOMES = [o.value for o in Outcome]


@dataclass(frozen=True)
class PromptData:
    """A prompt as forms and the settings editor see it."""

    id: int
    key: str
    text: str
    outcomes: tuple[str, ...]
    personal_only: bool
    position: int
    hidden: bool
    builtin: bool


def to_data(row: Prompt) -> PromptData:
    return PromptData(row.id, row.key, row.text, tuple(row.outcomes), row.personal_only,
                      row.position, row.hidden, row.builtin)


def check_outcomes(outcomes: list[str] | tuple[str, ...]) -> list[str]:
    """Outcome values, validated, in canonical order."""
    unknown = [o for o in outcomes if o not in ALL_OUTCOMES]
    if unknown or not outcomes:
        raise ValidationError.of("Outcomes", Code.CHOOSE_PROMPT_OUTCOMES)
    return [o for o in ALL_OUTCOMES if o in outcomes]


class PromptService(QObject):
    """Owns the prompt table; emits ``prompts_changed`` after any edit."""

    prompts_changed = Signal()

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def list_prompts(self, *, include_hidden: bool = True) -> list[PromptData]:
        """The bank in the user's order."""
        query = Prompt.select().order_by(Prompt.position, Prompt.id)
        if not include_hidden:
            query = query.where(Prompt.hidden == False)  # noqa: E712
        return [to_data(row) for row in query]

    def prompts_for(self, situation: Situation) -> list[PromptData]:
        """The visible prompts for a reflection on ``situation``: aftercare ones first (when it
        needs them), then the rest, each in the bank's order (see ``domain.prompt_rules``)."""
        chosen = [p for p in self.list_prompts(include_hidden=False)
                  if shows(p.key, p.outcomes, p.personal_only, situation)]
        return sorted(chosen, key=lambda p: not p.personal_only)  # stable: aftercare first

    def general_prompts(self) -> list[PromptData]:
        """Visible prompts that fit any outcome and anyone: for a reflection without an ask."""
        return [p for p in self.list_prompts(include_hidden=False)
                if set(ALL_OUTCOMES) <= set(p.outcomes) and not p.personal_only]

    def add(self, text: str, outcomes: list[str], personal_only: bool = False) -> int:
        """Add a prompt of the user's own at the end of the bank."""
        clean = clean_text(text, "Prompt", max_length=MAX_PROMPT, required=True,
                           single_line=True)
        chosen = check_outcomes(outcomes)
        now = self._clock()
        with db.atomic():
            last = Prompt.select(peewee.fn.MAX(Prompt.position)).scalar() or 0
            row = Prompt.create(key=f"custom-{new_uid()[:12]}", text=clean, outcomes=chosen,
                                personal_only=personal_only, position=last + 10,
                                created_at=now, updated_at=now)
        self.prompts_changed.emit()
        return int(row.id)

    def update(self, prompt_id: int, text: str, outcomes: list[str],
               personal_only: bool) -> None:
        """Reword a prompt or change whom it is for; built-ins then keep the user's version."""
        clean = clean_text(text, "Prompt", max_length=MAX_PROMPT, required=True,
                           single_line=True)
        chosen = check_outcomes(outcomes)
        with db.atomic():
            Prompt.update(text=clean, outcomes=chosen, personal_only=personal_only,
                          user_edited=True, updated_at=self._clock()).where(
                Prompt.id == prompt_id).execute()
        self.prompts_changed.emit()

    def set_hidden(self, prompt_id: int, hidden: bool) -> None:
        """Hide a prompt from new reflections (past answers keep their prompt text)."""
        with db.atomic():
            Prompt.update(hidden=hidden, user_edited=True, updated_at=self._clock()).where(
                Prompt.id == prompt_id).execute()
        self.prompts_changed.emit()

    def move(self, prompt_id: int, offset: int) -> None:
        """Move a prompt up (negative) or down (positive) in the bank; renumbers positions."""
        ordered = [p.id for p in self.list_prompts()]
        if prompt_id not in ordered:
            return
        index = ordered.index(prompt_id)
        target = max(0, min(len(ordered) - 1, index + offset))
        ordered.insert(target, ordered.pop(index))
        now = self._clock()
        with db.atomic():
            for position, pid in enumerate(ordered, start=1):
                Prompt.update(position=position * 10, user_edited=True, updated_at=now).where(
                    Prompt.id == pid).execute()
        self.prompts_changed.emit()
