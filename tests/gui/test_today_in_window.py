"""Today inside the whole window: what it lists after the user worked on other pages.

Rows rebuilt while Today is hidden (a setting changed in Settings, an ask logged from the
Journal, an ask planned from Challenges) must show when the user comes back to it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.flow_driver import activate, attempt_dialog, click, ctrl_enter, rate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from rejection_desktop.app.assemble import build_shell
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog
from rejection_desktop.ui.main_window import PAGE_KEYS


@pytest.fixture
def shell(qtbot, context):
    instance = build_shell(context)
    qtbot.addWidget(instance.window)
    instance.window.resize(1100, 800)
    instance.window.show()
    qtbot.waitExposed(instance.window)
    yield instance
    if instance._flow is not None:
        instance._flow.close_all()
    QApplication.processEvents()


def go_to(qtbot, window, key):
    """Click the page's entry in the sidebar, as the user does."""
    navigation = window.navigation
    item = navigation.item(PAGE_KEYS.index(key))
    rect = navigation.visualItemRect(item)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    return page


def pause(qtbot):
    """The user takes a moment before the next click: deferred refreshes run meanwhile."""
    qtbot.wait(100)


def visible_rows(today):
    """The texts of the rows the user can see in the planned card, with their Log buttons."""
    rows = []
    for index in range(today.planned_list.count()):
        widget = today.planned_list.itemAt(index).widget()
        if widget is None or not widget.isVisible():
            continue
        texts = [w.text() for w in [widget, *widget.findChildren(QLabel)]
                 if isinstance(w, QLabel) and w.isVisible() and w.text()]
        buttons = [b.text() for b in widget.findChildren(QPushButton) if b.isVisible()]
        rows.append((" ".join(texts), buttons))
    return rows


def assert_listed(qtbot, today, titles):
    """Every title shows in a visible row with a visible, sized Log button."""
    def shown():
        rows = visible_rows(today)
        return all(any(title in text and buttons for text, buttons in rows) for title in titles)
    qtbot.waitUntil(shown, timeout=3000)
    for button in today.log_buttons.values():
        assert button.isVisible() and button.text()
        assert button.height() >= button.minimumSizeHint().height()


def plan_today(services, clock, challenge, hours=2):
    return services.attempts.plan(challenge.id, BeforeInput(
        planned_at=clock() + timedelta(hours=hours), predicted_no=70, expected_badness=50))


def test_rows_show_after_a_setting_changed_while_today_was_hidden(qtbot, shell, services,
                                                                   clock):
    window = shell.window
    first, second = services.challenges.list_challenges()[:2]
    plan_today(services, clock, first)
    plan_today(services, clock, second, hours=3)
    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [first.title, second.title])

    go_to(qtbot, window, "progress")  # other pages first, as the user wanders
    settings = go_to(qtbot, window, "settings")
    rest_days = services.settings.get("rest_days_per_week")
    settings.rest_spin.setFocus()
    qtbot.keyClick(settings.rest_spin, Qt.Key.Key_Up)
    qtbot.keyClick(settings.rest_spin, Qt.Key.Key_Down)
    assert services.settings.get("rest_days_per_week") == rest_days
    pause(qtbot)  # Today rebuilds its rows while hidden

    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [first.title, second.title])
    assert len(visible_rows(today)) == 2


def test_the_empty_line_shows_after_a_setting_changed_while_today_was_hidden(qtbot, shell,
                                                                              services):
    window = shell.window
    settings = go_to(qtbot, window, "settings")
    settings.goal_spin.setFocus()
    qtbot.keyClick(settings.goal_spin, Qt.Key.Key_Up)
    pause(qtbot)
    today = go_to(qtbot, window, "today")
    qtbot.waitUntil(lambda: any("Nothing planned yet" in text
                                for text, _ in visible_rows(today)), timeout=3000)


def test_rows_show_after_logging_from_the_journal(qtbot, shell, services, clock):
    window = shell.window
    first, second = services.challenges.list_challenges()[:2]
    first_id = plan_today(services, clock, first)
    plan_today(services, clock, second, hours=3)
    go_to(qtbot, window, "today")

    journal = go_to(qtbot, window, "journal")
    journal.refresh()
    row = journal.model.row_of("attempt", first_id)
    journal.select_row(row)
    qtbot.waitUntil(journal.detail.log_button.isVisible)
    click(qtbot, journal.detail.log_button)
    log = attempt_dialog(shell.flow)
    click(qtbot, log.outcome_buttons[Outcome.ACCEPTED])
    click(qtbot, log.save_button)
    assert services.attempts.get(first_id).outcome is not None
    for dialog in [d for d in shell.flow.open_dialogs() if isinstance(d, ReflectionDialog)]:
        dialog.close()
    pause(qtbot)

    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [second.title])
    assert [text for text, _ in visible_rows(today) if first.title in text] == []


def test_rows_show_after_planning_from_challenges(qtbot, shell, services, clock):
    window = shell.window
    already = services.challenges.list_challenges()[0]
    plan_today(services, clock, already)
    go_to(qtbot, window, "today")

    challenges = go_to(qtbot, window, "challenges")
    challenges.select_challenge(services.challenges.list_challenges()[3].id)
    chosen = challenges.selected_record()
    click(qtbot, challenges.plan_button)
    dialog = attempt_dialog(shell.flow)
    click(qtbot, dialog.planned_check)  # today, at the next full hour
    dialog.planned_edit.setDateTime(dialog.planned_edit.dateTime().addSecs(-3600 + 60))
    rate(qtbot, dialog.predicted_no, 80)
    rate(qtbot, dialog.expected_badness, 60)
    activate(qtbot, dialog)
    ctrl_enter(qtbot, dialog.context_edit)
    assert dialog.saved_id is not None
    pause(qtbot)

    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [already.title, chosen.title])


def test_no_page_hides_a_widget_because_the_page_was_hidden(qtbot, shell, services, clock):
    """The class of defect: after every page was built and its data changed while it was
    hidden, every page shown again has no row explicitly hidden that holds journal data."""
    window = shell.window
    for key in PAGE_KEYS:
        go_to(qtbot, window, key)
    challenge = services.challenges.list_challenges()[1]
    plan_today(services, clock, challenge)  # every page hears of it while Settings shows
    services.settings.set("daily_goal", 2)
    pause(qtbot)
    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [challenge.title])
    rows = [today.planned_list.itemAt(i).widget() for i in range(today.planned_list.count())]
    built = [w for row in rows if row is not None for w in (row, *row.findChildren(QWidget))]
    assert built
    assert [w for w in built if w.isHidden()] == []


def test_a_plan_without_a_time_is_on_today_with_one_click_log(qtbot, shell, services):
    """The plan form leaves the time off unless asked: such a plan must not vanish."""
    window = shell.window
    today = go_to(qtbot, window, "today")
    qtbot.waitUntil(lambda: today.suggestion is not None)
    suggestion = today.suggestion
    click(qtbot, today.plan_button)
    dialog = attempt_dialog(shell.flow)
    assert not dialog.planned_check.isChecked()  # no day and time: the default
    rate(qtbot, dialog.predicted_no, 70)
    rate(qtbot, dialog.expected_badness, 40)
    ctrl_enter(qtbot, dialog.context_edit)
    attempt_id = dialog.saved_id
    assert attempt_id is not None and services.attempts.get(attempt_id).before.planned_at is None
    pause(qtbot)

    assert_listed(qtbot, today, [suggestion.title])
    [(text, buttons)] = [row for row in visible_rows(today) if suggestion.title in row[0]]
    assert "no time set" in text and buttons == ["Log outcome"]
    click(qtbot, today.log_buttons[attempt_id])  # one click: the log form of that plan
    log = attempt_dialog(shell.flow)
    assert log.attempt is not None and log.attempt.id == attempt_id


def test_today_lists_todays_plans_then_untimed_ones_then_asks_waiting(qtbot, shell, services,
                                                                       clock):
    window = shell.window
    timed, untimed, waiting, tomorrow, done = services.challenges.list_challenges()[:5]
    plan_today(services, clock, timed)
    services.attempts.plan(untimed.id, BeforeInput(predicted_no=60, expected_badness=50))
    services.attempts.log(waiting.id, BeforeInput(predicted_no=80), OutcomeInput(
        "no_reply", attempted_at=clock() - timedelta(hours=1)))
    plan_today(services, clock, tomorrow, hours=30)
    services.attempts.log(done.id, BeforeInput(predicted_no=80), OutcomeInput("accepted"))
    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [timed.title, untimed.title, waiting.title])
    texts = [text for text, _ in visible_rows(today)]
    assert [next(i for i, t in enumerate(texts) if c.title in t)
            for c in (timed, untimed, waiting)] == [0, 1, 2]
    assert "no reply yet" in texts[2]
    assert not any(tomorrow.title in t or done.title in t for t in texts)
    assert today.follow_up_buttons == {}  # an hour without a reply is nothing yet


def test_an_ask_days_without_a_reply_offers_a_follow_up(qtbot, shell, services, clock):
    window = shell.window
    challenge = services.challenges.list_challenges()[2]
    attempt_id = services.attempts.log(challenge.id, BeforeInput(predicted_no=80), OutcomeInput(
        "no_reply", attempted_at=clock() - timedelta(days=4)))
    today = go_to(qtbot, window, "today")
    assert_listed(qtbot, today, [challenge.title])
    [(text, buttons)] = [row for row in visible_rows(today) if challenge.title in row[0]]
    assert "no reply yet, 4 days" in text
    assert buttons == ["Plan a follow-up", "Log outcome"]
    follow = today.follow_up_buttons[attempt_id]
    click(qtbot, follow)
    plan = attempt_dialog(shell.flow)
    assert plan.challenge_id == challenge.id and plan.attempt is None  # a new ask
