"""Plain, immutable records that carry data from storage into the pure domain functions.

Named tuples rather than frozen dataclasses: the journal is read into 20,000 of them at start-up,
and a frozen dataclass's ``__init__`` costs about nine times as much per record.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from rejection_desktop.domain.outcomes import Outcome


class ChallengeRecord(NamedTuple):
    """A challenge as the ladder and statistics see it."""

    id: int
    title: str
    category: str
    distress: int  # the user's own expected-distress rating, 0-100
    audience: str = "anyone"
    archived: bool = False
    description: str = ""
    tip: str = ""
    builtin_key: str | None = None
    user_edited: bool = False
    dare: bool = False  # nobody is asked (a public dare): no chance of a no

    @property
    def is_builtin(self) -> bool:
        return self.builtin_key is not None


class AttemptRecord(NamedTuple):
    """An attempt as the ladder and statistics see it. Instants are timezone-aware UTC."""

    id: int
    challenge_id: int
    category: str
    distress: int  # the challenge's distress rating (its ladder rung)
    created_at: datetime
    planned_at: datetime | None = None
    attempted_at: datetime | None = None
    outcome: Outcome | None = None  # None: planned, not logged yet
    predicted_no: int | None = None  # chance of a no, 0-100 %
    expected_badness: int | None = None  # 0-100
    anxiety_before: int | None = None  # 0-100
    actual_badness: int | None = None  # 0-100
    anxiety_after: int | None = None  # 0-100
    asked_why: bool | None = None
    hindsight: bool = False  # the prediction was typed in after the outcome was known
    dare: bool = False  # nobody was asked (a public dare): no chance of a no to predict
    belief_id: int | None = None  # the belief this ask tested
    reflected: bool = False  # a reflection was written about it

    @property
    def when(self) -> datetime:
        """The instant that places the attempt on a calendar."""
        return self.attempted_at or self.planned_at or self.created_at
