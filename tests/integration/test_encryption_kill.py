"""SIGKILL during ``encryption enable`` and ``disable``: one complete journal is always left,
and it opens with what the user had before or after (the passphrase, or nothing)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.journal_data import raw_dump

from rejection_desktop.app.context import open_context
from rejection_desktop.db.backup import is_encrypted_backup, key_copy_path
from rejection_desktop.db.cipher import JournalKey
from rejection_desktop.db.files import check_database_file
from rejection_desktop.db.keyfile import KeyFile
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services import encryption
from rejection_desktop.services.backups import BackupKind
from rejection_desktop.services.encryption import EncryptionState, Secret

KILLS = int(os.environ.get("ENCRYPTION_KILL_ROUNDS", "12"))
PASS = "correct horse battery staple"
BULK = """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
INSERT INTO reflection (uid, answers, free_text, created_at, updated_at)
SELECT 'bulk-' || i, '[]', 'entry ' || i || ' ' || hex(randomblob(300)),
       '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000' FROM n"""


def command(data: Path, action: str) -> list[str]:
    args = [sys.executable, "-m", "rejection_desktop", "encryption", action,
            "--data-dir", str(data)]
    return [*args, "--passphrase-stdin"]


def run(data: Path, action: str, kill_after: float | None) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).parents[2]))
    env.pop("REJECTION_DESKTOP_DATA_DIR", None)
    child = subprocess.Popen(command(data, action), stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    assert child.stdin is not None
    child.stdin.write(f"{PASS}\n".encode())
    child.stdin.close()
    if kill_after is not None:
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
    child.wait(timeout=120)
    return child.returncode


def opened_dump(path: Path, key: JournalKey | None) -> dict:
    assert check_database_file(path, key) is None
    return raw_dump(path, key)


def backup_key(path: Path) -> JournalKey | None:
    if not is_encrypted_backup(path):
        return None
    key_file = KeyFile.read(key_copy_path(path))
    return JournalKey(Secret(passphrase=PASS).unlock(key_file), key_file.key_id,
                      key_file.to_bytes())


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_during_enable_and_disable_leaves_one_complete_journal(tmp_path, clock):
    data = tmp_path / "data"
    context = open_context(data, clock)
    context.database.execute_sql(BULK)
    context.services.backups.back_up(BackupKind.MANUAL)
    context.close()
    paths = DataPaths(data)
    original = raw_dump(paths.database)
    backup_path = next(paths.backups.glob("journal-*.sqlite3"))
    backup_original = raw_dump(backup_path)

    started = time.perf_counter()  # one full run of each to learn how long they take
    assert run(data, "enable", None) == 0
    enable_time = time.perf_counter() - started
    started = time.perf_counter()
    assert run(data, "disable", None) == 0
    disable_time = time.perf_counter() - started

    rng = random.Random(20261204)
    interrupted = flipped = 0
    for round_number in range(KILLS):
        before = encryption.state(paths)
        action, took = ("enable", enable_time) if before is EncryptionState.PLAIN \
            else ("disable", disable_time)
        code = run(data, action, rng.uniform(0.3, 1.05) * took)
        interrupted += code == -signal.SIGKILL
        assert code in (0, -signal.SIGKILL), f"round {round_number}: exit {code}"
        encryption.settle(paths)  # what the next start does first
        after = encryption.state(paths)
        flipped += after is not before
        key = encryption.unlock(paths, Secret(passphrase=PASS)) \
            if after is EncryptionState.ENCRYPTED else None
        assert opened_dump(paths.database, key) == original, f"round {round_number}"
        assert opened_dump(backup_path, backup_key(backup_path)) == backup_original
        names = sorted(p.name for p in data.iterdir() if p.name.startswith("journal"))
        assert names == (["journal.key", "journal.sqlite3"] if key else ["journal.sqlite3"])
    assert interrupted >= KILLS // 3, "the kills did not land while the command ran"
    print(f"{KILLS} rounds, {interrupted} killed, {flipped} changed state, 0 broken")
