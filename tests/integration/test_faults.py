"""Faults of the disk and of the journal file: each gets one line, its exit code, and loses
nothing.

Real processes on real files: an emptied journal, a folder or a FIFO in its place, a journal
nobody may read; a tmpfs that fills up, a read-only bind mount (both need root, as in CI).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rejection_desktop.app.context import open_context
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.recovery import RecoveryDecision, run_startup_recovery

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


# a full disk, a read-only disk, no permission, a data folder in use -----------------------
STALL = ROOT / "tests" / "helpers" / "stall_on_partial.py"


def mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MiB tmpfs of its own (root only; skipped with the reason elsewhere)."""
    point = tmp_path / "disk"
    point.mkdir()
    result = mount("-t", "tmpfs", "-o", "size=6m,mode=0755", "tmpfs", str(point))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip() or 'not permitted'}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def fill(disk: Path, *, leave: int = 0) -> Path:
    """Fill ``disk`` up, leaving about ``leave`` bytes free; returns the filler to remove."""
    filler = disk / "filler"
    with filler.open("wb") as handle:
        chunk = b"\0" * 65536
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def journal_state(data: Path) -> list:
    """Everything the journal holds, read through a plain read-only export."""
    out = data.parent / "state.json"
    result = run("export", "-o", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return [document[k] for k in ("challenges", "attempts", "reflections", "prompts",
                                  "reminders", "settings")]


def one_line(result: subprocess.CompletedProcess, code: int, line: str) -> None:
    assert (result.returncode, result.stderr, result.stdout) == (code, PREFIX + line + "\n", "")


def test_a_full_disk_gets_its_own_line_and_code_and_loses_nothing(small_disk, tmp_path):
    data = small_disk / "data"
    backup = journal_with_an_attempt(data, backup=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    assert run("export", "-o", str(outside / "before.json"), "--data-dir", str(data)
               ).returncode == 0
    before = journal_state(data)
    filler = fill(small_disk)
    d = f"--data-dir={data}"

    one_line(run("--smoke", d), 3, f"cannot start: the disk is full ({data})")
    one_line(run("export", "-o", str(small_disk / "x.json"), d), 3,
             f"cannot write {small_disk / 'x.json'}: the disk is full ({small_disk})")
    one_line(run("backup", d), 3, f"backup failed: the disk is full ({data})")
    for command in (["import", str(outside / "before.json")],
                    ["import", "--replace", str(outside / "before.json")],
                    ["restore", str(backup)]):
        one_line(run(*command, d), 3, f"{command[0]} failed: the disk is full ({data}); the "
                                      "journal was not changed")
    rescued = run("export", "-o", str(outside / "rescue.json"), d)  # to another disk: works
    assert (rescued.returncode, rescued.stderr) == (0, "")
    assert '"attempts"' in (outside / "rescue.json").read_text(encoding="utf-8")
    assert not [p for p in small_disk.rglob("*") if ".partial" in p.name]

    filler.unlink()
    assert journal_state(data) == before
    assert run("--smoke", d).returncode == 0


def test_a_disk_that_fills_during_an_import_changes_nothing(small_disk, tmp_path):
    """The lock and the journal open fine; the import's own writes hit the full disk. Before:
    "cannot rollback - no transaction is active"; now the disk is named."""
    big = tmp_path / "big"
    context = open_context(big)
    try:
        s = context.services
        challenge = s.challenges.list_challenges()[0].id
        for number in range(120):
            s.attempts.log(challenge, BeforeInput(predicted_no=50),
                           OutcomeInput("rejected", notes=f"{number} " + "word " * 4000))
    finally:
        context.close()
    export = tmp_path / "big.json"
    assert run("export", "-o", str(export), "--data-dir", str(big)).returncode == 0
    data = small_disk / "data"
    journal_with_an_attempt(data, backup=False)
    before = journal_state(data)
    filler = fill(small_disk, leave=600_000)
    result = run("import", str(export), f"--data-dir={data}")
    one_line(result, 3, f"import failed: the disk is full ({data}); the journal was not "
                        "changed")
    filler.unlink()
    assert journal_state(data) == before


@pytest.fixture
def read_only_disk(tmp_path):
    """A folder bind-mounted read-only onto itself, with a journal and a backup in it."""
    point = tmp_path / "ro"
    data = point / "data"
    backup = journal_with_an_attempt(data, backup=True)
    if mount("--bind", str(point), str(point)).returncode != 0:
        pytest.skip("cannot bind-mount here (needs root)")
    result = mount("-o", "remount,bind,ro", str(point))
    if result.returncode != 0:
        subprocess.run(["umount", "-l", str(point)], check=False)
        pytest.skip(f"cannot remount read-only: {result.stderr.strip()}")
    yield data, backup
    subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_read_only_disk_gets_its_own_line_and_code(read_only_disk, tmp_path):
    data, backup = read_only_disk
    digest = (data / "journal.sqlite3").read_bytes()
    d = f"--data-dir={data}"
    one_line(run("--smoke", d), 4, f"cannot start: the disk is read-only ({data})")
    one_line(run("export", "-o", str(data / "x.json"), d), 4,
             f"cannot write {data / 'x.json'}: the disk is read-only ({data})")
    one_line(run("backup", d), 4, f"backup failed: the disk is read-only ({data / 'backups'})")
    exported = tmp_path / "e.json"
    result = run("export", "-o", str(exported), d)  # reading still works
    assert (result.returncode, result.stderr) == (0, "")
    for command in (["import", str(exported)], ["restore", str(backup)]):
        one_line(run(*command, d), 4, f"{command[0]} failed: the disk is read-only ({data}); "
                                      "the journal was not changed")
    listed = run("backup", "--list", d)
    assert (listed.returncode, listed.stderr) == (0, "")
    assert (data / "journal.sqlite3").read_bytes() == digest


def test_no_permission_gets_its_own_line_and_code(tmp_path):
    data = tmp_path / "data"
    journal_with_an_attempt(data, backup=False)
    data.chmod(0o500)
    try:
        d = f"--data-dir={data}"
        one_line(run("--smoke", d, drop_root=True), 5, f"cannot start: permission denied ({data})")
        one_line(run("import", str(tmp_path / "x.json"), d, drop_root=True), 5,
                 f"import failed: permission denied ({data}); the journal was not changed")
        result = run("export", "-o", str(tmp_path / "x.json"), d, drop_root=True)
        assert (result.returncode, result.stderr) == (0, "")
    finally:
        data.chmod(0o700)
    assert attempts_in(data / "journal.sqlite3") == 1


def test_a_data_folder_in_use_by_another_command_says_so(tmp_path):
    """A replacing import, stopped while it holds the lock (its safety backup is being
    written): a second import, and the app, are told that a command is running, exit 6."""
    data = tmp_path / "data"
    journal_with_an_attempt(data, backup=False)
    export = tmp_path / "e.json"
    assert run("export", "-o", str(export), "--data-dir", str(data)).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    first = subprocess.Popen([sys.executable, str(STALL), "import", "--replace", str(export),
                              "--data-dir", str(data)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("partial ")
        busy = (f"the command `rejection-desktop import` (process {first.pid}) is using the "
                f"journal in {data}; try again when it has finished")
        one_line(run("import", str(export), "--data-dir", str(data)), 6, busy)
        one_line(run("--smoke", "--data-dir", str(data)), 6, busy)
    finally:
        first.kill()
        first.communicate(timeout=30)
    result = run("import", str(export), "--data-dir", str(data))  # the lock was stale
    assert result.returncode == 0, result.stderr


def test_a_full_disk_is_not_taken_for_a_damaged_journal(small_disk):
    """A journal whose last writes are still in its ``-wal`` (the app was killed) needs a
    ``-shm`` index to be read; on a full disk SQLite says "disk I/O error". That is no damage:
    no recovery, no restore prompt, one line with exit code 3, the files untouched."""
    data = small_disk / "data"
    journal_with_an_attempt(data, backup=True)
    database = data / "journal.sqlite3"
    writer = ("import sqlite3, os, sys; c = sqlite3.connect(sys.argv[1]); "
              "c.execute('PRAGMA wal_autocheckpoint = 0'); "
              "c.execute('UPDATE attempt SET notes = ?', ('kept in the WAL',)); c.commit(); "
              "os._exit(0)")
    subprocess.run([sys.executable, "-c", writer, str(database)], check=True)
    Path(f"{database}-shm").unlink()
    assert Path(f"{database}-wal").stat().st_size > 0
    def files() -> dict[str, bytes]:  # the data (SQLite may leave a -shm index: not data)
        return {p.name: p.read_bytes() for p in data.iterdir()
                if p.is_file() and not p.name.endswith("-shm")}

    before = files()
    filler = fill(small_disk)
    offers = []
    with pytest.raises(Exception, match="the disk is full"):
        run_startup_recovery(DataPaths(data), offers.append)
    assert offers == []
    os.truncate(filler, filler.stat().st_size - 12288)  # room for the lock, not for -shm
    one_line(run("--smoke", f"--data-dir={data}"), 3,
             f"journal.sqlite3 cannot be used: the disk is full ({data}).")
    assert files() == before
    filler.unlink()
    result = run("export", "-o", str(small_disk / "x.json"), f"--data-dir={data}")
    assert result.returncode == 0, result.stderr
    assert "kept in the WAL" in (small_disk / "x.json").read_text(encoding="utf-8")


def test_a_data_folder_under_a_file_is_one_line(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    data = blocker / "data"
    line = f"cannot use the data folder {data}: {blocker} is a file, not a folder"
    one_line(run("--smoke", f"--data-dir={data}"), 1, line)
    one_line(run("import", str(tmp_path / "x.json"), f"--data-dir={data}"), 1, line)
