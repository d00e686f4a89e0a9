"""The daily quick path, counted: plan today's suggestion, ask, log it, reflect.

Driven from the Today page with real clicks and key presses through ``InputCounter``; typed text
is free, every click and key press is one step. Optional fields are left empty.
"""

from __future__ import annotations

from datetime import timedelta

from helpers.flow_driver import activate, attempt_dialog, reflection_dialog
from helpers.input_counter import InputCounter
from PySide6.QtCore import Qt

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.ui import app_style
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog
from rejection_desktop.ui.pages.today import TodayPage

BUDGET = 12
"""Clicks and keys the whole loop may take, besides the typed text (issue 13)."""
KEYBOARD_BUDGET = 13
"""By keyboard alone: one more, as Tab now goes down the page (Plan, Log an ask, Another
suggestion, then the listed asks); 12 came from a Tab order that put the listed asks last."""


def today_page(qtbot, services, clock, flow) -> TodayPage:
    page = TodayPage(services, clock, flow)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitUntil(lambda: page.suggestion is not None)
    return page


def test_plan_ask_log_reflect_by_mouse_within_budget(qtbot, services, clock, flow):
    page = today_page(qtbot, services, clock, flow)
    suggestion = page.suggestion
    user = InputCounter()

    # plan: "Plan it", a time from the quick choices, the two predictions, save
    user.click(page.plan_button)
    plan = attempt_dialog(flow)
    activate(qtbot, plan.context_edit)
    user.type(plan.context_edit, "the bakery on the corner")
    user.click(plan.quick_times["hour"], what="in an hour")
    predicted = user.set_slider(plan.predicted_no.slider, 70)
    expected = user.set_slider(plan.expected_badness.slider, 60)
    user.key(plan.context_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not flow.open_dialogs()
    [planned] = services.attempts.open_attempts()
    assert planned.challenge_id == suggestion.id
    assert planned.before.planned_at == clock() + timedelta(hours=1)
    assert (planned.before.predicted_no, planned.before.expected_badness) == (predicted, expected)

    # ... the ask happens out in the world; then: "Log outcome" on Today's row
    qtbot.waitUntil(lambda: planned.id in page.log_buttons
                    and page.log_buttons[planned.id].isVisible())
    user.click(page.log_buttons[planned.id])
    log = attempt_dialog(flow)
    activate(qtbot, log.save_button)
    user.click(log.outcome_buttons[Outcome.REJECTED])
    felt = user.set_slider(log.actual_badness.slider, 30)
    user.click(log.what_happened_edit)
    user.type(log.what_happened_edit, "She smiled and said no")
    user.click(log.save_button)  # "Save and reflect"
    logged = services.attempts.get(planned.id)
    assert logged.outcome is not None and logged.outcome.outcome == Outcome.REJECTED.value
    assert logged.outcome.actual_badness == felt

    # reflect: the first prompt has the focus; Ctrl+Enter saves
    reflection = reflection_dialog(flow)
    activate(qtbot, reflection.first_answer_edit())
    user.type(reflection.first_answer_edit(), "It was only a word.")
    user.key(reflection.first_answer_edit(), Qt.Key.Key_Return,
             Qt.KeyboardModifier.ControlModifier)
    assert not [d for d in flow.open_dialogs() if isinstance(d, ReflectionDialog)]
    [stored] = services.reflections.for_attempt(planned.id)
    assert stored.answers[0].answer == "It was only a word."

    print("quick path by mouse:", user.report())
    assert user.steps <= BUDGET, user.report()


def test_plan_ask_log_reflect_by_keyboard_within_budget(qtbot, qapp, services, clock, flow):
    app_style.install(qapp)  # Enter on a focused button, as the app has it
    page = today_page(qtbot, services, clock, flow)
    user = InputCounter()

    activate(qtbot, page)
    user.tab_to(page.plan_button)
    user.key(page.plan_button, Qt.Key.Key_Return)  # Enter on the focused button
    plan = attempt_dialog(flow)
    activate(qtbot, plan.context_edit)
    user.type(plan.context_edit, "the bakery")
    user.key(plan.context_edit, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier,
             what="Alt+H: in an hour")
    qtbot.waitUntil(plan.planned_check.isChecked)  # a mnemonic clicks after a short flash
    user.tab_to(plan.predicted_no.slider)
    user.type(plan.predicted_no.slider, "70")  # digits typed on a focused rating set it
    user.key(plan.predicted_no.slider, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier,
             what="Alt+B: How bad would a no feel?")
    assert plan.expected_badness.slider.hasFocus()
    user.type(plan.expected_badness.slider, "60")
    user.key(plan.expected_badness.slider, Qt.Key.Key_Return,
             Qt.KeyboardModifier.ControlModifier)
    [planned] = services.attempts.open_attempts()
    assert (planned.before.predicted_no, planned.before.expected_badness) == (70, 60)

    qtbot.waitUntil(lambda: planned.id in page.log_buttons
                    and page.log_buttons[planned.id].isVisible())
    activate(qtbot, page)
    button = page.log_buttons[planned.id]
    assert page.plan_button.hasFocus()  # back where the plan started
    user.tab_to(button)  # down the page: past "Log an ask" and "Another suggestion"
    user.key(button, Qt.Key.Key_Return)
    log = attempt_dialog(flow)
    activate(qtbot, log.save_button)
    first = log.outcome_buttons[Outcome.REJECTED]
    assert first.hasFocus()
    user.key(first, Qt.Key.Key_Space, what="Space: they said no")
    user.key(first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert services.attempts.get(planned.id).outcome is not None

    reflection = reflection_dialog(flow)
    activate(qtbot, reflection.first_answer_edit())
    user.type(reflection.first_answer_edit(), "Less bad than I thought.")
    user.key(reflection.first_answer_edit(), Qt.Key.Key_Return,
             Qt.KeyboardModifier.ControlModifier)
    assert services.reflections.for_attempt(planned.id)

    print("quick path by keyboard:", user.report())
    assert user.steps <= KEYBOARD_BUDGET, user.report()
