"""The small things that cost clicks and trust in the forms (issue 13, the quick path)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers.flow_driver import activate, click, reflection_dialog, type_into
from helpers.input_counter import InputCounter, slider_point
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui import app_style
from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard
from rejection_desktop.ui.dialogs.reflection_dialog import WHAT_STOPPED_KEY
from rejection_desktop.ui.pages.settings import SettingsPage
from rejection_desktop.ui.widgets.rating import RatingInput


@pytest.fixture
def challenge_id(services):
    return services.challenges.list_challenges()[0].id


def local(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None)


# sliders ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", [0, 35, 80, 100])
def test_one_click_on_a_rating_track_sets_the_value_there(qtbot, target):
    rating = RatingInput("Chance of a no", "surely a yes", "surely a no")
    qtbot.addWidget(rating)
    rating.resize(420, rating.sizeHint().height())
    rating.show()
    qtbot.waitExposed(rating)
    assert rating.value() is None
    user = InputCounter()
    shown = user.set_slider(rating.slider, target)
    assert user.clicks == 1
    assert rating.value() == shown and rating.spin.text().startswith(str(shown))


def test_digits_typed_on_a_focused_rating_set_it(qtbot):
    rating = RatingInput("Anxiety", "calm", "very")
    qtbot.addWidget(rating)
    rating.show()
    rating.slider.setFocus()
    qtbot.keyClicks(rating.slider, "45")
    assert rating.value() == 45
    qtbot.keyClick(rating.slider, Qt.Key.Key_Right)  # arrows still step
    assert rating.value() == 50


def test_the_onboarding_sliders_go_where_clicked(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    slider = next(iter(wizard.sliders.values()))
    qtbot.waitUntil(slider.isVisible)
    InputCounter().click(slider, slider_point(slider, 90))
    assert abs(slider.value() - 90) <= 1


# date and time ---------------------------------------------------------------------------------
def test_quick_times_fill_the_plan_in_one_click(qtbot, flow, clock, challenge_id):
    dialog = flow.plan(challenge_id)
    assert [b.text().replace("&", "") for b in dialog.quick_times.values()] == [
        "In 15 min", "In an hour", "This evening", "Tomorrow morning"]
    click(qtbot, dialog.quick_times["morning"])
    assert dialog.planned_check.isChecked() and dialog.planned_edit.isEnabled()
    tomorrow = local(clock()).date() + timedelta(days=1)
    shown = dialog.planned_edit.dateTime()
    assert (shown.date().toPython(), shown.time().hour(), shown.time().minute()) == (
        tomorrow, 9, 0)
    click(qtbot, dialog.quick_times["15min"])
    assert local(dialog.before_input().planned_at) == local(clock() + timedelta(minutes=15))


@pytest.mark.parametrize("typed", ["1830", "18:30"])
def test_a_time_typed_after_clicking_anywhere_in_the_time_field_is_taken(qtbot, flow, clock,
                                                                         challenge_id, typed):
    dialog = flow.plan(challenge_id)
    activate(qtbot, dialog.context_edit)
    click(qtbot, dialog.planned_check)
    time_edit = dialog.planned_edit.time_edit
    assert time_edit.isVisible() and time_edit.isEnabled()
    minutes = QPoint(time_edit.lineEdit().width() - 12, time_edit.height() // 2)
    qtbot.mouseClick(time_edit.lineEdit(), Qt.MouseButton.LeftButton, pos=minutes)
    qtbot.keyClicks(time_edit, typed)
    qtbot.keyClick(time_edit, Qt.Key.Key_Tab)
    assert time_edit.text() == "18:30"
    planned = local(dialog.before_input().planned_at)
    assert (planned.hour, planned.minute) == (18, 30)


def test_tabbing_into_the_time_field_and_typing_replaces_the_time(qtbot, flow, challenge_id):
    dialog = flow.plan(challenge_id)
    activate(qtbot, dialog.context_edit)
    click(qtbot, dialog.planned_check)
    dialog.planned_edit.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.planned_edit.date_edit, Qt.Key.Key_Tab)
    assert dialog.planned_edit.time_edit.hasFocus()
    qtbot.keyClicks(dialog.planned_edit.time_edit, "7")
    qtbot.keyClick(dialog.planned_edit.time_edit, Qt.Key.Key_Tab)
    assert dialog.planned_edit.time_edit.text() == "07:00"


# keys ------------------------------------------------------------------------------------------
def test_the_save_buttons_show_ctrl_enter(qtbot, services, flow, challenge_id):
    plan = flow.plan(challenge_id)
    log = flow.log(challenge_id=challenge_id)
    reflection = flow.reflect()
    for dialog in (plan, log, reflection):
        assert dialog.save_button.isVisible()
        assert "Ctrl+Enter" in dialog.save_button.text()
        assert "Ctrl" not in dialog.save_button.accessibleName()


def test_enter_clicks_a_focused_page_button(qtbot, qapp, context):
    app_style.install(qapp)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    clicked = []
    page.open_data_button.clicked.disconnect()
    page.open_data_button.clicked.connect(lambda: clicked.append(True))
    page.open_data_button.setFocus()
    qtbot.keyClick(page.open_data_button, Qt.Key.Key_Return)
    assert clicked == [True]


def wheel(widget, steps: int) -> None:
    """Turn the mouse wheel over ``widget`` (negative: towards the user, scrolling down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_settings_page_not_the_field_under_it(qtbot, qapp, context):
    app_style.install(qapp)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(800, 300)
    page.show()
    qtbot.waitExposed(page)
    scroll = page.findChild(QScrollArea)
    before_goal = page.goal_spin.value()
    theme = page.theme_combo.currentIndex()
    assert not page.goal_spin.hasFocus()
    wheel(page.goal_spin, 1)
    wheel(page.theme_combo, -1)
    assert page.goal_spin.value() == before_goal
    assert page.theme_combo.currentIndex() == theme
    assert scroll.verticalScrollBar().value() > 0  # the page scrolled instead
    activate(qtbot, page.goal_spin)
    page.goal_spin.setFocus()  # a focused field takes the wheel as before
    wheel(page.goal_spin, 1)
    assert page.goal_spin.value() != before_goal


# what the forms say ----------------------------------------------------------------------------
def test_what_stopped_me_is_asked_once(qtbot, services, flow, challenge_id):
    log = flow.log(challenge_id=challenge_id)
    click(qtbot, log.outcome_buttons[Outcome.NOT_ATTEMPTED])
    assert log.what_stopped_edit.isVisible()
    type_into(qtbot, log.what_stopped_edit, "the queue was long")
    click(qtbot, log.save_button)
    reflection = reflection_dialog(flow)
    keys = [box.key for box in reflection.answer_boxes]
    assert WHAT_STOPPED_KEY not in keys and keys  # the other prompts stay
    shown = [w.text() for w in reflection.findChildren(QLabel) if w.isVisible()]
    assert "What stopped me: the queue was long" in shown


def test_what_stopped_me_is_asked_in_the_reflection_when_the_log_left_it_empty(
        qtbot, services, flow, challenge_id):
    attempt_id = services.attempts.log(challenge_id, BeforeInput(),
                                       OutcomeInput("not_attempted"))
    reflection = flow.reflect(attempt_id)
    assert reflection.answer_boxes[0].key == WHAT_STOPPED_KEY


def test_the_close_prompt_speaks_of_typing_only_when_something_was_typed(qtbot, flow,
                                                                       challenge_id):
    log = flow.log(challenge_id=challenge_id)
    click(qtbot, log.outcome_buttons[Outcome.ACCEPTED])
    click(qtbot, log.cancel_button)
    box = log.unsaved_box
    assert box is not None and box.isVisible()
    assert "typed" not in box.text() and "not saved" in box.text()
    click(qtbot, log.go_back_button)
    type_into(qtbot, log.what_happened_edit, "They said yes")
    click(qtbot, log.cancel_button)
    assert "You have typed something" in log.unsaved_box.text()
    click(qtbot, log.discard_button)


def test_the_draft_offer_does_not_promise_that_nothing_is_lost(qtbot, services, flow,
                                                               challenge_id):
    services.drafts.save(f"attempt:plan:{challenge_id}",
                         {"form": "attempt", "mode": "plan", "challenge_id": challenge_id,
                          "fields": {"context": "the market"}})
    offer = flow.offer_drafts()
    assert offer is not None and offer.isVisible()
    texts = " ".join(label.text() for label in offer.findChildren(QLabel) if label.isVisible())
    assert "Nothing is lost" not in texts
    assert "a second or two" in texts
