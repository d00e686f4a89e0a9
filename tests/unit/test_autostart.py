"""Start at login on each OS, written into temp locations and read back."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rejection_desktop import APP_ID, APP_NAME
from rejection_desktop.platform.autostart import (
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    autostart_for,
    desktop_exec,
    launch_command,
)
from rejection_desktop.services.start_at_login import StartAtLogin

COMMAND = ["/opt/Rejection Desktop/rejection-desktop", "--hidden"]


def read_desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep key case
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


@pytest.mark.subprocess  # runs a validator or a notify-send script
def test_xdg_entry_is_written_valid_and_removed(tmp_path) -> None:
    backend = XdgAutostart(tmp_path / "config")
    assert not backend.is_enabled()
    backend.enable(COMMAND)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert backend.is_enabled() and path.is_file()
    entry = read_desktop(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == '"/opt/Rejection Desktop/rejection-desktop" --hidden'
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    backend.disable()
    assert not path.exists() and not backend.is_enabled()
    backend.disable()  # removing twice is fine


def test_an_entry_switched_off_by_the_desktop_counts_as_off(tmp_path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(COMMAND)
    backend.path.write_text(backend.path.read_text() + "Hidden=true\n")
    assert not backend.is_enabled()


@pytest.mark.parametrize(("argument", "written"), [
    ("plain", "plain"),
    ("/with space/app", '"/with space/app"'),
    ('say "hi"', '"say \\\\"hi\\\\""'),
    ("cost$5", '"cost\\\\$5"'),
    ("C:\\Apps", '"C:\\\\\\\\Apps"'),
    ("100%", "100%%"),
])
def test_exec_arguments_are_quoted_per_the_desktop_entry_spec(argument, written) -> None:
    assert desktop_exec([argument]) == written


def test_windows_run_value_is_set_and_removed(tmp_path) -> None:
    ini = tmp_path / "run.ini"
    backend = WindowsRunKey(QSettings(str(ini), QSettings.Format.IniFormat))
    assert not backend.is_enabled()
    backend.enable(["C:\\Program Files\\Rejection Desktop\\rejection-desktop.exe", "--hidden"])
    reread = QSettings(str(ini), QSettings.Format.IniFormat)
    assert reread.value(APP_NAME) == \
        '"C:\\Program Files\\Rejection Desktop\\rejection-desktop.exe" --hidden'
    assert backend.is_enabled()
    backend.disable()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(APP_NAME) is None
    assert not backend.is_enabled()


@pytest.mark.subprocess  # runs a validator or a notify-send script
def test_macos_launch_agent_is_written_and_removed(tmp_path) -> None:
    agents = tmp_path / "Library" / "LaunchAgents"
    backend = LaunchAgent(agents)
    backend.enable(["/Applications/Rejection Desktop.app/Contents/MacOS/rejection-desktop",
                    "--hidden"])
    path = agents / f"{APP_ID}.plist"
    with path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent == {
        "Label": APP_ID,
        "ProgramArguments": ["/Applications/Rejection Desktop.app/Contents/MacOS/"
                             "rejection-desktop", "--hidden"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    if shutil.which("plutil"):
        assert subprocess.run(["plutil", "-lint", str(path)], check=False).returncode == 0
    assert backend.is_enabled()
    backend.disable()
    assert not path.exists() and not backend.is_enabled()


def test_the_backend_matches_the_platform(tmp_path) -> None:
    linux = autostart_for("linux", home=tmp_path, env={})
    assert isinstance(linux, XdgAutostart)
    assert linux.path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    custom = autostart_for("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "x")})
    assert custom.location == str(tmp_path / "x" / "autostart" / f"{APP_ID}.desktop")
    mac = autostart_for("darwin", home=tmp_path, env={})
    assert isinstance(mac, LaunchAgent)
    assert mac.path.parent == tmp_path / "Library" / "LaunchAgents"
    assert isinstance(autostart_for("win32", home=tmp_path, env={}), WindowsRunKey)


def test_the_launch_command_starts_hidden(monkeypatch, tmp_path) -> None:
    assert launch_command(frozen=True, executable="/opt/app/rd") == ["/opt/app/rd", "--hidden"]
    monkeypatch.setenv("PATH", str(tmp_path))
    assert launch_command(frozen=False) == [sys.executable, "-m", "rejection_desktop",
                                            "--hidden"]
    script = tmp_path / "rejection-desktop"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launch_command(frozen=False) == [str(script), "--hidden"]


def test_the_toggle_writes_the_entry_and_the_setting(services, tmp_path) -> None:
    toggle = StartAtLogin(services.settings, XdgAutostart(tmp_path), COMMAND)
    toggle.set_enabled(True)
    assert toggle.enabled() and services.settings.get("start_at_login") is True
    toggle.backend.path.unlink()  # e.g. removed by a cleaner; the next start writes it again
    toggle.refresh()
    assert toggle.enabled()
    toggle.set_enabled(False)
    assert not toggle.enabled() and services.settings.get("start_at_login") is False
    toggle.refresh()
    assert not toggle.enabled()


def test_a_failed_write_leaves_the_setting_alone(services, tmp_path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    toggle = StartAtLogin(services.settings, XdgAutostart(blocker), COMMAND)
    with pytest.raises(OSError):
        toggle.set_enabled(True)
    assert services.settings.get("start_at_login") is False
    assert not toggle.enabled()


def test_a_journal_outside_the_standard_folder_is_named_in_the_login_entry(tmp_path):
    from rejection_desktop.platform.autostart import launch_command

    command = launch_command(frozen=True, executable="/opt/rd/rejection-desktop",
                             data_dir=tmp_path / "journal")
    assert command == ["/opt/rd/rejection-desktop", "--hidden", "--data-dir",
                       str(tmp_path / "journal")]
    assert launch_command(frozen=True, executable="/opt/rd/rejection-desktop") == [
        "/opt/rd/rejection-desktop", "--hidden"]
