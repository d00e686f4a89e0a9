"""The private, rotating log file."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from rejection_desktop.platform.logs import RotatingLog, setup_logging


def test_the_log_rotates_past_its_size_and_keeps_three_old_files(tmp_path):
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=2_000, kept=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 99, None, None)
    try:
        for _ in range(100):  # 10,000 bytes: five files' worth
            handler.emit(record)
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    for name in names[1:]:
        assert 2_000 <= (tmp_path / name).stat().st_size < 2_100
    assert path.stat().st_size < 2_000


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_log_file_after_rotation_is_private(tmp_path):
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=10)
    try:
        handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, "a long line", None, None))
    finally:
        handler.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def record(message: str = "a line") -> logging.LogRecord:
    return logging.LogRecord("t", logging.ERROR, __file__, 1, message, None, None)


def test_a_log_that_cannot_be_opened_is_skipped_quietly(tmp_path, capfd):
    path = tmp_path / "app.log"
    path.mkdir()  # a folder where the file should be: opening fails as on a read-only disk
    handler = RotatingLog(path)
    try:
        handler.emit(record())
        handler.emit(record())
    finally:
        handler.close()
    assert handler.failures == 2
    assert capfd.readouterr() == ("", "")


def test_a_failed_rotation_never_reaches_the_caller(tmp_path, capfd, monkeypatch):
    """As on a full disk: the renames fail; no exception reaches the caller, nothing goes to
    stderr, and no record is lost: the next rotation, with room again, keeps them all."""
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=50)
    handler.setFormatter(logging.Formatter("%(message)s"))

    def full(*_args):
        raise OSError(28, "No space left on device")

    try:
        with monkeypatch.context() as patched:
            patched.setattr(os, "replace", full)
            handler.emit(record("x" * 60))  # passes max_bytes: the rotation fails
            handler.emit(record("second"))
        assert handler.failures == 2
        handler.emit(record("after"))  # the disk has room again: this rotation works
    finally:
        handler.close()
    assert capfd.readouterr() == ("", "")
    assert Path(f"{path}.1").read_text(encoding="utf-8").splitlines() == ["x" * 60, "second",
                                                                        "after"]


def test_setting_up_logging_on_a_folder_that_cannot_be_made_never_fails(tmp_path, capfd):
    """A read-only disk, a file where the logs folder should be: the command goes on."""
    blocker = tmp_path / "logs"
    blocker.write_text("not a folder")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(blocker, to_stderr=False)
        logging.getLogger("t").error("still fine")
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    assert capfd.readouterr() == ("", "")
