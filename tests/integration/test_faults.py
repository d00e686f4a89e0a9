"""Faults of the disk and of the journal file: each gets one line, its exit code, and loses
nothing.

Real processes on real files: an emptied journal, a folder or a FIFO in its place, a journal
nobody may read; a tmpfs that fills up, a read-only bind mount (both need root, as in CI).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rejection_desktop.context import open_context
from rejection_desktop.paths import DataPaths
from rejection_desktop.recovery import RecoveryDecision, run_startup_recovery
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX files and mounts")

ROOT = Path(__file__).parents[2]
PREFIX = "rejection-desktop: "


def run(*args: str, drop_root: bool = False, timeout: float = 60) -> subprocess.CompletedProcess:
    """The app's entry point as a process. ``drop_root``: without the capabilities that let
    root read and write any file, so modes apply to it too."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "rejection_desktop", *args]
    if drop_root and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: a mode cannot keep root out")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
                   "--inh-caps=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, check=False, capture_output=True, text=True, env=env,
                          timeout=timeout)


def journal_with_an_attempt(data: Path, *, backup: bool) -> Path | None:
    """A journal holding one logged ask; returns its backup when ``backup``."""
    context = open_context(data)
    try:
        s = context.services
        challenge = s.challenges.list_challenges()[0].id
        s.attempts.log(challenge, BeforeInput(predicted_no=60), OutcomeInput("rejected"))
        return s.backups.back_up_now().path if backup else None
    finally:
        context.close()


def attempts_in(database: Path) -> int:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute("SELECT count(*) FROM attempt").fetchone()[0]


UNUSABLE = {
    "empty": ("journal.sqlite3 is empty (0 bytes).", lambda p: p.write_bytes(b"")),
    "folder": ("journal.sqlite3 is a folder, not a journal file.", lambda p: p.mkdir()),
    "fifo": ("journal.sqlite3 is not a regular file.", os.mkfifo),
    "not-sqlite": ("journal.sqlite3 is not a SQLite database (bad header).",
                   lambda p: p.write_bytes(b"my notes, not a database\n" * 10)),
    "unreadable": ("journal.sqlite3 cannot be read: permission denied.", None),
}


def make_unusable(database: Path, kind: str) -> None:
    if kind == "unreadable":
        database.chmod(0)
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    UNUSABLE[kind][1](database)


def snapshot(database: Path) -> object:
    """What the unusable journal is, to check that nothing touched it."""
    info = os.lstat(database)
    content = database.read_bytes() if stat.S_ISREG(info.st_mode) and info.st_mode & 0o444 \
        else None
    return stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), content


# an emptied or unusable journal ------------------------------------------------------------
@pytest.mark.parametrize("kind", ["empty", "folder", "fifo", "not-sqlite"])
def test_an_unusable_journal_beside_backups_goes_to_recovery(tmp_path, kind):
    data = tmp_path / "data"
    backup = journal_with_an_attempt(data, backup=True)
    paths = DataPaths(data)
    make_unusable(paths.database, kind)
    offers = []

    def ask(offer):
        offers.append(offer)
        return RecoveryDecision(offer.backup.info.path)

    result = run_startup_recovery(paths, ask)
    assert [(o.problem, o.backup.info.path) for o in offers] == [(UNUSABLE[kind][0], backup)]
    assert result.proceed and result.restored_from == backup
    assert attempts_in(paths.database) == 1
    assert result.damaged_copy is not None and os.path.lexists(result.damaged_copy)


@pytest.mark.parametrize("kind", list(UNUSABLE))
@pytest.mark.parametrize("backup", [True, False], ids=["with-backup", "no-backup"])
def test_an_unusable_journal_is_never_started_afresh(tmp_path, kind, backup):
    """``--smoke`` and every command stop with one line naming the problem and the way out;
    the file is left exactly as it was."""
    data = tmp_path / "data"
    backup_path = journal_with_an_attempt(data, backup=backup)
    database = data / "journal.sqlite3"
    make_unusable(database, kind)
    before = snapshot(database)
    problem = UNUSABLE[kind][0]
    if backup_path is not None:
        expected = (f"{PREFIX}{problem} Restore the newest good backup with "
                    f"`rejection-desktop restore {backup_path}`.")
    else:
        expected = (f"{PREFIX}{problem} There is no backup of it to restore; move the file "
                    "away to start a new journal.")
    for command in (["--smoke"], ["export", "-o", str(tmp_path / "x.json")], ["backup"],
                    ["import", str(tmp_path / "x.json")]):
        result = run(*command, "--data-dir", str(data), drop_root=kind == "unreadable")
        assert (result.returncode, result.stderr) == (1, expected + "\n"), command
        assert result.stdout == ""
        assert snapshot(database) == before
    assert not (tmp_path / "x.json").exists()


# a log that cannot be written ---------------------------------------------------------------
@pytest.mark.parametrize("blocked", ["log-file-is-a-folder", "logs-is-a-file"])
def test_a_log_that_cannot_be_written_never_changes_a_result(tmp_path, blocked):
    data = tmp_path / "data"
    journal_with_an_attempt(data, backup=False)
    shutil.rmtree(data / "logs", ignore_errors=True)
    if blocked == "logs-is-a-file":
        (data / "logs").write_text("in the way")
    else:
        (data / "logs" / "rejection-desktop.log").mkdir(parents=True)
    out = tmp_path / "x.json"
    for command in (["export", "-o", str(out)], ["backup"], ["import", str(out)], ["--smoke"]):
        result = run(*command, "--data-dir", str(data))
        assert result.returncode == 0, (command, result.stderr)
        assert result.stderr == ""
    assert '"attempts"' in out.read_text(encoding="utf-8")
