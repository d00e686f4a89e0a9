"""The forms refuse bad input next to the field, write nothing partial, and never lose text."""

from __future__ import annotations

import time

import pytest
from helpers.flow_driver import (
    activate,
    click,
    ctrl_enter,
    open_of,
    rate,
    reflection_dialog,
    running_flow,
    type_into,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from rejection_desktop.db.models import Attempt, Draft, Reflection
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.dialogs.attempt_dialog import AttemptDialog
from rejection_desktop.ui.dialogs.form_base import GENERAL
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog

ONE_MB = ("I asked and it was fine. " * 50_000)[:1 << 20]


def words(length):
    return ("lorem ipsum dolor " * (length // 18 + 1))[:length]


@pytest.fixture
def challenge_id(services):
    return services.challenges.list_challenges()[0].id


@pytest.fixture
def logged(services, challenge_id):
    return services.attempts.log(challenge_id, BeforeInput(predicted_no=60, expected_badness=50),
                                 OutcomeInput("rejected", actual_badness=10))


def paste(widget, text):
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()


# validation ------------------------------------------------------------------------------------
def test_a_plan_needs_its_prediction_named_next_to_the_field(qtbot, flow, challenge_id):
    dialog = flow.plan(challenge_id)
    ctrl_enter(qtbot, dialog.context_edit)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {
        "Chance of a no": "Make a prediction: how likely is a no, from 0 to 100 %?"}
    assert dialog.focusWidget() is dialog.predicted_no.slider
    assert Attempt.select().count() == 0
    rate(qtbot, dialog.predicted_no, 70)
    ctrl_enter(qtbot, dialog.context_edit)
    assert dialog.isVisible() and Attempt.select().count() == 0  # badness still missing
    rate(qtbot, dialog.expected_badness, 40)
    ctrl_enter(qtbot, dialog.context_edit)
    assert not dialog.isVisible() and Attempt.select().count() == 1


def test_a_log_needs_an_outcome(qtbot, flow, challenge_id):
    dialog = flow.log(challenge_id=challenge_id)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {"Outcome": "Choose what happened."}
    assert Attempt.select().count() == 0


def test_ratings_stay_in_range(qtbot, flow, challenge_id):
    dialog = flow.plan(challenge_id)
    rate(qtbot, dialog.predicted_no, 150)
    assert dialog.predicted_no.value() is not None and dialog.predicted_no.value() <= 100
    dialog.predicted_no.spin.setFocus()
    qtbot.keyClick(dialog.predicted_no.spin, Qt.Key.Key_End)
    dialog.predicted_no.slider.setFocus()
    qtbot.keyClick(dialog.predicted_no.slider, Qt.Key.Key_End)
    qtbot.keyClick(dialog.predicted_no.slider, Qt.Key.Key_PageUp)
    assert dialog.predicted_no.value() == 100
    qtbot.keyClick(dialog.predicted_no.slider, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.predicted_no.slider, Qt.Key.Key_Left)
    assert dialog.predicted_no.value() == 0


def test_a_rating_starts_unrated_and_the_first_key_rates_it(qtbot, flow, challenge_id):
    dialog = flow.plan(challenge_id)
    rating = dialog.anxiety_before
    assert rating.value() is None and rating.spin.text() == "Not rated"
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, Qt.Key.Key_Left)  # already at the left end: still rates it
    assert rating.value() == 0
    qtbot.keyClick(rating.slider, Qt.Key.Key_PageUp)
    assert rating.value() == 10
    rating.spin.setFocus()
    for _ in range(11):
        qtbot.keyClick(rating.spin, Qt.Key.Key_Down)
    assert rating.value() is None  # back to "not rated"


def test_a_1mb_paste_is_refused_with_the_message_and_nothing_is_written(
        qtbot, flow, challenge_id):
    dialog = flow.log(challenge_id=challenge_id)
    click(qtbot, dialog.outcome_buttons[Outcome.REJECTED])
    type_into(qtbot, dialog.notes_edit, "kept ")
    paste(dialog.notes_edit, ONE_MB)
    assert dialog.notes_edit.toPlainText() == "kept "  # refused at once, not half-pasted
    assert dialog.visible_errors() == {
        "Notes": "Notes is too long (1,048,581 characters; the limit is 200,000)."}
    dialog.notes_edit.setPlainText(words(200_001))  # over the cap by other means
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {
        "Notes": "Notes is too long (200,001 characters; the limit is 200,000)."}
    assert dialog.focusWidget() is dialog.notes_edit
    assert Attempt.select().count() == 0 and Reflection.select().count() == 0
    dialog.notes_edit.setPlainText(words(200_000))  # the documented cap is accepted
    click(qtbot, dialog.save_only_button)
    assert not dialog.isVisible()
    assert Attempt.get().notes == words(200_000)


def test_a_1mb_reflection_answer_is_refused_under_that_answer(qtbot, flow, logged):
    dialog = flow.reflect(logged)
    second = dialog.answer_boxes[1]
    paste(second.edit, ONE_MB)
    assert second.text() == ""
    assert dialog.visible_errors() == {f"answer:{second.key}": (
        "This answer is too long (1,048,576 characters; the limit is 200,000).")}
    second.edit.setPlainText(words(200_001))
    type_into(qtbot, dialog.answer_boxes[0].edit, "short and fine")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {f"answer:{second.key}": (
        "This answer is too long (200,001 characters; the limit is 200,000).")}
    assert dialog.focusWidget() is second.edit
    assert Reflection.select().count() == 0


def test_nul_in_a_line_is_refused_with_a_message(qtbot, flow, challenge_id):
    dialog = flow.log(challenge_id=challenge_id)
    click(qtbot, dialog.outcome_buttons[Outcome.ACCEPTED])
    dialog.what_happened_edit.setText("a\x00b")
    click(qtbot, dialog.save_only_button)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {
        "What happened": "What happened contains a NUL character, which cannot be saved."}
    assert Attempt.select().count() == 0


def test_an_empty_reflection_is_refused(qtbot, flow, logged):
    dialog = flow.reflect(logged)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {"Reflection": "Write at least one answer or a note."}
    assert Reflection.select().count() == 0


def test_a_deleted_attempt_is_reported_not_crashed_on(qtbot, services, flow, logged):
    dialog = flow.reflect(logged)
    type_into(qtbot, dialog.first_answer_edit(), "words")
    services.attempts.delete(logged)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.visible_errors() == {
        GENERAL: "The attempt this reflects on no longer exists."}


# drafts ----------------------------------------------------------------------------------------
def test_typing_is_kept_as_a_draft_within_two_seconds(qtbot, services, flow, logged):
    dialog = flow.reflect(logged)
    type_into(qtbot, dialog.first_answer_edit(), "I was scared")
    typed_at = time.monotonic()
    qtbot.waitUntil(lambda: services.drafts.load(dialog.draft_key) is not None, timeout=2000)
    assert time.monotonic() - typed_at <= 2.0
    draft = services.drafts.load(dialog.draft_key)
    assert draft["fields"]["answers"][0]["answer"] == "I was scared"
    assert draft["attempt_id"] == logged and draft["form"] == "reflection"
    assert dialog.draft_status.text().startswith("Draft kept at")


def test_while_typing_without_a_pause_the_draft_is_at_most_two_seconds_behind(
        qtbot, services, flow, logged):
    dialog = flow.reflect(logged)
    edit = dialog.first_answer_edit()
    activate(qtbot, edit)
    typed: list[tuple[float, int]] = []
    timer = QTimer()

    def key():
        qtbot.keyClicks(edit, "ab")
        typed.append((time.monotonic(), len(edit.toPlainText())))

    timer.timeout.connect(key)
    timer.start(100)
    try:
        qtbot.wait(3500)
    finally:
        timer.stop()
    now = time.monotonic()
    kept = len(services.drafts.load(dialog.draft_key)["fields"]["answers"][0]["answer"])
    due = max(length for at, length in typed if at <= now - 2.0)
    assert kept >= due > 0


def test_closing_with_unsaved_text_asks_go_back_keep_or_discard(qtbot, services, flow, logged):
    dialog = flow.reflect(logged)
    type_into(qtbot, dialog.first_answer_edit(), "unsaved words")
    qtbot.keyClick(dialog.first_answer_edit(), Qt.Key.Key_Escape)
    box = dialog.unsaved_box
    assert box is not None and box.isVisible()
    click(qtbot, dialog.go_back_button)
    assert dialog.isVisible() and dialog.first_answer_edit().toPlainText() == "unsaved words"

    dialog.close()  # the window's close button asks too
    click(qtbot, dialog.keep_button)
    assert not dialog.isVisible() and not open_of(flow, ReflectionDialog)
    assert services.drafts.load(dialog.draft_key)["fields"]["answers"][0]["answer"] == \
        "unsaved words"

    again = flow.reflect(logged)
    assert again.first_answer_edit().toPlainText() == "unsaved words"
    assert again.draft_status.text() == "Restored what you typed last time."
    click(qtbot, again.cancel_button)
    click(qtbot, again.discard_button)
    assert not again.isVisible()
    assert services.drafts.load(again.draft_key) is None
    assert Reflection.select().count() == 0


def test_closing_an_untouched_form_asks_nothing_and_leaves_no_draft(qtbot, flow, logged):
    dialog = flow.reflect(logged)
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible() and dialog.unsaved_box is None
    assert Draft.select().count() == 0


def test_quitting_writes_drafts_at_once(qtbot, services, flow, challenge_id):
    dialog = flow.plan(challenge_id)
    type_into(qtbot, dialog.context_edit, "my manager")
    assert services.drafts.load(dialog.draft_key) is None  # the timer has not fired yet
    QApplication.instance().aboutToQuit.emit()
    assert services.drafts.load(dialog.draft_key)["fields"]["context"] == "my manager"


def test_drafts_are_offered_back_at_the_next_start(qtbot, services, clock, logged,
                                                   challenge_id):
    with running_flow(services, clock) as first_run:
        reflection = first_run.reflect(logged)
        type_into(qtbot, reflection.first_answer_edit(), "I survived it")
        plan = first_run.plan(challenge_id)
        type_into(qtbot, plan.context_edit, "at the market")
        rate(qtbot, plan.predicted_no, 65)
        first_run.close_all()  # quitting: the forms close, their text stays as drafts
    challenge = services.challenges.get(challenge_id)

    with running_flow(services, clock) as second_run:
        offer = second_run.offer_drafts()
        assert offer is not None and offer.isVisible()
        titles = [d.title for d in second_run.pending_drafts()]
        assert sorted(titles) == sorted([f"Reflection on: {challenge.title}",
                                         f"Plan: {challenge.title}"])
        assert offer.list.count() == 2
        for row in range(offer.list.count()):
            if offer.list.item(row).text().startswith("Plan"):
                offer.list.setCurrentRow(row)
        click(qtbot, offer.open_button)
        [plan] = open_of(second_run, AttemptDialog)
        assert plan.context_edit.text() == "at the market" and plan.predicted_no.value() == 65
        offer.list.setCurrentRow(0)
        click(qtbot, offer.open_button)
        assert not offer.isVisible()  # everything offered was opened
        reflection = reflection_dialog(second_run)
        assert reflection.first_answer_edit().toPlainText() == "I survived it"
        ctrl_enter(qtbot, reflection.first_answer_edit())
        assert services.reflections.for_attempt(logged)[0].answers[0].answer == "I survived it"
        assert services.drafts.load(reflection.draft_key) is None
        assert second_run.pending_drafts() == []  # the plan's draft is open, not pending


def test_discarding_from_the_offer(qtbot, services, clock, flow, logged):
    services.drafts.save("reflection:new", {"form": "reflection", "fields": {
        "answers": [], "free_text": "old thought"}, "attempt_id": None, "reflection_id": None})
    offer = flow.offer_drafts()
    click(qtbot, offer.discard_button)
    assert services.drafts.list_drafts() == [] and not offer.isVisible()


def test_no_offer_without_drafts(flow):
    assert flow.offer_drafts() is None


def test_a_draft_for_a_deleted_ask_comes_back_as_a_lone_reflection(qtbot, services, flow,
                                                                   logged):
    dialog = flow.reflect(logged)
    type_into(qtbot, dialog.first_answer_edit(), "keep me")
    flow.close_all()
    services.attempts.delete(logged)
    reopened = flow.open_draft(f"reflection:attempt:{logged}")
    assert reopened is not None and reopened.attempt is None
    assert "keep me" in [box.text() for box in reopened.answer_boxes]
    ctrl_enter(qtbot, reopened.free_text.edit)
    [stored] = Reflection.select()
    assert stored.attempt_id is None and stored.answers[0]["answer"] == "keep me"


def test_closing_an_untouched_form_is_accepted_so_a_quit_can_go_on(qtbot, flow, challenge_id):
    """Quitting asks every window to close; a form with nothing typed must say yes (an
    ignored close would cancel the quit), one with typed text keeps it open and asks."""
    dialog = flow.plan(challenge_id)
    assert dialog.close() is True
    assert not dialog.isVisible() and not open_of(flow, AttemptDialog)

    typed = flow.plan(challenge_id)
    type_into(qtbot, typed.context_edit, "at the bakery")
    assert typed.close() is False
    assert typed.isVisible() and typed.unsaved_box is not None and typed.unsaved_box.isVisible()
