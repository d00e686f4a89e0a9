"""peewee models mirroring the latest schema (the schema itself is built by migrations)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, cast

import peewee

from rejection_desktop.db.connection import db
from rejection_desktop.db.fields import JsonField, UtcDateTimeField


def utc_now() -> datetime:
    """The current instant, aware UTC."""
    return datetime.now(UTC)


def new_uid() -> str:
    """A stable identifier that survives export and import."""
    return uuid.uuid4().hex


class BaseModel(peewee.Model):
    """Binds every model to the database proxy."""

    class Meta:
        database = db
        legacy_table_names = False


class Challenge(BaseModel):
    """A challenge on the ladder: built-in (``builtin_key`` set) or the user's own."""

    id = peewee.AutoField()

    uid = peewee.TextField(unique=True, default=new_uid)
    builtin_key = peewee.TextField(null=True, unique=True)
    title = peewee.TextField()
    description = peewee.TextField(default="")
    tip = peewee.TextField(default="")
    category = peewee.TextField(index=True)
    audience = peewee.TextField(default="anyone")
    distress = peewee.IntegerField()
    dare = peewee.BooleanField(default=False)  # nobody is asked: no chance of a no to predict
    user_edited = peewee.BooleanField(default=False)
    archived = peewee.BooleanField(default=False)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class Belief(BaseModel):
    """What the user fears a no would mean about them ("they'll think I'm needy"), reusable."""

    id = peewee.AutoField()

    uid = peewee.TextField(unique=True, default=new_uid)
    text = peewee.TextField()
    archived = peewee.BooleanField(default=False)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class Attempt(BaseModel):
    """One ask: planned, predicted, made (or not) and logged. ``outcome`` None = planned."""

    id = peewee.AutoField()

    uid = peewee.TextField(unique=True, default=new_uid)
    challenge = peewee.ForeignKeyField(Challenge, backref="attempts", on_delete="RESTRICT")
    planned_at = UtcDateTimeField(null=True)
    attempted_at = UtcDateTimeField(null=True)
    context = peewee.TextField(default="")
    predicted_no = peewee.IntegerField(null=True)
    expected_badness = peewee.IntegerField(null=True)
    anxiety_before = peewee.IntegerField(null=True)
    actual_badness = peewee.IntegerField(null=True)
    anxiety_after = peewee.IntegerField(null=True)
    safety_behaviour = peewee.TextField(default="")
    outcome = peewee.TextField(null=True)
    asked_why = peewee.BooleanField(null=True)
    what_happened = peewee.TextField(default="")
    what_stopped_me = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    belief = peewee.ForeignKeyField(Belief, null=True, backref="attempts", on_delete="SET NULL")
    coping_plan = peewee.TextField(default="")
    prediction_timing = peewee.TextField(null=True)  # "before" | "hindsight"
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class Reflection(BaseModel):
    """A guided reflection after an attempt, or a standalone journal entry."""

    id = peewee.AutoField()

    uid = peewee.TextField(unique=True, default=new_uid)
    attempt = peewee.ForeignKeyField(
        Attempt, null=True, backref="reflections", on_delete="CASCADE"
    )
    answers = JsonField(default=list)  # [{"key": ..., "prompt": ..., "answer": ...}]
    free_text = peewee.TextField(default="")
    kind = peewee.TextField(default="reflection")  # "reflection" | "weekly_review"
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class BeliefRating(BaseModel):
    """How strongly the user believed a belief at one moment: before an ask (``attempt``),
    after it (``attempt`` and ``reflection``, with a fairer version) or in a weekly review."""

    id = peewee.AutoField()

    uid = peewee.TextField(unique=True, default=new_uid)
    belief = peewee.ForeignKeyField(Belief, backref="ratings", on_delete="CASCADE")
    rating = peewee.IntegerField()
    source = peewee.TextField()  # "before" | "after" | "review"
    rated_at = UtcDateTimeField()
    attempt = peewee.ForeignKeyField(Attempt, null=True, backref="belief_ratings",
                                     on_delete="CASCADE")
    reflection = peewee.ForeignKeyField(Reflection, null=True, backref="belief_ratings",
                                        on_delete="CASCADE")
    fairer = peewee.TextField(default="")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class Prompt(BaseModel):
    """A reflection prompt in the user's editable prompt bank."""

    id = peewee.AutoField()

    key = peewee.TextField(unique=True)
    text = peewee.TextField()
    outcomes = JsonField(default=list)  # outcome values the prompt applies to
    personal_only = peewee.BooleanField(default=False)
    position = peewee.IntegerField(default=0)
    hidden = peewee.BooleanField(default=False)
    builtin = peewee.BooleanField(default=False)
    user_edited = peewee.BooleanField(default=False)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class Reminder(BaseModel):
    """A daily nudge, or a one-shot reminder tied to a planned attempt."""

    id = peewee.AutoField()

    uid = peewee.TextField(unique=True, default=new_uid)
    kind = peewee.TextField()  # "daily" | "planned" | "followup"
    times = JsonField(default=list)  # ["09:00", ...] local times for daily nudges
    weekdays = peewee.IntegerField(default=127)  # bit 0 = Monday
    attempt = peewee.ForeignKeyField(
        Attempt, null=True, backref="reminders", on_delete="CASCADE"
    )
    due_at = UtcDateTimeField(null=True)
    offset_minutes = peewee.IntegerField(default=0)
    enabled = peewee.BooleanField(default=True)
    last_fired = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class Setting(BaseModel):
    """A user preference stored as a JSON value."""

    key = peewee.TextField(primary_key=True)
    value = JsonField()
    updated_at = UtcDateTimeField(default=utc_now)


class Draft(BaseModel):
    """Unsaved form content, kept so a crash or kill loses nothing."""

    key = peewee.TextField(primary_key=True)
    payload = JsonField()
    updated_at = UtcDateTimeField(default=utc_now)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Challenge,
    Belief,
    Attempt,
    Reflection,
    BeliefRating,
    Prompt,
    Reminder,
    Setting,
    Draft,
)


def as_tuples(query: peewee.ModelSelect[Any]) -> list[tuple[Any, ...]]:
    """Run ``query`` returning plain tuples (fast; peewee's stubs do not type ``.tuples()``)."""
    return cast(list[tuple[Any, ...]], list(query.tuples()))


def as_dicts(query: peewee.ModelSelect[Any]) -> list[dict[str, Any]]:
    """Run ``query`` returning one dict per row, keyed by field name."""
    return cast(list[dict[str, Any]], list(query.dicts()))
