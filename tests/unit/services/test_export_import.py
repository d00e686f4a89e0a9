"""Export and import on real journal files: round trips, merge and replace, CSV, Markdown, and
refusals that leave the database byte-for-byte unchanged."""

from __future__ import annotations

import copy
import csv
import json
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.clock import FakeClock
from helpers.journal_data import (
    ODD_TEXT,
    fill_journal,
    journal_search,
    live_digest,
    raw_dump,
    uid_dump,
)
from helpers.journals import new_journal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from rejection_desktop.app.context import open_context
from rejection_desktop.db.backup import inspect_database_file
from rejection_desktop.db.fields import to_db_instant
from rejection_desktop.db.migrations import latest_version
from rejection_desktop.db.models import Attempt, Challenge, Draft, Reflection, Setting
from rejection_desktop.services import importer
from rejection_desktop.services.attempts import BeforeInput, BeliefInput, OutcomeInput
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.data_transfer import (
    DataTransferService,
    ImportFailedError,
    ImportMode,
    ImportRefusedError,
)
from rejection_desktop.services.export import CSV_COLUMNS, markdown_block, safe_cell
from rejection_desktop.services.export_format import (
    TABLES,
    export_instant,
    format_instant,
    json_schema,
    parse_instant,
    stored_instant,
)
from rejection_desktop.services.reflections import Answer, BeliefAfter

pytestmark = pytest.mark.slow  # whole journals, key derivation, big files: not in make test-fast

ROOT = Path(__file__).resolve().parents[3]
OUTCOMES = [None, "rejected", "accepted", "partial", "no_reply", "not_attempted"]


def data_services(context):
    backups = BackupService(context.paths, context.clock, context.services.settings.zone)
    return backups, DataTransferService(backups, context.services.settings.zone, context.clock)


def export_journal(context, path: Path, kind: str = "json"):
    return data_services(context)[1].export(kind, path)


def import_into(data_dir: Path, export: Path, mode: ImportMode, clock=None):
    """Open ``data_dir`` (a new journal if none), import ``export``, close; returns the result."""
    context = new_journal(data_dir, clock or FakeClock())
    try:
        return data_services(context)[1].import_file(export, mode)
    finally:
        context.close()


@pytest.fixture
def source(tmp_path, clock, qapp):
    """A closed journal file full of every kind of record, and its JSON export."""
    context = new_journal(tmp_path / "source", clock)
    fill_journal(context)
    export = tmp_path / "export.json"
    export_journal(context, export)
    context.close()
    return tmp_path / "source" / "journal.sqlite3", export


# round trips --------------------------------------------------------------------------------------
def test_replace_into_an_empty_data_dir_gives_identical_rows(source, tmp_path):
    database, export = source
    result = import_into(tmp_path / "copy", export, ImportMode.REPLACE)
    assert result.backup is not None
    assert raw_dump(tmp_path / "copy" / "journal.sqlite3") == raw_dump(database)


def test_merge_into_an_empty_data_dir_gives_identical_rows(source, tmp_path):
    database, export = source
    import_into(tmp_path / "copy", export, ImportMode.MERGE)
    copy_db = tmp_path / "copy" / "journal.sqlite3"
    assert uid_dump(copy_db) == uid_dump(database)
    assert raw_dump(copy_db) == raw_dump(database)  # even the row ids, here


def test_drafts_and_start_at_login_stay_on_this_computer(source, tmp_path):
    _, export = source
    document = json.loads(export.read_text(encoding="utf-8"))
    assert "start_at_login" not in {s["key"] for s in document["settings"]}
    import_into(tmp_path / "copy", export, ImportMode.MERGE)
    context = open_context(tmp_path / "copy")
    try:
        assert Draft.select().count() == 0
        assert context.services.settings.get("start_at_login") is False
        assert context.services.settings.get("theme") == "dark"
    finally:
        context.close()


@pytest.mark.parametrize("mode", [ImportMode.MERGE, ImportMode.REPLACE])
def test_an_older_export_brings_its_daily_nudges_but_not_the_retired_settings(
        source, tmp_path, mode):
    """Version 3 also kept the first nudge in two settings; the reminders table is the truth."""
    _, export = source
    document = json.loads(export.read_text(encoding="utf-8"))
    daily = [r for r in document["reminders"] if r["kind"] == "daily"]
    assert daily  # the source journal has daily nudges
    document["settings"] += [
        {"key": "reminder_time", "value": "05:00", "updated_at": document["exported_at"]},
        {"key": "reminder_weekdays", "value": 0, "updated_at": document["exported_at"]}]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    import_into(tmp_path / "copy", older, mode)
    context = open_context(tmp_path / "copy")
    try:
        keys = {row.key for row in Setting.select()}
        assert not keys & {"reminder_time", "reminder_weekdays"}
        assert [n.times for n in context.services.reminders.daily_nudges()] == [
            tuple(r["times"]) for r in daily]
    finally:
        context.close()


def test_imported_text_is_searchable(source, tmp_path):
    _, export = source
    import_into(tmp_path / "copy", export, ImportMode.MERGE)
    context = open_context(tmp_path / "copy")
    try:
        found = journal_search("standalone")
        assert [context.services.reflections.get(i).free_text for i in found] == [
            "A standalone entry\n# with a hash line"]
    finally:
        context.close()


line_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1,
                    max_size=60).filter(lambda t: t.strip())
any_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=80)
long_text = st.one_of(any_text, st.builds(lambda t, n: (t or "ü") * n, any_text,
                                          st.integers(100, 2_000)).map(lambda t: t[:150_000]))
ratings = st.one_of(st.none(), st.integers(0, 100))
attempt_data = st.tuples(st.integers(0, 20), st.sampled_from(OUTCOMES), ratings, ratings,
                         ratings, line_text, long_text, st.lists(any_text, max_size=3))


@pytest.mark.slow
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(challenges=st.lists(st.tuples(line_text, line_text, st.integers(0, 100),
                                     long_text.map(lambda t: t[:5_000])),
                           min_size=1, max_size=4),
       attempts=st.lists(attempt_data, max_size=6),
       edit_builtin=st.booleans(), standalone=st.one_of(st.none(), long_text))
def test_round_trip_of_generated_journals(qapp, challenges, attempts, edit_builtin, standalone):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clock = FakeClock()
        context = new_journal(root / "source", clock)
        s = context.services
        ids = [s.challenges.add(ChallengeInput(t, c, d, desc)) for t, c, d, desc in challenges]
        if edit_builtin:
            first = s.challenges.list_challenges()[0]
            s.challenges.update(first.id, ChallengeInput(challenges[0][0], first.category, 1))
        every_outcome = [(0, o, 50, 50, 50, "x", "y", ["z"]) for o in OUTCOMES]
        for index, outcome, p, a, b, line, notes, answers in every_outcome + attempts:
            clock.advance(minutes=97)
            challenge = ids[index % len(ids)]
            before = BeforeInput(predicted_no=p, anxiety_before=b, context=line)
            if outcome is None:  # a plan writes both predictions down
                attempt = s.attempts.plan(challenge, replace(before, predicted_no=p or 0,
                                                             expected_badness=50))
            else:
                attempt = s.attempts.log(challenge, before, OutcomeInput(
                    outcome, actual_badness=a, what_happened=line, notes=notes))
            if any(x.strip() for x in answers):
                s.reflections.save(attempt, [Answer(f"k{i}", line, x)
                                             for i, x in enumerate(answers)])
        if standalone and standalone.strip():
            s.reflections.save(None, [], standalone)
        export = root / "export.json"
        export_journal(context, export)
        context.close()
        original = root / "source" / "journal.sqlite3"
        for mode in ImportMode:
            import_into(root / mode.value, export, mode)
            copy_db = root / mode.value / "journal.sqlite3"
            assert uid_dump(copy_db) == uid_dump(original)
            if mode is ImportMode.REPLACE:
                assert raw_dump(copy_db) == raw_dump(original)


def test_every_export_satisfies_the_published_schema(source):
    _, export = source
    published = json.loads((ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(published)
    validator = Draft202012Validator(published,
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    document = json.loads(export.read_text(encoding="utf-8"))
    assert [error.message for error in validator.iter_errors(document)] == []
    broken = copy.deepcopy(document)
    broken["attempts"][0]["predicted_no"] = 101
    broken["challenges"][0]["extra"] = 1
    errors = sorted(validator.iter_errors(broken), key=lambda error: error.json_path)
    assert [error.json_path for error in errors] == ["$.attempts[0].predicted_no",
                                                     "$.challenges[0]"]
    assert "maximum" in {cause.validator for cause in errors[0].context}  # 101 > 100
    assert errors[1].validator == "additionalProperties"


def test_the_schema_file_in_docs_is_generated_from_the_code():
    published = json.loads((ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8"))
    assert published == json_schema()


# merge and replace --------------------------------------------------------------------------------
def test_merge_keeps_what_is_here_and_adds_what_is_new(source, tmp_path, clock):
    _, export = source
    context = new_journal(tmp_path / "mine", clock)
    s = context.services
    builtins = s.challenges.list_challenges()
    mine = builtins[0]  # the source edited this one too: my edit must win
    s.challenges.update(mine.id, ChallengeInput("My wording here", mine.category, 5))
    s.settings.set("theme", "light")
    own = s.attempts.log(mine.id, BeforeInput(), OutcomeInput("accepted"))
    _, transfer = data_services(context)
    before_attempts = Attempt.select().count()
    result = transfer.import_file(export, ImportMode.MERGE)

    source_doc = json.loads(export.read_text(encoding="utf-8"))
    assert result.added["attempts"] == len(source_doc["attempts"])
    assert Attempt.select().count() == before_attempts + len(source_doc["attempts"])
    assert s.challenges.get(mine.id).title == "My wording here"
    edited_uid = next(c["uid"] for c in source_doc["challenges"]
                      if c["builtin_key"] == mine.builtin_key)
    theirs = [a["uid"] for a in source_doc["attempts"] if a["challenge_uid"] == edited_uid]
    assert theirs and all(Attempt.get(Attempt.uid == uid).challenge_id == mine.id
                          for uid in theirs)
    archived_key = next(c["builtin_key"] for c in source_doc["challenges"] if c["archived"])
    assert Challenge.get(Challenge.builtin_key == archived_key).archived  # untouched here
    assert s.settings.get("theme") == "light"  # set here: kept
    assert s.settings.get("daily_goal") == 3  # not set here: taken from the file
    assert s.attempts.get(own).outcome.outcome == "accepted"
    saved = inspect_database_file(result.backup, latest_version=latest_version())
    assert saved.counts["attempt"] == before_attempts  # the journal as it was before
    assert result.backup.name.startswith("journal-") and "-before-import" in result.backup.name
    context.close()


def test_merging_twice_changes_nothing_the_second_time(source, tmp_path):
    _, export = source
    import_into(tmp_path / "copy", export, ImportMode.MERGE)
    copy_db = tmp_path / "copy" / "journal.sqlite3"
    first = raw_dump(copy_db)
    result = import_into(tmp_path / "copy", export, ImportMode.MERGE)
    assert sum(result.added.values()) == 0
    assert sum(result.skipped.values()) > 0
    assert raw_dump(copy_db) == first


def test_a_merge_from_another_install_that_adds_nothing_changes_no_byte(tmp_path, qapp):
    """Another computer: the same built-ins, created at other times, one of them edited here.
    The merge reports nothing new and leaves every table byte for byte as it was."""
    other = open_context(tmp_path / "other", FakeClock(datetime(2025, 1, 1, tzinfo=UTC)))
    export = tmp_path / "other.json"
    export_journal(other, export)
    other.close()
    mine = open_context(tmp_path / "mine", FakeClock(datetime(2026, 6, 1, tzinfo=UTC)))
    first = mine.services.challenges.list_challenges()[0]
    mine.services.challenges.update(first.id, ChallengeInput("Mine", first.category, 5))
    mine.close()
    database = tmp_path / "mine" / "journal.sqlite3"
    before = raw_dump(database)
    result = import_into(tmp_path / "mine", export, ImportMode.MERGE,
                         FakeClock(datetime(2026, 7, 1, tzinfo=UTC)))
    assert result.summary().startswith("nothing new to add")
    assert raw_dump(database) == before
    assert not result.changed and sum(result.skipped.values()) > 150


def test_replace_backs_up_first_keeps_drafts_and_this_computers_settings(
        source, tmp_path, clock):
    database, export = source
    context = new_journal(tmp_path / "mine", clock)
    s = context.services
    s.challenges.add(ChallengeInput("Only here", "shops", 10))
    s.drafts.save("form", {"text": "draft"})
    s.settings.set("start_at_login", True)
    challenges_here = Challenge.select().count()
    _, transfer = data_services(context)
    result = transfer.import_file(export, ImportMode.REPLACE)
    assert s.drafts.load("form") == {"text": "draft"}  # unsaved text survives a replace
    assert s.settings.get("start_at_login") is True
    assert not Challenge.select().where(Challenge.title == "Only here").exists()
    saved = inspect_database_file(result.backup, latest_version=latest_version())
    assert saved.counts["challenge"] == challenges_here
    Draft.delete().execute()  # the rest must equal the source exactly
    context.close()
    assert raw_dump(tmp_path / "mine" / "journal.sqlite3") == raw_dump(database)


def test_a_failure_inside_the_transaction_rolls_everything_back(source, tmp_path, clock,
                                                                  monkeypatch):
    _, export = source
    context = new_journal(tmp_path / "mine", clock)
    fill_journal(context, size=3)
    _, transfer = data_services(context)
    context.close()
    database = tmp_path / "mine" / "journal.sqlite3"
    before = raw_dump(database)
    context = open_context(tmp_path / "mine", clock)
    _, transfer = data_services(context)
    real_insert = importer.insert_rows

    def insert_then_fail(name, *args, **kwargs):
        real_insert(name, *args, **kwargs)
        if name == "reflections":
            raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "insert_rows", insert_then_fail)
    for mode in ImportMode:
        with pytest.raises(ImportFailedError, match="nothing was changed"):
            transfer.import_file(export, mode)
    context.close()
    assert raw_dump(database) == before


# refusals -----------------------------------------------------------------------------------------
def mutate(document: dict, change) -> bytes:
    changed = copy.deepcopy(document)
    result = change(changed)
    return result if isinstance(result, bytes) else json.dumps(changed).encode()


def setitem(path, value):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


REFUSALS = {
    "newer format": (setitem(["format_version"], 2), "newer version"),
    "not ours": (setitem(["format"], "something-else"), "not a Rejection Desktop export"),
    "a list": (lambda d: b"[1, 2, 3]", "expected a JSON object"),
    "missing table": (lambda d: d.pop("attempts") and None, "must be a list (it is missing)"),
    "unexpected field": (setitem(["attempts", 0, "secret"], 1), "unexpected fields"),
    "rating too high": (setitem(["attempts", 0, "predicted_no"], 101), "from 0 to 100"),
    "rating as text": (setitem(["attempts", 0, "predicted_no"], "50"), "whole number"),
    "bool as int": (setitem(["challenges", 0, "archived"], 1), "true or false"),
    "unknown outcome": (setitem(["attempts", 1, "outcome"], "maybe"), "must be one of"),
    "naive time": (setitem(["attempts", 0, "created_at"], "2026-06-01T09:00:00"), "a time like"),
    "impossible date": (setitem(["attempts", 0, "created_at"], "2026-02-30T09:00:00Z"),
                        "not a real date"),
    "year one": (setitem(["attempts", 0, "created_at"], "0001-01-01T00:00:00Z"), "years"),
    "uid ending in a newline": (lambda d: d["attempts"][0].update(
        uid=d["attempts"][0]["uid"] + "\n"), "must be an id"),
    "reference ending in a newline": (lambda d: d["attempts"][0].update(
        challenge_uid=d["attempts"][0]["challenge_uid"] + "\n"), "must be an id"),
    "time ending in a newline": (setitem(["attempts", 0, "created_at"],
                                         "2026-06-01T09:00:00Z\n"), "a time like"),
    "null title": (setitem(["challenges", 0, "title"], None), "must not be null"),
    "blank title": (setitem(["challenges", 0, "title"], "  "), "required"),
    "NUL in notes": (setitem(["attempts", 0, "notes"], "a\x00b"), "NUL"),
    "lone surrogate": (lambda d: json.dumps(d).replace('"notes": "', '"notes": "\\ud800', 1)
                       .encode(), "broken characters"),
    "too long": (setitem(["attempts", 0, "notes"], "x" * 200_001), "too long"),
    "duplicate uid": (lambda d: d["attempts"].append(copy.deepcopy(d["attempts"][0])) and None,
                      "repeats"),
    "dangling reference": (setitem(["attempts", 0, "challenge_uid"], "f" * 32),
                           "not in the file's challenges"),
    "bad setting": (setitem(["settings", 0, "value"], "purple"), "not a valid value"),
    "NaN": (lambda d: json.dumps(d).replace('"predicted_no": 0', '"predicted_no": NaN', 1)
            .encode(), "NaN"),
    "Infinity": (lambda d: json.dumps(d).replace('"predicted_no": 0', '"predicted_no": -Infinity',
                                                  1).encode(), "Infinity"),
    "1e400 in a setting": (lambda d: json.dumps(d).replace(
        '"settings": [', '"settings": [{"key": "x", "value": 1e400, "updated_at": '
        '"2026-06-01T09:00:00Z"}, ', 1).encode(), "number too large"),
    "-1e400 deep in a setting": (lambda d: json.dumps(d).replace(
        '"settings": [', '"settings": [{"key": "x", "value": {"a": [1, -1E+400]}, '
        '"updated_at": "2026-06-01T09:00:00Z"}, ', 1).encode(), "number too large"),
    "repeated key": (lambda d: b'{"format": 1, "format": 2}', "repeats a field name"),
    "truncated": (lambda d: json.dumps(d).encode()[:5000], "cut off"),
    "UTF-16": (lambda d: json.dumps(d).encode("utf-16"), "UTF-16"),
    "latin-1": (lambda d: json.dumps(d, ensure_ascii=False).encode("latin-1", "replace")
                .replace(b"format", b"f\xe9rmat", 1), "not UTF-8"),
    "empty": (lambda d: b"  \n", "empty"),
    "deep nesting": (lambda d: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "huge number": (lambda d: b'{"n": ' + b"9" * 10_000 + b"}", "number too long"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_bad_files_are_refused_with_a_reason_and_nothing_changes(source, tmp_path, clock, case):
    _, export = source
    document = json.loads(export.read_text(encoding="utf-8"))
    change, reason = REFUSALS[case]
    bad = tmp_path / "bad.json"
    bad.write_bytes(mutate(document, change))
    context = new_journal(tmp_path / "mine", clock)
    fill_journal(context, size=3)
    database = context.paths.database
    backups, transfer = data_services(context)
    before = live_digest(database)
    for mode in ImportMode:
        with pytest.raises(ImportRefusedError) as refused:
            transfer.import_file(bad, mode)
        assert reason in str(refused.value)
        assert live_digest(database) == before
    assert backups.list_backups() == []  # refused before the replace backup
    context.close()


def test_an_oversized_file_is_refused_without_reading_it(tmp_path, context, qapp):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(importer.MAX_IMPORT_BYTES + 1)
    _, transfer = data_services(context)
    with pytest.raises(ImportRefusedError, match="the limit for an import is"):
        transfer.import_file(big)


def test_the_export_skips_settings_the_app_would_not_use(context, tmp_path, qapp):
    Setting.insert(key="theme", value="purple", updated_at=datetime.now(UTC)).execute()
    Setting.insert(key="from_a_newer_app", value={"x": [1, 2]},
                   updated_at=datetime.now(UTC)).execute()
    summary = export_journal(context, tmp_path / "x.json")
    document = json.loads(summary.path.read_text(encoding="utf-8"))
    assert [s["key"] for s in document["settings"]] == ["from_a_newer_app"]
    assert summary.problem == ""


def test_json_in_and_out_is_finite(context, tmp_path, qapp):
    """Strict on write: no NaN or infinity can be stored; tolerant on read: one that an older
    version stored is left out of the export, which writes only finite numbers and imports."""
    import sqlite3

    for bad in (float("inf"), float("-inf"), float("nan"), {"a": [float("inf")]}):
        with pytest.raises(ValueError):
            Setting.insert(key="from_a_newer_app", value=bad,
                           updated_at=datetime.now(UTC)).execute()
    context.close()
    with sqlite3.connect(context.paths.database) as connection:
        connection.executemany(
            "INSERT INTO setting VALUES (?, ?, '2026-06-01 09:00:00.000000')",
            [("huge", "1e400"), ("nested", '{"a": [1, -1e400]}'), ("nan", "NaN"),
             ("fine", '{"a": 1.5}')])
    connection.close()
    context = open_context(context.paths.root, context.clock)
    try:
        summary = export_journal(context, tmp_path / "x.json")
        text = summary.path.read_text(encoding="utf-8")
        assert "Infinity" not in text and "NaN" not in text and summary.problem == ""
        assert [s["key"] for s in json.loads(text)["settings"]] == ["fine"]
        result = import_into(tmp_path / "other", summary.path, ImportMode.MERGE)
        assert result.added["settings"] == 1
    finally:
        context.close()


# CSV and Markdown -----------------------------------------------------------------------------
def test_csv_has_one_row_per_attempt_and_parses_back(context, tmp_path, qapp):
    fill_journal(context)
    path = tmp_path / "attempts.csv"
    summary = export_journal(context, path, "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == summary.counts["attempts"] == Attempt.select().count()
    berlin = ZoneInfo("Europe/Berlin")
    for row in rows:
        attempt = Attempt.get(Attempt.uid == row["attempt_uid"])
        assert row["notes"] == safe_cell(attempt.notes)
        assert row["challenge"] == safe_cell(attempt.challenge.title)
        assert row["outcome"] == (attempt.outcome or "planned")
        assert row["predicted_no_percent"] == str(attempt.predicted_no)
        expected = attempt.created_at.astimezone(berlin).strftime("%Y-%m-%d %H:%M")
        assert row["created_local"] == expected
    cells = [cell for row in rows for cell in row.values()]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert any(cell.startswith("'=1+2") for cell in cells)
    assert any("\r\n" in row["notes"] for row in rows)  # multi-line text survives


def test_markdown_holds_every_reflection_grouped_by_local_date(context, tmp_path, qapp):
    fill_journal(context)
    path = tmp_path / "journal.md"
    summary = export_journal(context, path, "md")
    text = path.read_text(encoding="utf-8")
    reflections = list(Reflection.select().order_by(Reflection.created_at))
    assert summary.counts["reflections"] == len(reflections)
    berlin = ZoneInfo("Europe/Berlin")
    position = 0
    for reflection in reflections:
        day = reflection.created_at.astimezone(berlin).date().isoformat()
        heading = text.find(f"## {day}")
        assert heading >= 0
        parts = [a["answer"] for a in reflection.answers if a["answer"].strip()]
        parts += [reflection.free_text] if reflection.free_text.strip() else []
        for part in parts:
            found = text.find(markdown_block(part), heading)
            assert found > heading, part
        position = max(position, heading)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == sorted(headings) and len(headings) == len(set(headings))
    assert "\\# with a hash line" in text
    assert not any(line.startswith("# ") for line in text.splitlines()[1:])
    assert ODD_TEXT[0] in text


def test_markdown_holds_every_ask_with_or_without_a_reflection(context, tmp_path, qapp):
    services = context.services
    challenge = services.challenges.list_challenges()[0]
    services.attempts.log(challenge.id, BeforeInput(predicted_no=70),
                                        OutcomeInput("accepted", what_happened="She said yes"))
    waiting = services.attempts.log(challenge.id, BeforeInput(),
                                    OutcomeInput("no_reply", what_happened="Sent the email"))
    services.attempts.plan(challenge.id, BeforeInput(predicted_no=40, expected_badness=20))
    services.reflections.save(waiting, [], "Waiting is strange")
    path = tmp_path / "journal.md"
    summary = export_journal(context, path, "md")
    text = path.read_text(encoding="utf-8")
    assert summary.counts == {"attempts": 3, "reflections": 1}
    assert f"{challenge.title} (accepted)" in text and "She said yes" in text
    assert f"{challenge.title} (no reply)" in text and "Sent the email" in text
    assert f"{challenge.title} (planned)" in text
    assert "chance of a no 70 %" in text
    assert text.index("Sent the email") < text.index("Waiting is strange")


def test_markdown_and_csv_of_an_empty_journal(context, tmp_path, qapp):
    md = export_journal(context, tmp_path / "j.md", "md")
    assert "Nothing in the journal yet." in md.path.read_text(encoding="utf-8")
    sheet = export_journal(context, tmp_path / "a.csv", "csv")
    assert sheet.counts == {"attempts": 0}


def test_an_export_replaces_an_existing_file_atomically(context, tmp_path, qapp):
    path = tmp_path / "x.json"
    path.write_text("old", encoding="utf-8")
    export_journal(context, path)
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []



@given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30),
                    timezones=st.sampled_from([UTC, ZoneInfo("Europe/Berlin"),
                                               ZoneInfo("Pacific/Chatham")])))
def test_fast_instant_text_matches_the_database_field(value):
    stored = to_db_instant(value)
    assert stored_instant(value) == stored
    assert export_instant(stored) == format_instant(value)
    assert parse_instant(format_instant(value), "x") == value.astimezone(UTC)


def test_the_format_covers_every_column_of_every_journal_table():
    """A new model field must be added to the export format (or this export would lose it)."""
    from rejection_desktop.services.export import MODELS

    for table in TABLES:
        model = MODELS[table.name]
        assert set(model._meta.fields) == {spec.model_field for spec in table.fields} | (
            {"id"} if "id" in model._meta.fields else set()), table.name


@pytest.mark.parametrize("change", [
    {"times": []}, {"weekdays": 0}, {"kind": "hourly"}, {"times": ["09:00"] * 13},
])
def test_a_daily_nudge_the_app_could_not_hold_is_refused(tmp_path, change):
    """Import checks reminders as the reminder service does, so it never stores one it breaks on."""
    context = new_journal(tmp_path / "source", FakeClock())
    context.services.reminders.add_daily(["09:00"], 127)
    export = tmp_path / "export.json"
    export_journal(context, export)
    context.close()
    lines = export.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if '"kind":"daily"' in line.replace(" ", ""):
            record = json.loads(line.rstrip(","))
            record.update(change)
            lines[index] = json.dumps(record) + ("," if line.rstrip().endswith(",") else "")
    export.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ImportRefusedError, match=next(iter(change))):
        import_into(tmp_path / "live", export, ImportMode.REPLACE)


# beliefs ------------------------------------------------------------------------------------------
def add_beliefs(context):
    """An ask that tested a belief, re-rated in its reflection, and a second belief."""
    s = context.services
    challenge = s.challenges.list_challenges()[3].id
    asked = s.attempts.plan(challenge, BeforeInput(
        predicted_no=60, expected_badness=50, coping_plan="Text Sam, then a walk",
        belief=BeliefInput(text="They'll think I'm needy 🙈", rating=80)))
    s.attempts.log(challenge, None, OutcomeInput("rejected", actual_badness=30),
                   attempt_id=asked)
    s.reflections.save(asked, [Answer("p1", "What happened?", "a kind no")],
                       belief_after=BeliefAfter(40, "Some may; most won't notice"))
    s.attempts.plan(challenge, BeforeInput(predicted_no=30, expected_badness=20,
                                           belief=BeliefInput(text="I can't bear it", rating=70)))


@pytest.mark.parametrize("mode", [ImportMode.REPLACE, ImportMode.MERGE])
def test_beliefs_and_their_ratings_survive_export_and_import(tmp_path, clock, qapp, mode):
    context = open_context(tmp_path / "source", clock)
    fill_journal(context)
    add_beliefs(context)
    export = tmp_path / "export.json"
    export_journal(context, export)
    context.close()
    document = json.loads(export.read_text(encoding="utf-8"))
    assert len(document["beliefs"]) == 2 and len(document["belief_ratings"]) == 3
    import_into(tmp_path / "copy", export, mode)
    source_db = tmp_path / "source" / "journal.sqlite3"
    copy_db = tmp_path / "copy" / "journal.sqlite3"
    assert uid_dump(copy_db) == uid_dump(source_db)


def test_a_file_from_before_beliefs_still_imports(source, tmp_path):
    """Format 1 as first published: no belief tables, no new fields; their defaults fill in."""
    _, export = source
    document = json.loads(export.read_text(encoding="utf-8"))
    for table in ("beliefs", "belief_ratings"):
        del document[table]
    for field, table in (("dare", "challenges"), ("belief_uid", "attempts"),
                         ("coping_plan", "attempts"), ("prediction_timing", "attempts"),
                         ("kind", "reflections")):
        for row in document[table]:
            del row[field]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    import_into(tmp_path / "copy", old, ImportMode.REPLACE)
    context = open_context(tmp_path / "copy")
    try:
        assert context.services.beliefs.summaries() == []
        assert {r.kind for r in (context.services.reflections.get(i)
                                 for (i,) in Reflection.select(Reflection.id).tuples())} == {
            "reflection"}
    finally:
        context.close()
