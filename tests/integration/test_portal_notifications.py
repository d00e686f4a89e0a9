"""Inside a Flatpak sandbox reminders go through the desktop portal's Notification interface.

The assembled app, told it runs in a sandbox, sends the follow-up through ``AddNotification``
to a portal on a private bus (tests/helpers/fake_portal.py: xdg-desktop-portal itself needs a
sandboxed caller and a portal backend, neither of which runs here), which presses "Snooze 15
min" the way portal version 2 does, activation token included. Asserted: the portal call's
fields, the reminder's new time, and the token handed on for the raise.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.notification_desktop import wait_for
from PySide6.QtWidgets import QApplication
from test_notification_actions import follow_up_soon, wait_delivered

from rejection_desktop.app import reminders as reminders_runtime
from rejection_desktop.app.assemble import assemble
from rejection_desktop.db.models import Reminder
from rejection_desktop.notifications.delivery import PORTAL_SERVICE, check_notification_server
from rejection_desktop.notifications.portal import ID_PREFIX, PortalBackend, in_flatpak

pytestmark = [pytest.mark.notifications, pytest.mark.subprocess]

FAKE_PORTAL = Path(__file__).resolve().parents[1] / "helpers" / "fake_portal.py"
TOKEN = "portal-token-42"


@pytest.fixture
def portal(bus_only) -> Path:
    """The fake portal on the private bus; returns the file of its AddNotification calls."""
    calls = bus_only.root / "portal-calls.jsonl"
    bus_only.start([sys.executable, str(FAKE_PORTAL), bus_only.env["DBUS_SESSION_BUS_ADDRESS"],
                    str(calls), "Snooze 15 min", TOKEN], log="portal.log")
    wait_for(lambda: check_notification_server(
        PORTAL_SERVICE, bus_only.env["DBUS_SESSION_BUS_ADDRESS"]).ok, 15, "the portal")
    return calls


@pytest.fixture
def sandboxed_app(qtbot, real_time_context, monkeypatch):
    monkeypatch.setattr(reminders_runtime, "portal_available", lambda: True)
    monkeypatch.delenv(reminders_runtime.BACKEND_VARIABLE, raising=False)
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    shell, runtime = assemble(QApplication.instance(), real_time_context)
    qtbot.addWidget(shell.window)
    yield shell, runtime
    runtime.shutdown()
    shell.flow.close_all()


def test_flatpak_is_recognised_by_its_info_file(tmp_path) -> None:
    assert not in_flatpak(tmp_path / ".flatpak-info")
    (tmp_path / ".flatpak-info").write_text("[Application]\nname=x\n")
    assert in_flatpak(tmp_path / ".flatpak-info")


def test_a_button_pressed_in_the_portal_snoozes_and_hands_over_its_token(
        portal, sandboxed_app, real_time_context, qtbot) -> None:
    shell, runtime = sandboxed_app
    assert isinstance(runtime.backends[0], PortalBackend)
    attempt_id = follow_up_soon(real_time_context)
    followup = Reminder.get((Reminder.attempt == attempt_id) & (Reminder.kind == "followup"))
    first_due = followup.due_at
    delivery = wait_delivered(qtbot, runtime)
    assert (delivery.backend, delivery.buttons) == ("portal", True), delivery.describe()
    assert delivery.detail == "desktop portal 2"

    call = json.loads(portal.read_text().splitlines()[0])
    assert call["id"].startswith(ID_PREFIX) and call["priority"] == "normal"
    assert call["title"] == "How did it go?"
    assert [b["label"] for b in call["buttons"]][:2] == ["Log it now", "Snooze 15 min"]
    assert call["default-action"] == call["buttons"][0]["action"]

    qtbot.waitUntil(lambda: Reminder.get_by_id(followup.id).due_at != first_due,
                    timeout=10_000)
    due = Reminder.get_by_id(followup.id).due_at
    assert timedelta(minutes=14) < due - datetime.now(UTC) <= timedelta(minutes=15)
    assert os.environ.get("XDG_ACTIVATION_TOKEN") == TOKEN
    assert shell.window.banner.text.text() == \
        f"Snoozed: it comes back at {due.strftime('%H:%M')}."
    assert runtime.history.entries()[0].what == "snoozed"
