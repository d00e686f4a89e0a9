"""A plain native notification on macOS without plyer or desktop-notifier: ``osascript``.

plyer's macOS notification needs pyobjus (not shipped), and desktop-notifier needs a signed
app bundle; AppleScript's ``display notification`` needs neither (macOS shows it under Script
Editor's name) and has no buttons, so the tray and the banner keep them. Title and message are
passed as arguments to a fixed script, never pasted into its text.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable

from rejection_desktop.notifications.delivery import BackendUnavailableError, Notice, Sent

OSASCRIPT = "/usr/bin/osascript"
TIMEOUT_S = 5.0
SCRIPT = ("on run argv", "display notification (item 2 of argv) with title (item 1 of argv)",
          "end run")


def osascript_command(notice: Notice, program: str = OSASCRIPT) -> list[str]:
    """The command line that shows ``notice`` (the texts are arguments, not script text)."""
    command = [program]
    for line in SCRIPT:
        command += ["-e", line]
    return [*command, notice.title, notice.message]


class OsascriptBackend:
    """``display notification`` through ``osascript``: plain, no buttons (macOS only)."""

    name = "osascript"
    native = True

    def __init__(self, *, platform: str = sys.platform,
                 which: Callable[[str], str | None] = shutil.which,
                 run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> None:
        self._platform = platform
        self._which = which
        self._run = run

    def send(self, notice: Notice) -> Sent:
        if self._platform != "darwin":
            raise BackendUnavailableError("osascript is used on macOS only")
        program = self._which(OSASCRIPT) or self._which("osascript")
        if program is None:
            raise BackendUnavailableError("osascript was not found")
        try:
            done = self._run(osascript_command(notice, program), capture_output=True,
                             text=True, timeout=TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BackendUnavailableError(f"osascript failed: {type(exc).__name__}") from None
        if done.returncode != 0:
            error = (done.stderr or "").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
            raise BackendUnavailableError(f"osascript failed: {error[0][:200]}")
        return Sent("macOS notification (osascript)", buttons=False)
