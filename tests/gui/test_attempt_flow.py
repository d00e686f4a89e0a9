"""End to end through real widgets: plan, predict, log, reflect, then find it in the Journal."""

from __future__ import annotations

import pytest
from helpers.flow_driver import (
    activate,
    click,
    ctrl_enter,
    open_of,
    rate,
    reflection_dialog,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog


def stranger_challenge(services):
    return next(c for c in services.challenges.list_challenges() if c.audience == "stranger")


@pytest.fixture
def challenge(services):
    return stranger_challenge(services)


def plan_through_the_form(qtbot, flow, challenge_id):
    dialog = flow.plan(challenge_id)
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.context_edit, "the bakery on the corner")
    rate(qtbot, dialog.predicted_no, 80)
    rate(qtbot, dialog.expected_badness, 70)
    rate(qtbot, dialog.anxiety_before, 60)
    dialog.safety_combo.setFocus()
    dialog.safety_combo.setCurrentIndex(1)  # the first suggestion
    ctrl_enter(qtbot, dialog.context_edit)
    assert dialog.saved_id is not None and not dialog.isVisible()
    return dialog.saved_id, dialog.safety_combo.itemText(1)


def search_journal(qtbot, page, word):
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.filter.text == "", timeout=2000)
    type_into(qtbot, page.search_edit, word)
    qtbot.waitUntil(lambda: page.model.filter.text == word, timeout=2000)
    return [page.model.entry(row) for row in range(page.model.rowCount())]


@pytest.mark.parametrize("outcome", [Outcome.REJECTED, Outcome.ACCEPTED, Outcome.PARTIAL])
def test_plan_log_reflect_and_find_it_in_the_journal(qtbot, services, flow, journal_page,
                                                      outcome):
    challenge = stranger_challenge(services)
    attempt_id, safety = plan_through_the_form(qtbot, flow, challenge.id)
    planned = services.attempts.get(attempt_id)
    assert planned.outcome is None
    assert planned.before.context == "the bakery on the corner"
    assert (planned.before.predicted_no, planned.before.expected_badness,
            planned.before.anxiety_before) == (80, 70, 60)
    assert planned.before.safety_behaviour == safety

    log = flow.log(challenge_id=challenge.id)
    assert log is not None and log.attempt is not None and log.attempt.id == attempt_id
    assert log.predicted_no.value() == 80  # the plan is shown next to the outcome
    click(qtbot, log.outcome_buttons[outcome])
    rate(qtbot, log.actual_badness, 20)
    rate(qtbot, log.anxiety_after, 30)
    if outcome is not Outcome.ACCEPTED:
        assert log.asked_why_check.isEnabled()
        click(qtbot, log.asked_why_check)
    type_into(qtbot, log.what_happened_edit, f"She answered: {outcome.value}")
    click(qtbot, log.save_button)  # "Save and reflect"

    logged = services.attempts.get(attempt_id)
    assert logged.outcome is not None and logged.outcome.outcome == outcome.value
    assert logged.outcome.actual_badness == 20 and logged.outcome.anxiety_after == 30
    assert logged.outcome.asked_why is (None if outcome is Outcome.ACCEPTED else True)
    assert logged.outcome.what_happened == f"She answered: {outcome.value}"

    reflection = reflection_dialog(flow)
    shown = reflection.comparison_label.text()
    assert "80 %" in shown and "20/100" in shown
    # how bad a no would feel is set against a real no or a partial, never against a yes
    assert ("70/100" in shown) is (outcome is not Outcome.ACCEPTED)
    keys = [box.key for box in reflection.answer_boxes]
    assert "predicted-vs-happened" in keys
    assert ("accepted-expected-no" in keys) is (outcome is Outcome.ACCEPTED)
    assert ("rejected-their-side" in keys) is (outcome is Outcome.REJECTED)
    assert not any(key.startswith("aftercare") for key in keys)  # a stranger: no aftercare
    word = f"pumpernickel{outcome.value.replace('_', '')}"
    type_into(qtbot, reflection.first_answer_edit(), f"It was only a word. {word}")
    ctrl_enter(qtbot, reflection.first_answer_edit())
    assert not open_of(flow, ReflectionDialog)

    [stored] = services.reflections.for_attempt(attempt_id)
    assert stored.answers[0].key == reflection.answer_boxes[0].key
    assert stored.answers[0].answer == f"It was only a word. {word}"
    assert len(stored.answers) == 1  # unanswered prompts are not stored

    [entry] = search_journal(qtbot, journal_page, word)
    assert (entry.kind, entry.id, entry.outcome) == ("attempt", attempt_id, outcome.value)
    assert entry.preview == f"She answered: {outcome.value}"
    assert journal_page.detail.entry == entry


def test_no_reply_yet_stays_open_and_is_updated_later(qtbot, services, flow, journal_page,
                                                      challenge):
    attempt_id, _ = plan_through_the_form(qtbot, flow, challenge.id)
    log = flow.log(challenge_id=challenge.id)
    click(qtbot, log.outcome_buttons[Outcome.NO_REPLY])
    assert not log.actual_badness.isEnabled()  # nothing to feel yet
    type_into(qtbot, log.what_happened_edit, "Sent the email to the gallery")
    click(qtbot, log.save_button)
    assert services.attempts.get(attempt_id).is_open
    assert [a.id for a in services.attempts.open_attempts()] == [attempt_id]

    reflection = reflection_dialog(flow)
    assert "no-reply-waiting" in [box.key for box in reflection.answer_boxes]
    type_into(qtbot, reflection.first_answer_edit(), "Waiting is strange. quinceleaf")
    click(qtbot, reflection.save_button)

    update = flow.log(attempt_id=attempt_id)
    assert update.windowTitle() == "Did they answer?"
    assert update.outcome_buttons[Outcome.NO_REPLY].isChecked()
    click(qtbot, update.outcome_buttons[Outcome.ACCEPTED])
    rate(qtbot, update.actual_badness, 5)
    update.what_happened_edit.selectAll()
    qtbot.keyClicks(update.what_happened_edit, "They said yes a week later")
    click(qtbot, update.save_only_button)
    assert not open_of(flow, ReflectionDialog)  # "Save only"

    updated = services.attempts.get(attempt_id)
    assert updated.outcome.outcome == "accepted" and not updated.is_open
    assert updated.outcome.what_happened == "They said yes a week later"
    assert updated.before.predicted_no == 80  # the plan survived the update
    assert services.attempts.open_attempts() == []
    [entry] = search_journal(qtbot, journal_page, "quinceleaf")
    assert (entry.id, entry.outcome) == (attempt_id, "accepted")


def test_did_not_ask_records_what_stopped_me(qtbot, services, flow, journal_page, challenge):
    attempt_id, _ = plan_through_the_form(qtbot, flow, challenge.id)
    log = flow.log(challenge_id=challenge.id)
    click(qtbot, log.outcome_buttons[Outcome.NOT_ATTEMPTED])
    assert log.what_stopped_edit.isVisibleTo(log)
    assert not log.what_happened_edit.isVisibleTo(log)
    type_into(qtbot, log.what_stopped_edit, "A long queue and cold feet")
    click(qtbot, log.save_button)
    logged = services.attempts.get(attempt_id)
    assert logged.outcome.outcome == "not_attempted"
    assert logged.outcome.what_stopped_me == "A long queue and cold feet"
    assert logged.outcome.what_happened == "" and logged.outcome.attempted_at is None

    reflection = reflection_dialog(flow)
    keys = [box.key for box in reflection.answer_boxes]
    assert "not-attempted-what-stopped" not in keys  # the log form asked it already
    assert keys[0] == "not-attempted-smaller-step"
    assert "predicted-vs-happened" not in keys
    type_into(qtbot, reflection.first_answer_edit(), "Next time earlier. marzipanbrick")
    ctrl_enter(qtbot, reflection.first_answer_edit())
    [entry] = search_journal(qtbot, journal_page, "marzipanbrick")
    assert (entry.id, entry.outcome) == (attempt_id, "not_attempted")
    assert search_journal(qtbot, journal_page, "cold feet")[0].id == attempt_id


def test_quickest_path_unplanned_ask_to_saved_reflection(qtbot, services, flow, challenge):
    """Log from a challenge, pick the outcome, save, type one answer, save: four actions."""
    log = flow.log(challenge_id=challenge.id)
    assert log.attempt is None  # nothing planned: a new, unplanned ask
    click(qtbot, log.outcome_buttons[Outcome.REJECTED])
    ctrl_enter(qtbot, log.outcome_buttons[Outcome.REJECTED])
    reflection = reflection_dialog(flow)
    qtbot.keyClicks(reflection.focusWidget(), "Fine")  # the first box already has focus
    ctrl_enter(qtbot, reflection.focusWidget())
    [attempt] = services.attempts.records()
    assert attempt.outcome is Outcome.REJECTED and attempt.predicted_no is None
    assert services.reflections.for_attempt(attempt.id)[0].answers[0].answer == "Fine"


def test_enter_in_a_line_saves_like_the_highlighted_button(qtbot, services, flow, challenge):
    log = flow.log(challenge_id=challenge.id)
    click(qtbot, log.outcome_buttons[Outcome.ACCEPTED])
    type_into(qtbot, log.what_happened_edit, "They said yes")
    activate(qtbot, log)
    qtbot.keyClick(log.what_happened_edit, Qt.Key.Key_Return)
    assert not log.isVisible()
    assert services.attempts.get(log.saved_id).outcome.what_happened == "They said yes"
    assert reflection_dialog(flow).attempt.id == log.saved_id


def test_unplanned_ask_gets_its_prediction_in_hindsight(qtbot, services, flow):
    log = flow.log()
    assert log.challenge_combo is not None
    click(qtbot, log.outcome_buttons[Outcome.REJECTED])
    click(qtbot, log.save_only_button)
    assert log.isVisible()
    assert log.challenge_error.text() == "Choose a challenge for this attempt."
    title = log.challenge_combo.itemText(3)
    log.challenge_combo.setFocus()
    log.challenge_combo.lineEdit().selectAll()
    qtbot.keyClicks(log.challenge_combo.lineEdit(), title)
    rate(qtbot, log.predicted_no, 90)
    rate(qtbot, log.expected_badness, 50)
    click(qtbot, log.save_only_button)
    assert not log.isVisible()
    [record] = services.attempts.records()
    assert record.challenge_id == log.challenge_combo.itemData(3)
    assert (record.predicted_no, record.expected_badness) == (90, 50)


def test_personal_asks_get_aftercare_prompts(qtbot, services, flow):
    friend = next(c for c in services.challenges.list_challenges() if c.audience == "family")
    log = flow.log(challenge_id=friend.id)
    click(qtbot, log.outcome_buttons[Outcome.REJECTED])
    click(qtbot, log.save_button)
    reflection = reflection_dialog(flow)
    keys = [box.key for box in reflection.answer_boxes]
    assert "aftercare-feeling-now" in keys and "aftercare-relationship" in keys


def test_standalone_reflection_and_editing_it(qtbot, services, flow, journal_page):
    dialog = flow.reflect()
    assert dialog.attempt is None
    assert dialog.first_answer_edit() is dialog.free_text.edit
    type_into(qtbot, dialog.free_text.edit, "A thought about asking. gooseberry")
    ctrl_enter(qtbot, dialog.free_text.edit)
    [entry] = search_journal(qtbot, journal_page, "gooseberry")
    assert entry.kind == "reflection"

    edit = flow.edit_reflection(entry.id)
    assert edit.free_text.text() == "A thought about asking. gooseberry"
    edit.free_text.edit.selectAll()
    qtbot.keyClicks(edit.free_text.edit, "Rewritten: elderflower")
    click(qtbot, edit.save_button)
    assert services.reflections.get(entry.id).free_text == "Rewritten: elderflower"
    assert search_journal(qtbot, journal_page, "gooseberry") == []
    assert [e.id for e in search_journal(qtbot, journal_page, "elderflower")] == [entry.id]


def test_editing_a_logged_attempt_keeps_its_reflection(qtbot, services, flow, challenge):
    log = flow.log(challenge_id=challenge.id)
    click(qtbot, log.outcome_buttons[Outcome.PARTIAL])
    click(qtbot, log.save_button)
    reflection = reflection_dialog(flow)
    type_into(qtbot, reflection.first_answer_edit(), "half a yes")
    click(qtbot, reflection.save_button)
    attempt_id = log.saved_id

    edit = flow.edit_attempt(attempt_id)
    assert edit.windowTitle() == "Edit this ask"
    assert edit.save_only_button is None  # already reflected: a plain Save
    assert edit.outcome_buttons[Outcome.PARTIAL].isChecked()
    type_into(qtbot, edit.notes_edit, "They offered half")
    click(qtbot, edit.save_button)
    assert not open_of(flow, ReflectionDialog)
    assert services.attempts.get(attempt_id).outcome.notes == "They offered half"
    assert len(services.reflections.for_attempt(attempt_id)) == 1


def test_one_form_per_draft_key(qtbot, services, flow, challenge):
    first = flow.plan(challenge.id)
    assert flow.plan(challenge.id) is first
    assert len(flow.open_dialogs()) == 1


def test_tab_order_in_the_log_form_follows_the_page(qtbot, services, flow, challenge):
    log = flow.log(challenge_id=challenge.id)
    click(qtbot, log.outcome_buttons[Outcome.REJECTED])
    activate(qtbot, log)
    expected = [log.attempted_edit.date_edit, log.attempted_edit.time_edit,
                log.actual_badness.slider, log.actual_badness.spin,
                log.anxiety_after.slider, log.anxiety_after.spin, log.asked_why_check,
                log.what_happened_edit, log.notes_edit, log.context_edit,
                log.predicted_no.slider]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and widget not in expected:
            widget = widget.parentWidget()
        seen.append(widget)
    assert seen == expected
