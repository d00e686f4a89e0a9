"""The app as a screen reader sees it: a real window on Xvfb, the AT-SPI bus of a private
session, and Debian's pyatspi (run by the system python, ``helpers/atspi_driver.py``) doing
the daily loop by accessible names only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.notification_desktop import Desktop, start_bus, start_display, wait_for

from rejection_desktop.app.context import open_context
from rejection_desktop.db.models import Attempt, Reflection
from rejection_desktop.services.clock import system_clock

DRIVER = Path(__file__).resolve().parents[1] / "helpers" / "atspi_driver.py"
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path(LAUNCHER).exists():
        missing.append("at-spi2-core")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False).returncode == 0
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


pytestmark = pytest.mark.skipif(
    bool(missing_tools()), reason=f"missing {', '.join(missing_tools())} (Debian: xvfb "
    "dbus-daemon at-spi2-core python3-pyatspi; `make system-deps-test`)")


@pytest.fixture
def screen_reader_desktop(tmp_path) -> Iterator[Desktop]:
    """Xvfb, a private session bus and the accessibility bus launched on it."""
    desktop = Desktop(tmp_path / "desktop")
    desktop.root.mkdir()
    try:
        start_bus(desktop)
        start_display(desktop)
        desktop.start([LAUNCHER, "--launch-immediately"], log="at-spi-bus-launcher.log")
        address = desktop.env["DBUS_SESSION_BUS_ADDRESS"]
        wait_for(lambda: subprocess.run(
            ["dbus-send", f"--bus={address}", "--print-reply", "--dest=org.a11y.Bus",
             "/org/a11y/bus", "org.a11y.Bus.GetAddress"], capture_output=True,
            check=False).returncode == 0, 20, "the accessibility bus")
        yield desktop
    finally:
        desktop.stop()


@pytest.fixture
def running_app(screen_reader_desktop, tmp_path) -> Iterator[tuple[Desktop, Path]]:
    """The app in a real window with accessibility on, past its first-start welcome."""
    data = tmp_path / "data"
    context = open_context(data, system_clock)
    context.services.settings.set("onboarding_done", True)
    context.close()
    desktop = screen_reader_desktop
    desktop.env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                       QT_ACCESSIBILITY="1", LANG="C.UTF-8", LANGUAGE="")
    app = desktop.start([sys.executable, "-m", "rejection_desktop", "--data-dir", str(data)],
                        log="app.log")
    yield desktop, data
    if app.poll() is None:
        app.terminate()
        app.wait(timeout=30)


def drive(desktop: Desktop, command: str) -> dict:
    """Run the AT-SPI driver; its last line is the JSON result."""
    result = subprocess.run([SYSTEM_PYTHON, str(DRIVER), command], capture_output=True,
                            text=True, timeout=240, check=False,
                            env={**os.environ, **desktop.env})
    lines = result.stdout.strip().splitlines()
    outcome = json.loads(lines[-1]) if lines else {"ok": False, "error": result.stderr}
    app_log = (desktop.root / "app.log").read_text(errors="replace")[-3000:]
    assert outcome["ok"], f"{outcome['error']}\n--- stderr\n{result.stderr[-2000:]}\n" \
                          f"--- app log\n{app_log}"
    return outcome


def test_every_interactive_control_on_the_five_pages_has_a_name(running_app):
    desktop, _data = running_app
    outcome = drive(desktop, "names")
    assert list(outcome["checked"]) == ["Today", "Challenges", "Journal", "Progress", "Settings"]
    assert sum(outcome["checked"].values()) >= 20, outcome  # the walk really saw the controls


def test_the_daily_loop_by_accessible_names_alone(running_app):
    """Today -> plan an ask -> log it (rejected) -> reflect, all through AT-SPI."""
    desktop, data = running_app
    drive(desktop, "loop")
    app = desktop.processes[-1]
    app.terminate()
    app.wait(timeout=30)
    context = open_context(data, system_clock)
    try:
        attempt = Attempt.get()
        assert (attempt.outcome, attempt.context, attempt.predicted_no,
                attempt.expected_badness, attempt.actual_badness) == (
            "rejected", "the bakery on the corner", 80, 70, 30)
        reflection = Reflection.get()
        assert reflection.attempt_id == attempt.id
        assert reflection.free_text == "It was less bad than I thought."
    finally:
        context.close()
