"""The command line as a user (or a script, or the installer's smoke test) meets it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from rejection_desktop import __version__
from rejection_desktop.db.migrations import latest_version

pytestmark = pytest.mark.subprocess


def run(*args, env_extra=None, timeout=60):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "rejection_desktop", *args], check=False,
                          capture_output=True, text=True, env=env, timeout=timeout)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Rejection Desktop {__version__}"


def test_smoke_on_a_new_folder_creates_a_seeded_database(tmp_path):
    data = tmp_path / "new-folder"
    result = run("--smoke", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "smoke ok" in result.stdout
    if sys.platform.startswith("linux"):  # jeepney is there: reminders get buttons
        assert " buttons=freedesktop " in result.stdout
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", str(data / "journal.sqlite3"),
                              "PRAGMA user_version; SELECT count(*) FROM challenge;"],
                             capture_output=True, text=True, check=True).stdout.split()
        version, challenges = int(out[0]), int(out[1])
    else:
        with sqlite3.connect(data / "journal.sqlite3") as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            challenges = conn.execute("SELECT count(*) FROM challenge").fetchone()[0]
    assert version == latest_version()
    assert challenges >= 100


def test_the_environment_variable_chooses_the_data_dir(tmp_path):
    result = run("--smoke", env_extra={"REJECTION_DESKTOP_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "journal.sqlite3").exists()


@pytest.mark.parametrize("content", ["newer", "garbage"])
def test_a_database_we_must_not_touch_fails_in_one_line(tmp_path, content):
    path = tmp_path / "journal.sqlite3"
    if content == "newer":
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
            conn.execute("CREATE TABLE t (x)")
    else:
        path.write_bytes(b"\x00garbage" * 100)
    before = path.read_bytes()
    result = run("--smoke", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    message = [line for line in result.stderr.splitlines() if line.startswith("rejection-desktop:")]
    assert len(message) == 1
    assert ("newer version" in message[0]) if content == "newer" else ("not a SQLite" in message[0])
    assert path.read_bytes() == before
