"""Reminder actions in the window: the tray menu, the tray message, the banner, Settings.

The assembled app (shell and reminder runtime wired as at start-up) on a fake clock, with a
desktop that shows nothing (so reminders reach the banner); real clicks on real widgets.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.stand_ins import NoDesktop, TrayOnly
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from rejection_desktop.app import reminders as reminders_runtime
from rejection_desktop.app.assemble import assemble
from rejection_desktop.db.models import Attempt
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.ui.dialogs.attempt_dialog import AttemptDialog, AttemptMode
from rejection_desktop.ui.widgets.reminder_settings import ReminderSettings


@pytest.fixture
def app(qtbot, context, monkeypatch):
    services = context.services
    services.settings.set("timezone", "Europe/Berlin")
    services.settings.set("onboarding_done", True)
    services.settings.set("quiet_hours_enabled", False)
    services.settings.set("planned_minutes_before", 0)
    monkeypatch.setattr(reminders_runtime, "default_backends", lambda *_: [NoDesktop()])
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 760)
    yield shell, runtime
    runtime.shutdown()
    shell.flow.close_all()


def open_log_forms(shell) -> list[tuple[int | None, AttemptMode]]:
    return [(d.attempt.id if d.attempt else None, d.mode) for d in shell.flow.open_dialogs()
            if isinstance(d, AttemptDialog) and d.isVisible()]


def test_the_tray_lists_the_next_reminder_and_the_waiting_asks(app, services, clock,
                                                               qtbot) -> None:
    shell, runtime = app
    challenge = services.challenges.list_challenges()[0]
    attempt_id = services.attempts.plan(challenge.id,
                                        BeforeInput(predicted_no=60, expected_badness=40,
                                                    planned_at=clock.now + timedelta(hours=2)))
    runtime.scheduler.replan("test")
    tray = runtime.tray
    assert tray.next_action.text() == "Next reminder: 13:00"  # 11:00 in Berlin now, +2 h
    waiting = [a.text() for a in tray.waiting_actions if not a.isSeparator()]
    assert waiting == [f"Log: {challenge.title[:47]}…" if len(challenge.title) > 48
                       else f"Log: {challenge.title}"]
    tray.waiting_actions[0].trigger()
    qtbot.waitUntil(lambda: open_log_forms(shell) == [(attempt_id, AttemptMode.LOG)],
                    timeout=3000)
    assert shell.window.isVisible()


def test_clicking_a_tray_message_does_what_its_first_button_does(app, services, clock,
                                                                 qtbot) -> None:
    shell, runtime = app
    runtime.chain._backends = [TrayOnly()]
    challenge = services.challenges.list_challenges()[0]
    attempt_id = services.attempts.plan(challenge.id,
                                        BeforeInput(predicted_no=60, expected_badness=40,
                                                    planned_at=clock.now + timedelta(minutes=5)))
    for minutes in (5, 30):  # the planned-ask reminder, then the follow-up
        clock.advance(minutes=minutes)
        runtime.scheduler.replan("timer")
    assert runtime.chain.last.notice.kind == "followup"
    banner = shell.window.banner
    assert [b.text() for b in banner.buttons] == ["Log it now", "Snooze 15 min", "Didn't ask"]
    runtime.tray.icon.messageClicked.emit()
    qtbot.waitUntil(lambda: open_log_forms(shell) == [(attempt_id, AttemptMode.LOG)],
                    timeout=3000)


def test_the_daily_nudge_banner_picks_todays_ask_or_skips_today(app, services, clock,
                                                                qtbot) -> None:
    shell, runtime = app
    window = shell.window
    window.show()
    window.show_page("journal")
    services.reminders.add_daily(["11:30"], 0b1111111)
    clock.advance(minutes=31)
    runtime.scheduler.replan("timer")
    banner = window.banner
    assert [b.text() for b in banner.buttons] == ["Pick today's ask", "Not today"]
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)
    today = window.page("today")
    assert window.current_page_key() == "today"
    qtbot.waitUntil(today.plan_button.hasFocus, timeout=3000)

    runtime.show_banner(runtime.chain.last.notice)
    qtbot.mouseClick(banner.buttons[1], Qt.MouseButton.LeftButton)
    assert services.settings.get("daily_skipped_until") is not None
    assert banner.text.text().startswith("No more nudges today.")
    assert Attempt.select().count() == 0


def test_the_snooze_button_on_the_banner_offers_its_choices(app, services, clock) -> None:
    shell, runtime = app
    challenge = services.challenges.list_challenges()[0]
    services.attempts.plan(challenge.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                     planned_at=clock.now + timedelta(minutes=5)))
    for minutes in (5, 30):  # the planned-ask reminder, then the follow-up
        clock.advance(minutes=minutes)
        runtime.scheduler.replan("timer")
    snooze = shell.window.banner.buttons[1]
    choices = [a.text() for a in snooze.menu().actions()]
    assert choices == ["Snooze 15 min", "Snooze 1 h", "Snooze until this evening"]
    snooze.menu().actions()[1].trigger()
    assert runtime.scheduler.next_at == clock.now + timedelta(hours=1)
    assert shell.window.banner.text.text() == "Snoozed: it comes back at 12:35."


def test_settings_privacy_history_and_diagnostics(app, services, clock, qtbot) -> None:
    shell, runtime = app
    secret = services.challenges.add(ChallengeInput("Ask my sister Anna to pay back 200 euros",
                                                    "family", 60, audience="family"))
    services.attempts.plan(secret, BeforeInput(predicted_no=60, expected_badness=40,
                                               planned_at=clock.now + timedelta(minutes=5)))
    clock.advance(minutes=5)
    runtime.scheduler.replan("timer")
    assert runtime.chain.last.notice.message == "Open Rejection Desktop to see your plan."
    assert "Anna" not in shell.window.banner.text.text()

    page = shell.window.show_page("settings")
    shell.window.show()
    section = page.findChild(ReminderSettings)
    combo = section.titles_combo
    assert combo.currentText() == "Except asks to friends, family and colleagues"
    combo.setCurrentIndex(combo.findData("all"))
    combo.activated.emit(combo.currentIndex())
    assert services.settings.get("notification_titles") == "all"

    rows = [section.history_list.item(i).text() for i in range(section.history_list.count())]
    assert rows[0].endswith("planned ask: shown in the app's banner "
                            "(freedesktop: no notification server)")
    qtbot.mouseClick(section.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Rejection Desktop ")
    assert "Notifications: freedesktop" in text and "System tray: no" in text
    assert "Next reminders:" in text and "follow-up" in text
    assert "Anna" not in text and "sister" not in text
