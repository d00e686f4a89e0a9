"""Reminder actions without D-Bus: which buttons, and what each does to the journal and the plan.

A real journal, the real ReminderService and scheduler on a fake clock and a fake timer (the
scheduler rig); assertions on what the scheduler delivers and on the database.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.scheduler_rig import SchedulerRig

from rejection_desktop.db.models import Attempt, Reminder
from rejection_desktop.domain import reminder_actions as rules
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.notifications.delivery import Notice
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.reminder_actions import (
    OPEN_LOG,
    OPEN_PLAN,
    OPEN_SUGGESTION,
    OPEN_WHAT_STOPPED,
    PrivateTitles,
    ReminderActionService,
)
from rejection_desktop.services.reminder_text import daily_notice
from rejection_desktop.services.reminders import ReminderService

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(h: int, mi: int = 0, day: int = 1) -> datetime:
    return datetime(2026, 6, day, h, mi, tzinfo=BERLIN).astimezone(UTC)


@pytest.fixture
def reminders(services, clock):
    services.settings.set("timezone", "Europe/Berlin")
    services.settings.set("quiet_hours_enabled", False)
    services.settings.set("planned_minutes_before", 0)
    services.settings.set("followup_minutes", 30)
    return ReminderService(services.settings, services.attempts, clock)


@pytest.fixture
def actions(reminders, services, clock):
    return ReminderActionService(reminders, services.attempts, services.settings, clock)


@pytest.fixture
def rig(reminders, clock):
    return SchedulerRig(reminders, clock)


@pytest.fixture
def challenge_id(services):
    return services.challenges.list_challenges()[0].id


def keys(actions: ReminderActionService, kind: str) -> list[str]:
    return [key for key, _label, _essential in actions.actions_for(kind)]


def planned_at(services, challenge_id: int, when: datetime) -> int:
    return services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                            planned_at=when))


def fired(rig: SchedulerRig, kind: str) -> list[tuple[datetime, Notice]]:
    return [(at, n) for at, n in rig.notices if n.kind == kind]


# --------------------------------------------------------------------------- which buttons


def test_each_kind_offers_its_buttons_first_one_being_the_click(actions, clock) -> None:
    clock.now = berlin(11)
    assert keys(actions, "followup") == ["log", "snooze:15", "snooze:60", "snooze:evening",
                                         "didnt-ask"]
    assert keys(actions, "planned") == ["open", "snooze:15", "tomorrow"]
    assert keys(actions, "daily") == ["pick", "not-today"]
    assert keys(actions, "summary") == ["open-today"]
    assert keys(actions, "test") == []
    labels = {key: label for key, label, _ in actions.actions_for("followup")}
    assert labels == {"log": "Log it now", "snooze:15": "Snooze 15 min",
                      "snooze:60": "Snooze 1 h", "snooze:evening": "Snooze until this evening",
                      "didnt-ask": "Didn't ask"}


def test_a_desktop_with_few_buttons_gets_log_snooze_15_and_didnt_ask(actions, clock) -> None:
    from rejection_desktop.notifications.delivery import NoticeAction

    clock.now = berlin(11)
    notice = Notice("How did it go?", "x", kind="followup", actions=tuple(
        NoticeAction(k, label, e) for k, label, e in actions.actions_for("followup")))
    assert [a.key for a in notice.buttons(3)] == ["log", "snooze:15", "didnt-ask"]
    assert len(notice.buttons(None)) == 5
    assert notice.default_action.key == "log"


def test_this_evening_is_offered_only_while_the_evening_is_an_hour_away(actions, clock) -> None:
    clock.now = berlin(17, 59)
    assert "snooze:evening" in keys(actions, "followup")
    clock.now = berlin(18, 1)
    assert "snooze:evening" not in keys(actions, "followup")
    assert rules.snooze_until("snooze:evening", berlin(12), BERLIN) == berlin(19)
    assert rules.snooze_until("snooze:evening", berlin(18, 30), BERLIN) == berlin(19, 30)


# --------------------------------------------------------------------------- follow-up


def test_snoozing_a_follow_up_brings_it_back_15_minutes_later(
        actions, rig, services, challenge_id, clock) -> None:
    attempt_id = planned_at(services, challenge_id, clock.now + timedelta(minutes=10))
    rig.run_until(clock.now + timedelta(minutes=41))
    [(first_at, notice)] = fired(rig, "followup")
    assert first_at == berlin(11, 40) and notice.attempt_id == attempt_id
    assert len(notice.reminder_ids) == 1

    outcome = actions.perform(notice, "snooze:15")
    assert outcome.until == clock.now + timedelta(minutes=15)
    assert outcome.message == "Snoozed: it comes back at 11:56."
    rig.run_until(clock.now + timedelta(hours=3))
    [_, (again_at, again)] = fired(rig, "followup")  # once more, not again and again
    assert again_at == outcome.until and again.attempt_id == attempt_id


def test_snooze_until_this_evening(actions, rig, services, challenge_id, clock) -> None:
    planned_at(services, challenge_id, clock.now + timedelta(minutes=10))
    rig.run_until(clock.now + timedelta(minutes=41))
    [(_, notice)] = fired(rig, "followup")
    actions.perform(notice, "snooze:evening")
    rig.run_until(berlin(22, 0))
    assert [at for at, _ in fired(rig, "followup")] == [berlin(11, 40), berlin(19)]


def test_log_it_now_opens_the_log_form_of_that_ask(actions, services, challenge_id,
                                                   clock) -> None:
    attempt_id = planned_at(services, challenge_id, clock.now - timedelta(minutes=40))
    notice = Notice("How did it go?", "x", kind="followup", attempt_id=attempt_id)
    outcome = actions.perform(notice, "log")
    assert (outcome.open, outcome.attempt_id) == (OPEN_LOG, attempt_id)
    assert Attempt.get_by_id(attempt_id).outcome is None  # the form logs, not the button


def test_didnt_ask_logs_it_and_asks_what_stopped_me(actions, services, challenge_id,
                                                    clock) -> None:
    attempt_id = planned_at(services, challenge_id, clock.now + timedelta(minutes=10))
    clock.advance(minutes=41)
    notice = Notice("How did it go?", "x", kind="followup", attempt_id=attempt_id)
    outcome = actions.perform(notice, "didnt-ask")
    assert (outcome.open, outcome.attempt_id) == (OPEN_WHAT_STOPPED, attempt_id)
    row = Attempt.get_by_id(attempt_id)
    assert row.outcome == "not_attempted" and row.attempted_at is None
    followup = Reminder.get((Reminder.attempt == attempt_id) & (Reminder.kind == "followup"))
    assert not followup.enabled  # settled: no more "how did it go?"
    actions.save_what_stopped(attempt_id, "  The queue was long  ")
    assert Attempt.get_by_id(attempt_id).what_stopped_me == "The queue was long"
    assert services.progress.streak().today_count == 0  # not an ask


def test_didnt_ask_never_overwrites_a_logged_ask(actions, services, challenge_id,
                                                 clock) -> None:
    from rejection_desktop.services.attempts import OutcomeInput

    attempt_id = planned_at(services, challenge_id, clock.now - timedelta(minutes=40))
    services.attempts.log(challenge_id, None, OutcomeInput("accepted"), attempt_id)
    notice = Notice("How did it go?", "x", kind="followup", attempt_id=attempt_id)
    outcome = actions.perform(notice, "didnt-ask")
    assert outcome.open == OPEN_LOG and "already logged" in outcome.message
    assert Attempt.get_by_id(attempt_id).outcome == "accepted"
    with pytest.raises(ValidationError):
        actions.save_what_stopped(attempt_id, "x")


def test_an_unknown_action_is_refused(actions) -> None:
    with pytest.raises(ValidationError, match="Unknown reminder action"):
        actions.perform(Notice("t", "m", kind="daily"), "format-disk")


# --------------------------------------------------------------------------- planned ask


def test_open_and_move_to_tomorrow(actions, rig, services, challenge_id, clock) -> None:
    attempt_id = planned_at(services, challenge_id, berlin(18, 30))
    notice = Notice("Time for your planned ask", "x", kind="planned", attempt_id=attempt_id)
    assert actions.perform(notice, "open").open == OPEN_PLAN
    outcome = actions.perform(notice, "tomorrow")
    assert outcome.message == "Moved to tomorrow, 18:30."
    assert Attempt.get_by_id(attempt_id).planned_at == berlin(18, 30, day=2)
    rig.run_until(berlin(18, 31, day=2))
    assert [at for at, _ in fired(rig, "planned")] == [berlin(18, 30, day=2)]


# --------------------------------------------------------------------------- daily nudge


def test_not_today_skips_todays_nudges_only(actions, rig, reminders, services, clock) -> None:
    reminders.add_daily(["12:00", "18:00"], 0b1111111)
    rig.run_until(berlin(12, 1))
    [(_, nudge)] = fired(rig, "daily")
    assert actions.perform(nudge, "pick").open == OPEN_SUGGESTION
    outcome = actions.perform(nudge, "not-today")
    assert "No more nudges today" in outcome.message
    rig.run_until(berlin(12, 1, day=2))
    assert [at for at, _ in fired(rig, "daily")] == [berlin(12), berlin(12, day=2)]
    assert services.progress.streak().current == 0  # nothing logged on the user's behalf
    assert Attempt.select().count() == 0


# --------------------------------------------------------------------------- privacy


def test_titles_of_personal_asks_stay_out_of_notifications_by_default(
        actions, reminders, services, clock) -> None:
    challenges = services.challenges
    personal = challenges.add(ChallengeInput("Ask my sister Anna to pay back 200 euros",
                                             "family", 60, audience="family"))
    public = challenges.add(ChallengeInput("Ask for a discount on a coffee", "shops", 20,
                                           audience="stranger"))
    assert actions.shows_title("stranger") and not actions.shows_title("family")
    assert not actions.shows_title("colleague") and not actions.shows_title("friend")
    rig = SchedulerRig(PrivateTitles(reminders, actions, services.attempts), clock)
    services.attempts.plan(personal, BeforeInput(predicted_no=60, expected_badness=40,
                                                 planned_at=clock.now + timedelta(minutes=5)))
    services.attempts.plan(public, BeforeInput(predicted_no=60, expected_badness=40,
                                               planned_at=clock.now + timedelta(minutes=10)))
    rig.run_until(clock.now + timedelta(minutes=11))
    texts = [(n.title, n.message) for _, n in rig.notices]
    assert texts == [("Time for your planned ask", "Open Rejection Desktop to see your plan."),
                     ("Time for your planned ask", "Ask for a discount on a coffee")]

    services.settings.set("notification_titles", "all")
    assert actions.shows_title("family")
    services.settings.set("notification_titles", "none")
    assert not actions.shows_title("stranger")


def test_the_daily_nudge_names_planned_asks_only_where_titles_may_show(
        actions, reminders, services, clock) -> None:
    challenges = services.challenges
    personal = challenges.add(ChallengeInput("Ask my sister Anna to pay back 200 euros",
                                             "family", 60, audience="family"))
    public = challenges.add(ChallengeInput("Ask for a discount on a coffee", "shops", 20,
                                           audience="stranger"))
    for challenge in (personal, public):
        services.attempts.plan(challenge, BeforeInput(predicted_no=60, expected_badness=40))
    private = PrivateTitles(reminders, actions, services.attempts)
    titles = sorted(ask.challenge_title for ask in private.planned_today(clock.now))
    assert titles == ["", "Ask for a discount on a coffee"]
    notice = daily_notice("", private.planned_today(clock.now))
    assert "Anna" not in notice.message and "a planned ask" in notice.message
