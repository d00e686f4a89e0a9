"""Importing a JSON export: read with a size cap, parse strictly, validate completely, then
apply everything in ONE transaction (merge or replace).

Nothing is written until the whole file has been read, parsed and validated, and every
reference checked, so a malformed, truncated, oversized, wrong-version or hostile file is
refused with the database byte-for-byte unchanged. A failure inside the transaction (which
validation should make impossible) rolls everything back.

Merge: records already here (same ``uid``, prompts and settings by ``key``) are skipped. A
built-in challenge or prompt exists on every install: when the one here is untouched (never
edited or archived) and the imported one brings the user's edits, it takes the imported
version; otherwise it stays as it is (not even its timestamps change) and imported attempts
are attached to it. A merge that adds nothing changes no byte of the tables; one that adds
records to a new journal takes the file's built-ins as they are (so export, new install,
import gives the journal back exactly).

Replace: every table becomes what the file holds (row numbers kept); drafts stay. Either way
the caller backs the journal up first.
"""

from __future__ import annotations

import codecs
import json
import logging
import math
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import peewee

from rejection_desktop.db.connection import db
from rejection_desktop.db.fields import UtcDateTimeField
from rejection_desktop.db.models import (
    Attempt,
    BaseModel,
    Belief,
    BeliefRating,
    Challenge,
    Prompt,
    Reflection,
    Reminder,
    Setting,
    as_tuples,
)
from rejection_desktop.db.seed import seed_library
from rejection_desktop.domain.problems import Problem, ProblemError
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.export import MODELS, batched_rows
from rejection_desktop.services.export_format import (
    MACHINE_SETTINGS,
    MAX_IMPORT_BYTES,
    RETIRED_SETTINGS,
    SPECS,
    TABLE_NAMES,
    TABLES,
    ExportDocument,
    FormatError,
    Kind,
    TableSpec,
    stored_instant,
    validate_document,
)
from rejection_desktop.services.steps import NO_STEPS, Phase, Steps, batches, let_go

log = logging.getLogger(__name__)

KEPT_OUT = MACHINE_SETTINGS | RETIRED_SETTINGS
"""Settings an import never writes: this computer's own, and those no longer used."""

UTF8_BOM = b"\xef\xbb\xbf"
OTHER_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
WRITE_BATCH = 250
"""Records written per statement batch: the step at which progress moves and cancel is seen."""


class ImportMode(StrEnum):
    MERGE = "merge"
    REPLACE = "replace"


class ImportRefusedError(ProblemError):
    """The file cannot be imported; the message (and the code) says why. Nothing was
    changed."""


def column(model: type[BaseModel], name: str) -> peewee.Field:
    """A model's field by name (typed access for the generic code below)."""
    found: peewee.Field = model._meta.fields[name]
    return found


def megabytes(size: int) -> float:
    """``size`` bytes in MB (shown with one decimal)."""
    return size / (1024 * 1024)


# reading and parsing --------------------------------------------------------------------------
def read_limited(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes, refusing one larger than ``max_bytes`` without reading it, and
    anything that is not a regular file (a FIFO, a device, a folder) without waiting on it."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise not_a_file(path)
        # O_NONBLOCK: should a FIFO be put in its place meanwhile, opening it does not hang
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise not_a_file(path)
            if status.st_size > max_bytes:
                raise ImportRefusedError.of(Problem.IMPORT_TOO_LARGE,
                                            size_mb=megabytes(status.st_size),
                                            limit_mb=megabytes(max_bytes))
            data = handle.read(min(status.st_size, max_bytes) + 1)  # no larger buffer
            if len(data) > status.st_size:  # it grew meanwhile
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise ImportRefusedError.of(Problem.IMPORT_UNREADABLE,
                                    reason=exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise ImportRefusedError.of(Problem.IMPORT_OVER_LIMIT, limit_mb=megabytes(max_bytes))
    return data


def not_a_file(path: Path) -> ImportRefusedError:
    """The refusal of ``path`` when it is not a regular file."""
    return ImportRefusedError.of(Problem.IMPORT_FOLDER if path.is_dir()
                                 else Problem.IMPORT_NOT_REGULAR)


# bounding memory before parsing ------------------------------------------------------------
MAX_DEPTH = 32
"""Rounds of the nesting check; an export nests 5 deep plus what a setting's value holds."""
GRAPH_BUDGET = 5
"""The Python objects a file parses into may take at most this many times its size."""
OBJECT_COST, ENTRY_COST, LIST_COST, STRING_COST, ELEMENT_COST = 184, 24, 56, 56, 32
"""Bytes each parsed thing costs at least (CPython 3.11+, 64-bit): an object, one of its
fields, a list, a string value (besides its text), and any value's slot (a number's too)."""
SMALL_FILE = 1024 * 1024
"""Below this size a file cannot build a graph worth refusing (the budget counts it as this)."""
BRACKETS = b"{}[]"
BACKSLASH = ord("\\")
NOT_BRACKETS = bytes(b for b in range(256) if b not in BRACKETS)
CHUNK = 64 * 1024


def escape_free_chunks(data: bytes) -> Iterator[bytes]:
    """``data`` in pieces of about ``CHUNK`` bytes, without the escapes that end no string
    (``\\\\`` and ``\\"``). A piece never ends inside a run of backslashes, so each run and the
    byte it escapes are in one piece and the result is that of replacing in the whole text,
    without a second copy of it and without one long call that keeps the GIL."""
    start = 0
    while start < len(data):
        end = start + CHUNK
        while end < len(data) and data[end - 1] == BACKSLASH:
            end += 1
        yield data[start:end].replace(b"\\\\", b"").replace(b'\\"', b"")
        start = end


@dataclass
class Census:
    """How many objects, lists, strings and values a JSON text holds, counted without
    parsing it (exact for valid JSON: outside strings, JSON has no backslashes or quotes).
    Reads the text in chunks, so its own memory stays small whatever the text holds."""

    objects: int = 0
    lists: int = 0
    strings: int = 0
    fields: int = 0
    values: int = 1
    brackets: bytearray = field(default_factory=bytearray)

    @classmethod
    def of(cls, data: bytes, budget: int) -> Census:
        """Count ``data``; stops early once the cost passes ``budget``."""
        census = cls()
        in_string = False
        for chunk in escape_free_chunks(data):
            parts = chunk.split(b'"')
            structure = b"".join(parts[1 if in_string else 0::2])
            census.strings += (len(parts) - (0 if in_string else 1)) // 2
            in_string = in_string != (len(parts) % 2 == 0)
            del parts
            census.objects += structure.count(b"{")
            census.lists += structure.count(b"[")
            census.fields += structure.count(b":")
            census.values += structure.count(b",")
            census.brackets += structure.translate(None, NOT_BRACKETS)  # not-user-facing
            if census.cost() > budget:
                break
        return census

    def cost(self) -> int:
        """At least the bytes of the object graph ``json.loads`` would build."""
        return (self.objects * OBJECT_COST + self.fields * ENTRY_COST + self.lists * LIST_COST
                + max(self.strings - self.fields, 0) * STRING_COST
                + self.values * ELEMENT_COST)

    def deeper_than(self, depth: int) -> bool:
        """True when the containers nest more than ``depth`` deep (each round removes the
        innermost level or more; malformed nesting is left to the parser to report)."""
        remaining = bytes(self.brackets)
        for _ in range(depth):
            if not remaining:
                return False
            shorter = remaining.replace(b"{}", b"").replace(b"[]", b"")
            if len(shorter) == len(remaining):
                return False
            remaining = shorter
        return bool(remaining)


def check_structure(data: bytes) -> None:
    """Refuse a file whose parsed form would be far larger than an export of its size, or
    nest deeper than one, before building any of it."""
    budget = GRAPH_BUDGET * max(len(data), SMALL_FILE)
    census = Census.of(data, budget)
    if census.deeper_than(MAX_DEPTH):
        raise ImportRefusedError.of(Problem.IMPORT_TOO_DEEP)
    if census.cost() > budget:
        raise ImportRefusedError.of(Problem.IMPORT_TOO_MANY_RECORDS,
                                    containers=census.objects + census.lists,
                                    values=census.values, size_mb=megabytes(len(data)))


def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ImportRefusedError.of(Problem.IMPORT_REPEATED_KEY)
    return dict(pairs)


def refuse_constant(name: str) -> Any:
    raise ImportRefusedError.of(Problem.IMPORT_NOT_JSON_NUMBER, name=name)


def finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent; ``1e400`` (infinity) is refused."""
    value = float(text)
    if not math.isfinite(value):
        raise ImportRefusedError.of(Problem.IMPORT_NUMBER_TOO_LARGE)
    return value


def utf8_text(data: bytes) -> str:
    """``data`` decoded as strict UTF-8 a ``CHUNK`` at a time (decoding 30 MB in one call
    keeps the GIL for tens of milliseconds); an error gives the position in ``data``."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts = []
    for start in range(0, len(data), CHUNK):
        pending = len(decoder.getstate()[0])  # bytes of a character the last chunk cut
        try:
            parts.append(decoder.decode(data[start:start + CHUNK],
                                        final=start + CHUNK >= len(data)))
        except UnicodeDecodeError as exc:
            offset = start - pending
            raise UnicodeDecodeError("utf-8", data, offset + exc.start, offset + exc.end,
                                     exc.reason) from None
    return "".join(parts)


def parse_json(data: bytes) -> Any:
    """Strict JSON from bytes: UTF-8 (a UTF-8 BOM is allowed), only finite numbers (no NaN,
    no infinity, no 1e400), no repeated keys."""
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    elif data.startswith(OTHER_BOMS):
        raise ImportRefusedError.of(Problem.IMPORT_UTF16)
    if not data or data.isspace():  # not strip(): no copy of the whole file
        raise ImportRefusedError.of(Problem.IMPORT_EMPTY)
    check_structure(data)
    try:
        text = utf8_text(data)
    except UnicodeDecodeError as exc:
        raise ImportRefusedError.of(Problem.IMPORT_NOT_UTF8, position=exc.start) from None
    try:
        return json.loads(text, object_pairs_hook=no_duplicate_keys,
                          parse_constant=refuse_constant, parse_float=finite_float)
    except json.JSONDecodeError as exc:
        end = text.rstrip()
        if exc.pos >= len(end) - 1 or (end.startswith("{") and not end.endswith("}")):
            raise ImportRefusedError.of(Problem.IMPORT_CUT_OFF) from None
        raise ImportRefusedError.of(Problem.IMPORT_NOT_JSON, reason=exc.msg, line=exc.lineno,
                                    column=exc.colno) from None
    except RecursionError:
        raise ImportRefusedError.of(Problem.IMPORT_TOO_DEEP) from None
    except ValueError:
        raise ImportRefusedError.of(Problem.IMPORT_NUMBER_TOO_LONG) from None


def parse_export(data: bytes, steps: Steps = NO_STEPS) -> ExportDocument:
    """Parse and completely validate an export; raises ImportRefusedError."""
    steps.phase(Phase.CHECKING)
    document = parse_json(data)
    try:
        return validate_document(document, steps)
    except FormatError as exc:
        raise ImportRefusedError(str(exc), exc.code, exc.params) from None
    except RecursionError:
        raise ImportRefusedError.of(Problem.IMPORT_TOO_DEEP) from None
    finally:
        if isinstance(document, list | dict):
            let_go(document)  # the parsed form; the validated one holds what is kept


def read_export(path: Path, max_bytes: int = MAX_IMPORT_BYTES, steps: Steps = NO_STEPS
                ) -> ExportDocument:
    """Read, parse and validate the export at ``path``; raises ImportRefusedError."""
    steps.phase(Phase.READING)
    return parse_export(read_limited(path, max_bytes), steps)


# planning -------------------------------------------------------------------------------------
@dataclass
class ImportResult:
    """What an import did (or, for a preview, would do), per table."""

    mode: ImportMode
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    backup: Path | None = None
    in_file: dict[str, int] = field(default_factory=dict)  # records per table in the file

    @property
    def changed(self) -> bool:
        """True when the import wrote anything (a merge that adds nothing changes no byte)."""
        return any(self.added.values()) or any(self.updated.values())

    def summary(self) -> str:
        """One line for people, e.g. "added 3 challenges, 40 attempts; skipped 2"."""
        parts = [f"{count:,} {name}" for name, count in self.added.items() if count]
        line = "added " + ", ".join(parts) if parts else "nothing new to add"
        updated = sum(self.updated.values())
        skipped = sum(self.skipped.values())
        if updated:
            line += f"; brought your edits to {updated:,} built-ins"
        if skipped:
            line += f"; skipped {skipped:,} already here"
        return line


@dataclass
class MergePlan:
    """Rows to insert and built-ins to take over, decided before anything is written."""

    new: dict[str, list[dict[str, Any]]]
    adopt: dict[str, list[tuple[int, dict[str, Any]]]]
    skipped: dict[str, int]
    aliases: dict[str, int] = field(default_factory=dict)
    """Imported challenge uid -> the built-in here that stands in for it."""
    refresh: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)
    """Untouched built-ins taken as the file has them (only into a new journal)."""

    def result(self) -> ImportResult:
        """The counts of this plan; ``updated`` counts built-ins that bring the user's edits."""
        return ImportResult(
            ImportMode.MERGE,
            added={name: len(rows) for name, rows in self.new.items()},
            updated={name: len(pairs) for name, pairs in self.adopt.items()},
            skipped=self.skipped)


def brings_edits(row: dict[str, Any]) -> bool:
    """An imported built-in that the user had edited, archived or hidden."""
    return bool(row.get("user_edited") or row.get("archived") or row.get("hidden"))


def untouched_builtins(model: type[BaseModel], key_field: peewee.Field,
                       *conditions: peewee.Expression) -> dict[str, int]:
    """Built-ins here that the user never changed, by key -> id."""
    query = model.select(key_field, column(model, "id")).where(*conditions)
    return {key: row_id for key, row_id in as_tuples(query)}


UID_TABLES = ("challenges", "beliefs", "attempts", "reflections", "belief_ratings", "reminders")
"""Tables whose records are identified by uid (challenges first: built-ins merge by key)."""


def plan_merge(document: ExportDocument) -> MergePlan:
    """Decide, by reading only, what a merge adds, takes over and skips."""
    plan = MergePlan({name: [] for name in TABLE_NAMES}, {"challenges": [], "prompts": []},
                     dict.fromkeys(TABLE_NAMES, 0))
    local_uids = {name: {uid for (uid,) in as_tuples(MODELS[name].select(
        column(MODELS[name], "uid")))}
                  for name in UID_TABLES}
    builtin_ids = {key: row_id for key, row_id in as_tuples(Challenge.select(
        Challenge.builtin_key, Challenge.id).where(Challenge.builtin_key.is_null(False)))}
    fresh_challenges = untouched_builtins(
        Challenge, Challenge.builtin_key, Challenge.builtin_key.is_null(False),
        Challenge.user_edited == False, Challenge.archived == False)  # noqa: E712
    prompt_keys = {key for (key,) in as_tuples(Prompt.select(Prompt.key))}
    fresh_prompts = untouched_builtins(Prompt, Prompt.key, Prompt.builtin == True,  # noqa: E712
                                       Prompt.user_edited == False)  # noqa: E712
    setting_keys = {key for (key,) in as_tuples(Setting.select(Setting.key))}
    same: dict[str, list[tuple[int, dict[str, Any]]]] = {"challenges": [], "prompts": []}

    for row in document.tables["challenges"]:
        # built-ins first: their uids are the same on every install (derived from the key)
        if row["builtin_key"] in fresh_challenges and brings_edits(row):
            plan.adopt["challenges"].append((fresh_challenges[row["builtin_key"]], row))
        elif row["builtin_key"] in fresh_challenges:  # untouched there too: nothing to bring
            plan.skipped["challenges"] += 1
            plan.aliases[row["uid"]] = fresh_challenges[row["builtin_key"]]
            same["challenges"].append((fresh_challenges[row["builtin_key"]], row))
        elif row["builtin_key"] in builtin_ids:
            plan.skipped["challenges"] += 1  # the edited one here wins
            plan.aliases[row["uid"]] = builtin_ids[row["builtin_key"]]
        elif row["uid"] in local_uids["challenges"]:
            plan.skipped["challenges"] += 1
        else:
            plan.new["challenges"].append(row)
    for row in document.tables["prompts"]:
        if row["key"] in fresh_prompts and brings_edits(row):
            plan.adopt["prompts"].append((fresh_prompts[row["key"]], row))
        elif row["key"] in fresh_prompts:
            plan.skipped["prompts"] += 1
            same["prompts"].append((fresh_prompts[row["key"]], row))
        elif row["key"] in prompt_keys:
            plan.skipped["prompts"] += 1
        else:
            plan.new["prompts"].append(row)
    for name in UID_TABLES[1:]:
        for row in document.tables[name]:
            if row["uid"] in local_uids[name]:
                plan.skipped[name] += 1
            else:
                plan.new[name].append(row)
    for row in document.tables["settings"]:
        if row["key"] in setting_keys or row["key"] in KEPT_OUT:
            plan.skipped["settings"] += 1
        else:
            plan.new["settings"].append(row)
    if any(plan.new.values()) and holds_nothing_of_the_user():
        plan.refresh = same  # export, new install, import: the journal comes back exactly
    return plan


def holds_nothing_of_the_user() -> bool:
    """True for a new journal: only built-ins the user never touched, nothing else."""
    return not (
        Attempt.select().exists() or Reflection.select().exists()
        or Reminder.select().exists()
        or Challenge.select().where(Challenge.builtin_key.is_null() | Challenge.user_edited
                                    | Challenge.archived).exists()
        or Prompt.select().where((Prompt.builtin == False) | Prompt.user_edited  # noqa: E712
                                 | Prompt.hidden).exists())


def preview(document: ExportDocument, mode: ImportMode) -> ImportResult:
    """What importing ``document`` in ``mode`` would do, computed without writing."""
    if mode is ImportMode.REPLACE:
        return ImportResult(mode, added=document.counts(), in_file=document.counts())
    result = plan_merge(document).result()
    result.in_file = document.counts()
    return result


# applying -------------------------------------------------------------------------------------
def model_values(table: TableSpec, row: dict[str, Any], refs: dict[str, dict[str, int]],
                 *, keep_id: bool) -> dict[str, Any]:
    """The model field values for one validated record (references turned into row ids)."""
    values: dict[str, Any] = {}
    for spec in table.fields:
        if spec.kind is Kind.ROW_ID:
            if keep_id and spec.name in row:
                values["id"] = row[spec.name]
            continue
        value = row[spec.name]
        if spec.kind is Kind.REF and value is not None:
            value = refs[spec.ref][value]
        values[spec.model_field] = value
    return values


def identity_map(name: str, steps: Steps = NO_STEPS) -> dict[str, int]:
    model = MODELS[name]
    query = model.select(column(model, "uid"), column(model, "id")).tuples()
    return dict(batched_rows(query, steps))


def converter(field: peewee.Field) -> Callable[[Any], Any]:
    """How a model field's Python value is stored (None stays None)."""
    if isinstance(field, UtcDateTimeField):
        db_value: Callable[[Any], Any] = stored_instant
    elif isinstance(field, peewee.ForeignKeyField):
        return lambda value: value
    else:
        db_value = field.db_value
    return lambda value: None if value is None else db_value(value)


def insert_rows(name: str, rows: list[dict[str, Any]], refs: dict[str, dict[str, int]],
                *, keep_ids: bool, steps: Steps = NO_STEPS) -> None:
    """Insert validated records with one prepared statement (fast; triggers still run),
    ``WRITE_BATCH`` records at a time."""
    if not rows:
        return
    table, model = SPECS[name], MODELS[name]
    keep = keep_ids and all("id" in row for row in rows)
    values = [model_values(table, row, refs, keep_id=keep) for row in rows]
    fields = [column(model, field_name) for field_name in values[0]]
    convert = [converter(f) for f in fields]
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    cursor = db.obj.cursor()
    for start in batches(len(values), WRITE_BATCH):
        batch = values[start:start + WRITE_BATCH]
        cursor.executemany(sql, ([c(v[f.name]) for f, c in zip(fields, convert, strict=True)]
                                 for v in batch))
        steps.advance(len(batch))


def insert_all(rows: dict[str, list[dict[str, Any]]], *, keep_ids: bool,
               aliases: dict[str, int] | None = None, steps: Steps = NO_STEPS) -> None:
    """Insert every table's rows in dependency order, mapping uids to the new row ids."""
    refs: dict[str, dict[str, int]] = {}
    for name in TABLE_NAMES:
        insert_rows(name, rows[name], refs, keep_ids=keep_ids, steps=steps)
        if name in UID_TABLES:
            refs[name] = identity_map(name, steps)
        if name == "challenges":
            refs[name].update(aliases or {})


def update_rows(name: str, pairs: list[tuple[int, dict[str, Any]]]) -> None:
    """Overwrite existing rows (by row id) with validated records, in one executemany."""
    if not pairs:
        return
    model, table = MODELS[name], SPECS[name]
    rows = [(row_id, model_values(table, row, {}, keep_id=False)) for row_id, row in pairs]
    fields = [column(model, field_name) for field_name in rows[0][1]]
    convert = [converter(f) for f in fields]
    assignments = ", ".join(f'"{f.column_name}" = ?' for f in fields)
    sql = f'UPDATE "{model._meta.table_name}" SET {assignments} WHERE "id" = ?'
    db.obj.cursor().executemany(sql, [
        [c(values[f.name]) for f, c in zip(fields, convert, strict=True)] + [row_id]
        for row_id, values in rows])


def apply_merge(plan: MergePlan, steps: Steps = NO_STEPS) -> None:
    steps.phase(Phase.WRITING, sum(len(rows) for rows in plan.new.values()))
    for name, pairs in [*plan.adopt.items(), *plan.refresh.items()]:
        update_rows(name, pairs)
    insert_all(plan.new, keep_ids=False, aliases=plan.aliases, steps=steps)


def clear_journal() -> None:
    """Delete every row a replace import rewrites (children first; FTS follows by trigger).

    Drafts stay: they are text the user typed here and has not saved yet.
    """
    for model in (Reminder, BeliefRating, Reflection, Attempt, Belief, Challenge, Prompt):
        model.delete().execute()
    Setting.delete().where(Setting.key.not_in(sorted(MACHINE_SETTINGS))).execute()


def apply_import(document: ExportDocument, mode: ImportMode, now: datetime,
                 steps: Steps = NO_STEPS) -> ImportResult:
    """Write a validated document in ONE transaction; on any error nothing is changed.

    The transaction takes the write lock first (``IMMEDIATE``), so a write from another
    connection waits for it instead of invalidating what the merge plan read. A cancel seen
    by ``steps`` rolls everything back."""
    database = db.obj
    if mode is ImportMode.REPLACE:
        result = ImportResult(mode, added=document.counts(), in_file=document.counts())
        with db.atomic("IMMEDIATE"):
            rows = dict(document.tables)
            rows["settings"] = [r for r in rows["settings"] if r["key"] not in KEPT_OUT]
            steps.phase(Phase.WRITING, sum(len(table) for table in rows.values()))
            clear_journal()
            insert_all(rows, keep_ids=True, steps=steps)
            seed_library(database, resource("challenges.json"), resource("prompts.json"), now)
    else:
        with db.atomic("IMMEDIATE"):
            plan = plan_merge(document)
            apply_merge(plan, steps)
        result = plan.result()
        result.in_file = document.counts()
    log.info("import (%s) applied: %s", mode.value, result.summary())
    return result


def assert_tables_known() -> None:
    """Every table of the format has a model (checked at import time of this module)."""
    missing = [t.name for t in TABLES if t.name not in MODELS]
    if missing:
        raise RuntimeError(f"no model for export tables {missing}")


assert_tables_known()
