"""Killing the app mid-write never loses a reflection it acknowledged nor corrupts the file."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.subprocess, pytest.mark.slow]

KILLS = int(os.environ.get("CRASH_TEST_KILLS", "50"))
WRITER = Path(__file__).parent.parent / "helpers" / "crash_writer.py"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_random_moments_loses_no_acknowledged_reflection(tmp_path):
    rng = random.Random(20261125)
    acknowledged: dict[int, str] = {}
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    for round_number in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(tmp_path), str(round_number)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        for line in output.splitlines():
            parts = line.split()
            if len(parts) == 2:  # a line cut by the kill is not an acknowledgement
                acknowledged[int(parts[0])] = parts[1]

        with sqlite3.connect(tmp_path / "journal.sqlite3") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = dict(conn.execute("SELECT id, free_text FROM reflection").fetchall())
        missing = [i for i in acknowledged if i not in rows]
        assert not missing, f"round {round_number}: acknowledged but lost: {missing[:5]}"
        for reflection_id, digest in acknowledged.items():
            assert hashlib.sha256(rows[reflection_id].encode()).hexdigest() == digest
    assert len(acknowledged) > KILLS  # the writer really wrote between kills
    print(f"{KILLS} kills, {len(acknowledged)} acknowledged reflections, 0 lost")
