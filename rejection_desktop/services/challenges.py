"""The challenge library: list, add, edit, duplicate, archive and restore challenges."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, Challenge, as_tuples
from rejection_desktop.domain.ladder import LadderFacts, suggest_with
from rejection_desktop.domain.outcomes import CATEGORIES, Audience
from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.domain.validation import (
    MAX_DESCRIPTION,
    MAX_LINE,
    MAX_TITLE,
    Code,
    ValidationError,
    check_choice,
    check_rating,
    clean_text,
)
from rejection_desktop.services.clock import Clock, system_clock

log = logging.getLogger(__name__)

AUDIENCES = frozenset(a.value for a in Audience)


@dataclass(frozen=True)
class ChallengeInput:
    """What the challenge form collects."""

    title: str
    category: str
    distress: int
    description: str = ""
    tip: str = ""
    audience: str = "anyone"

    def cleaned(self) -> ChallengeInput:
        """A copy with every field validated and normalised; raises ValidationError."""
        category = clean_text(self.category, "Category", max_length=60, required=True,
                              single_line=True)
        return ChallengeInput(
            title=clean_text(self.title, "Title", max_length=MAX_TITLE, required=True,
                             single_line=True),
            category=category,
            distress=check_rating(self.distress, "Expected distress", required=True) or 0,
            description=clean_text(self.description, "Description", max_length=MAX_DESCRIPTION),
            tip=clean_text(self.tip, "Tip", max_length=MAX_LINE, single_line=True),
            audience=check_choice(self.audience or "anyone", "Audience", AUDIENCES),
        )


def to_record(row: Challenge) -> ChallengeRecord:
    """A challenge row as an immutable record for the UI and the domain."""
    return ChallengeRecord(
        id=row.id,
        title=row.title,
        category=row.category,
        distress=row.distress,
        audience=row.audience,
        archived=row.archived,
        description=row.description,
        tip=row.tip,
        builtin_key=row.builtin_key,
        user_edited=row.user_edited,
        dare=row.dare,
    )


class ChallengeService(QObject):
    """Owns the challenge table. Signals carry the challenge id."""

    challenge_added = Signal(int)
    challenge_updated = Signal(int)
    challenge_archived = Signal(int)
    challenge_restored = Signal(int)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def list_challenges(self, *, include_archived: bool = True) -> list[ChallengeRecord]:
        """Every challenge, ordered by distress then title.

        One raw query built into records by hand: a 2,000-challenge library reads in a few
        milliseconds instead of tens through peewee's row objects.
        """
        where = "" if include_archived else " WHERE archived = 0"
        rows = db.execute_sql(
            "SELECT id, title, category, distress, audience, archived, description, tip, "
            f"builtin_key, user_edited, dare FROM challenge{where} ORDER BY distress, title")
        return [ChallengeRecord(i, title, category, distress, audience, bool(archived),
                                description, tip, key, bool(edited), bool(dare))
                for i, title, category, distress, audience, archived, description, tip, key,
                edited, dare in rows]

    def suggest(self, facts: LadderFacts, *, exclude: Collection[int] = (),
                personal_track: bool = True) -> ChallengeRecord | None:
        """The next step up the ladder (``ladder.suggest_with``), read without every
        challenge's text: the ranking needs only each unarchived challenge's id, title,
        category, distress and audience; the winner is then read whole (Today asks at
        start-up: at 2,000 challenges the read is 7 instead of 12 ms)."""
        rows = db.execute_sql("SELECT id, title, category, distress, audience FROM challenge "
                              "WHERE archived = 0")
        rungs = [ChallengeRecord(i, title, category, distress, audience)
                 for i, title, category, distress, audience in rows]
        best = suggest_with(rungs, facts, exclude=exclude, personal_track=personal_track)
        return None if best is None else self.get(best.id)

    def get(self, challenge_id: int) -> ChallengeRecord:
        """One challenge; raises KeyError when it does not exist."""
        row = Challenge.get_or_none(Challenge.id == challenge_id)
        if row is None:
            raise KeyError(challenge_id)
        return to_record(row)

    def categories(self) -> list[str]:
        """Built-in category keys first, then any custom ones in use."""
        used = [r.category for r in Challenge.select(Challenge.category).distinct()]
        return list(CATEGORIES) + sorted(c for c in used if c not in CATEGORIES)

    def attempt_counts(self) -> dict[int, int]:
        """How many asks were made per challenge (planned-only attempts excluded)."""
        query = (
            Attempt.select(Attempt.challenge, peewee.fn.COUNT(Attempt.id))
            .where(Attempt.outcome.is_null(False) & (Attempt.outcome != "not_attempted"))
            .group_by(Attempt.challenge)
        )
        return {challenge_id: count for challenge_id, count in as_tuples(query)}

    def add(self, data: ChallengeInput) -> int:
        """Store a custom challenge; returns its id."""
        clean = data.cleaned()
        now = self._clock()
        with db.atomic():
            row = Challenge.create(created_at=now, updated_at=now, **clean.__dict__)
        log.info("challenge %s added", row.id)
        self.challenge_added.emit(row.id)
        return int(row.id)

    def update(self, challenge_id: int, data: ChallengeInput) -> None:
        """Change a challenge (built-ins too: they then keep the user's wording on upgrade)."""
        clean = data.cleaned()
        with db.atomic():
            changed = Challenge.update(
                updated_at=self._clock(), user_edited=True, **clean.__dict__
            ).where(Challenge.id == challenge_id).execute()
        if not changed:
            raise ValidationError.of("Challenge", Code.CHALLENGE_GONE)
        self.challenge_updated.emit(challenge_id)

    def set_distress(self, challenge_id: int, distress: int) -> None:
        """Re-rate how scary a challenge feels (the ladder order follows it)."""
        value = check_rating(distress, "Expected distress", required=True)
        with db.atomic():
            Challenge.update(distress=value, user_edited=True, updated_at=self._clock()).where(
                Challenge.id == challenge_id).execute()
        self.challenge_updated.emit(challenge_id)

    def duplicate(self, challenge_id: int) -> int:
        """Copy a challenge as a new custom one (e.g. a variant with another person or place),
        titled in the user's language; the title is the user's own text from then on (no key
        depends on it)."""
        source = self.get(challenge_id)
        return self.add(ChallengeInput(
            title=self.tr("{0} (copy)").format(source.title)[:MAX_TITLE],
            category=source.category,
            distress=source.distress,
            description=source.description,
            tip=source.tip,
            audience=source.audience,
        ))

    def archive(self, challenge_id: int) -> None:
        """Hide a challenge from suggestions and the default list; its attempts stay."""
        self._set_archived(challenge_id, True)
        self.challenge_archived.emit(challenge_id)

    def restore(self, challenge_id: int) -> None:
        """Bring an archived challenge back."""
        self._set_archived(challenge_id, False)
        self.challenge_restored.emit(challenge_id)

    def _set_archived(self, challenge_id: int, archived: bool) -> None:
        with db.atomic():
            Challenge.update(archived=archived, updated_at=self._clock()).where(
                Challenge.id == challenge_id).execute()
