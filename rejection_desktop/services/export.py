"""Writing the journal out: the complete JSON export, attempts as CSV, the journal as Markdown
(every ask and plan and every reflection, in time order).

Every file is written under a temporary name and renamed into place, so an interrupted
export never leaves half a file where a good one was. Reads only; no signals.
"""

from __future__ import annotations

import calendar
import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, Any

from peewee import fn
from PySide6.QtCore import QCoreApplication

from rejection_desktop import __version__
from rejection_desktop.db.connection import db
from rejection_desktop.db.fields import from_db_instant
from rejection_desktop.db.migrations import current_version
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
)
from rejection_desktop.platform.paths import replaced_atomically
from rejection_desktop.services.export_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MACHINE_SETTINGS,
    MAX_IMPORT_BYTES,
    TABLES,
    FieldSpec,
    Kind,
    TableSpec,
    export_instant,
    finite_json_text,
    format_instant,
)
from rejection_desktop.services.settings import is_valid_setting
from rejection_desktop.services.steps import NO_STEPS, Phase, Steps, batches, let_go

MODELS: dict[str, type[BaseModel]] = {
    "challenges": Challenge,
    "beliefs": Belief,
    "attempts": Attempt,
    "reflections": Reflection,
    "belief_ratings": BeliefRating,
    "prompts": Prompt,
    "reminders": Reminder,
    "settings": Setting,
}
"""The model behind each table of the export format (the importer uses the same map)."""
LINES_PER_STEP = 500
"""Records written between two progress steps (and cancel checks)."""
READ_BATCH = 500
"""Rows read from SQLite at a time by ``raw_records``."""
WRITE_BUFFER = 1024 * 1024
"""Bytes an export collects before each write to the file. With the default 8 KiB, a worker
writing a 17 MB Markdown export makes thousands of short system calls, each letting go of the
GIL and taking it straight back; the GUI thread then waits for the GIL 50-200 ms at a time
(it asks the holder to hand over only after waiting a whole switch interval without being
woken, and each of those calls wakes it)."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet cell starting with one of these could run as a formula (CSV injection)."""


@dataclass(frozen=True)
class ExportSummary:
    """Where an export went and what it holds."""

    path: Path
    counts: dict[str, int]
    size: int
    problem: str = ""  # set when the file was written but something about it is wrong
    replaced: int = 0  # texts whose bytes were not UTF-8, written with U+FFFD in their place

    def repair_note(self) -> str:
        """One line about the texts written with U+FFFD, or "" when there were none."""
        if not self.replaced:
            return ""
        return translate("export",
                         "{0} texts held bytes that are not valid UTF-8; they were written with "
                         "{1} in their place.").format(self.replaced,
                                                       "\N{REPLACEMENT CHARACTER}")


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "export" so lupdate extracts it."""


def write_atomically(path: Path, write: Callable[[IO[str]], None], *, encoding: str = "utf-8",
                     newline: str | None = None) -> int:
    """Write ``path`` through a private temporary file renamed into place; returns the size in
    bytes. Buffered by ``WRITE_BUFFER``."""
    path = Path(path)
    with replaced_atomically(path, encoding=encoding, newline=newline,
                             buffering=WRITE_BUFFER) as handle:
        write(handle)
    return path.stat().st_size


# JSON -----------------------------------------------------------------------------------------
def exportable_setting(key: str, value: Any) -> bool:
    """Settings of this computer stay here; a stored value the app would not use, or that
    JSON cannot hold (NaN, an infinity), is left out."""
    if key in MACHINE_SETTINGS:
        return False
    return is_valid_setting(key, value) and finite_json_text(value) is not None


def to_bool(value: Any) -> bool:
    return bool(value)


def field_reader(spec: FieldSpec, uids: dict[str, dict[int, str]]) -> Callable[[Any], Any]:
    """How a raw column value becomes the export value of ``spec`` (None stays None)."""
    if spec.kind is Kind.INSTANT:
        return export_instant
    if spec.kind is Kind.BOOL:
        return to_bool
    if spec.kind in (Kind.ANSWERS, Kind.OUTCOMES, Kind.TIMES, Kind.JSON):
        return json.loads
    if spec.kind is Kind.REF:
        return uids[spec.ref].__getitem__
    return lambda value: value


def raw_records(table: TableSpec, uids: dict[str, dict[int, str]], steps: Steps = NO_STEPS
                ) -> list[dict[str, Any]]:
    """Every row of ``table`` as an export record, read with plain SQL (fast, no models),
    ``READ_BATCH`` rows at a time with a ``steps.check`` after each batch (one ``fetchall`` of
    20,000 rows lets go of the GIL and takes it back at every row: a waiting GUI thread
    starves until it ends)."""
    model = MODELS[table.name]
    columns = [model._meta.fields[spec.model_field].column_name for spec in table.fields]
    readers = [(spec.name, field_reader(spec, uids)) for spec in table.fields]
    order = "key" if table.name == "settings" else "id"
    selected = ", ".join(f'"{name}"' for name in columns)
    rows = batched_rows(
        (f'SELECT {selected} FROM "{model._meta.table_name}" ORDER BY "{order}"', ()), steps)
    return [{name: None if value is None else read(value)
             for (name, read), value in zip(readers, row, strict=True)} for row in rows]


def build_document(now: datetime, steps: Steps = NO_STEPS) -> dict[str, Any]:
    """The whole journal as an export document (plain JSON-ready values)."""
    steps.phase(Phase.READING, len(TABLES))
    uids: dict[str, dict[int, str]] = {}
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": current_version(db.obj),
        "exported_at": format_instant(now),
    }
    for table in TABLES:
        records = raw_records(table, uids, steps)
        if table.name == "settings":
            records = [r for r in records if exportable_setting(r["key"], r["value"])]
        document[table.name] = records
        if table.identity == "uid":
            uids[table.name] = {r["id"]: r["uid"] for r in records}
        steps.advance()
    return document


def counts_of(document: dict[str, Any]) -> dict[str, int]:
    return {table.name: len(document[table.name]) for table in TABLES}


def json_lines(document: dict[str, Any], *, ascii_only: bool, steps: Steps = NO_STEPS
               ) -> Iterable[str]:
    """The document as JSON text with one record per line: readable, diffable, and fast
    (the C encoder does each record; ``indent`` would fall back to pure Python)."""
    def encode(value: Any) -> str:
        return json.dumps(value, ensure_ascii=ascii_only, allow_nan=False)

    steps.phase(Phase.WRITING, sum(len(value) for value in document.values()
                                   if isinstance(value, list)))
    yield "{\n"
    for number, (key, value) in enumerate(document.items()):
        yield f" {encode(key)}: "
        if isinstance(value, list) and value:
            yield "["
            for start in batches(len(value), LINES_PER_STEP):
                chunk = value[start:start + LINES_PER_STEP]
                yield ("\n  " if start == 0 else ",\n  ") + ",\n  ".join(
                    encode(item) for item in chunk)
                steps.advance(len(chunk))
            yield "\n ]"
        else:
            yield encode(value)
        yield ",\n" if number < len(document) - 1 else "\n"
    yield "}\n"


def write_json(path: Path, document: dict[str, Any], steps: Steps = NO_STEPS
               ) -> ExportSummary:
    """Write ``document`` as UTF-8 JSON, one record per line."""
    def write(handle: IO[str]) -> None:
        handle.writelines(json_lines(document, ascii_only=False, steps=steps))

    try:
        size = write_atomically(path, write)
    except UnicodeEncodeError:  # text the database should never hold (a lone surrogate)
        size = write_atomically(path, lambda h: h.writelines(json_lines(
            document, ascii_only=True, steps=steps)))
    problem = ""
    if size > MAX_IMPORT_BYTES:
        problem = translate("export",
                            "This export is larger than the usual import limit ({0} MB); import it "
                     "with the command line option --max-size-mb.").format(
            MAX_IMPORT_BYTES // (1024 * 1024))
    return ExportSummary(Path(path), counts_of(document), size, problem)


# CSV ------------------------------------------------------------------------------------------
CSV_COLUMNS = (
    "attempt_uid", "challenge", "category", "audience", "challenge_distress", "outcome",
    "planned_local", "attempted_local", "where_with_whom", "predicted_no_percent",
    "expected_badness", "anxiety_before", "actual_badness", "anxiety_after", "asked_why",
    "safety_behaviour_dropped", "what_happened", "what_stopped_me", "notes", "reflections",
    "created_local",
)


def safe_cell(text: str) -> str:
    """Text for a spreadsheet cell: a leading formula character gets an apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def local_text(value: datetime | None, zone: tzinfo) -> str:
    """``YYYY-MM-DD HH:MM`` in ``zone``: spreadsheets read it as a date and time."""
    if value is None:
        return ""
    return value.astimezone(zone).replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def each_row(query: Any, steps: Steps) -> Iterator[Any]:
    """The rows of a peewee query one at a time (not cached: each is freed once used), with a
    ``steps.check`` after each (where a job lets the GUI thread have the GIL if it waits)."""
    for row in query.iterator():
        steps.check()
        yield row


def batched_rows(query: Any, steps: Steps) -> Iterator[tuple[Any, ...]]:
    """The raw rows of a peewee query, or of ``(sql, params)`` (run as is: no model
    instances, no field conversions), ``READ_BATCH`` at a time with a ``steps.check`` after
    each batch."""
    cursor = db.execute_sql(*(query if isinstance(query, tuple) else query.sql()))
    while batch := cursor.fetchmany(READ_BATCH):
        yield from batch
        steps.check()


def attempt_rows(zone: tzinfo, steps: Steps = NO_STEPS) -> Iterable[list[object]]:
    """One CSV row per attempt, oldest first (plain SQL: model instances made the export
    three times as slow)."""
    reflections: dict[int, int] = dict(batched_rows(
        Reflection.select(Reflection.attempt, fn.COUNT(Reflection.id))
        .where(Reflection.attempt.is_null(False)).group_by(Reflection.attempt), steps))
    query = (Attempt.select(
        Attempt.id, Attempt.uid, Challenge.title, Challenge.category, Challenge.audience,
        Challenge.distress, Attempt.outcome, Attempt.planned_at, Attempt.attempted_at,
        Attempt.context, Attempt.predicted_no, Attempt.expected_badness, Attempt.anxiety_before,
        Attempt.actual_badness, Attempt.anxiety_after, Attempt.asked_why,
        Attempt.safety_behaviour, Attempt.what_happened, Attempt.what_stopped_me, Attempt.notes,
        Attempt.created_at).join(Challenge).order_by(Attempt.created_at, Attempt.id))

    def when(stored: str | None) -> str:
        return "" if stored is None else local_text(from_db_instant(stored), zone)

    for (attempt_id, uid, title, category, audience, distress, outcome, planned, attempted,
         where, predicted_no, expected_badness, anxiety_before, actual_badness, anxiety_after,
         asked_why, safety, happened, stopped, notes, created) in batched_rows(query, steps):
        yield [
            uid, safe_cell(title), safe_cell(category), audience, distress,
            outcome or "planned", when(planned), when(attempted), safe_cell(where),
            predicted_no, expected_badness, anxiety_before, actual_badness, anxiety_after,
            yes_no(asked_why), safe_cell(safety), safe_cell(happened), safe_cell(stopped),
            safe_cell(notes), reflections.get(attempt_id, 0), when(created),
        ]


def write_attempts_csv(path: Path, zone: tzinfo, steps: Steps = NO_STEPS) -> ExportSummary:
    """Attempts as CSV: UTF-8 with a BOM (so Excel detects UTF-8), comma, CRLF, quoted text."""
    count = 0

    def write(handle: IO[str]) -> None:
        nonlocal count
        steps.phase(Phase.WRITING, Attempt.select().count())
        writer = csv.writer(handle, dialect="excel")
        writer.writerow(CSV_COLUMNS)
        for row in attempt_rows(zone, steps):
            writer.writerow(["" if v is None else v for v in row])
            count += 1
            steps.advance()

    size = write_atomically(path, write, encoding="utf-8-sig", newline="")
    return ExportSummary(Path(path), {"attempts": count}, size)


# Markdown -------------------------------------------------------------------------------------
def markdown_block(text: str) -> str:
    """User text as a Markdown block: kept as typed, but it cannot start a heading or rule."""
    lines = []
    for line in text.splitlines():
        stripped = line.lstrip()
        starts_block = stripped.startswith("#") or (
            stripped and set(stripped.rstrip()) <= {"=", "-"})
        lines.append(line.replace(stripped[0], "\\" + stripped[0], 1) if starts_block else line)
    return "\n".join(lines)


def inline(text: str) -> str:
    """One-line user text for inside a Markdown line."""
    return " ".join(text.split())


def fact(label: str, value: str) -> str:
    """One Markdown list line: "- label: value" (the separator is translated with the label)."""
    return translate("export", "- {0}: {1}").format(label, value)


def attempt_lines(attempt: Attempt) -> list[str]:
    """The facts of an attempt, one Markdown line each."""
    lines = []
    if attempt.context:
        lines.append(fact(translate("export", "Where / with whom"), inline(attempt.context)))
    prediction = []
    if attempt.predicted_no is not None:
        prediction.append(translate("export", "chance of a no {0} %").format(attempt.predicted_no))
    if attempt.expected_badness is not None:
        prediction.append(translate("export",
                                    "expected to feel {0}/100").format(attempt.expected_badness))
    if prediction:
        lines.append(fact(translate("export", "Prediction"), ", ".join(prediction)))
    if attempt.actual_badness is not None:
        lines.append(fact(translate("export", "How bad it really felt"),
                          translate("export", "{0}/100").format(attempt.actual_badness)))
    if attempt.anxiety_before is not None or attempt.anxiety_after is not None:
        before = "–" if attempt.anxiety_before is None else attempt.anxiety_before
        after = "–" if attempt.anxiety_after is None else attempt.anxiety_after
        lines.append(fact(translate("export", "Anxiety before → after"),
                          f"{before} → {after}"))
    if attempt.safety_behaviour:
        lines.append(fact(translate("export", "Safety behaviour dropped"),
                          inline(attempt.safety_behaviour)))
    if attempt.what_happened:
        lines.append(fact(translate("export", "What happened"), inline(attempt.what_happened)))
    if attempt.what_stopped_me:
        lines.append(fact(translate("export", "What stopped me"),
                          inline(attempt.what_stopped_me)))
    return lines


def attempt_title(attempt: Attempt) -> str:
    """"Ask a stranger for directions (rejected)"; a plan not logged yet says "planned"."""
    outcome = attempt.outcome or translate("export", "planned")
    return f"{inline(attempt.challenge.title)} ({outcome.replace('_', ' ')})"


def attempt_when(attempt: Attempt) -> datetime:
    """Where an attempt sits in the journal: when asked, else when planned, else created."""
    return attempt.attempted_at or attempt.planned_at or attempt.created_at


def attempt_markdown(attempt: Attempt, zone: tzinfo) -> list[str]:
    """One ask (or plan): heading with time and outcome, its facts and notes."""
    when = attempt_when(attempt).astimezone(zone).time().isoformat(timespec="minutes")
    parts = [f"### {when} · {attempt_title(attempt)}", ""]
    facts = attempt_lines(attempt)
    if facts:
        parts += [*facts, ""]
    if attempt.notes.strip():
        parts += [markdown_block(attempt.notes), ""]
    return parts


def reflection_markdown(reflection: Reflection, attempt: Attempt | None, zone: tzinfo
                        ) -> list[str]:
    """One reflection: heading with time and the ask it is about, the answers, free text."""
    when = reflection.created_at.astimezone(zone).time().isoformat(timespec="minutes")
    if attempt is None:
        title = translate("export", "Journal entry")
    else:
        title = translate("export", "Reflection on {0}").format(attempt_title(attempt))
    parts = [f"### {when} · {title}", ""]
    for answer in reflection.answers:
        if not str(answer.get("answer", "")).strip():
            continue
        parts += [f"**{inline(str(answer.get('prompt', '')))}**", "",
                  markdown_block(str(answer["answer"])), ""]
    if reflection.free_text.strip():
        parts += [markdown_block(reflection.free_text), ""]
    return parts


def write_markdown_journal(path: Path, zone: tzinfo, now: datetime, steps: Steps = NO_STEPS
                           ) -> ExportSummary:
    """Every ask and plan and every reflection, in time order, grouped by local date."""
    steps.phase(Phase.READING)
    attempts = {a.id: a for a in each_row(Attempt.select(Attempt, Challenge).join(Challenge),
                                          steps)}
    reflections = list(each_row(Reflection.select(), steps))
    entries: list[tuple[datetime, int, int, Attempt | Reflection]] = [
        (attempt_when(a), 0, a.id, a) for a in attempts.values()]
    entries += [(r.created_at, 1, r.id, r) for r in reflections]
    entries.sort(key=lambda entry: entry[:3])

    def write(handle: IO[str]) -> None:
        handle.write("# " + translate("export", "Rejection Desktop journal") + "\n\n")
        handle.write(translate("export", "Exported {0} ({1}).").format(
            local_text(now, zone), getattr(zone, "key", str(zone))) + "\n\n")
        current_day = None
        steps.phase(Phase.WRITING, len(entries))
        for when, _kind, _id, entry in entries:
            day = when.astimezone(zone).date()
            if day != current_day:
                current_day = day
                handle.write(f"## {day.isoformat()} ({calendar.day_name[day.weekday()]})\n\n")
            if isinstance(entry, Attempt):
                lines = attempt_markdown(entry, zone)
            else:
                lines = reflection_markdown(entry, attempts.get(entry.__data__.get("attempt")),
                                            zone)
            handle.write("\n".join(lines) + "\n")
            steps.advance()
        if not entries:
            handle.write(translate("export", "Nothing in the journal yet.") + "\n")

    counts = {"attempts": len(attempts), "reflections": len(reflections)}
    try:
        size = write_atomically(path, write)
    finally:
        for held in (attempts, reflections, entries):
            let_go(held)
    return ExportSummary(Path(path), counts, size)
