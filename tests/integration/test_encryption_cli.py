"""The encryption commands as a script uses them, and what is left readable on disk after.

The contract other checks rely on: ``encryption enable --passphrase-stdin`` prints
``recovery code: ...`` once; ``encryption status`` prints ``encrypted`` or ``not encrypted``;
every command and ``--smoke`` take ``--passphrase-stdin`` or ``--recovery-code-stdin`` when the
journal is encrypted and refuse in one line without one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from helpers.journal_data import fill_journal, raw_dump

from rejection_desktop.app.context import open_context
from rejection_desktop.services.backups import BackupKind

PASS = "correct horse battery staple"
MARKERS = ["zebra-manager-secret", "my sister said no", "Edited description",
           "More notes 1.", "an unsaved draft", "free tab\tinside"]


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("REJECTION_DESKTOP_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "rejection_desktop", *args], check=False,
                          capture_output=True, text=True, env=env, timeout=180, input=stdin)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], words: str) -> str:
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rejection-desktop: "), result.stderr
    assert words in lines[0]
    return lines[0]


@pytest.fixture
def journal(tmp_path, clock):
    """A full journal with a backup, closed."""
    context = open_context(tmp_path / "data", clock)
    fill_journal(context)
    context.services.reflections.save(None, [], free_text=f"{MARKERS[0]}: {MARKERS[1]}")
    context.services.backups.back_up(BackupKind.MANUAL)
    context.close()
    return tmp_path / "data"


def enable(data) -> str:
    out = ok(cli("encryption", "enable", "--passphrase-stdin", "--data-dir", str(data),
                 stdin=PASS + "\n"))
    codes = [line for line in out.splitlines() if line.startswith("recovery code: ")]
    assert len(codes) == 1
    return codes[0].removeprefix("recovery code: ")


def status(data) -> str:
    return ok(cli("encryption", "status", "--data-dir", str(data))).strip()


def test_enable_status_and_every_command_needs_the_passphrase(journal, tmp_path):
    original = raw_dump(journal / "journal.sqlite3")
    assert status(journal) == "not encrypted"
    code = enable(journal)
    assert status(journal) == "encrypted"
    d = ["--data-dir", str(journal)]
    export = str(tmp_path / "out.json")
    for command in (["export", "-o", export], ["backup"], ["backup", "--list"],
                    ["import", export], ["restore", export], ["encryption", "disable"],
                    ["encryption", "change-passphrase"]):
        refused(cli(*command, *d), "--passphrase-stdin or --recovery-code-stdin")
    refused(cli("export", "-o", export, *d, "--passphrase-stdin", stdin="wrong one\n"),
            "wrong passphrase")
    refused(cli("export", "-o", export, *d, "--recovery-code-stdin", stdin="ABCD\n"),
            "wrong recovery code")
    out = ok(cli("export", "-o", export, *d, "--passphrase-stdin", stdin=PASS + "\n"))
    assert "exported" in out
    ok(cli("backup", *d, "--recovery-code-stdin", stdin=code.lower() + "\n"))
    listing = ok(cli("backup", "--list", *d, "--passphrase-stdin", stdin=PASS + "\n"))
    assert "unreadable" not in listing, listing
    assert len(listing.strip().splitlines()) == 2
    smoke = cli("--smoke", *d)
    assert smoke.returncode == 1
    assert [line for line in smoke.stderr.splitlines()
            if line.startswith("rejection-desktop:")] == [
        "rejection-desktop: the journal is encrypted; give --passphrase-stdin or "
        "--recovery-code-stdin"]
    assert "smoke ok" in ok(cli("--smoke", *d, "--passphrase-stdin", stdin=PASS + "\n"))
    refused(cli("encryption", "enable", "--passphrase-stdin", *d, stdin=PASS + "\n"),
            "already encrypted")
    ok(cli("encryption", "disable", *d, "--recovery-code-stdin", stdin=code + "\n"))
    assert status(journal) == "not encrypted"
    after = raw_dump(journal / "journal.sqlite3")
    assert after["reflection"] == original["reflection"]
    assert after["attempt"] == original["attempt"]
    assert not (journal / "journal.key").exists()
    ok(cli("export", "-o", export, *d))  # plain again: no passphrase needed


def test_change_passphrase_then_only_the_new_one_and_the_code_open(journal):
    code = enable(journal)
    d = ["--data-dir", str(journal)]
    refused(cli("encryption", "change-passphrase", *d, "--passphrase-stdin",
                stdin="not it\nnew passphrase 123\n"), "wrong passphrase")
    out = ok(cli("encryption", "change-passphrase", *d, "--passphrase-stdin",
                 stdin=f"{PASS}\nnew passphrase 123\n"))
    assert "passphrase changed" in out
    refused(cli("backup", *d, "--passphrase-stdin", stdin=PASS + "\n"), "wrong passphrase")
    ok(cli("backup", *d, "--passphrase-stdin", stdin="new passphrase 123\n"))
    ok(cli("backup", *d, "--recovery-code-stdin", stdin=code + "\n"))


def test_a_backup_taken_elsewhere_restores_with_its_passphrase(journal, tmp_path, clock):
    code = enable(journal)
    d = ["--data-dir", str(journal)]
    backup = tmp_path / "usb" / "mine.sqlite3"
    ok(cli("backup", "-o", str(backup), *d, "--passphrase-stdin", stdin=PASS + "\n"))
    assert (tmp_path / "usb" / "mine.sqlite3.key").exists()
    assert MARKERS[0].encode() not in backup.read_bytes()
    # another computer: only the backup and its key copy travel
    laptop = tmp_path / "laptop"
    shutil.copytree(tmp_path / "usb", laptop / "usb")
    open_context(laptop / "data", clock).close()
    moved = str(laptop / "usb" / "mine.sqlite3")
    refused(cli("restore", moved, "--data-dir", str(laptop / "data")), "encrypted")
    ok(cli("restore", moved, "--data-dir", str(laptop / "data"), "--recovery-code-stdin",
           stdin=code + "\n"))
    rows = raw_dump(laptop / "data" / "journal.sqlite3")["reflection"]
    assert any(MARKERS[0] in str(row) for row in rows)  # restored into the plain journal


def test_no_journal_text_in_any_file_of_the_data_folder_after_enabling(journal, clock):
    # a plain journal leaves its text everywhere
    found = [p for p in journal.rglob("*") if p.is_file()
             and MARKERS[0].encode() in p.read_bytes()]
    assert found
    enable(journal)
    # the app writes more, leaving it in the WAL and in a new backup
    from rejection_desktop.platform.paths import DataPaths
    from rejection_desktop.services import encryption
    from rejection_desktop.services.encryption import Secret
    key = encryption.unlock(DataPaths(journal), Secret(passphrase=PASS))
    context = open_context(journal, clock, key=key)
    context.services.reflections.save(None, [], free_text="my sister said no again")
    context.services.backups.back_up(BackupKind.MANUAL)  # (it empties the WAL first)
    context.services.drafts.save("reflection:new", {"text": "zebra-manager-secret draft"})
    files = [p for p in journal.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") and p.stat().st_size for p in files)
    for path in files:
        content = path.read_bytes()
        for marker in MARKERS:
            assert marker.encode("utf-8") not in content, (path.name, marker)
            assert marker.encode("utf-16-le") not in content, (path.name, marker)
    context.close()
    for path in journal.rglob("*"):
        if path.is_file():
            assert MARKERS[0].encode() not in path.read_bytes(), path.name


def test_an_encrypted_journal_without_its_key_file_is_named_as_such(journal):
    enable(journal)
    (journal / "journal.key").unlink()
    line = refused(cli("--smoke", "--data-dir", str(journal)), "its key file journal.key is "
                   "missing")
    assert "looks encrypted" in line and "damaged" not in line
    assert (journal / "journal.sqlite3").exists()  # nothing moved or replaced
