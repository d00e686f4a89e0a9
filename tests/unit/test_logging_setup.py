"""The private, rotating log file."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from rejection_desktop.platform.logs import RotatingLog


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
