"""Every file the app writes is private from its first byte; temporaries do not outlive a kill.

Files are created with mode 0600 (``os.open`` with a mode, and umask 077 in the entry point),
never made private by a chmod afterwards; a folder the user chose keeps its mode.
"""

from __future__ import annotations

import logging
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rejection_desktop.app.context import open_context
from rejection_desktop.db.backup import backup_database
from rejection_desktop.db.connection import db
from rejection_desktop.platform.logs import setup_logging
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.data_transfer import DataTransferService

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

ROOT = Path(__file__).parents[2]
STALL = ROOT / "tests" / "helpers" / "stall_on_partial.py"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def every_file(*folders: Path) -> list[Path]:
    return [Path(folder, name) for top in folders for folder, _dirs, names in os.walk(top)
            for name in names]


@pytest.fixture
def no_chmod(monkeypatch):
    """Umask 000 (so a file created without a mode would be world-readable) and no chmod."""
    previous = os.umask(0)
    calls: list[str] = []

    def chmod(path, *_args, **_kwargs):
        calls.append(str(path))
        raise AssertionError(f"chmod {path}")

    monkeypatch.setattr(os, "chmod", chmod)
    monkeypatch.setattr(Path, "chmod", chmod)
    yield calls
    os.umask(previous)


@pytest.fixture
def quiet_logging():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rejection_desktop", False):
            root.removeHandler(handler)
            handler.close()


def test_every_file_is_created_private_without_a_chmod(tmp_path, no_chmod, quiet_logging):
    data, chosen, out = tmp_path / "data", tmp_path / "chosen", tmp_path / "exports"
    chosen.mkdir(mode=0o755)
    out.mkdir(mode=0o755)
    setup_logging(data / "logs")
    context = open_context(data)
    try:
        services = context.services
        challenge = services.challenges.list_challenges()[0].id
        services.attempts.log(challenge, BeforeInput(predicted_no=70),
                              OutcomeInput("rejected", notes="a note"))
        services.drafts.save("reflection:new", {"free_text": "half a thought"})
        services.backups.back_up_now()
        services.backups.set_folder(chosen)
        services.backups.back_up_now()
        transfer = DataTransferService(services.backups, services.settings.zone,
                                       context.clock)
        for kind in ("json", "csv", "md"):
            transfer.export(kind, out / f"export.{kind}")
        backup_database(db.obj, out / "copy.sqlite3")
        services.backups.restore(out / "copy.sqlite3")
        logging.getLogger("test").warning("a line in the log")
    finally:
        context.close()
    files = every_file(data, chosen, out)
    assert {p.name for p in files} >= {"journal.sqlite3", "rejection-desktop.log",
                                       "backup-location.json", "export.json", "export.csv",
                                       "export.md", "copy.sqlite3"}
    assert {str(p): oct(mode(p)) for p in files if mode(p) != 0o600} == {}
    assert not no_chmod
    assert mode(chosen) == mode(out) == 0o755  # the user's folders are left as they were
    assert not [p for p in files if p.name.endswith(".partial")]


def run(*args: str, script: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, str(script)] if script else [sys.executable, "-m",
                                                            "rejection_desktop"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False, **kwargs)


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path):
    data, chosen = tmp_path / "data", tmp_path / "shared"
    data.mkdir(mode=0o755)
    chosen.mkdir(mode=0o1777)
    os.chmod(chosen, 0o1777)  # like /tmp (the test's own chmod, not the app's)
    assert run("--smoke", "--data-dir", str(data)).returncode == 0
    result = run("backup", "--data-dir", str(data), "--output", str(chosen / "b.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert mode(chosen) == 0o1777
    assert mode(data) == 0o755
    assert mode(chosen / "b.sqlite3") == 0o600
    assert mode(data / "journal.sqlite3") == 0o600


@pytest.mark.parametrize("command", [
    ["export", "--format", "json", "--output", "{out}/journal.json"],
    ["export", "--format", "md", "--output", "{out}/journal.md"],
    ["backup", "--output", "{out}/copy.sqlite3"],
    ["backup"],
], ids=["json", "md", "backup-output", "backup"])
def test_a_temporary_left_by_a_killed_command_is_removed_at_the_next_start(tmp_path, command):
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    assert run("--smoke", "--data-dir", str(data)).returncode == 0
    args = [part.format(out=out) for part in command]
    child = subprocess.Popen(
        [sys.executable, str(STALL), *args, "--data-dir", str(data)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)))
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert line.startswith("partial "), line
    partial = Path(line.removeprefix("partial "))
    assert partial.exists() and partial.name.startswith(".")
    assert mode(partial) == 0o600

    result = run("backup", "--list", "--data-dir", str(data))  # the next start
    assert result.returncode == 0, result.stderr
    assert not partial.exists()
    leftovers = [p for p in every_file(data, out) if ".partial" in p.name]
    assert leftovers == []
    assert list((data / "temporaries").iterdir()) == []


def test_the_gui_start_removes_temporaries_too(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    assert run("--smoke", "--data-dir", str(data)).returncode == 0
    child = subprocess.Popen(
        [sys.executable, str(STALL), "export", "--output", str(out / "j.json"), "--data-dir",
         str(data)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)))
    assert child.stdout is not None
    partial = Path(child.stdout.readline().strip().removeprefix("partial "))
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert partial.exists()
    assert run("--smoke", "--data-dir", str(data)).returncode == 0
    assert not partial.exists()
