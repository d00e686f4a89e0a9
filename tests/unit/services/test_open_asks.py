"""What Today lists: plans without a time, asks waiting for a reply, and when to follow up."""

from __future__ import annotations

from datetime import timedelta

from rejection_desktop.domain.outcomes import FOLLOW_UP_AFTER
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput


def test_plans_without_a_time_stay_open_until_logged(services, clock):
    first, second, timed = services.challenges.list_challenges()[:3]
    older = services.attempts.plan(first.id, BeforeInput(expected_badness=40, predicted_no=50))
    clock.advance(days=2)
    newer = services.attempts.plan(second.id, BeforeInput(expected_badness=40, predicted_no=50))
    services.attempts.plan(timed.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                 planned_at=clock() + timedelta(hours=1)))
    assert [a.id for a in services.attempts.unscheduled()] == [older, newer]  # oldest first
    services.attempts.log(first.id, None, OutcomeInput("accepted"), attempt_id=older)
    assert [a.id for a in services.attempts.unscheduled()] == [newer]


def test_a_follow_up_is_offered_only_after_a_few_days_without_a_reply(services, clock):
    challenge = services.challenges.list_challenges()[0]
    asked = clock() - FOLLOW_UP_AFTER + timedelta(minutes=1)
    attempt_id = services.attempts.log(challenge.id, BeforeInput(predicted_no=80),
                                       OutcomeInput("no_reply", attempted_at=asked))
    waiting = services.attempts.get(attempt_id)
    assert waiting.waiting_since() == asked
    assert not waiting.offers_follow_up(clock())
    assert waiting.offers_follow_up(clock() + timedelta(minutes=1))
    services.attempts.log(challenge.id, None, OutcomeInput("rejected"), attempt_id=attempt_id)
    answered = services.attempts.get(attempt_id)
    assert answered.waiting_since() is None
    assert not answered.offers_follow_up(clock() + timedelta(days=30))
