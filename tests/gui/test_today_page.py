"""The Today page reacts to what the user logs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.stand_ins import RecordingFlow
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.pages.today import MAX_LISTED, TodayPage


@pytest.fixture
def flow():
    return RecordingFlow()


@pytest.fixture
def page(qtbot, services, clock, flow):
    widget = TodayPage(services, clock, flow)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.suggestion is not None)
    return widget


def log_ask(services, challenge_id, outcome="rejected"):
    services.attempts.log(challenge_id, BeforeInput(predicted_no=80, expected_badness=60),
                          OutcomeInput(outcome, actual_badness=20))


def test_a_new_user_sees_a_warm_up_suggestion_and_an_empty_day(page):
    assert page.suggestion.distress <= 30
    assert page.goal_number.text() == "0 / 1"
    assert page.streak_number.text() == "Fresh start"  # no big zero


def test_the_suggestion_changes_after_logging_it(qtbot, page, services):
    first = page.suggestion
    log_ask(services, first.id)
    qtbot.waitUntil(lambda: page.suggestion is not None and page.suggestion.id != first.id)
    assert page.goal_number.text() == "1 / 1"
    assert page.streak_number.text() == "1 day"


def test_another_suggestion_walks_through_new_challenges(qtbot, page):
    seen = {page.suggestion.id}
    for _ in range(5):
        qtbot.mouseClick(page.another_button, Qt.MouseButton.LeftButton)
        assert page.suggestion.id not in seen
        seen.add(page.suggestion.id)


def test_plan_and_log_buttons_start_the_flow_for_the_suggestion(qtbot, page, flow):
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    assert flow.calls == [("plan", page.suggestion.id), ("log", page.suggestion.id, None)]


def test_the_streak_counts_consecutive_days_in_the_users_zone(qtbot, page, services, clock):
    services.settings.set("timezone", "America/New_York")
    challenge = page.suggestion.id
    for _ in range(3):
        log_ask(services, challenge, "accepted")
        clock.advance(days=1)
    clock.advance(days=-1)
    page.refresh()
    assert page.streak_number.text() == "3 days"


def test_planned_asks_for_today_are_listed_with_a_log_button(qtbot, page, services, clock, flow):
    challenge = page.suggestion
    attempt_id = services.attempts.plan(challenge.id, BeforeInput(expected_badness=40,
        planned_at=clock() + timedelta(hours=2), predicted_no=90))
    qtbot.waitUntil(lambda: attempt_id in page.log_buttons)
    assert challenge.title in page.log_buttons[attempt_id].accessibleName()
    qtbot.mouseClick(page.log_buttons[attempt_id], Qt.MouseButton.LeftButton)
    assert flow.calls[-1] == ("log", challenge.id, attempt_id)


def test_tab_reaches_a_listed_ask_before_the_program_card(qtbot, page, services, clock):
    attempt_id = services.attempts.plan(page.suggestion.id, BeforeInput(
        expected_badness=40, planned_at=clock() + timedelta(hours=2), predicted_no=90))
    qtbot.waitUntil(lambda: attempt_id in page.log_buttons)
    page.activateWindow()
    page.another_button.setFocus()
    qtbot.keyClick(page.another_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.log_buttons[attempt_id]  # not the 100 days
    qtbot.keyClick(page.log_buttons[attempt_id], Qt.Key.Key_Tab)
    assert page.program_card.isAncestorOf(QApplication.focusWidget())


def test_the_page_turns_over_at_local_midnight(qtbot, page, services, clock):
    services.settings.set("timezone", "Europe/Berlin")
    page.refresh()
    remaining = page.midnight_timer.remainingTime()
    local = clock().astimezone(ZoneInfo("Europe/Berlin"))
    seconds_to_midnight = (24 * 3600 - (local.hour * 3600 + local.minute * 60 + local.second))
    assert abs(remaining / 1000 - (seconds_to_midnight + 1)) < 5
    first_date = page.header.subtitle_label.text()
    clock.advance(days=1)
    page.midnight_timer.timeout.emit()  # what the timer does at midnight
    qtbot.waitUntil(lambda: page.header.subtitle_label.text() != first_date)


def test_listed_asks_are_laid_out_in_full_as_soon_as_they_appear(qtbot, services, clock, flow):
    """The rows are shown when added, so the first paint after a refresh never has them
    squeezed (a layout leaves out widgets it has not shown yet)."""
    challenges = services.challenges.list_challenges()[:MAX_LISTED + 2]
    for challenge in challenges:
        services.attempts.log(challenge.id, BeforeInput(predicted_no=70), OutcomeInput("no_reply"))
    widget = TodayPage(services, clock, flow)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()  # fills in from the journal before its first paint
    QApplication.processEvents()  # one turn of the event loop: what the first paint sees
    assert len(widget.log_buttons) == MAX_LISTED
    for button in widget.log_buttons.values():
        assert button.isVisible()
        assert button.height() >= button.minimumSizeHint().height()


def test_today_says_what_quiet_hours_hold_and_until_when(qtbot, page, services, clock):
    services.settings.set("timezone", "Europe/Berlin")  # quiet hours 22:00-08:00, the default
    services.reminders.add_daily(["23:00"])
    clock.now = datetime(2026, 6, 1, 21, 30, tzinfo=UTC)  # 23:30 in Berlin
    page.refresh()
    qtbot.waitUntil(page.hold_label.isVisible)
    assert page.hold_label.text() == "Quiet hours: your daily nudge waits until 08:00 tomorrow."
    remaining_s = page.hold_timer.remainingTime() / 1000
    assert abs(remaining_s - (8.5 * 3600 + 1)) < 5  # looks again when they end

    clock.now = datetime(2026, 6, 2, 6, 1, tzinfo=UTC)  # 08:01: the nudge was delivered
    services.reminders.mark_fired([services.reminders.daily_nudges()[0].id], clock())
    page.hold_timer.timeout.emit()
    assert not page.hold_label.isVisible()


def test_a_snooze_is_shown_on_today_until_it_ends(qtbot, page, services, clock):
    challenge = page.suggestion
    services.attempts.plan(challenge.id, BeforeInput(expected_badness=40,
                                                     planned_at=clock() + timedelta(minutes=20),
                                                     predicted_no=60))
    services.reminders.snooze(60)
    clock.advance(minutes=10)  # the "15 minutes before" reminder is due, and held
    page.refresh()
    qtbot.waitUntil(page.hold_label.isVisible)
    zone = services.settings.zone()
    until = (clock() + timedelta(minutes=50)).astimezone(zone).strftime("%H:%M")
    assert page.hold_label.text() == f"Snoozed: 1 reminder waits until {until}."


def test_the_streak_can_be_hidden_and_a_weekly_goal_counts_the_week(qtbot, services, page):
    assert page.streak_card.isVisible()
    services.settings.set("show_streak", False)
    qtbot.waitUntil(lambda: not page.streak_card.isVisible())
    services.settings.set("goal_period", "week")
    services.settings.set("weekly_goal", 4)
    qtbot.waitUntil(lambda: page.goal_number.text() == "0 / 4")
    assert page.goal_card.title_label.text() == "This week's goal"


def test_an_ask_planned_while_another_page_is_shown_is_listed_on_return(qtbot, context, clock):
    from rejection_desktop.app.assemble import build_shell

    context.services.settings.set("onboarding_done", True)
    window = build_shell(context).window
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    today = window.show_page("today")
    qtbot.waitUntil(lambda: today.suggestion is not None)
    window.show_page("journal")
    challenge = today.suggestion
    attempt_id = context.services.attempts.plan(challenge.id, BeforeInput(expected_badness=40,
        planned_at=clock() + timedelta(hours=2), predicted_no=60))
    assert attempt_id not in today.log_buttons  # hidden: read again when it shows
    window.show_page("today")
    log = today.log_buttons[attempt_id]  # there as the page shows, not a turn later
    assert log.isVisible() and challenge.title in log.accessibleName()
