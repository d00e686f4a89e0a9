"""SIGTERM and SIGINT end the real app within 2 s, drafts written first, whatever is open.

Each test starts the app as a process on a private Xvfb server through
``helpers/signal_target.py`` (the real entry point plus a scene built with real clicks), waits
for ``ready``, sends the signal and times the exit.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.signal_target import NOTE_TEXT

from rejection_desktop.context import open_context

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX signals"),
    pytest.mark.skipif(not any((Path(d) / "Xvfb").exists()
                               for d in os.environ.get("PATH", "").split(os.pathsep)),
                       reason="Xvfb is not installed"),
]

ROOT = Path(__file__).parents[2]
TARGET = ROOT / "tests" / "helpers" / "signal_target.py"
DEADLINE_S = 2.0


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                           "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True) as xvfb:
        try:
            assert xvfb.stdout is not None
            number = xvfb.stdout.readline().strip()
            assert number, "Xvfb did not report a display"
            yield f":{number}"
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)


def journal(data: Path, *, onboarded: bool = True) -> Path:
    """A journal in ``data`` whose first-run wizard is done (unless ``onboarded`` is False)."""
    if onboarded:
        context = open_context(data)
        context.services.settings.set("onboarding_done", True)
        context.close()
    return data


def signal_scene(display: str, data: Path, scene: str, number: int
                 ) -> tuple[float, int, list[str], str]:
    """Start the app in ``scene``, send ``number`` once it is ready; (seconds to exit, exit
    code, stdout lines, stderr)."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    child = subprocess.Popen([sys.executable, str(TARGET), scene, "--data-dir", str(data)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    assert child.stdout is not None and child.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(line.strip() for line in child.stdout),
                              daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while "ready" not in lines:
        if child.poll() is not None or "scene failed" in lines or time.monotonic() > deadline:
            child.kill()
            child.wait()
            pytest.fail(f"the scene {scene} was not set up: {lines} {child.stderr.read()}")
        time.sleep(0.02)
    time.sleep(0.2)  # idle in the event loop
    sent = time.monotonic()
    child.send_signal(number)
    try:
        child.wait(timeout=15)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        pytest.fail(f"{scene}: still running 15 s after signal {number}")
    took = time.monotonic() - sent
    reader.join(timeout=5)
    stderr = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    return took, child.returncode, lines, stderr


def test_sigterm_with_the_plan_form_open_always_ends_the_app(display, tmp_path):
    data = journal(tmp_path / "data")
    for attempt in range(10):
        took, code, lines, stderr = signal_scene(display, data, "form", signal.SIGTERM)
        assert took < DEADLINE_S, f"try {attempt}: {took:.2f} s"
        assert (code, lines[-1]) == (0, "exited 0"), f"try {attempt}: {lines} {stderr}"
    log = (data / "logs" / "rejection-desktop.log").read_text(encoding="utf-8")
    assert log.count("received signal 15; quitting") == 10


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
@pytest.mark.parametrize("scene", ["idle", "message", "form-message", "hidden", "onboarding"])
def test_a_signal_ends_the_app_whatever_is_open(display, tmp_path, scene, number):
    data = journal(tmp_path / "data", onboarded=scene != "onboarding")
    took, code, lines, stderr = signal_scene(display, data, scene, number)
    assert took < DEADLINE_S, f"{took:.2f} s"
    assert code == 0, stderr
    assert lines[-1] == "exited 0"
    assert "Traceback" not in stderr


def stored_drafts(data: Path) -> list[dict]:
    with sqlite3.connect(data / "journal.sqlite3") as connection:
        return [json.loads(payload) for (payload,) in
                connection.execute("SELECT payload FROM draft")]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_what_was_typed_is_a_draft_after_the_signal(display, tmp_path, number):
    """Typed, then the signal at once (before the 1 s autosave): the text is still kept."""
    data = journal(tmp_path / "data")
    took, code, _lines, stderr = signal_scene(display, data, "typed", number)
    assert took < DEADLINE_S
    assert code == 0, stderr
    assert [d["fields"]["context"] for d in stored_drafts(data)] == [NOTE_TEXT]


def test_a_hung_shutdown_still_ends_within_the_deadline(display, tmp_path):
    """A quit step that never returns (here: one that sleeps) cannot keep the process alive;
    the draft was written before it."""
    data = journal(tmp_path / "data")
    took, code, lines, _stderr = signal_scene(display, data, "typed-stuck", signal.SIGTERM)
    assert took < DEADLINE_S, f"{took:.2f} s"
    assert code == 128 + signal.SIGTERM
    assert "exited 0" not in lines
    assert [d["fields"]["context"] for d in stored_drafts(data)] == [NOTE_TEXT]
    log = (data / "logs" / "rejection-desktop.log").read_text(encoding="utf-8")
    assert "still running 1.5 s after signal 15; exiting now" in log
