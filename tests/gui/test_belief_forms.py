"""The belief behind the fear, through the real forms: written in the plan (optional, reusable),
shown again in the reflection with the coping line after a no, re-rated, and a dare's plan."""

from __future__ import annotations

from helpers.flow_driver import (
    click,
    ctrl_enter,
    rate,
    reflection_dialog,
    type_into,
)

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput, BeliefInput


def stranger_challenge(services):
    return next(c for c in services.challenges.list_challenges()
                if c.audience == "stranger" and not c.dare)


def plan_with_belief(qtbot, flow, challenge_id, *, belief="", rating=None, coping=""):
    dialog = flow.plan(challenge_id)
    assert dialog.belief_combo.isVisible() and dialog.coping_edit.isVisible()
    rate(qtbot, dialog.predicted_no, 70)
    rate(qtbot, dialog.expected_badness, 60)
    if belief:
        type_into(qtbot, dialog.belief_combo.lineEdit(), belief)
    if rating is not None:
        rate(qtbot, dialog.belief_rating, rating)
    if coping:
        type_into(qtbot, dialog.coping_edit, coping)
    ctrl_enter(qtbot, dialog.context_edit)
    assert not dialog.isVisible(), dialog.general_error.text()
    return dialog.saved_id


def test_the_belief_and_coping_line_go_from_plan_to_reflection(qtbot, services, flow):
    challenge = stranger_challenge(services)
    attempt_id = plan_with_belief(qtbot, flow, challenge.id, belief="They'll think I'm needy",
                                  rating=80, coping="Say thanks, then text Sam")
    planned = services.attempts.get(attempt_id)
    assert (planned.belief.text, planned.belief.before) == ("They'll think I'm needy", 80)
    assert planned.before.coping_plan == "Say thanks, then text Sam"

    log = flow.log(attempt_id=attempt_id)
    assert not log.belief_combo.isVisible()  # a log keeps what the plan said
    click(qtbot, log.outcome_buttons[Outcome.REJECTED])
    click(qtbot, log.save_button)  # "Save and reflect"
    assert services.attempts.get(attempt_id).belief.before == 80  # kept through the log

    reflection = reflection_dialog(flow)
    assert reflection.coping_label is not None and reflection.coping_label.isVisible()
    assert "Say thanks, then text Sam" in reflection.coping_label.text()
    assert "They'll think I'm needy" in reflection.belief_label.text()
    assert "80/100" in reflection.belief_label.text()
    assert reflection.focusWidget() is reflection.first_answer_edit()  # typing starts there
    rate(qtbot, reflection.belief_now, 30)
    type_into(qtbot, reflection.fairer_edit, "Asking once is not needy")
    ctrl_enter(qtbot, reflection.fairer_edit)
    assert not reflection.isVisible(), reflection.general_error.text()
    [summary] = services.beliefs.summaries()
    assert [p.rating for p in summary.ratings] == [80, 30]
    assert summary.fairer == "Asking once is not needy"


def test_a_belief_written_before_is_offered_again(qtbot, services, flow):
    challenge = stranger_challenge(services)
    services.attempts.plan(challenge.id, BeforeInput(
        predicted_no=50, expected_badness=50,
        belief=BeliefInput(text="I couldn't bear it", rating=90)))
    dialog = flow.plan(challenge.id)
    offered = [dialog.belief_combo.itemText(i) for i in range(dialog.belief_combo.count())]
    assert offered == ["", "I couldn't bear it"]
    assert dialog.belief_combo.currentText() == ""  # nothing chosen until the user picks
    dialog.belief_combo.setCurrentIndex(1)
    rate(qtbot, dialog.predicted_no, 40)
    rate(qtbot, dialog.expected_badness, 40)
    ctrl_enter(qtbot, dialog.context_edit)
    assert len(services.beliefs.list_beliefs()) == 1
    assert services.attempts.get(dialog.saved_id).belief.text == "I couldn't bear it"


def test_leaving_the_belief_empty_saves_a_plain_plan(qtbot, services, flow):
    challenge = stranger_challenge(services)
    attempt_id = plan_with_belief(qtbot, flow, challenge.id)
    assert services.attempts.get(attempt_id).belief is None
    assert services.beliefs.list_beliefs() == []
    log = flow.log(attempt_id=attempt_id)
    click(qtbot, log.outcome_buttons[Outcome.REJECTED])
    click(qtbot, log.save_button)
    reflection = reflection_dialog(flow)
    assert reflection.belief_now is None and reflection.coping_label is None


def test_a_yes_does_not_show_the_coping_line(qtbot, services, flow):
    challenge = stranger_challenge(services)
    attempt_id = plan_with_belief(qtbot, flow, challenge.id, coping="A walk round the block")
    log = flow.log(attempt_id=attempt_id)
    click(qtbot, log.outcome_buttons[Outcome.ACCEPTED])
    click(qtbot, log.save_button)
    assert reflection_dialog(flow).coping_label is None


def test_a_dare_asks_how_bad_it_will_feel_and_is_logged_as_done(qtbot, services, flow):
    dare = next(c for c in services.challenges.list_challenges() if c.dare)
    plan = flow.plan(dare.id)
    assert not plan.predicted_no.isVisible()
    assert plan.badness_label.text() == "How &bad will it feel?"
    rate(qtbot, plan.expected_badness, 70)
    ctrl_enter(qtbot, plan.context_edit)
    assert not plan.isVisible(), plan.general_error.text()
    stored = services.attempts.get(plan.saved_id)
    assert (stored.before.predicted_no, stored.before.expected_badness) == (None, 70)
    log = flow.log(attempt_id=stored.id)
    shown = [b.text() for b in log.outcome_buttons.values() if b.isVisible()]
    assert shown == ["I did it", "I did part of it", "I didn't do it this time"]
    click(qtbot, log.outcome_buttons[Outcome.ACCEPTED])
    rate(qtbot, log.actual_badness, 30)
    click(qtbot, log.save_button)
    reflection = reflection_dialog(flow)
    assert "30/100 instead of the 70/100" in reflection.comparison_label.text()
    assert services.progress.snapshot("4w").counts.dares_done == 1
    assert services.progress.snapshot("4w").counts.accepted == 0
