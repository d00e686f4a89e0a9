"""A private desktop for notification tests: a session D-Bus, Xvfb, dunst and dbus-monitor.

Every process is started by the test and stopped by its PID. ``start_dunst`` takes a dunstrc
(e.g. a ``dmenu`` program that picks a named action from dunst's context menu).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rejection_desktop.notifications.delivery import check_notification_server

TOOLS = ("Xvfb", "dbus-daemon", "dbus-monitor", "dunst", "dunstctl", "notify-send")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
needs_tools = pytest.mark.skipif(
    bool(MISSING), reason=f"missing {', '.join(MISSING)}: run `make system-deps-test` "
    "(Debian: xvfb dbus-daemon dbus-x11 dunst libnotify-bin)")

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
"""A session bus with no service directories: nothing is started by activation behind our back."""


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@dataclass
class Desktop:
    """Processes this test started, stopped by PID at the end."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, args: list[str], *, log: str, pass_fds: tuple[int, ...] = ()
              ) -> subprocess.Popen[bytes]:
        handle = (self.root / log).open("wb")
        process = subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT,
                                   env={**os.environ, **self.env}, pass_fds=pass_fds)
        handle.close()
        self.processes.append(process)
        return process

    def read_fd_line(self, args: Callable[[int], list[str]], log: str) -> str:
        """Start ``args(fd)``, a program that writes one line (display, address) to ``fd``."""
        read_end, write_end = os.pipe()
        self.start(args(write_end), log=log, pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as reader:
            return reader.readline().strip()

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def start_bus(desktop: Desktop) -> str:
    config = desktop.root / "session.conf"
    config.write_text(BUS_CONFIG.format(socket=desktop.root / "bus.sock"))
    address = desktop.read_fd_line(lambda fd: [
        "dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
        f"--print-address={fd}"], "dbus-daemon.log")
    assert address.startswith("unix:"), address
    desktop.env["DBUS_SESSION_BUS_ADDRESS"] = address
    return address


def start_display(desktop: Desktop) -> str:
    """Xvfb on a free display number; returns ``:N`` (also put in ``desktop.env``)."""
    display = desktop.read_fd_line(lambda fd: [
        "Xvfb", "-displayfd", str(fd), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        "xvfb.log")
    assert display.isdigit(), display
    desktop.env.update(DISPLAY=f":{display}", XDG_CONFIG_HOME=str(desktop.root / "config"))
    return f":{display}"


def start_monitor(desktop: Desktop) -> Path:
    """dbus-monitor writing every Notifications call and signal to ``monitor.log``."""
    monitor = desktop.root / "monitor.log"
    desktop.start(["dbus-monitor", "--address", desktop.env["DBUS_SESSION_BUS_ADDRESS"],
                   "interface='org.freedesktop.Notifications'"], log="monitor.log")
    wait_for(lambda: "NameLost" in monitor.read_text(errors="replace"), 10, "dbus-monitor")
    return monitor


def start_dunst(desktop: Desktop, config: Path | None = None) -> None:
    """dunst (with ``-config config`` when given), waited for until it owns its name."""
    desktop.start(["dunst", *(["-config", str(config)] if config else [])], log="dunst.log")
    wait_for(lambda: check_notification_server(
        address=desktop.env["DBUS_SESSION_BUS_ADDRESS"]).ok, 15,
        "dunst to own org.freedesktop.Notifications")


PICKER = """#!/bin/sh
# dunst's dmenu: the offered lines arrive on stdin; print the one naming the wanted action
cat > "{root}/menu-offered.txt"
grep -F -- "$(cat "{root}/menu-wanted.txt")" "{root}/menu-offered.txt" | head -n 1
"""


def menu_picker_config(desktop: Desktop) -> Path:
    """A dunstrc whose ``dmenu`` prints the offered line containing ``menu-wanted.txt``."""
    script = desktop.root / "pick-action.sh"
    script.write_text(PICKER.format(root=desktop.root))
    script.chmod(0o700)
    config = desktop.root / "dunstrc"
    config.write_text(f"[global]\n    dmenu = {script}\n")
    return config


def pick_from_context_menu(desktop: Desktop, label: str) -> None:
    """Choose the action labelled ``label`` through dunst's context menu."""
    (desktop.root / "menu-wanted.txt").write_text(label)
    dunstctl(desktop, "context")


def dunstctl(desktop: Desktop, *args: str) -> str:
    return subprocess.run(["dunstctl", *args], env={**os.environ, **desktop.env}, check=True,
                          timeout=10, capture_output=True, text=True).stdout


PLAIN_SERVER = Path(__file__).with_name("plain_notification_server.py")


def start_plain_server(desktop: Desktop) -> Path:
    """The fake server without the "actions" capability; returns the file of its Notify calls."""
    calls = desktop.root / "plain-calls.jsonl"
    desktop.start([sys.executable, str(PLAIN_SERVER), desktop.env["DBUS_SESSION_BUS_ADDRESS"],
                   str(calls)], log="plain-server.log")
    wait_for(lambda: check_notification_server(
        address=desktop.env["DBUS_SESSION_BUS_ADDRESS"]).ok, 15,
        "the plain server to own org.freedesktop.Notifications")
    return calls


def plain_calls(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def notify_calls(monitor: Path) -> list[list[str]]:
    """The lines of every Notify call in a dbus-monitor log (top-level arguments are indented
    by three spaces: app name, replaces id, icon, summary, body, actions, hints, timeout)."""
    calls: list[list[str]] = []
    current: list[str] | None = None
    for line in monitor.read_text(errors="replace").splitlines():
        if line.startswith(("method call", "signal", "method return", "error")):
            current = [] if "member=Notify" in line else None
            if current is not None:
                calls.append(current)
        elif current is not None:
            current.append(line)
    return calls


def top_level_strings(call: list[str]) -> list[str]:
    prefix = '   string "'
    return [line[len(prefix):-1] for line in call if line.startswith(prefix)]


def dunst_history(desktop: Desktop) -> list[dict]:
    env = {**os.environ, **desktop.env}
    subprocess.run(["dunstctl", "close-all"], env=env, check=True, timeout=10)
    output = subprocess.run(["dunstctl", "history"], env=env, check=True, timeout=10,
                            capture_output=True, text=True).stdout
    return json.loads(output)["data"][0]


