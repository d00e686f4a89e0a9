"""On Wayland a click on a reminder raises the window with the server's activation token.

The assembled app runs as a Wayland client (``QT_QPA_PLATFORM=wayland``, ``WAYLAND_DEBUG=client``
logs its protocol requests) with its window hidden, as in the tray. A notification server on a
private bus "clicks" the test notification the way a Wayland server does:
``ActivationToken(id, token)`` then ``ActionInvoked(id, "default")``. The app must open Today
and hand exactly that token to the compositor: ``xdg_activation_v1.activate(token, surface)``.

sway (wlroots) offers ``xdg_activation_v1``; the headless Weston 10 of the bundle tests does
not, so there the test shows what it can: the window comes up and the token is left in the
environment for Qt, which has no activation protocol to hand it to.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.notification_desktop import PLAIN_SERVER, Desktop, check_notification_server, wait_for
from helpers.wayland import sway_display, weston_display

pytestmark = [pytest.mark.notifications, pytest.mark.subprocess, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
APP = Path(__file__).resolve().parents[1] / "helpers" / "wayland_raise_app.py"
TOKEN = "rd-test-token-7f3a"
ACTIVATE = re.compile(r'-> xdg_activation_v1@\d+\.activate\("([^"]*)", wl_surface@\d+\)')


def click_server(bus_only: Desktop) -> None:
    """The fake server that clicks every notice with ``TOKEN``."""
    bus_only.start([sys.executable, str(PLAIN_SERVER), bus_only.env["DBUS_SESSION_BUS_ADDRESS"],
                    str(bus_only.root / "calls.jsonl"), TOKEN], log="click-server.log")
    wait_for(lambda: check_notification_server(
        address=bus_only.env["DBUS_SESSION_BUS_ADDRESS"]).ok, 15, "the clicking server")


def run_app(wayland: dict[str, str], bus: Desktop, data: Path) -> tuple[dict, str]:
    env = {**os.environ, **bus.env, **wayland, "QT_QPA_PLATFORM": "wayland",
           "WAYLAND_DEBUG": "client", "PYTHONPATH": str(ROOT)}
    for name in ("DISPLAY", "XDG_ACTIVATION_TOKEN", "REJECTION_DESKTOP_NOTIFIER"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, str(APP), str(data)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines, result.stdout[-2000:] + result.stderr[-3000:]
    return json.loads(lines[-1]), result.stderr


def assert_raised_by_the_click(report: dict) -> None:
    assert report["platform"] == "wayland"
    assert (report["backend"], report["buttons"]) == ("freedesktop", True)
    assert report["hidden_before"] and report["visible"] and report["page"] == "today"


@pytest.mark.skipif(not shutil.which("sway"), reason="sway is not installed (Debian: sway)")
def test_the_token_from_the_click_goes_to_xdg_activation(bus_only, tmp_path) -> None:
    click_server(bus_only)
    with sway_display() as wayland:
        report, protocol = run_app(wayland, bus_only, tmp_path / "data")
    assert_raised_by_the_click(report)
    assert 'global(' in protocol and '"xdg_activation_v1"' in protocol
    assert ACTIVATE.findall(protocol)[:1] == [TOKEN]  # the first activation uses our token
    assert report["token_left"] is None  # Qt took it out of the environment when it used it


@pytest.mark.skipif(not shutil.which("weston"), reason="weston is not installed (make test-dist)")
def test_under_weston_the_window_comes_up_and_the_token_waits_for_qt(bus_only,
                                                                      tmp_path) -> None:
    click_server(bus_only)
    with weston_display(tmp_path / "runtime") as wayland:
        report, protocol = run_app(wayland, bus_only, tmp_path / "data")
    assert_raised_by_the_click(report)
    assert '"xdg_activation_v1"' not in protocol  # Weston 10 has no activation protocol
    assert report["token_left"] == TOKEN
