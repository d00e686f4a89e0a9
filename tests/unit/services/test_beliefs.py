"""Beliefs: written with a plan, re-rated after the ask, summarised with the asks that tested
them; a reflection's re-rating goes and comes back with the reflection."""

from __future__ import annotations

import pytest

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.attempts import BeforeInput, BeliefInput, OutcomeInput
from rejection_desktop.services.reflections import BeliefAfter


@pytest.fixture
def challenge_id(services) -> int:
    return next(c.id for c in services.challenges.list_challenges() if not c.dare)


def plan(services, challenge_id, text="They'll think I'm needy", rating=80):
    return services.attempts.plan(challenge_id, BeforeInput(
        predicted_no=70, expected_badness=60, belief=BeliefInput(text=text, rating=rating)))


def test_a_belief_is_rated_before_and_re_rated_after_with_a_fairer_version(services, clock,
                                                                          challenge_id):
    asked = plan(services, challenge_id)
    clock.advance(hours=2)
    services.attempts.log(challenge_id, None, OutcomeInput(Outcome.REJECTED), attempt_id=asked)
    clock.advance(minutes=5)
    services.reflections.save(asked, [], belief_after=BeliefAfter(35, "A few might; most won't"))
    [summary] = services.beliefs.summaries()
    assert summary.text == "They'll think I'm needy"
    assert [(p.rating, p.source) for p in summary.ratings] == [(80, "before"), (35, "after")]
    assert (summary.first, summary.latest, summary.fairer) == (80, 35, "A few might; most won't")
    assert [(a.attempt_id, a.outcome) for a in summary.asks] == [(asked, "rejected")]
    assert services.attempts.get(asked).belief.after == 35


def test_a_re_rating_alone_saves_and_editing_it_replaces_it(services, challenge_id):
    asked = plan(services, challenge_id)
    services.attempts.log(challenge_id, None, OutcomeInput(Outcome.ACCEPTED), attempt_id=asked)
    reflection = services.reflections.save(asked, [], belief_after=BeliefAfter(50))
    services.reflections.save(asked, [], reflection_id=reflection,
                              belief_after=BeliefAfter(20, "Asking is not needy"))
    assert services.reflections.belief_after(reflection) == BeliefAfter(20, "Asking is not needy")
    [summary] = services.beliefs.summaries()
    assert [p.rating for p in summary.ratings] == [80, 20]
    with pytest.raises(ValidationError):  # a fairer version needs the re-rating with it
        services.reflections.save(asked, [], belief_after=BeliefAfter(None, "fairer"))
    with pytest.raises(ValidationError):  # nothing at all: nothing to save
        services.reflections.save(asked, [], belief_after=BeliefAfter())


def test_deleting_a_reflection_takes_its_re_rating_and_undo_brings_it_back(services,
                                                                          challenge_id):
    asked = plan(services, challenge_id)
    services.attempts.log(challenge_id, None, OutcomeInput(Outcome.REJECTED), attempt_id=asked)
    reflection = services.reflections.save(asked, [], belief_after=BeliefAfter(30))
    snapshot = services.reflections.delete(reflection)
    assert [p.rating for p in services.beliefs.summaries()[0].ratings] == [80]
    services.reflections.undo_delete(snapshot)
    assert [p.rating for p in services.beliefs.summaries()[0].ratings] == [80, 30]


def test_beliefs_are_listed_most_recently_used_first_and_can_be_archived(services, clock,
                                                                        challenge_id):
    plan(services, challenge_id, "I'll fall apart")
    clock.advance(days=1)
    plan(services, challenge_id, "They'll laugh at me")
    assert [b.text for b in services.beliefs.list_beliefs()] == [
        "They'll laugh at me", "I'll fall apart"]
    laugh = services.beliefs.list_beliefs()[0]
    services.beliefs.set_archived(laugh.id, True)
    assert [b.text for b in services.beliefs.list_beliefs()] == ["I'll fall apart"]
    plan(services, challenge_id, "they'll LAUGH at me")  # writing it again brings it back
    assert laugh.id in {b.id for b in services.beliefs.list_beliefs()}
