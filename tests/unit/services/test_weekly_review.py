"""The weekly review on a fake clock: the week's asks, predicted against actual, the surprise,
belief re-ratings and what to vary, saved as a journal entry."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.clock import FakeClock
from helpers.journals import new_journal

from rejection_desktop.db.models import BeliefRating, Reflection
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.attempts import BeforeInput, BeliefInput, OutcomeInput
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.services.weekly_review import ReviewInput, surprise_prompt


@pytest.fixture
def asks(services):
    services.settings.set("timezone", "UTC")
    return [c for c in services.challenges.list_challenges() if not c.dare][:5]


def ask(services, clock, challenge, predicted_no, outcome, *, belief=None):
    before = BeforeInput(predicted_no=predicted_no, expected_badness=50,
                         belief=None if belief is None else BeliefInput(text=belief, rating=80))
    planned = services.attempts.plan(challenge.id, before)
    clock.advance(hours=1)
    services.attempts.log(challenge.id, None, OutcomeInput(outcome), attempt_id=planned)
    clock.advance(hours=20)
    return planned


def test_the_review_shows_the_weeks_asks_predictions_and_surprise(services, clock, asks):
    # Monday 1 June 2026: a week of asks
    ask(services, clock, asks[0], 80, Outcome.REJECTED)  # as expected
    surprise = ask(services, clock, asks[1], 90, Outcome.ACCEPTED)  # the surprise: 90 off
    ask(services, clock, asks[2], 40, Outcome.PARTIAL)  # 60 off
    ask(services, clock, asks[3], 70, Outcome.NO_REPLY)  # tests nothing yet
    services.attempts.log(asks[4].id, BeforeInput(), OutcomeInput(
        Outcome.NOT_ATTEMPTED, what_stopped_me="nerves"))
    services.attempts.log(asks[4].id, BeforeInput(predicted_no=10, expected_badness=5),
                          OutcomeInput(Outcome.REJECTED))  # hindsight: listed, not tested
    clock.now = clock.now.replace(day=7, hour=18)  # Sunday evening
    week = services.weekly_review.summary()
    assert week.start == date(2026, 6, 1)
    assert len(week.asks) == 5 and week.not_asked == 1
    assert [a.predicted_no for a in week.tested] == [80, 90, 40]
    assert (week.predicted_no, week.actual_no) == (70, 67)
    assert week.surprise is not None and week.surprise.attempt_id == surprise

    clock.advance(days=1)  # next Monday, review day Sunday: still looks back on that week
    services.settings.set("weekly_review_day", 6)
    assert services.weekly_review.summary().start == date(2026, 6, 1)


def test_a_week_where_every_answer_went_as_expected_has_no_surprise(services, clock, asks):
    ask(services, clock, asks[0], 80, Outcome.REJECTED)  # 20 off
    ask(services, clock, asks[1], 30, Outcome.ACCEPTED)  # 30 off, the furthest, yet expected
    clock.now = clock.now.replace(day=7, hour=18)
    week = services.weekly_review.summary()
    assert len(week.tested) == 2 and week.surprise is None
    assert "went the way you expected" in surprise_prompt(week)


def test_saving_a_review_keeps_it_in_the_journal_with_belief_re_ratings(services, clock,
                                                                        asks):
    ask(services, clock, asks[0], 80, Outcome.REJECTED, belief="They'll think I'm pushy")
    [belief] = services.beliefs.list_beliefs()
    week = services.weekly_review.summary()
    with pytest.raises(ValidationError):
        services.weekly_review.save(week, ReviewInput())
    with pytest.raises(ValidationError):
        services.weekly_review.save(week, ReviewInput(vary=("mood",)))
    review_id = services.weekly_review.save(week, ReviewInput(
        ratings={belief.id: 40}, vary=("rung", "person"), next_week="Ask at the market",
        surprise_note="A no was fine"))
    row = Reflection.get_by_id(review_id)
    assert row.kind == "weekly_review"
    answers = {a["key"]: a["answer"] for a in row.answers}
    assert answers["review-vary"] == "person, rung"
    assert answers["review-next-week"] == "Ask at the market"
    assert "1 asks" in row.free_text and "80 % no" in row.free_text
    rating = BeliefRating.get(BeliefRating.reflection == review_id)
    assert (rating.rating, rating.source) == (40, "review")
    [summary] = services.beliefs.summaries()
    assert summary.latest == 40
    [record] = services.weekly_review.reviews()
    assert record.id == review_id and record.vary == ("person", "rung")
    assert record.next_week == "Ask at the market" and record.surprise_note == "A no was fine"
    assert [(r.text, r.previous, r.rating) for r in record.ratings] == [
        ("They'll think I'm pushy", 80, 40)]


def test_reviews_survive_an_export_and_import_round_trip(services, context, clock, asks,
                                                        tmp_path):
    ask(services, clock, asks[0], 80, Outcome.REJECTED, belief="I won't cope")
    [belief] = services.beliefs.list_beliefs()
    week = services.weekly_review.summary()
    services.weekly_review.save(week, ReviewInput(
        ratings={belief.id: 55}, vary=("place",), next_week="Try the library",
        surprise_note="It was over in a minute"))
    before = services.weekly_review.reviews()
    export = tmp_path / "export.json"
    backups = BackupService(context.paths, context.clock, services.settings.zone)
    DataTransferService(backups, services.settings.zone, context.clock).export("json", export)
    copy = new_journal(tmp_path / "copy", FakeClock(clock.now))
    try:
        s = copy.services
        transfer = DataTransferService(BackupService(copy.paths, copy.clock, s.settings.zone),
                                       s.settings.zone, copy.clock)
        transfer.import_file(export, ImportMode.REPLACE)
        after = s.weekly_review.reviews()
        assert after == before
        [summary] = s.beliefs.summaries()
        assert [(p.rating, p.source) for p in summary.ratings] == [(80, "before"),
                                                                   (55, "review")]
        assert s.settings.get("weekly_review_day") == services.settings.get(
            "weekly_review_day")
    finally:
        copy.close()


def test_the_review_is_due_on_its_day_and_two_after_until_one_is_saved(services, clock,
                                                                       asks):
    assert not services.weekly_review.due()  # no review day chosen
    services.settings.set("weekly_review_day", 2)  # Wednesday; it is Monday 1 June
    assert not services.weekly_review.due()
    clock.now = clock.now.replace(day=3)
    assert services.weekly_review.due()
    clock.now = clock.now.replace(day=5)  # Friday: the second day after
    assert services.weekly_review.due()
    clock.now = clock.now.replace(day=6)  # Saturday: it waits for the next Wednesday
    assert not services.weekly_review.due()
    clock.now = clock.now.replace(day=4)
    services.weekly_review.save(services.weekly_review.summary(),
                                ReviewInput(vary=("time",)))
    assert not services.weekly_review.due()
    clock.now = clock.now.replace(day=10)
    assert services.weekly_review.due()
