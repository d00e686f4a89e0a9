"""Schema version 3: indexes that let the Journal page walk entries newest first.

Any later rebuild of the attempt or reflection table must create these again.
"""

JOURNAL_SORT_INDEX = "attempt_journal_at"
"""On the journal's sort key: a page walks it and stops after its last entry."""
REFLECTION_ID_ATTEMPT_INDEX = "reflection_id_attempt"
"""On reflection (id, attempt_id): maps reflection search hits to their attempts cheaply."""

JOURNAL_INDEXES = [
    f"CREATE INDEX {JOURNAL_SORT_INDEX} ON attempt "
    "(coalesce(attempted_at, planned_at, created_at))",
    f"CREATE INDEX {REFLECTION_ID_ATTEMPT_INDEX} ON reflection (id, attempt_id)",
]
