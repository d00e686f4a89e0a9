"""Killing the app while the user types loses nothing typed more than 2 s before the kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers.flow_driver import click
from helpers.reflection_typist import typed_text

from rejection_desktop.app.context import open_context
from rejection_desktop.ui.attempt_flow import AttemptFlow
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog

pytestmark = [pytest.mark.subprocess, pytest.mark.slow]

TYPIST = Path(__file__).parent.parent / "helpers" / "reflection_typist.py"
ROOT = Path(__file__).parents[2]


def read_lines(stream, lines: list[tuple[float, str]]) -> None:
    for line in stream:
        lines.append((time.monotonic(), line.strip()))


def run_and_kill(data_dir: Path, seconds: float) -> tuple[int, str, float, list]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(TYPIST), str(data_dir)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    lines: list[tuple[float, str]] = []
    reader = threading.Thread(target=read_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while not any(text.startswith("ready") for _, text in lines):
        if child.poll() is not None:
            stderr = child.stderr.read()
            child.stdout.close()
            child.stderr.close()
            pytest.fail(f"the typist stopped: {stderr}")
        assert time.monotonic() < deadline, "the typist did not start"
        time.sleep(0.02)
    attempt_id = int(next(text for _, text in lines if text.startswith("ready")).split()[1])
    time.sleep(seconds)
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=5)
    stderr = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, stderr
    return attempt_id, stderr, killed_at, lines


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("seconds", [2.6, random.Random(11).uniform(3.0, 5.0)])
def test_a_killed_reflection_is_offered_back_with_everything_typed_2s_before(
        qtbot, tmp_path, seconds):
    attempt_id, stderr, killed_at, lines = run_and_kill(tmp_path, seconds)
    typed = [(at, int(text.split()[1])) for at, text in lines if text.startswith("typed")]
    assert typed, stderr
    due = max((length for at, length in typed if at <= killed_at - 2.0), default=0)
    assert due > 0, "the typist typed for less than 2 s"
    expected = typed_text(len(typed) + 5)

    context = open_context(tmp_path)  # the next start
    try:
        flow = AttemptFlow(context.services)
        [pending] = flow.pending_drafts()
        assert pending.form == "reflection" and pending.payload["attempt_id"] == attempt_id
        kept = pending.payload["fields"]["answers"][0]["answer"]
        assert len(kept) >= due, (len(kept), due)
        assert expected.startswith(kept)  # exactly what was typed, in order

        offer = flow.offer_drafts()
        assert offer is not None and offer.list.count() == 1
        click(qtbot, offer.open_button)
        [dialog] = [d for d in flow.open_dialogs() if isinstance(d, ReflectionDialog)]
        assert dialog.attempt is not None and dialog.attempt.id == attempt_id
        assert dialog.first_answer_edit().toPlainText() == kept
        click(qtbot, dialog.save_button)
        [reflection] = context.services.reflections.for_attempt(attempt_id)
        assert reflection.answers[0].answer == kept
        assert context.services.drafts.list_drafts() == []
        flow.close_all()
    finally:
        context.close()
