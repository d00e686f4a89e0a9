"""Schema version 4: daily nudges live only in the reminder table.

Up to version 3 the first daily nudge was also kept in two settings, ``reminder_time`` and
``reminder_weekdays`` (0 meaning "no daily nudge"), mirrored both ways by the reminder service.
Version 4 moves what only those settings held into a reminder row and deletes them.
"""

RETIRED_SETTINGS = ("reminder_time", "reminder_weekdays")
"""The settings this version removes (an old export may still carry them)."""

DEFAULT_TIME = "18:00"
"""What version 3 read for a missing or unreadable ``reminder_time``."""
ALL_WEEKDAYS = 127

READ_SETTING = "SELECT value FROM setting WHERE key = ?"
COUNT_DAILY = "SELECT count(*) FROM reminder WHERE kind = 'daily'"
INSERT_DAILY = (
    "INSERT INTO reminder (uid, kind, times, weekdays, enabled, created_at, updated_at) "
    "VALUES (?, 'daily', ?, ?, 1, ?, ?)"
)
DELETE_RETIRED = (
    f"DELETE FROM setting WHERE key IN ({', '.join('?' * len(RETIRED_SETTINGS))})"
)
