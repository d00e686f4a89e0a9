"""Before Today shows, start-up loads only what Today needs: reminders, tray, notifications,
recovery, backups and the services no page has asked for come after (and are all there at
ready); asyncio (desktop-notifier, Windows and macOS) never loads on Linux. PySide6 reads no
module's source, and the garbage collector the entry point held back is on again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rejection_desktop.app.context import open_context

pytestmark = [pytest.mark.subprocess]

CHILD = Path(__file__).parent.parent / "helpers" / "modules_at_today.py"
LATER = ("rejection_desktop.app.reminders", "rejection_desktop.ui.tray",
         "rejection_desktop.notifications.delivery", "rejection_desktop.services.recovery",
         "rejection_desktop.services.beliefs", "rejection_desktop.services.privacy",
         "rejection_desktop.ui.lock_screen", "rejection_desktop.services.backups",
         "rejection_desktop.db.keyfile")


def start_up(data: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]), QT_QPA_PLATFORM="offscreen",
               REJECTION_DESKTOP_DATA_DIR=str(data))
    done = subprocess.run([sys.executable, str(CHILD)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)


@pytest.mark.parametrize("journal", ["new", "closed cleanly"])
def test_today_shows_before_reminders_tray_and_recovery_are_loaded(tmp_path, clock, journal):
    data = tmp_path / "data"
    if journal != "new":
        open_context(data, clock).close()
    lines = start_up(data)
    assert list(lines) == ["today", "ready", "after"]  # Today painted, then start-up finished
    loaded = {stage: set(lines[stage].split()) for stage in ("today", "ready")}
    assert "rejection_desktop.ui.pages.today" in loaded["today"]
    assert sorted(m for m in LATER if m in loaded["today"]) == []
    # once ready, the reminders, the tray, backups and every service are there
    assert "rejection_desktop.app.reminders" in loaded["ready"]
    assert "rejection_desktop.services.beliefs" in loaded["ready"]
    assert "rejection_desktop.services.backups" in loaded["ready"]
    if sys.platform.startswith("linux"):
        assert "asyncio" not in loaded["ready"]
    assert lines["after"] == "gc=True sources=0"
