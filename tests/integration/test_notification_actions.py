"""Acting on a reminder from the desktop: dunst on a private bus under Xvfb, the assembled app.

The follow-up goes out through the real scheduler (real clock, real QTimer) and the freedesktop
backend; dunst's default action (``dunstctl action 0``, a click on the body) and its named
actions (the context menu, answered by a ``dmenu`` script) come back as ``ActionInvoked`` on the
app's event loop. Assertions on the form that opens, the database and the reminder's new time.
A server without the "actions" capability gets the same reminder without buttons, and the
in-app banner carries them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers.notification_desktop import (
    dunstctl,
    needs_tools,
    notify_calls,
    pick_from_context_menu,
    plain_calls,
    start_plain_server,
    wait_for,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rejection_desktop.app.assemble import assemble
from rejection_desktop.db.models import Attempt, Reminder
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.ui.dialogs.attempt_dialog import AttemptDialog, AttemptMode

pytestmark = pytest.mark.notifications


@pytest.fixture
def app(qtbot, real_time_context):
    """The assembled app (window, shell, reminder runtime) on the real clock."""
    shell, runtime = assemble(QApplication.instance(), real_time_context)
    qtbot.addWidget(shell.window)
    yield shell, runtime
    runtime.shutdown()
    shell.flow.close_all()


def follow_up_soon(context, seconds: float = 1.5) -> int:
    """An ask planned a minute ago whose "How did it go?" is due in ``seconds``."""
    services = context.services
    services.settings.set("followup_minutes", 1)
    challenge = services.challenges.list_challenges()[0]
    planned_at = datetime.now(UTC) - timedelta(seconds=60 - seconds)
    return services.attempts.plan(challenge.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                            planned_at=planned_at))


def wait_delivered(qtbot, runtime):
    with qtbot.waitSignal(runtime.chain.delivered, timeout=15_000) as delivered:
        pass
    return delivered.args[0]


def log_form(shell, attempt_id: int) -> AttemptDialog | None:
    for dialog in shell.flow.open_dialogs():
        if isinstance(dialog, AttemptDialog) and dialog.attempt is not None \
                and dialog.attempt.id == attempt_id and dialog.mode is AttemptMode.LOG:
            return dialog
    return None


@needs_tools
def test_clicking_the_follow_up_opens_the_log_form_of_that_ask(notification_server, app,
                                                               real_time_context, qtbot) -> None:
    shell, runtime = app
    attempt_id = follow_up_soon(real_time_context)
    delivery = wait_delivered(qtbot, runtime)
    assert (delivery.backend, delivery.buttons) == ("freedesktop", True), delivery.describe()
    monitor = notification_server.root / "monitor.log"
    wait_for(lambda: notify_calls(monitor), 10, "the Notify call in dbus-monitor")
    text = "\n".join(notify_calls(monitor)[-1])
    for label in ("Log it now", "Snooze 15 min", "Snooze 1 h", "Didn't ask"):
        assert f'string "{label}"' in text
    assert 'string "default"' in text and 'string "desktop-entry"' in text
    assert not shell.window.isVisible()

    dunstctl(notification_server, "action", "0")  # a click on the notification's body
    qtbot.waitUntil(lambda: log_form(shell, attempt_id) is not None, timeout=10_000)
    dialog = log_form(shell, attempt_id)
    assert dialog.isVisible() and shell.window.isVisible()
    assert shell.window.current_page_key() == "today"
    assert [e.what for e in runtime.history.entries()][:2] == ["action", "sent_buttons"]


@needs_tools
def test_snooze_from_dunsts_menu_moves_that_reminder(notification_server, app,
                                                     real_time_context, qtbot) -> None:
    shell, runtime = app
    attempt_id = follow_up_soon(real_time_context)
    wait_delivered(qtbot, runtime)
    followup = Reminder.get((Reminder.attempt == attempt_id) & (Reminder.kind == "followup"))
    first_due = followup.due_at

    pick_from_context_menu(notification_server, "Snooze 15 min")
    qtbot.waitUntil(lambda: Reminder.get_by_id(followup.id).due_at != first_due,
                    timeout=10_000)
    due = Reminder.get_by_id(followup.id).due_at
    assert timedelta(minutes=14) < due - datetime.now(UTC) <= timedelta(minutes=15)
    assert runtime.scheduler.next_at == due  # armed for the snooze's end
    offered = (notification_server.root / "menu-offered.txt").read_text()
    assert "Snooze until this evening" in offered or datetime.now(UTC).hour >= 18
    assert shell.window.banner.text.text() == \
        f"Snoozed: it comes back at {due.strftime('%H:%M')}."
    assert log_form(shell, attempt_id) is None
    assert runtime.history.entries()[0].what == "snoozed"


@needs_tools
def test_didnt_ask_from_dunsts_menu_logs_it_and_asks_what_stopped_me(
        notification_server, app, real_time_context, qtbot) -> None:
    shell, runtime = app
    attempt_id = follow_up_soon(real_time_context)
    wait_delivered(qtbot, runtime)
    pick_from_context_menu(notification_server, "Didn't ask")
    qtbot.waitUntil(shell.window.isVisible, timeout=10_000)  # brought forward for the question
    qtbot.waitUntil(lambda: runtime.what_stopped is not None
                    and runtime.what_stopped.isVisible(), timeout=10_000)
    assert Attempt.get_by_id(attempt_id).outcome == "not_attempted"
    dialog = runtime.what_stopped
    qtbot.keyClicks(dialog.edit, "I felt rushed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Attempt.get_by_id(attempt_id).what_stopped_me == "I felt rushed"
    qtbot.waitUntil(lambda: runtime.what_stopped is None, timeout=5_000)


@needs_tools
def test_a_second_notice_in_the_same_slot_replaces_the_first(notification_server, app,
                                                              qtbot) -> None:
    _, runtime = app
    first = runtime.send_test_notification()
    second = runtime.send_test_notification()
    assert first.buttons and second.buttons
    monitor = notification_server.root / "monitor.log"
    wait_for(lambda: len(notify_calls(monitor)) == 2, 10, "two Notify calls")
    replaces = [next(line.strip() for line in call if line.startswith("   uint32"))
                for call in notify_calls(monitor)]
    assert replaces[0] == "uint32 0" and replaces[1] != "uint32 0"
    assert dunstctl(notification_server, "count", "displayed").strip() == "1"


def test_a_server_without_buttons_gets_a_plain_notice_and_the_banner_has_them(
        bus_only, app, real_time_context, qtbot) -> None:
    shell, runtime = app
    calls = start_plain_server(bus_only)
    attempt_id = follow_up_soon(real_time_context)
    delivery = wait_delivered(qtbot, runtime)
    assert (delivery.backend, delivery.native, delivery.buttons) == ("freedesktop", True, False)
    [call] = plain_calls(calls)
    assert call["actions"] == [] and call["summary"] == "How did it go?"
    assert "desktop-entry" in call["hints"] and "urgency" in call["hints"]

    banner = shell.window.banner
    assert banner.isVisibleTo(shell.window)
    assert "How did it go?" in banner.text.text()
    assert [b.text() for b in banner.buttons] == ["Log it now", "Snooze 15 min", "Didn't ask"]
    assert runtime.chain.missed == 0  # the desktop showed it; the banner only adds buttons
    assert runtime.history.entries()[0].what == "sent_plain"
    shell.window.show()
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log_form(shell, attempt_id) is not None, timeout=5_000)
    assert not banner.isVisible()
