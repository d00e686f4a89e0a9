"""Fixtures for tests that start a private desktop (session bus, Xvfb, dunst)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from helpers.notification_desktop import (
    MISSING,
    Desktop,
    menu_picker_config,
    start_bus,
    start_display,
    start_dunst,
    start_monitor,
)

from rejection_desktop.app.context import open_context


@pytest.fixture
def bus_only(tmp_path, monkeypatch) -> Iterator[Desktop]:
    """A private session bus on which nobody owns org.freedesktop.Notifications."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("missing dbus-daemon (Debian: dbus-daemon)")
    desktop = Desktop(tmp_path / "desktop")
    desktop.root.mkdir()
    try:
        address = start_bus(desktop)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield desktop
    finally:
        desktop.stop()


@pytest.fixture
def notification_server(bus_only: Desktop, monkeypatch) -> Desktop:
    """Xvfb + dunst on the private bus, and dbus-monitor writing every Notifications call.

    dunst's ``dmenu`` is a script that picks a named action (``pick_from_context_menu``).
    """
    if MISSING:
        pytest.skip(f"missing {', '.join(MISSING)}")
    desktop = bus_only
    monkeypatch.setenv("DISPLAY", start_display(desktop))
    start_monitor(desktop)
    start_dunst(desktop, menu_picker_config(desktop))
    return desktop


@pytest.fixture
def real_time_context(tmp_path):
    """A journal on the real clock (the scheduler's QTimer runs in real time here)."""
    context = open_context(tmp_path / "data")
    settings = context.services.settings
    settings.set("timezone", "UTC")
    settings.set("quiet_hours_enabled", False)  # the test may run at any hour
    settings.set("planned_minutes_before", 0)
    yield context
    context.close()
