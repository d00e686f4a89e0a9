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

A refusal carries a ``Code`` and its parameters: the interface shows its own (translated)
sentence for the code (``ui.validation_text``); ``message`` is the English sentence, for the
command line and the logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

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


class Code(StrEnum):
    """Why input was refused; the interface has a sentence for each."""

    NOT_TEXT = "not_text"
    NUL = "nul"
    SURROGATES = "surrogates"
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_WHOLE_NUMBER = "not_whole_number"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_VALUE = "unknown_value"
    NOT_DATE_TIME = "not_date_time"
    NO_TIME_ZONE = "no_time_zone"
    YEARS = "years"
    NOT_YES_NO = "not_yes_no"
    PREDICT_NO = "predict_no"
    PREDICT_BADNESS = "predict_badness"
    PREDICT_DARE_BADNESS = "predict_dare_badness"
    ASK_TIME_ZONE = "ask_time_zone"
    CHOOSE_OUTCOME = "choose_outcome"
    CHOOSE_CHALLENGE = "choose_challenge"
    UNPLANNED_NEEDS_BEFORE = "unplanned_needs_before"
    ATTEMPT_GONE = "attempt_gone"
    CHALLENGE_GONE = "challenge_gone"
    BELIEF_GONE = "belief_gone"
    BELIEFS_GONE = "beliefs_gone"
    REFLECTION_GONE = "reflection_gone"
    REFLECTED_ATTEMPT_GONE = "reflected_attempt_gone"
    REMINDER_GONE = "reminder_gone"
    UNKNOWN_SETTING = "unknown_setting"
    INVALID_SETTING = "invalid_setting"
    CHOOSE_PROMPT_OUTCOMES = "choose_prompt_outcomes"
    UNKNOWN_ACTION = "unknown_action"
    NOT_LOGGED_NOT_MADE = "not_logged_not_made"
    RERATE_TOO = "rerate_too"
    TOO_MANY_ANSWERS = "too_many_answers"
    EMPTY_REFLECTION = "empty_reflection"
    CHOOSE_VARY = "choose_vary"
    EMPTY_REVIEW = "empty_review"
    DRAFT_TOO_LARGE = "draft_too_large"
    WEEKDAY = "weekday"
    NOT_TIME = "not_time"
    NO_TIMES = "no_times"
    TOO_MANY_TIMES = "too_many_times"
    NO_DAYS = "no_days"
    TOO_MANY_REMINDERS = "too_many_reminders"
    SNOOZE_TIME_ZONE = "snooze_time_zone"
    SNOOZE_RANGE = "snooze_range"
    PAUSE_TIME_ZONE = "pause_time_zone"
    PAUSE_PAST = "pause_past"
    PAUSE_RANGE = "pause_range"
    QUIET_SAME = "quiet_same"


ENGLISH: dict[Code, str] = {
    Code.NOT_TEXT: "{field} must be text.",
    Code.NUL: "{field} contains a NUL character, which cannot be saved.",
    Code.SURROGATES: "{field} contains broken characters (lone surrogates) that cannot be saved.",
    Code.REQUIRED: "{field} is required.",
    Code.TOO_LONG: "{field} is too long ({length:,} characters; the limit is {limit:,}).",
    Code.NOT_WHOLE_NUMBER: "{field} must be a whole number from 0 to 100.",
    Code.OUT_OF_RANGE: "{field} must be from 0 to 100 (got {value}).",
    Code.UNKNOWN_VALUE: "{field} has an unknown value: {value!r}.",
    Code.NOT_DATE_TIME: "{field} must be a date and time.",
    Code.NO_TIME_ZONE: "{field} needs a time zone.",
    Code.YEARS: "{field} must lie between the years {first} and {last}.",
    Code.NOT_YES_NO: "{field} must be yes or no.",
    Code.PREDICT_NO: "Make a prediction: how likely is a no, from 0 to 100 %?",
    Code.PREDICT_BADNESS: "How bad would a no feel, from 0 (not at all) to 100 (extremely)?",
    Code.PREDICT_DARE_BADNESS: "How bad will it feel, from 0 (not at all) to 100 (extremely)?",
    Code.ASK_TIME_ZONE: "The time of the ask needs a time zone.",
    Code.CHOOSE_OUTCOME: "Choose what happened.",
    Code.CHOOSE_CHALLENGE: "Choose a challenge for this attempt.",
    Code.UNPLANNED_NEEDS_BEFORE: "An unplanned ask needs its before part.",
    Code.ATTEMPT_GONE: "This attempt no longer exists.",
    Code.CHALLENGE_GONE: "This challenge no longer exists.",
    Code.BELIEF_GONE: "That belief no longer exists.",
    Code.BELIEFS_GONE: "One of these beliefs no longer exists.",
    Code.REFLECTION_GONE: "This reflection no longer exists.",
    Code.REFLECTED_ATTEMPT_GONE: "The attempt this reflects on no longer exists.",
    Code.REMINDER_GONE: "This reminder no longer exists.",
    Code.UNKNOWN_SETTING: "Unknown setting {key!r}.",
    Code.INVALID_SETTING: "{value!r} is not a valid value for {key}.",
    Code.CHOOSE_PROMPT_OUTCOMES: "Choose at least one outcome this prompt is for.",
    Code.UNKNOWN_ACTION: "Unknown reminder action {key!r}.",
    Code.NOT_LOGGED_NOT_MADE: "This ask is not logged as not made.",
    Code.RERATE_TOO: "Rate how much you believe the old thought now, too.",
    Code.TOO_MANY_ANSWERS: "Too many answers in one reflection.",
    Code.EMPTY_REFLECTION: "Write at least one answer or a note.",
    Code.CHOOSE_VARY: "Choose what to vary from the list.",
    Code.EMPTY_REVIEW: "Re-rate a belief, choose what to vary or write a line about next week.",
    Code.DRAFT_TOO_LARGE: "This draft is too large to keep.",
    Code.WEEKDAY: "Weekday {day!r} is not between 0 (Monday) and 6.",
    Code.NOT_TIME: "{value!r} is not a time like {example}.",
    Code.NO_TIMES: "Add at least one time for this reminder.",
    Code.TOO_MANY_TIMES: "A reminder can have at most {limit} times a day.",
    Code.NO_DAYS: "Choose at least one day of the week.",
    Code.TOO_MANY_REMINDERS: "You can have at most {limit} daily reminders.",
    Code.SNOOZE_TIME_ZONE: "The end of a snooze needs a time zone.",
    Code.SNOOZE_RANGE: "Snooze for 1 minute to 24 hours.",
    Code.PAUSE_TIME_ZONE: "The end of a pause needs a time zone.",
    Code.PAUSE_PAST: "The end of a pause must be in the future.",
    Code.PAUSE_RANGE: "Pause for 0 to 365 days.",
    Code.QUIET_SAME: "Quiet hours must start and end at different times.",
}
"""The English sentence of each code (``str.format`` with ``field`` and the parameters)."""


@dataclass
class ValidationError(ValueError):
    """Input that cannot be saved. ``field`` names the form field, ``code`` and ``params`` say
    why (the interface words it), ``message`` says it in English."""

    field: str
    message: str
    code: Code | None = None
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @classmethod
    def of(cls, field: str, code: Code, **params: Any) -> ValidationError:
        """The refusal of ``field`` for ``code``, its English message made from ``params``."""
        return cls(field, ENGLISH[code].format(field=field, **params), code, params)

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
        raise ValidationError.of(field, Code.NOT_TEXT)
    if "\x00" in value:
        raise ValidationError.of(field, Code.NUL)
    if LONE_SURROGATE.search(value):
        raise ValidationError.of(field, Code.SURROGATES)
    if single_line:
        value = LINE_BREAKS.sub(" ", value).strip()
    if required and not value.strip():
        raise ValidationError.of(field, Code.REQUIRED)
    if len(value) > max_length:
        raise ValidationError.of(field, Code.TOO_LONG, length=len(value), limit=max_length)
    return value


def check_rating(value: object, field: str, *, required: bool = False) -> int | None:
    """Return a 0-100 rating (or None when optional and missing), or raise ValidationError."""
    if value is None:
        if required:
            raise ValidationError.of(field, Code.REQUIRED)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError.of(field, Code.NOT_WHOLE_NUMBER)
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValidationError.of(field, Code.OUT_OF_RANGE, value=value)
    return value


def check_choice(value: object, field: str, choices: set[str] | frozenset[str]) -> str:
    """Return ``value`` if it is one of ``choices``, or raise ValidationError."""
    if not isinstance(value, str) or value not in choices:
        raise ValidationError.of(field, Code.UNKNOWN_VALUE, value=value)
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
            raise ValidationError.of(field, Code.REQUIRED)
        return None
    if not isinstance(value, datetime):
        raise ValidationError.of(field, Code.NOT_DATE_TIME)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError.of(field, Code.NO_TIME_ZONE)
    if instant_in_range(value) is None:
        raise ValidationError.of(field, Code.YEARS, first=FIRST_YEAR, last=LAST_YEAR)
    return value
