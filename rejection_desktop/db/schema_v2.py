"""Schema version 2: the attempt table gains ``context`` and database-level range checks."""

from rejection_desktop.db.schema_v1 import fts_triggers

TIMESTAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"


def rating(column: str) -> str:
    """A nullable 0-100 rating column with its range check."""
    return f"{column} INTEGER CHECK ({column} IS NULL OR {column} BETWEEN 0 AND 100)"


OUTCOMES = "'rejected', 'accepted', 'partial', 'no_reply', 'not_attempted'"

ATTEMPT_TABLE = f"""CREATE TABLE attempt (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    challenge_id INTEGER NOT NULL REFERENCES challenge (id) ON DELETE RESTRICT,
    planned_at TEXT,
    attempted_at TEXT,
    context TEXT NOT NULL DEFAULT '',
    {rating("predicted_no")},
    {rating("expected_badness")},
    {rating("anxiety_before")},
    {rating("actual_badness")},
    {rating("anxiety_after")},
    safety_behaviour TEXT NOT NULL DEFAULT '',
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ({OUTCOMES})),
    asked_why INTEGER CHECK (asked_why IS NULL OR asked_why IN (0, 1)),
    what_happened TEXT NOT NULL DEFAULT '',
    what_stopped_me TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    {TIMESTAMPS})"""

ATTEMPT_INDEXES = [
    "CREATE INDEX attempt_challenge ON attempt (challenge_id)",
    "CREATE INDEX attempt_attempted_at ON attempt (attempted_at)",
    "CREATE INDEX attempt_planned_at ON attempt (planned_at)",
    "CREATE INDEX attempt_outcome ON attempt (outcome)",
]

ATTEMPT_BODY = (
    "NEW.context || ' ' || NEW.safety_behaviour || ' ' || NEW.what_happened || ' ' || "
    "NEW.what_stopped_me || ' ' || NEW.notes"
)

ATTEMPT_TRIGGERS = fts_triggers("attempt", ATTEMPT_BODY)

RATING_COLUMNS = (
    "predicted_no",
    "expected_badness",
    "anxiety_before",
    "actual_badness",
    "anxiety_after",
)

COPY_COLUMNS = (
    "id", "uid", "challenge_id", "planned_at", "attempted_at", *RATING_COLUMNS,
    "safety_behaviour", "outcome", "asked_why", "what_happened", "what_stopped_me", "notes",
    "created_at", "updated_at",
)
"""The version-1 columns copied into the rebuilt table."""


def copy_expression(column: str) -> str:
    """How a version-1 column is read when copied: ratings clamped, unknown outcomes cleared."""
    if column in RATING_COLUMNS:
        return f"CASE WHEN {column} IS NULL THEN NULL ELSE max(0, min(100, {column})) END"
    if column == "outcome":
        return f"CASE WHEN outcome IN ({OUTCOMES}) THEN outcome ELSE NULL END"
    if column == "asked_why":
        return "CASE WHEN asked_why IS NULL THEN NULL WHEN asked_why THEN 1 ELSE 0 END"
    return column
