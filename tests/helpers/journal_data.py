"""A journal with every kind of record, and raw dumps of database files for comparing them."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from rejection_desktop.app.context import AppContext
from rejection_desktop.db.models import Reminder
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.reflections import Answer

JOURNAL_TABLES = ("challenge", "belief", "attempt", "reflection", "belief_rating", "prompt",
                  "reminder", "setting")
FOREIGN_KEYS = {("attempt", "challenge_id"): "challenge", ("reflection", "attempt_id"): "attempt",
                ("reminder", "attempt_id"): "attempt", ("attempt", "belief_id"): "belief",
                ("belief_rating", "belief_id"): "belief",
                ("belief_rating", "attempt_id"): "attempt",
                ("belief_rating", "reflection_id"): "reflection"}
ODD_TEXT = ["Ünïcödé ✓ 日本語 עִברִית 🎉👩‍👩‍👧", "=1+2 looks like a formula", "-minus first",
            "@at first", "+plus first", "zero\u200bwidth", "tab\tinside", "\"quotes\" and 'apos'",
            "# not a heading", "line one\nline two\r\nline three", "---", "emoji 🧗‍♀️ only"]
OUTCOMES = [None, "rejected", "accepted", "partial", "no_reply", "not_attempted"]


def fill_journal(context: AppContext, *, size: int = 12) -> None:
    """Add custom and edited challenges, attempts with every outcome, reflections, prompts,
    reminders, settings and a draft, through the services where they exist."""
    s = context.services
    clock = context.clock
    builtin = s.challenges.list_challenges()
    s.challenges.update(builtin[0].id, ChallengeInput("My own wording 🙂", builtin[0].category,
                                                      55, "Edited description", "Edited tip"))
    s.challenges.archive(builtin[1].id)
    custom = []
    for i in range(max(2, size // 3)):
        text = ODD_TEXT[i % len(ODD_TEXT)]
        custom.append(s.challenges.add(ChallengeInput(
            f"{text} #{i}", "my category" if i % 2 else "shops", (i * 17) % 101, text, text,
            ["stranger", "friend", "family", "colleague", "acquaintance", "anyone"][i % 6])))
    challenge_ids = [builtin[0].id, builtin[2].id, *custom]
    attempts = []
    for i in range(size):
        clock.advance(hours=7)
        text = ODD_TEXT[i % len(ODD_TEXT)]
        outcome = OUTCOMES[i % len(OUTCOMES)]
        before = BeforeInput(planned_at=clock() + timedelta(hours=2), context=text,
                             predicted_no=(i * 13) % 101, expected_badness=(i * 7) % 101,
                             anxiety_before=(i * 29) % 101, safety_behaviour=text)
        challenge = challenge_ids[i % len(challenge_ids)]
        if outcome is None:
            attempts.append(s.attempts.plan(challenge, before))
            continue
        attempts.append(s.attempts.log(challenge, before, OutcomeInput(
            outcome, actual_badness=(i * 11) % 101, anxiety_after=(i * 3) % 101,
            asked_why=[None, True, False][i % 3], what_happened=text, what_stopped_me=text,
            notes=f"{text}\n\nMore notes {i}.")))
        if i % 2 == 0:
            s.reflections.save(attempts[-1], [Answer("p1", "What did you expect?", text),
                                              Answer("p2", "What happened?", f"answer {i}")],
                               free_text=f"free {text}")
    s.reflections.save(None, [], free_text="A standalone entry\n# with a hash line")
    prompts = s.prompts.list_prompts()
    s.prompts.set_hidden(prompts[0].id, True)
    s.prompts.update(prompts[1].id, "My own prompt wording?", ["rejected", "partial"], True)
    s.prompts.add("A prompt of my own 🌱", ["accepted"], personal_only=False)
    now = clock()
    Reminder.create(kind="daily", times=["09:00", "18:30"], weekdays=0b0011111, created_at=now,
                    updated_at=now, last_fired=now)
    Reminder.create(kind="planned", attempt=attempts[0], due_at=now + timedelta(hours=1),
                    offset_minutes=15, created_at=now, updated_at=now)
    Reminder.create(kind="followup", attempt=attempts[1], due_at=now + timedelta(hours=3),
                    offset_minutes=30, enabled=False, created_at=now, updated_at=now)
    s.settings.set("theme", "dark")
    s.settings.set("daily_goal", 3)
    s.settings.set("timezone", "Europe/Berlin")
    s.settings.set("start_at_login", True)
    s.drafts.save("reflection:attempt:1", {"text": "an unsaved draft"})


def connect_ro(path: Path, key=None) -> sqlite3.Connection:
    """Read-only; ``key`` (a JournalKey) opens an encrypted file."""
    if key is not None:
        from rejection_desktop.db.cipher import connect
        return connect(f"file:{path}?mode=ro", key, uri=True)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def table_rows(path: Path, table: str) -> tuple[list[str], list[tuple]]:
    with closing(connect_ro(path)) as conn:
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        return [d[0] for d in cursor.description], cursor.fetchall()


def raw_dump(path: Path, key=None) -> dict[str, list[tuple]]:
    """Every row of every journal table, ids included, plus the full-text indexes."""
    with closing(connect_ro(path, key)) as conn:
        dump = {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in JOURNAL_TABLES}
        for table in ("reflection_fts", "attempt_fts"):
            dump[table] = conn.execute(
                f"SELECT rowid, body FROM {table} ORDER BY rowid").fetchall()
    # settings are keyed by name; their hidden rowid order carries no meaning
    dump["setting"] = sorted(row for row in dump["setting"] if row[0] != "start_at_login")
    return dump


def uid_dump(path: Path) -> dict[str, list[tuple]]:
    """Every journal row without row ids, references replaced by the referenced uid."""
    uids = {}
    for table in ("challenge", "attempt", "belief", "reflection"):
        columns, rows = table_rows(path, table)
        uids[table] = {row[columns.index("id")]: row[columns.index("uid")] for row in rows}
    dump = {}
    for table in JOURNAL_TABLES:
        columns, rows = table_rows(path, table)
        converted = []
        for row in rows:
            record = []
            for name, value in zip(columns, row, strict=True):
                if name == "id":
                    continue
                target = FOREIGN_KEYS.get((table, name))
                record.append(uids[target].get(value) if target and value is not None
                              else value)
            converted.append(tuple(record))
        if table == "setting":
            converted = [r for r in converted if r[0] != "start_at_login"]
        dump[table] = sorted(converted, key=repr)
    return dump


def file_digest(*paths: Path) -> str:
    """SHA-256 over the files (a missing one counts as empty)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()


def live_digest(database: Path) -> str:
    """The database file and its WAL: what a refused import must leave byte-for-byte alone."""
    return file_digest(database, database.with_name(database.name + "-wal"))


def journal_search(text: str) -> list[int]:
    """Ids of the journal entries the app's own search finds for ``text``."""
    from rejection_desktop.services.journal import JournalFilter, JournalService

    return [entry.id for entry in JournalService().page(JournalFilter(text=text))]
