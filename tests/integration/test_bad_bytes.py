"""A byte that is not UTF-8 inside stored text: every command still works, no output quotes it.

SQLite stores whatever bytes it is given, and ``quick_check`` does not look at text encodings,
so a note written by another tool (or a flipped bit) can hold invalid UTF-8. Reading it must
neither fail nor quote it: the exports write U+FFFD in its place and count it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rejection_desktop.app.context import open_context
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.reflections import Answer

MARKER = "Zanzibar-7731"
BROKEN = MARKER.encode() + b" \xff\xfe end"
"""What every marked text becomes: the marker intact, then two bytes that are not UTF-8."""
REPAIRED = f"{MARKER} \ufffd\ufffd end"
ROOT = Path(__file__).parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "rejection_desktop", *args], check=False,
                          capture_output=True, text=True, env=env, timeout=120)


def marked_journal(data: Path) -> None:
    """Every text a user can write holds the marker (JSON columns inside their strings)."""
    context = open_context(data)
    try:
        s = context.services
        challenge = s.challenges.add(ChallengeInput(MARKER, MARKER, 40, MARKER, MARKER))
        attempt = s.attempts.log(
            challenge, BeforeInput(context=MARKER, predicted_no=70, safety_behaviour=MARKER),
            OutcomeInput("rejected", what_happened=MARKER, what_stopped_me=MARKER,
                         notes=MARKER))
        s.reflections.save(attempt, [Answer("k", MARKER, MARKER)], free_text=MARKER)
        s.prompts.add(MARKER, ["rejected"])
        s.drafts.save("reflection:new", {"free_text": MARKER})
    finally:
        context.close()


def break_bytes(database: Path) -> int:
    """Replace the marker's text in every TEXT column by ``BROKEN``; returns the values hit."""
    broken = 0
    with closing(sqlite3.connect(database)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%'")]  # counts only
        for table in tables:
            for column in connection.execute(f'PRAGMA table_info("{table}")').fetchall():
                name = column[1]
                rows = connection.execute(
                    f'SELECT rowid, CAST("{name}" AS BLOB) FROM "{table}" '
                    f'WHERE typeof("{name}") = \'text\' AND instr("{name}", ?)',
                    (MARKER,)).fetchall()
                for rowid, raw in rows:
                    connection.execute(
                        f'UPDATE "{table}" SET "{name}" = CAST(? AS TEXT) WHERE rowid = ?',
                        (raw.replace(MARKER.encode(), BROKEN), rowid))
                    broken += 1
        connection.commit()
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    return broken


@pytest.fixture
def broken_journal(tmp_path) -> tuple[Path, int]:
    data = tmp_path / "data"
    marked_journal(data)
    count = break_bytes(data / "journal.sqlite3")
    assert count == 13  # 4 challenge, 5 attempt, 2 reflection, 1 prompt and 1 draft texts
    return data, count


def test_no_command_fails_on_or_quotes_a_bad_byte(broken_journal, tmp_path):
    data, _broken = broken_journal
    out = tmp_path / "out"
    out.mkdir()
    other = tmp_path / "other"
    outputs = []
    commands = [
        ("export", "--format", "json", "--output", str(out / "j.json")),
        ("export", "--format", "csv", "--output", str(out / "a.csv")),
        ("export", "--format", "md", "--output", str(out / "r.md")),
        ("backup",),
        ("backup", "--output", str(out / "copy.sqlite3")),
        ("backup", "--list"),
        ("import", "--dry-run", str(out / "j.json")),
        ("import", str(out / "j.json")),
        ("import", "--replace", str(out / "j.json")),
        ("--smoke",),
    ]
    for command in commands:
        result = run(*command, "--data-dir", str(data))
        assert result.returncode == 0, (command, result.stderr)
        outputs += [result.stdout, result.stderr]
    result = run("import", "--replace", str(out / "j.json"), "--data-dir", str(other))
    assert result.returncode == 0, result.stderr
    outputs += [result.stdout, result.stderr]
    logs = [p.read_text(encoding="utf-8", errors="replace")
            for folder in (data / "logs", other / "logs") for p in folder.iterdir()]
    assert any("exported json" in text for text in logs)  # the logs are really written
    for text in outputs + logs:
        assert MARKER not in text
        assert "Zanzibar" not in text


def test_a_bad_byte_is_exported_as_u_fffd_and_counted(broken_journal, tmp_path):
    data, broken = broken_journal
    result = run("export", "--output", str(tmp_path / "j.json"), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    exported = broken - 1  # drafts are not part of an export
    assert lines[1] == (f"{exported} texts held bytes that are not valid UTF-8; they were "
                        "written with \ufffd in their place.")
    document = json.loads((tmp_path / "j.json").read_text(encoding="utf-8"))
    attempt = next(a for a in document["attempts"] if a["notes"] == REPAIRED)
    assert attempt["context"] == attempt["what_happened"] == REPAIRED
    reflection = next(r for r in document["reflections"] if r["free_text"] == REPAIRED)
    assert reflection["answers"][0]["answer"] == REPAIRED
    assert MARKER.encode() + b" \xff" not in (tmp_path / "j.json").read_bytes()

    csv_result = run("export", "--format", "csv", "--output", str(tmp_path / "a.csv"),
                     "--data-dir", str(data))
    assert csv_result.returncode == 0
    assert REPAIRED in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
