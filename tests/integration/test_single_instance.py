"""One app per data folder: a second launch hands over and exits, without opening the journal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HELPER = Path(__file__).parent.parent / "helpers" / "audited_launch.py"
ROOT = Path(__file__).parents[2]


def env():
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def log_text(data: Path) -> str:
    path = data / "logs" / "rejection-desktop.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def start_first(data: Path, record: Path) -> subprocess.Popen:
    errors = record.with_suffix(".stderr")
    with errors.open("wb") as stderr:
        process = subprocess.Popen([sys.executable, str(HELPER), str(record), "--data-dir",
                                    str(data)], env=env(), stdout=subprocess.DEVNULL,
                                   stderr=stderr)
    deadline = time.monotonic() + 30
    while "journal open" not in log_text(data):
        assert process.poll() is None, errors.read_text()
        assert time.monotonic() < deadline, "the first instance did not start"
        time.sleep(0.05)
    return process


def launch_second(data: Path, record: Path) -> tuple[int, float]:
    start = time.monotonic()
    result = subprocess.run([sys.executable, str(HELPER), str(record), "--data-dir", str(data)],
                            env=env(), capture_output=True, timeout=30, check=False)
    return result.returncode, time.monotonic() - start


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_a_second_launch_hands_over_and_never_opens_the_database(tmp_path):
    data = tmp_path / "data"
    first = start_first(data, tmp_path / "first.txt")
    try:
        assert "journal.sqlite3" in (tmp_path / "first.txt").read_text()
        code, seconds = launch_second(data, tmp_path / "second.txt")
        assert code == 0
        assert seconds < 2.0 + 1.5  # 2 s hand-over budget plus interpreter start on a busy CI
        assert not (tmp_path / "second.txt").exists(), "the second launch opened a database"
        deadline = time.monotonic() + 5
        while "activation requested" not in log_text(data):
            assert time.monotonic() < deadline, "the first instance was not asked to show"
            time.sleep(0.05)
    finally:
        stop(first)
    assert first.returncode == 0  # SIGTERM quits cleanly through the event loop


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_a_lock_left_by_a_killed_instance_is_recovered(tmp_path):
    data = tmp_path / "data"
    killed = start_first(data, tmp_path / "killed.txt")
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=10)
    assert (data / "instance.lock").exists()  # left behind by the kill

    (data / "logs" / "rejection-desktop.log").unlink()
    survivor = start_first(data, tmp_path / "survivor.txt")  # takes over the stale lock
    try:
        code, seconds = launch_second(data, tmp_path / "third.txt")
        assert code == 0 and seconds < 3.5
        assert not (tmp_path / "third.txt").exists()
    finally:
        stop(survivor)
