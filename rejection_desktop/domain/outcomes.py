"""The outcomes an attempt can have, and the audiences an ask can be made to."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

FOLLOW_UP_AFTER = timedelta(days=3)
"""A "no reply yet" ask this old is offered a follow-up (a short, polite nudge is another ask)."""


class Outcome(StrEnum):
    """What happened when the user asked. ``None`` on an attempt means "planned, not logged"."""

    REJECTED = "rejected"
    ACCEPTED = "accepted"
    PARTIAL = "partial"
    NO_REPLY = "no_reply"
    NOT_ATTEMPTED = "not_attempted"

    @property
    def is_closed(self) -> bool:
        """True once the attempt needs no more updates ("no reply yet" stays open)."""
        return self is not Outcome.NO_REPLY

    @property
    def was_asked(self) -> bool:
        """True when the user actually made the ask."""
        return self is not Outcome.NOT_ATTEMPTED


class Audience(StrEnum):
    """Whom the ask is made to; colleague, friend, family and partner form the personal track."""

    STRANGER = "stranger"
    ACQUAINTANCE = "acquaintance"
    COLLEAGUE = "colleague"
    FRIEND = "friend"
    FAMILY = "family"
    PARTNER = "partner"
    ANYONE = "anyone"

    @property
    def is_personal(self) -> bool:
        return self in (Audience.COLLEAGUE, Audience.FRIEND, Audience.FAMILY, Audience.PARTNER)


def is_personal_audience(audience: str) -> bool:
    """True for an ask of someone close to the user (unknown audiences count as not)."""
    try:
        return Audience(audience).is_personal
    except ValueError:
        return False


PREDICTION_TIMINGS = ("before", "hindsight")
"""When a prediction was written: before the outcome was known, or after (hindsight)."""

BELIEF_SOURCES = ("before", "after", "review")
"""When a belief was rated: before an ask, after it (the reflection), in a weekly review."""

REFLECTION_KINDS = ("reflection", "weekly_review")
"""A reflection (on an ask, or on its own) or a weekly review."""


CATEGORIES: dict[str, str] = {
    "everyday": "Everyday asks",
    "shops": "Shops and service",
    "social": "Social",
    "work": "Work",
    "family": "Friends and family",
    "public": "Public dares",
    "online": "Online and by message",
}
"""Built-in category keys and their English labels (the UI translates the labels)."""
