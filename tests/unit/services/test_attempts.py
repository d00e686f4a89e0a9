"""AttemptService: the method's rules live here, not in a dialog."""

from __future__ import annotations

import pytest

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput


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
