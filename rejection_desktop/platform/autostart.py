"""Start at login: an XDG autostart entry (Linux), an HKCU Run value (Windows), a LaunchAgent
plist (macOS). Started this way the app runs with ``--hidden`` and waits in the tray.

Each backend takes its location as a parameter, so tests write into temp folders; the Windows
Run key goes through ``QSettings``, which is the registry with ``NativeFormat`` and an INI file
in tests.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings

from rejection_desktop import APP_EXECUTABLE, APP_ID, APP_NAME

log = logging.getLogger(__name__)

HIDDEN_FLAG = "--hidden"
RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(*, frozen: bool | None = None, executable: str | None = None,
                   data_dir: Path | None = None) -> list[str]:
    """The command that starts this app hidden: the bundle, the installed script, or ``-m``.

    With ``data_dir`` (a journal outside the standard folder) the entry opens that journal.
    """
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    extra = [HIDDEN_FLAG] + (["--data-dir", str(data_dir)] if data_dir is not None else [])
    if frozen:
        return [executable, *extra]
    script = shutil.which(APP_EXECUTABLE)
    if script:
        return [script, *extra]
    return [executable, "-m", "rejection_desktop", *extra]


class Autostart(Protocol):
    """One platform's start-at-login switch."""

    @property
    def location(self) -> str:
        """Where the entry lives, for messages and logs."""
        ...

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


_EXEC_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def desktop_exec(command: Sequence[str]) -> str:
    """``command`` as a Desktop Entry ``Exec`` value (quoting and escaping per the spec)."""
    parts = []
    for argument in command:
        text = argument.replace("%", "%%")
        if any(ch in _EXEC_RESERVED for ch in text):
            inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
            text = f'"{inner}"'
        parts.append(text.replace("\\", "\\\\"))  # the string-level escape comes last
    return " ".join(parts)


class EntryFile:
    """A start-at-login entry that is one file: written atomically, removed to disable."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def location(self) -> str:
        return str(self.path)

    def write(self, content: bytes) -> None:
        """Replace the entry with ``content`` (never leaves half a file)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_bytes(content)
        os.replace(temporary, self.path)
        log.info("start at login: wrote %s", self.path)

    def disable(self) -> None:
        if self.path.exists():
            self.path.unlink()
            log.info("start at login: removed %s", self.path)


class XdgAutostart(EntryFile):
    """``$XDG_CONFIG_HOME/autostart/<app id>.desktop``."""

    def __init__(self, config_home: Path) -> None:
        super().__init__(config_home / "autostart" / f"{APP_ID}.desktop")

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "\nHidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def enable(self, command: Sequence[str]) -> None:
        entry = "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Wait in the tray and send your reminders",
            f"Exec={desktop_exec(command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ])
        self.write(entry.encode("utf-8"))


class WindowsRunKey:
    """A value named after the app under ``HKCU\\...\\CurrentVersion\\Run``."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(RUN_KEY,
                                                               QSettings.Format.NativeFormat)

    @property
    def location(self) -> str:
        return f"{self.store.fileName()}\\{APP_NAME}"

    def is_enabled(self) -> bool:
        return bool(self.store.value(APP_NAME, ""))

    def enable(self, command: Sequence[str]) -> None:
        self.store.setValue(APP_NAME, subprocess.list2cmdline(list(command)))
        self.store.sync()
        log.info("start at login: set the Run value")

    def disable(self) -> None:
        self.store.remove(APP_NAME)
        self.store.sync()
        log.info("start at login: removed the Run value")


class LaunchAgent(EntryFile):
    """``~/Library/LaunchAgents/<app id>.plist`` with ``RunAtLoad``."""

    def __init__(self, agents_dir: Path) -> None:
        super().__init__(agents_dir / f"{APP_ID}.plist")

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        import plistlib  # noqa: PLC0415 - macOS only

        self.write(plistlib.dumps({
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }))


def autostart_for(platform: str = sys.platform, *, home: Path | None = None,
                  env: Mapping[str, str] | None = None) -> Autostart:
    """The start-at-login backend for ``platform`` (paths from ``home`` and ``env``)."""
    env = os.environ if env is None else env
    home = home or Path.home()
    if platform.startswith("win"):
        return WindowsRunKey()
    if platform == "darwin":
        return LaunchAgent(home / "Library" / "LaunchAgents")
    config_home = env.get("XDG_CONFIG_HOME") or str(home / ".config")
    return XdgAutostart(Path(config_home))
