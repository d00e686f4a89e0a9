"""The JSON export format: one table of field specs drives the exporter, the validator and
the JSON Schema (``docs/export-schema.json`` is generated from it; see docs/export-format.md).

Validation is complete and pure: ``validate_document`` checks every field of every record,
uniqueness of ids and every reference before the importer opens a write transaction. Problems
are reported as ``FormatError`` with a location (``attempts[12].predicted_no``) and a reason;
messages never quote what the user wrote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from rejection_desktop.db import schema_v4
from rejection_desktop.domain.outcomes import (
    BELIEF_SOURCES,
    PREDICTION_TIMINGS,
    REFLECTION_KINDS,
    Audience,
    Outcome,
)
from rejection_desktop.domain.problems import ENGLISH, Problem
from rejection_desktop.domain.schedule import DAILY, KINDS, MAX_TIMES_PER_NUDGE, WEEKLY_REVIEW
from rejection_desktop.domain.validation import (
    FIRST_YEAR,
    HHMM_PATTERN,
    LAST_YEAR,
    MAX_DESCRIPTION,
    MAX_JOURNAL_TEXT,
    MAX_LINE,
    MAX_TITLE,
    ValidationError,
    clean_text,
    instant_in_range,
    is_hhmm,
)
from rejection_desktop.services.settings import is_valid_setting
from rejection_desktop.services.steps import NO_STEPS, Phase, Steps

FORMAT_NAME = "rejection-desktop-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""Import size cap (64 MiB). The 10-year demo journal exports to far less (see benchmarks)."""

MACHINE_SETTINGS = frozenset({"start_at_login"})
"""Settings that describe this computer, not the journal: not exported, kept on import."""

RETIRED_SETTINGS = frozenset(schema_v4.RETIRED_SETTINGS)
"""Settings older versions wrote and this one keeps elsewhere (the daily nudge: in the reminders
table, which the same export carries): skipped on import."""

MAX_ROW_ID = 2**63 - 1
"""SQLite's largest row id: every id a journal can hold exports and imports again (past it,
SQLite picks a free id for a new row)."""
MAX_BELIEF_TEXT = 300
MAX_ANSWERS = 100
MAX_TIMES = MAX_TIMES_PER_NUDGE
MAX_PROMPT_TEXT = 1_000
MAX_SETTING_CHARS = 10_000
UID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
KIND_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
INSTANT_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$"
UID_RE = re.compile(UID_PATTERN)
KIND_RE = re.compile(KIND_PATTERN)
INSTANT_RE = re.compile(INSTANT_PATTERN, re.ASCII)


class FormatError(ValueError):
    """A document that does not follow the export format: where (``location``) and what
    (``problem``, English), with the ``code`` and ``params`` the interface words."""

    def __init__(self, location: str, problem: str, code: Problem = Problem.EXPORT_BAD_FIELD,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(f"{location}: {problem}" if location else problem)
        self.location = location
        self.problem = problem
        self.code = code
        self.params = {"location": location, "problem": problem} if params is None else params

    @classmethod
    def of(cls, code: Problem, /, **params: Any) -> FormatError:
        """A problem of the whole document (no location), its English sentence from
        ``params``."""
        return cls("", ENGLISH[code].format(**params), code, params)


class Kind(StrEnum):
    """How a field is checked, converted and described in the schema."""

    ROW_ID = "row_id"  # the exporting machine's row number (used by replace mode only)
    UID = "uid"
    KEY = "key"  # a one-line identifier (built-in key, prompt key, setting key)
    NAME = "name"  # a short lower-case name (a reminder's kind)
    TEXT = "text"
    RATING = "rating"
    INTEGER = "integer"
    BOOL = "bool"
    INSTANT = "instant"
    CHOICE = "choice"
    REF = "ref"  # the uid of a record in another table of the same file
    ANSWERS = "answers"
    OUTCOMES = "outcomes"
    TIMES = "times"
    JSON = "json"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record: its JSON name, kind, limits and the model column it fills."""

    name: str
    kind: Kind
    nullable: bool = False
    optional: bool = False  # may be absent: ``id``, and fields added after format 1 was fixed
    default: Any = None  # the value of an absent optional field (``id`` has none)
    max_length: int = 0
    required_text: bool = False  # text must not be blank
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 0
    ref: str = ""  # table a REF points to
    column: str = ""  # model field, when it differs from ``name``
    description: str = ""

    @property
    def model_field(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class TableSpec:
    """One list in the document: which records it holds and how they are identified."""

    name: str
    identity: str  # the field that identifies a record across machines
    fields: tuple[FieldSpec, ...]
    description: str = ""
    optional: bool = False  # added after format 1 was fixed: an older file may lack it

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def text(name: str, max_length: int, *, required: bool = False, description: str = ""
         ) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, max_length=max_length, required_text=required,
                     description=description)


def rating(name: str, description: str) -> FieldSpec:
    return FieldSpec(name, Kind.RATING, nullable=True, description=description)


def instant(name: str, *, nullable: bool = False, description: str = "") -> FieldSpec:
    return FieldSpec(name, Kind.INSTANT, nullable=nullable, description=description)


def added(spec: FieldSpec, default: Any) -> FieldSpec:
    """A field added to format 1 later: files written before it may lack it."""
    return replace(spec, optional=True, default=default)


ROW_ID = FieldSpec("id", Kind.ROW_ID, optional=True,
                   description="Row number on the exporting computer; replace mode keeps it.")
UID = FieldSpec("uid", Kind.UID, description="Stable id that survives export and import.")
TIMESTAMPS = (instant("created_at"), instant("updated_at"))
OUTCOME_VALUES = tuple(o.value for o in Outcome)

TABLES: tuple[TableSpec, ...] = (
    TableSpec("challenges", "uid", (
        ROW_ID, UID,
        FieldSpec("builtin_key", Kind.KEY, nullable=True, max_length=200,
                  description="Key of a built-in challenge; null for the user's own."),
        text("title", MAX_TITLE, required=True),
        text("description", MAX_DESCRIPTION),
        text("tip", MAX_LINE),
        text("category", 60, required=True),
        FieldSpec("audience", Kind.CHOICE, choices=tuple(a.value for a in Audience)),
        FieldSpec("distress", Kind.RATING, description="Expected distress, 0-100."),
        FieldSpec("user_edited", Kind.BOOL),
        FieldSpec("archived", Kind.BOOL),
        *TIMESTAMPS,
        added(FieldSpec("dare", Kind.BOOL, description="Nobody is asked: no chance of a no."),
              False),
    ), "The challenge library, built-ins (as edited) and the user's own."),
    TableSpec("beliefs", "uid", (
        ROW_ID, UID,
        text("text", MAX_BELIEF_TEXT, required=True),
        FieldSpec("archived", Kind.BOOL),
        *TIMESTAMPS,
    ), "What the user feared a no would mean about them.", optional=True),
    TableSpec("attempts", "uid", (
        ROW_ID, UID,
        FieldSpec("challenge_uid", Kind.REF, ref="challenges", column="challenge"),
        instant("planned_at", nullable=True),
        instant("attempted_at", nullable=True),
        text("context", MAX_LINE, description="Where / with whom."),
        rating("predicted_no", "Predicted chance of a no, 0-100 %."),
        rating("expected_badness", "How bad a no was expected to feel, 0-100."),
        rating("anxiety_before", "Anxiety before the ask, 0-100."),
        rating("actual_badness", "How bad it really felt, 0-100."),
        rating("anxiety_after", "Anxiety after the ask, 0-100."),
        text("safety_behaviour", MAX_LINE),
        FieldSpec("outcome", Kind.CHOICE, nullable=True, choices=OUTCOME_VALUES,
                  description="null while the attempt is only planned."),
        FieldSpec("asked_why", Kind.BOOL, nullable=True),
        text("what_happened", MAX_LINE),
        text("what_stopped_me", MAX_LINE),
        text("notes", MAX_JOURNAL_TEXT),
        *TIMESTAMPS,
        added(FieldSpec("belief_uid", Kind.REF, nullable=True, ref="beliefs", column="belief",
                        description="The belief the ask tested."), None),
        added(text("coping_plan", MAX_LINE, description="If the no comes, I will ..."), ""),
        added(FieldSpec("prediction_timing", Kind.CHOICE, nullable=True,
                        choices=PREDICTION_TIMINGS,
                        description="before: written before the outcome; hindsight: after."),
              None),
    ), "Every ask: planned, predicted and logged."),
    TableSpec("reflections", "uid", (
        ROW_ID, UID,
        FieldSpec("attempt_uid", Kind.REF, nullable=True, ref="attempts", column="attempt",
                  description="The attempt reflected on; null for a standalone entry."),
        FieldSpec("answers", Kind.ANSWERS,
                  description="Answers to prompts, with the prompt text as it was asked."),
        text("free_text", MAX_JOURNAL_TEXT),
        *TIMESTAMPS,
        added(FieldSpec("kind", Kind.CHOICE, choices=REFLECTION_KINDS), "reflection"),
    ), "Guided reflections, weekly reviews and journal entries."),
    TableSpec("belief_ratings", "uid", (
        ROW_ID, UID,
        FieldSpec("belief_uid", Kind.REF, ref="beliefs", column="belief"),
        FieldSpec("rating", Kind.RATING, description="How strongly it was believed, 0-100."),
        FieldSpec("source", Kind.CHOICE, choices=BELIEF_SOURCES,
                  description="before an ask, after it, or in a weekly review."),
        instant("rated_at"),
        FieldSpec("attempt_uid", Kind.REF, nullable=True, ref="attempts", column="attempt"),
        FieldSpec("reflection_uid", Kind.REF, nullable=True, ref="reflections",
                  column="reflection"),
        text("fairer", MAX_LINE, description="A fairer version of the belief."),
        *TIMESTAMPS,
    ), "How strongly each belief was held, and when.", optional=True),
    TableSpec("prompts", "key", (
        ROW_ID,
        FieldSpec("key", Kind.KEY, max_length=200),
        text("text", MAX_PROMPT_TEXT, required=True),
        FieldSpec("outcomes", Kind.OUTCOMES),
        FieldSpec("personal_only", Kind.BOOL),
        FieldSpec("position", Kind.INTEGER, minimum=-(2**31), maximum=2**31 - 1),
        FieldSpec("hidden", Kind.BOOL),
        FieldSpec("builtin", Kind.BOOL),
        FieldSpec("user_edited", Kind.BOOL),
        *TIMESTAMPS,
    ), "The reflection prompt bank."),
    TableSpec("reminders", "uid", (
        ROW_ID, UID,
        FieldSpec("kind", Kind.CHOICE, choices=tuple(sorted(KINDS - {WEEKLY_REVIEW})),
                  description="daily, planned or followup."),
        FieldSpec("times", Kind.TIMES, description="Local HH:MM times of a daily nudge."),
        FieldSpec("weekdays", Kind.INTEGER, minimum=0, maximum=127,
                  description="Bit 0 is Monday."),
        FieldSpec("attempt_uid", Kind.REF, nullable=True, ref="attempts", column="attempt"),
        instant("due_at", nullable=True),
        FieldSpec("offset_minutes", Kind.INTEGER, minimum=-527_040, maximum=527_040),
        FieldSpec("enabled", Kind.BOOL),
        instant("last_fired", nullable=True),
        *TIMESTAMPS,
    ), "Daily nudges and reminders tied to planned attempts."),
    TableSpec("settings", "key", (
        FieldSpec("key", Kind.KEY, max_length=100),
        FieldSpec("value", Kind.JSON, description="Any JSON value; known keys are checked."),
        instant("updated_at"),
    ), "Preferences (not those that describe one computer, such as start at login)."),
)
TABLE_NAMES = tuple(t.name for t in TABLES)
SPECS = {t.name: t for t in TABLES}
HEADER_FIELDS = ("format", "format_version", "app_version", "schema_version", "exported_at")


# checking single values ---------------------------------------------------------------------
class BadValueError(ValueError):
    """A value's problem, before the caller knows where the value was (``suffix``: inside it)."""

    def __init__(self, problem: str, suffix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.suffix = suffix


def format_instant(value: datetime) -> str:
    """An aware datetime as the export's UTC text, e.g. ``2026-06-01T09:00:00.000000Z``."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def stored_instant(value: datetime) -> str:
    """An aware datetime as the database stores it (``db.fields.to_db_instant``), without
    ``strftime``, which costs several microseconds once PySide6 hooks the import system."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ",
                                                                 timespec="microseconds")


STORED_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$", re.ASCII)


def export_instant(stored: str) -> str:
    """The export text of an instant as stored in the database."""
    if STORED_INSTANT.fullmatch(stored):
        return f"{stored[:10]}T{stored[11:]}Z"
    return format_instant(datetime.fromisoformat(stored).replace(tzinfo=UTC))


def instant_value(value: object) -> datetime:
    """Parse an export instant (UTC ``Z`` or an explicit offset) into aware UTC."""
    if not isinstance(value, str) or not INSTANT_RE.fullmatch(value):
        raise BadValueError("must be a time like 2026-06-01T09:00:00Z.")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BadValueError("is not a real date and time.") from None
    checked = instant_in_range(parsed)
    if checked is None:
        raise BadValueError(f"must lie between the years {FIRST_YEAR} and {LAST_YEAR}.")
    return checked


def text_value(value: object, max_length: int, required: bool = False) -> str:
    """Storable text (the app's own rules: no NUL, no lone surrogates, a length limit)."""
    try:
        return clean_text(value, "", max_length=max_length, required=required)
    except ValidationError as exc:
        raise BadValueError(exc.message.strip()) from None


def int_value(value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValueError("must be a whole number.")
    if not low <= value <= high:
        raise BadValueError(f"must be from {low} to {high}.")
    return value


def check_text(spec: FieldSpec, value: object) -> str:
    return text_value(value, spec.max_length, spec.required_text)


def check_key(spec: FieldSpec, value: object) -> str:
    checked = text_value(value, spec.max_length, required=True)
    if checked != checked.strip() or any(c in checked for c in "\r\n\t"):
        raise BadValueError("must be a single line without surrounding spaces.")
    return checked


def check_name(spec: FieldSpec, value: object) -> str:
    if not isinstance(value, str) or not KIND_RE.fullmatch(value):
        raise BadValueError("must be a short lower-case name.")
    return value


def check_id(spec: FieldSpec, value: object) -> str:
    if not isinstance(value, str) or not UID_RE.fullmatch(value):
        raise BadValueError("must be an id of letters, digits, - or _.")
    return value


def check_bool(spec: FieldSpec, value: object) -> bool:
    if not isinstance(value, bool):
        raise BadValueError("must be true or false.")
    return value


def check_choice(spec: FieldSpec, value: object) -> str:
    if not isinstance(value, str) or value not in spec.choices:
        raise BadValueError(f"must be one of: {', '.join(spec.choices)}.")
    return value


ANSWER_LIMITS = {"key": 200, "prompt": MAX_PROMPT_TEXT, "answer": MAX_JOURNAL_TEXT}


def check_answers(spec: FieldSpec, value: object) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise BadValueError("must be a list.")
    if len(value) > MAX_ANSWERS:
        raise BadValueError(f"has more than {MAX_ANSWERS} answers.")
    answers = []
    for index, item in enumerate(value):
        if not isinstance(item, dict) or item.keys() != ANSWER_LIMITS.keys():
            raise BadValueError("must be an object with exactly key, prompt and answer.",
                               f"[{index}]")
        checked = {}
        for name in item:
            try:
                checked[name] = text_value(item[name], ANSWER_LIMITS[name])
            except BadValueError as problem:
                raise BadValueError(problem.problem, f"[{index}].{name}") from None
        answers.append(checked)
    return answers


def check_outcomes(spec: FieldSpec, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadValueError("must be a list of outcomes.")
    if any(v not in OUTCOME_VALUES for v in value) or len(set(value)) != len(value):
        raise BadValueError("has an unknown or repeated outcome.")
    return list(value)


def check_times(spec: FieldSpec, value: object) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_TIMES:
        raise BadValueError(f"must be a list of at most {MAX_TIMES} times.")
    if not all(is_hhmm(v) for v in value):
        raise BadValueError("must hold 24-hour times like 09:30.")
    return list(value)


CHECKS: dict[Kind, Callable[[FieldSpec, object], Any]] = {
    Kind.TEXT: check_text,
    Kind.RATING: lambda spec, value: int_value(value, 0, 100),
    Kind.INTEGER: lambda spec, value: int_value(value, spec.minimum, spec.maximum),
    Kind.ROW_ID: lambda spec, value: int_value(value, 1, MAX_ROW_ID),
    Kind.BOOL: check_bool,
    Kind.INSTANT: lambda spec, value: instant_value(value),
    Kind.CHOICE: check_choice,
    Kind.UID: check_id,
    Kind.REF: check_id,
    Kind.KEY: check_key,
    Kind.NAME: check_name,
    Kind.ANSWERS: check_answers,
    Kind.OUTCOMES: check_outcomes,
    Kind.TIMES: check_times,
    Kind.JSON: lambda spec, value: value,  # checked per setting in check_setting
}
"""How each kind of field is checked; returns the stored value or raises BadValueError."""


def at(location: str, check: Callable[[], Any]) -> Any:
    """Run ``check``, turning a BadValueError into a FormatError at ``location``."""
    try:
        return check()
    except BadValueError as problem:
        raise FormatError(location + problem.suffix, problem.problem) from None


def parse_instant(value: object, location: str) -> datetime:
    """An export instant as aware UTC; raises FormatError naming ``location``."""
    checked: datetime = at(location, lambda: instant_value(value))
    return checked


# checking whole records and the document ------------------------------------------------------
def field_names(keys: list[Any]) -> str:
    """A short, safe rendering of unexpected field names (never their values)."""
    names = [repr(str(k)[:40]) for k in keys][:3]
    return ", ".join(names)


def check_record(table: TableSpec, record: object, location: str) -> dict[str, Any]:
    """A validated record: every field present, known, of the right kind."""
    if not isinstance(record, dict):
        raise FormatError(location, "must be an object.")
    values: dict[str, Any] = {}
    for spec in table.fields:
        name = spec.name
        if name not in record:
            if spec.optional:
                if spec.kind is not Kind.ROW_ID:
                    values[name] = spec.default
                continue
            raise FormatError(f"{location}.{name}", "is missing.")
        value = record[name]
        if value is None:
            if not spec.nullable:
                raise FormatError(f"{location}.{name}", "must not be null.")
            values[name] = None
            continue
        try:
            values[name] = CHECKS[spec.kind](spec, value)
        except BadValueError as problem:
            raise FormatError(f"{location}.{name}{problem.suffix}", problem.problem) from None
    extra = [key for key in record if key not in values]
    if extra:
        raise FormatError(location, f"has unexpected fields: {field_names(extra)}.")
    if table.name == "reminders":
        check_reminder(values, location)
    return values


def check_reminder(values: dict[str, Any], location: str) -> None:
    """What the reminder service itself requires: a daily nudge has times and days."""
    if values.get("kind") != DAILY:
        return
    if not values.get("times"):
        raise FormatError(f"{location}.times", "a daily nudge needs at least one time.")
    if not values.get("weekdays"):
        raise FormatError(f"{location}.weekdays", "a daily nudge needs at least one day.")


def check_json_strings(value: object, location: str) -> None:
    """Every string inside a JSON value (keys too) must be storable text."""
    if isinstance(value, str):
        at(location, lambda: text_value(value, MAX_SETTING_CHARS))
    elif isinstance(value, list):
        for item in value:
            check_json_strings(item, location)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_json_strings(key, location)
            check_json_strings(item, location)


def finite_json_text(value: object) -> str | None:
    """``value`` as JSON text, or None when it holds NaN or an infinity (which JSON has not)."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError:
        return None


def check_setting(values: dict[str, Any], location: str) -> None:
    """A known setting must hold a value the app accepts; any value must stay small and
    finite."""
    key, value = values["key"], values["value"]
    encoded = finite_json_text(value)
    if encoded is None:
        raise FormatError(f"{location}.value", "holds a number that is not finite.")
    if len(encoded) > MAX_SETTING_CHARS:
        raise FormatError(f"{location}.value", "is too large.")
    check_json_strings(value, f"{location}.value")
    if not is_valid_setting(key, value):
        raise FormatError(f"{location}.value", f"is not a valid value for the setting {key}.")


@dataclass
class ExportDocument:
    """A validated export: header values and the records of every table, in file order."""

    format_version: int
    app_version: str
    schema_version: int
    exported_at: datetime
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def check_header(document: object) -> None:
    """The document is an object that says it is our format, in a version we read."""
    if not isinstance(document, dict):
        raise FormatError.of(Problem.EXPORT_NOT_OBJECT)
    if document.get("format") != FORMAT_NAME:
        raise FormatError.of(Problem.EXPORT_NOT_OURS, expected=FORMAT_NAME)
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormatError("format_version", "must be a whole number of 1 or more.")
    if version > FORMAT_VERSION:
        raise FormatError.of(Problem.EXPORT_NEWER, version=version, known=FORMAT_VERSION)
    extra = [key for key in document if key not in HEADER_FIELDS and key not in TABLE_NAMES]
    if extra:
        raise FormatError.of(Problem.EXPORT_UNEXPECTED_FIELDS, names=field_names(extra))


def check_unique(table: TableSpec, rows: list[dict[str, Any]], name: str) -> None:
    seen: set[Any] = set()
    for index, row in enumerate(rows):
        value = row.get(name)
        if value is None:
            continue
        if value in seen:
            raise FormatError(f"{table.name}[{index}].{name}",
                              "repeats a value used by an earlier record.")
        seen.add(value)


def check_references(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Every REF names a record of its table in the same file."""
    identities = {name: {row[SPECS[name].identity] for row in rows}
                  for name, rows in tables.items()}
    for table in TABLES:
        for spec in table.fields:
            if spec.kind is not Kind.REF:
                continue
            targets = identities[spec.ref]
            for index, row in enumerate(tables[table.name]):
                if row[spec.name] is not None and row[spec.name] not in targets:
                    raise FormatError(f"{table.name}[{index}].{spec.name}",
                                      f"points to a record that is not in the file's {spec.ref}.")


def validate_document(document: object, steps: Steps = NO_STEPS) -> ExportDocument:
    """Check a parsed JSON document completely; returns it converted, or raises FormatError.

    ``steps`` hears of each table's records as they are checked (and may cancel)."""
    check_header(document)
    assert isinstance(document, dict)
    steps.phase(Phase.CHECKING, sum(len(rows) for table in TABLES
                                    if isinstance(rows := document.get(table.name), list)))
    for name in HEADER_FIELDS:
        if name not in document:
            raise FormatError(name, "is missing.")
    app_version = at("app_version", lambda: text_value(document["app_version"], 40))
    schema_version = at("schema_version", lambda: int_value(document["schema_version"], 0,
                                                              10_000))
    exported_at = parse_instant(document["exported_at"], "exported_at")
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        rows = document.get(table.name)
        if rows is None and table.optional and table.name not in document:
            rows = []  # written before this table existed
        if not isinstance(rows, list):
            raise FormatError(table.name, "must be a list" + (
                "." if table.name in document else " (it is missing)."))
        tables[table.name] = [check_record(table, row, f"{table.name}[{index}]")
                              for index, row in enumerate(rows)]
        steps.advance(len(rows))
        for unique in {table.identity, "id", "builtin_key"} & {f.name for f in table.fields}:
            check_unique(table, tables[table.name], unique)
    for index, values in enumerate(tables["settings"]):
        check_setting(values, f"settings[{index}]")
    check_references(tables)
    return ExportDocument(document["format_version"], app_version, schema_version, exported_at,
                          tables)


# the JSON Schema ------------------------------------------------------------------------------
def field_schema(spec: FieldSpec) -> dict[str, Any]:
    """The JSON Schema of one field."""
    kind = spec.kind
    schema: dict[str, Any]
    if kind is Kind.TEXT:
        schema = {"type": "string", "maxLength": spec.max_length}
        if spec.required_text:
            schema["minLength"] = 1
    elif kind is Kind.RATING:
        schema = {"type": "integer", "minimum": 0, "maximum": 100}
    elif kind is Kind.INTEGER:
        schema = {"type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
    elif kind is Kind.ROW_ID:
        schema = {"type": "integer", "minimum": 1, "maximum": MAX_ROW_ID}
    elif kind is Kind.BOOL:
        schema = {"type": "boolean"}
    elif kind is Kind.INSTANT:
        schema = {"type": "string", "pattern": INSTANT_PATTERN}
    elif kind is Kind.CHOICE:
        schema = {"enum": list(spec.choices)}
    elif kind in (Kind.UID, Kind.REF):
        schema = {"type": "string", "pattern": UID_PATTERN}
    elif kind is Kind.KEY:
        schema = {"type": "string", "minLength": 1, "maxLength": spec.max_length}
    elif kind is Kind.NAME:
        schema = {"type": "string", "pattern": KIND_PATTERN}
    elif kind is Kind.ANSWERS:
        schema = {"type": "array", "maxItems": MAX_ANSWERS, "items": {
            "type": "object", "additionalProperties": False,
            "required": ["key", "prompt", "answer"],
            "properties": {"key": {"type": "string", "maxLength": 200},
                           "prompt": {"type": "string", "maxLength": MAX_PROMPT_TEXT},
                           "answer": {"type": "string", "maxLength": MAX_JOURNAL_TEXT}}}}
    elif kind is Kind.OUTCOMES:
        schema = {"type": "array", "uniqueItems": True, "items": {"enum": list(OUTCOME_VALUES)}}
    elif kind is Kind.TIMES:
        schema = {"type": "array", "maxItems": MAX_TIMES,
                  "items": {"type": "string", "pattern": HHMM_PATTERN}}
    else:
        schema = {}
    if spec.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if spec.ref:
        schema["description"] = f"The uid of a record in {spec.ref}."
    if spec.description:
        schema["description"] = spec.description
    return schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export document."""
    properties: dict[str, Any] = {
        "format": {"const": FORMAT_NAME},
        "format_version": {"const": FORMAT_VERSION},
        "app_version": {"type": "string", "maxLength": 40},
        "schema_version": {"type": "integer", "minimum": 0},
        "exported_at": {"type": "string", "pattern": INSTANT_PATTERN},
    }
    for table in TABLES:
        properties[table.name] = {
            "description": table.description,
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [f.name for f in table.fields if not f.optional],
                "properties": {f.name: field_schema(f) for f in table.fields},
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rejection-desktop.github.io/schema/export-1.json",
        "title": "Rejection Desktop export",
        "description": "Everything in a Rejection Desktop journal. See docs/export-format.md "
                       "for the rules a schema cannot express (unique ids, references).",
        "type": "object",
        "additionalProperties": False,
        "required": [*HEADER_FIELDS, *(t.name for t in TABLES if not t.optional)],
        "properties": properties,
    }
