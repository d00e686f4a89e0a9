"""AttemptService: the method's rules live here, not in a dialog."""

from __future__ import annotations

import pytest

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.attempts import BeforeInput, BeliefInput, OutcomeInput


@pytest.fixture
def challenge_id(services) -> int:
    return services.challenges.list_challenges()[0].id


@pytest.mark.parametrize(("before", "field"), [
    (BeforeInput(), "Chance of a no"),
    (BeforeInput(expected_badness=40), "Chance of a no"),
    (BeforeInput(predicted_no=60), "How bad a no would feel"),
])
def test_a_plan_needs_both_predictions(services, challenge_id, before, field):
    with pytest.raises(ValidationError) as refused:
        services.attempts.plan(challenge_id, before)
    assert refused.value.field == field
    assert services.attempts.open_attempts() == []  # nothing was written


def test_a_plan_with_both_predictions_is_stored(services, challenge_id):
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=0,
                                                               expected_badness=0))
    stored = services.attempts.get(attempt)
    assert (stored.before.predicted_no, stored.before.expected_badness) == (0, 0)


def test_editing_a_plan_cannot_drop_its_prediction(services, challenge_id):
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60,
                                                               expected_badness=40))
    with pytest.raises(ValidationError):
        services.attempts.update_before(attempt, BeforeInput(predicted_no=60))
    assert services.attempts.get(attempt).before.expected_badness == 40


def test_an_unplanned_ask_may_be_logged_without_a_prediction(services, challenge_id):
    attempt = services.attempts.log(challenge_id, BeforeInput(),
                                    OutcomeInput(Outcome.ACCEPTED))
    services.attempts.update_before(attempt, BeforeInput(context="the bakery"))
    assert services.attempts.get(attempt).before.predicted_no is None


# --- when a prediction was written (METHOD.md: counting evidence honestly) --------------------

PREDICTED = BeforeInput(predicted_no=70, expected_badness=60)


def timing(services, attempt_id):
    return services.attempts.get(attempt_id).prediction_timing


def test_a_plan_is_a_prediction_written_before(services, challenge_id):
    attempt = services.attempts.plan(challenge_id, PREDICTED)
    assert timing(services, attempt) == "before"
    services.attempts.log(challenge_id, None, OutcomeInput(Outcome.REJECTED),
                          attempt_id=attempt)
    assert timing(services, attempt) == "before"
    assert services.attempts.record(attempt).hindsight is False


def test_predictions_typed_in_with_an_unplanned_ask_are_hindsight(services, challenge_id):
    attempt = services.attempts.log(challenge_id, PREDICTED, OutcomeInput(Outcome.ACCEPTED))
    stored = services.attempts.get(attempt)
    assert (stored.before.predicted_no, stored.prediction_timing) == (70, "hindsight")
    assert services.attempts.record(attempt).hindsight is True


def test_logging_a_plan_with_its_prediction_unchanged_keeps_it_before(services, challenge_id):
    attempt = services.attempts.plan(challenge_id, PREDICTED)
    services.attempts.log(challenge_id, PREDICTED, OutcomeInput(Outcome.NO_REPLY),
                          attempt_id=attempt)
    services.attempts.log(challenge_id, PREDICTED, OutcomeInput(Outcome.REJECTED),
                          attempt_id=attempt)  # the reply came: still the same prediction
    assert timing(services, attempt) == "before"


@pytest.mark.parametrize("change", [
    BeforeInput(predicted_no=20, expected_badness=60),
    BeforeInput(predicted_no=70, expected_badness=10),
])
def test_a_prediction_changed_once_the_outcome_is_known_is_hindsight(services, challenge_id,
                                                                     change):
    logged = services.attempts.plan(challenge_id, PREDICTED)
    services.attempts.log(challenge_id, change, OutcomeInput(Outcome.ACCEPTED),
                          attempt_id=logged)
    assert timing(services, logged) == "hindsight"
    edited = services.attempts.plan(challenge_id, PREDICTED)
    services.attempts.log(challenge_id, None, OutcomeInput(Outcome.ACCEPTED), attempt_id=edited)
    services.attempts.update_before(edited, change)
    assert timing(services, edited) == "hindsight"


def test_editing_a_plan_before_the_ask_keeps_it_before(services, challenge_id):
    attempt = services.attempts.plan(challenge_id, PREDICTED)
    services.attempts.update_before(attempt, BeforeInput(predicted_no=10, expected_badness=10))
    assert timing(services, attempt) == "before"


# --- dares, the coping line and the belief ------------------------------------------------------


@pytest.fixture
def dare_id(services) -> int:
    return next(c.id for c in services.challenges.list_challenges() if c.dare)


def test_a_dare_predicts_how_bad_it_will_feel_not_a_chance_of_a_no(services, dare_id):
    with pytest.raises(ValidationError) as refused:
        services.attempts.plan(dare_id, BeforeInput(predicted_no=50))
    assert "How bad will it feel" in refused.value.message
    attempt = services.attempts.plan(dare_id, BeforeInput(predicted_no=50, expected_badness=70))
    stored = services.attempts.get(attempt)
    assert stored.dare and stored.before.predicted_no is None  # nobody can say no
    assert stored.before.expected_badness == 70


def test_the_coping_line_and_a_new_belief_are_kept_with_the_plan(services, challenge_id):
    belief = BeliefInput(text="  People will think I'm needy ", rating=80)
    attempt = services.attempts.plan(challenge_id, BeforeInput(
        predicted_no=70, expected_badness=60, coping_plan="Walk round the block, then text Sam",
        belief=belief))
    stored = services.attempts.get(attempt)
    assert stored.before.coping_plan == "Walk round the block, then text Sam"
    assert stored.belief is not None
    assert (stored.belief.text, stored.belief.before) == ("People will think I'm needy", 80)
    # the same words later reuse the belief; logging without a belief part keeps it
    again = services.attempts.plan(challenge_id, BeforeInput(
        predicted_no=50, expected_badness=50,
        belief=BeliefInput(text="people will think i'm needy", rating=60)))
    assert services.attempts.get(again).belief.id == stored.belief.id
    services.attempts.log(challenge_id, None, OutcomeInput(Outcome.REJECTED), attempt_id=attempt)
    assert services.attempts.get(attempt).belief.before == 80


def test_a_belief_can_be_changed_or_cleared_on_a_plan(services, challenge_id):
    attempt = services.attempts.plan(challenge_id, BeforeInput(
        predicted_no=70, expected_badness=60, belief=BeliefInput(text="I'll fall apart",
                                                                 rating=90)))
    services.attempts.update_before(attempt, BeforeInput(
        predicted_no=70, expected_badness=60, belief=BeliefInput()))
    assert services.attempts.get(attempt).belief is None
    with pytest.raises(ValidationError):
        services.attempts.plan(challenge_id, BeforeInput(
            predicted_no=70, expected_badness=60, belief=BeliefInput(text="x", rating=101)))
    with pytest.raises(ValidationError):
        services.attempts.plan(challenge_id, BeforeInput(
            predicted_no=70, expected_badness=60, belief=BeliefInput(belief_id=9999)))
