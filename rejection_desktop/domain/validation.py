"""Validation of everything the user types, in one place, with messages meant for people.

Rules (documented for the UI and the README):
- text must be a ``str`` without NUL characters or lone surrogates (these cannot be stored
  faithfully); such input is refused with a message, never silently altered;
- single-line fields (titles, "what happened") have line breaks turned into spaces and
  surrounding whitespace trimmed; multi-line journal text is kept exactly as typed;
- each field has a maximum length in characters (see the ``MAX_*`` constants);
- ratings are whole numbers from 0 to 100;
- instants are aware and lie between the years ``FIRST_YEAR`` and ``LAST_YEAR`` (in UTC), so
  they can be shown and planned around in every time zone; times of day are ``HH:MM``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

MAX_TITLE = 200
MAX_LINE = 1_000
MAX_DESCRIPTION = 5_000
MAX_JOURNAL_TEXT = 200_000
"""A reflection answer or note: about 100 pages. A 1 MB paste is refused with a message."""

RATING_MIN = 0
RATING_MAX = 100

FIRST_YEAR, LAST_YEAR = 1900, 2999
"""Instants outside these years (in UTC) are refused: year 1 ahead of UTC or year 9999 behind
it cannot even be converted to UTC, and the planner adds days to what it reads."""
MAX_INSTANT_CHARS = 64

HHMM_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"
HHMM = re.compile(HHMM_PATTERN, re.ASCII)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


@dataclass
class ValidationError(ValueError):
    """Input that cannot be saved. ``field`` names the form field, ``message`` says why."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


def clean_text(
    value: object,
    field: str,
    *,
    max_length: int,
    required: bool = False,
    single_line: bool = False,
) -> str:
    """Return ``value`` ready to store, or raise ValidationError naming ``field``."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, f"{field} must be text.")
    if "\x00" in value:
        raise ValidationError(field, f"{field} contains a NUL character, which cannot be saved.")
    if LONE_SURROGATE.search(value):
        raise ValidationError(
            field, f"{field} contains broken characters (lone surrogates) that cannot be saved."
        )
    if single_line:
        value = LINE_BREAKS.sub(" ", value).strip()
    if required and not value.strip():
        raise ValidationError(field, f"{field} is required.")
    if len(value) > max_length:
        raise ValidationError(
            field,
            f"{field} is too long ({len(value):,} characters; the limit is {max_length:,}).",
        )
    return value


def check_rating(value: object, field: str, *, required: bool = False) -> int | None:
    """Return a 0-100 rating (or None when optional and missing), or raise ValidationError."""
    if value is None:
        if required:
            raise ValidationError(field, f"{field} is required.")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"{field} must be a whole number from 0 to 100.")
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValidationError(field, f"{field} must be from 0 to 100 (got {value}).")
    return value


def check_choice(value: object, field: str, choices: set[str] | frozenset[str]) -> str:
    """Return ``value`` if it is one of ``choices``, or raise ValidationError."""
    if not isinstance(value, str) or value not in choices:
        raise ValidationError(field, f"{field} has an unknown value: {value!r}.")
    return value


def is_hhmm(value: object) -> bool:
    """True for a 24-hour "HH:MM" string of ASCII digits."""
    return isinstance(value, str) and HHMM.fullmatch(value) is not None


def instant_in_range(value: datetime) -> datetime | None:
    """``value`` as aware UTC when it is aware and within the years allowed, else None."""
    if value.tzinfo is None or value.utcoffset() is None:
        return None
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return utc if FIRST_YEAR <= utc.year <= LAST_YEAR else None


def parse_instant_text(value: object) -> datetime | None:
    """An ISO 8601 date and time with an offset, as aware UTC; None when ``value`` is not
    such a text or lies outside the years allowed. Never raises."""
    if not isinstance(value, str) or len(value) > MAX_INSTANT_CHARS:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return instant_in_range(parsed)


def is_instant_text(value: object) -> bool:
    """True for a stored instant text that ``parse_instant_text`` reads."""
    return parse_instant_text(value) is not None


def check_instant(value: object, field: str, *, required: bool = False) -> datetime | None:
    """Return an aware instant within the years allowed (or None when optional and missing),
    or raise ValidationError naming ``field``."""
    if value is None:
        if required:
            raise ValidationError(field, f"{field} is required.")
        return None
    if not isinstance(value, datetime):
        raise ValidationError(field, f"{field} must be a date and time.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, f"{field} needs a time zone.")
    if instant_in_range(value) is None:
        raise ValidationError(field, f"{field} must lie between the years {FIRST_YEAR} and "
                                     f"{LAST_YEAR}.")
    return value
