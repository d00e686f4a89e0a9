"""The Windows/macOS backend (desktop-notifier on its asyncio thread) driven for real on Linux.

desktop-notifier's Linux backend talks D-Bus, so ``REJECTION_DESKTOP_NOTIFIER=desktop-notifier``
puts it first in the assembled app's chain here, against dunst on a private bus under Xvfb. The
follow-up goes out through the real scheduler; dunst's default action (``dunstctl action 0``)
and a named button (its context menu, answered by a ``dmenu`` script) come back through the
asyncio thread, the queued signal and the app's action routing. What this cannot show is the
Windows toast and macOS Notification Center APIs themselves (the release workflow builds and
smoke-checks those bundles).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from helpers.notification_desktop import (
    dunstctl,
    needs_tools,
    notify_calls,
    pick_from_context_menu,
    wait_for,
)
from PySide6.QtWidgets import QApplication
from test_notification_actions import follow_up_soon, log_form, wait_delivered

from rejection_desktop.app.assemble import assemble
from rejection_desktop.app.reminders import BACKEND_VARIABLE
from rejection_desktop.db.models import Reminder
from rejection_desktop.notifications.crossplatform import DesktopNotifierBackend

pytest.importorskip("desktop_notifier")
pytestmark = pytest.mark.notifications


@pytest.fixture
def forced_app(qtbot, real_time_context, monkeypatch):
    """The assembled app with desktop-notifier first in its chain (as on Windows and macOS)."""
    monkeypatch.setenv(BACKEND_VARIABLE, DesktopNotifierBackend.name)
    shell, runtime = assemble(QApplication.instance(), real_time_context)
    qtbot.addWidget(shell.window)
    yield shell, runtime
    runtime.shutdown()
    shell.flow.close_all()


def notifier_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "notifications-asyncio"]


@needs_tools
def test_a_click_on_the_body_opens_the_log_form_through_the_asyncio_thread(
        notification_server, forced_app, real_time_context, qtbot) -> None:
    shell, runtime = forced_app
    assert isinstance(runtime.backends[0], DesktopNotifierBackend)
    attempt_id = follow_up_soon(real_time_context)
    delivery = wait_delivered(qtbot, runtime)
    assert (delivery.backend, delivery.buttons) == ("desktop-notifier", True), \
        delivery.describe()
    assert "D-Bus" in delivery.detail
    monitor = notification_server.root / "monitor.log"
    wait_for(lambda: notify_calls(monitor), 10, "the Notify call in dbus-monitor")
    text = "\n".join(notify_calls(monitor)[-1])
    for label in ("Log it now", "Snooze 15 min", "Snooze 1 h", "Didn't ask"):
        assert f'string "{label}"' in text
    assert 'string "default"' in text
    assert len(notifier_threads()) == 1  # the loop lives in its own thread
    assert not shell.window.isVisible()

    dunstctl(notification_server, "action", "0")  # a click on the notification's body
    qtbot.waitUntil(lambda: log_form(shell, attempt_id) is not None, timeout=10_000)
    assert log_form(shell, attempt_id).isVisible() and shell.window.isVisible()
    assert shell.window.current_page_key() == "today"
    assert [e.what for e in runtime.history.entries()][:2] == ["action", "sent_buttons"]

    runtime.shutdown()
    wait_for(lambda: not notifier_threads(), 10, "the asyncio thread to stop")


@needs_tools
def test_snooze_from_a_named_button_moves_that_reminder(notification_server, forced_app,
                                                        real_time_context, qtbot) -> None:
    shell, runtime = forced_app
    attempt_id = follow_up_soon(real_time_context)
    assert wait_delivered(qtbot, runtime).backend == "desktop-notifier"
    followup = Reminder.get((Reminder.attempt == attempt_id) & (Reminder.kind == "followup"))
    first_due = followup.due_at

    pick_from_context_menu(notification_server, "Snooze 15 min")
    qtbot.waitUntil(lambda: Reminder.get_by_id(followup.id).due_at != first_due,
                    timeout=10_000)
    due = Reminder.get_by_id(followup.id).due_at
    assert timedelta(minutes=14) < due - datetime.now(UTC) <= timedelta(minutes=15)
    assert runtime.scheduler.next_at == due
    assert shell.window.banner.text.text() == \
        f"Snoozed: it comes back at {due.strftime('%H:%M')}."
    assert log_form(shell, attempt_id) is None
    assert runtime.history.entries()[0].what == "snoozed"


def test_without_a_notification_server_the_chain_falls_back(bus_only, forced_app,
                                                            qtbot) -> None:
    _, runtime = forced_app
    delivery = runtime.send_test_notification()
    assert delivery.backend != "desktop-notifier"
    reasons = dict(delivery.failures)
    assert reasons["desktop-notifier"].startswith("D-Bus is not available: "), reasons
