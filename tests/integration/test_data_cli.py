"""export, import, backup and restore on the command line, as a script would use them."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.journal_data import fill_journal, live_digest, raw_dump

from rejection_desktop.app.context import open_context
from rejection_desktop.platform.single_instance import SingleInstance

pytestmark = pytest.mark.subprocess


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("REJECTION_DESKTOP_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "rejection_desktop", *args], check=False,
                          capture_output=True, text=True, env=env, timeout=timeout)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], words: str, code: int = 1) -> str:
    """A failure reported as one line on stderr, never a traceback, with its exit code."""
    assert result.returncode == code, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rejection-desktop: "), result.stderr
    assert words in lines[0]
    return lines[0]


@pytest.fixture
def journal(tmp_path, clock):
    """A data dir with a full journal, closed (the commands open it themselves)."""
    context = open_context(tmp_path / "data", clock)
    fill_journal(context)
    context.close()
    return tmp_path / "data"


def test_export_wipe_import_gives_everything_back(journal, tmp_path):
    original = raw_dump(journal / "journal.sqlite3")
    export = tmp_path / "everything.json"
    out = ok(cli("--data-dir", str(journal), "export", "--format", "json", "--output",
                 str(export)))
    assert "exported" in out and export.exists()
    shutil.rmtree(journal)
    out = ok(cli("import", str(export), "--data-dir", str(journal)))
    assert "imported" in out and "added" in out
    assert raw_dump(journal / "journal.sqlite3") == original
    again = tmp_path / "again.json"
    ok(cli("--data-dir", str(journal), "export", "--output", str(again)))
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (export, again))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


@pytest.mark.parametrize("mode", [["--replace"], []], ids=["replace", "merge"])
def test_every_import_backs_up_first(journal, tmp_path, clock, mode):
    export = tmp_path / "mine.json"
    ok(cli("--data-dir", str(journal), "export", "-o", str(export)))
    other = tmp_path / "other"
    context = open_context(other, clock)
    context.services.reflections.save(None, [], "only in the other journal")
    context.close()
    before = raw_dump(other / "journal.sqlite3")
    out = ok(cli("--data-dir", str(other), "import", str(export), *mode))
    assert "the journal as it was before is backed up in" in out
    saved = list((other / "backups").glob("journal-*-before-import.sqlite3"))
    assert len(saved) == 1 and str(saved[0]) in out
    assert raw_dump(saved[0]) == before
    if mode:
        assert raw_dump(other / "journal.sqlite3") == raw_dump(journal / "journal.sqlite3")


def test_dry_run_checks_without_writing(journal, tmp_path):
    export = tmp_path / "e.json"
    ok(cli("--data-dir", str(journal), "export", "-o", str(export)))
    target = tmp_path / "fresh"
    ok(cli("--data-dir", str(target), "import", str(export)))  # creates the journal
    digest = live_digest(target / "journal.sqlite3")
    out = ok(cli("--data-dir", str(target), "import", str(export), "--dry-run"))
    assert "valid export" in out and "skipped" in out
    assert live_digest(target / "journal.sqlite3") == digest


def test_the_size_limit_can_be_changed_for_one_import(journal, tmp_path, clock):
    context = open_context(journal, clock)
    big_note = "A long evening of writing. " * 7_000
    for challenge in context.services.challenges.list_challenges()[:8]:
        context.services.reflections.save(None, [], big_note + challenge.title)
    context.close()
    export = tmp_path / "big.json"
    ok(cli("--data-dir", str(journal), "export", "-o", str(export)))
    assert export.stat().st_size > 1024 * 1024
    target = str(tmp_path / "new")
    refused(cli("--data-dir", target, "import", str(export), "--max-size-mb", "1"),
            "the limit for an import is 1.0 MB")
    ok(cli("--data-dir", target, "import", str(export), "--max-size-mb", "2"))


def test_csv_and_markdown_exports(journal, tmp_path):
    sheet, md = tmp_path / "a.csv", tmp_path / "j.md"
    ok(cli("--data-dir", str(journal), "export", "--format", "csv", "--output", str(sheet)))
    ok(cli("--data-dir", str(journal), "export", "--format", "md", "--output", str(md)))
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 12
    assert md.read_text(encoding="utf-8").startswith("# ")


def test_a_bad_file_is_refused_in_one_line_and_changes_nothing(journal, tmp_path):
    export = tmp_path / "e.json"
    ok(cli("--data-dir", str(journal), "export", "-o", str(export)))
    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(export.read_bytes()[:3000])
    database = journal / "journal.sqlite3"
    digest = live_digest(database)
    for extra in ([], ["--replace"]):
        refused(cli("--data-dir", str(journal), "import", str(truncated), *extra), "cut off")
    refused(cli("--data-dir", str(journal), "import", str(tmp_path / "missing.json")),
            "cannot be read")
    assert live_digest(database) == digest
    assert not (journal / "backups").exists() or not any((journal / "backups").iterdir())


def test_writing_commands_refuse_while_the_app_runs(journal, tmp_path, qapp):
    export = tmp_path / "e.json"
    ok(cli("--data-dir", str(journal), "export", "-o", str(export)))
    running = SingleInstance(journal)
    assert running.acquire()
    try:
        digest = live_digest(journal / "journal.sqlite3")
        refused(cli("--data-dir", str(journal), "import", str(export)), "is running", code=6)
        refused(cli("--data-dir", str(journal), "restore", str(export)), "is running", code=6)
        assert live_digest(journal / "journal.sqlite3") == digest
        # reading still works, through a read-only connection
        while_running = tmp_path / "while-running.json"
        ok(cli("--data-dir", str(journal), "export", "-o", str(while_running)))
        ok(cli("--data-dir", str(journal), "backup"))
    finally:
        running.release()
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (export, while_running))
    assert first["attempts"] == second["attempts"]


def test_backup_list_and_restore(journal, tmp_path, clock):
    out = ok(cli("--data-dir", str(journal), "backup"))
    backup = Path(out.strip().removeprefix("backed up to "))
    assert backup.exists() and backup.parent == journal / "backups"
    listing = ok(cli("--data-dir", str(journal), "backup", "--list"))
    assert str(backup) in listing and "12 attempts" in listing
    before = raw_dump(journal / "journal.sqlite3")
    context = open_context(journal, clock)
    context.services.reflections.save(None, [], "written after the backup")
    context.close()
    out = ok(cli("--data-dir", str(journal), "restore", str(backup)))
    assert "before is backed up in" in out
    assert raw_dump(journal / "journal.sqlite3") == before
    safety = list((journal / "backups").glob("*-before-restore.sqlite3"))
    assert len(safety) == 1
    explicit = tmp_path / "copy.sqlite3"
    ok(cli("--data-dir", str(journal), "backup", "--output", str(explicit)))
    assert explicit.exists()


def test_restore_onto_a_damaged_journal_keeps_it_aside(journal, tmp_path):
    out = ok(cli("--data-dir", str(journal), "backup"))
    backup = Path(out.strip().removeprefix("backed up to "))
    database = journal / "journal.sqlite3"
    damaged = b"SQLite format 3\x00" + b"\x07" * 50_000
    database.write_bytes(damaged)
    refused(cli("--data-dir", str(journal), "import", str(backup)), "damaged")
    out = ok(cli("--data-dir", str(journal), "restore", str(backup)))
    assert "kept unchanged as" in out
    aside = next(journal.glob("journal-damaged-*.sqlite3"))
    assert aside.read_bytes() == damaged
    assert "12 attempts" in ok(cli("--data-dir", str(journal), "backup", "--list"))


def test_usage_errors(journal, tmp_path):
    refused(cli("--data-dir", str(tmp_path / "none"), "export", "-o", str(tmp_path / "x")),
            "no journal")
    refused(cli("--data-dir", str(journal), "export", "-o", str(tmp_path)), "is a folder")
    refused(cli("--data-dir", str(journal), "restore", str(tmp_path / "nothing.sqlite3")),
            "does not exist")
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello")
    refused(cli("--data-dir", str(journal), "restore", str(not_a_db)), "not a SQLite database")
    wrong = cli("--data-dir", str(journal), "export", "--format", "xml", "-o", "x")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


# the progress line ------------------------------------------------------------------------------
def cli_on_terminal(*args: str, timeout: float = 120) -> tuple[int, str, str]:
    """Run a command with stderr on a pseudo-terminal (stdout a pipe): code, stdout, and
    everything the terminal received."""
    import pty  # POSIX only

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("REJECTION_DESKTOP_DATA_DIR", None)
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "rejection_desktop", *args],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=follower, env=env)
    os.close(follower)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        received += chunk
    stdout, _ = process.communicate(timeout=timeout)
    os.close(leader)
    return process.returncode, stdout.decode(), received.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_gets_a_progress_line_updated_in_place(journal, tmp_path):
    export = tmp_path / "everything.json"
    code, stdout, terminal = cli_on_terminal("--data-dir", str(journal), "export", "--output",
                                             str(export))
    assert code == 0 and "exported" in stdout
    assert "\r" not in stdout  # the result itself is a plain line
    assert "\rexport: reading" in terminal and "export: writing 100%" in terminal
    assert terminal.endswith("\r")  # erased: the prompt comes back on a clean line
    code, stdout, terminal = cli_on_terminal("import", str(export), "--replace",
                                             "--data-dir", str(tmp_path / "new"))
    assert code == 0 and "imported" in stdout
    for phase in ("reading", "checking", "writing"):
        assert f"\rimport: {phase}" in terminal
    assert "import: writing 100%" in terminal


def test_no_progress_line_when_stderr_is_not_a_terminal(journal, tmp_path):
    export = tmp_path / "everything.json"
    result = cli("--data-dir", str(journal), "export", "--output", str(export))
    assert ok(result) and result.stderr == ""
    result = cli("import", str(export), "--data-dir", str(tmp_path / "new"))
    assert ok(result) and result.stderr == ""
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_import_from_a_fifo_is_refused_at_once(journal, tmp_path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    digest = live_digest(journal / "journal.sqlite3")
    for mode in ([], ["--replace"], ["--dry-run"]):
        line = refused(cli("--data-dir", str(journal), "import", str(fifo), *mode, timeout=20),
                       "not a regular file")
        assert line.startswith(f"rejection-desktop: cannot import {fifo}")
    assert live_digest(journal / "journal.sqlite3") == digest
    assert not (journal / "backups").exists() or not list((journal / "backups").iterdir())
