"""ReminderService on a real journal: daily nudges, attempt reminders, snooze, pause, quiet."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rejection_desktop.db.models import Reminder, Setting
from rejection_desktop.domain.schedule import WEEKLY_REVIEW, QuietHours, plan
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.reminders import (
    ALL_WEEKDAYS_MASK,
    MAX_TIMES_PER_NUDGE,
    WEEKLY_REVIEW_ID,
    ReminderService,
    days_to_mask,
    mask_to_days,
)

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # a Monday, 11:00 in Berlin


@pytest.fixture
def reminders(services, clock):
    services.settings.set("timezone", "Europe/Berlin")
    return ReminderService(services.settings, services.attempts, clock)


@pytest.fixture
def changes(reminders):
    seen: list[int] = []
    reminders.reminders_changed.connect(lambda: seen.append(1))
    return seen


@pytest.fixture
def challenge_id(services):
    return services.challenges.list_challenges()[0].id


def rows(kind: str | None = None) -> list[Reminder]:
    query = Reminder.select().order_by(Reminder.id)
    return list(query.where(Reminder.kind == kind) if kind else query)


def due_now(reminders, now):
    inputs = reminders.schedule_inputs(now)
    return plan(inputs.specs, now, inputs.zone, quiet=inputs.quiet,
                paused_until=inputs.snoozed_until)


# --------------------------------------------------------------------------- daily nudges


def test_weekday_masks_round_trip() -> None:
    assert mask_to_days(0b0010101) == {0, 2, 4}
    assert days_to_mask({0, 2, 4}) == 0b0010101
    assert mask_to_days(ALL_WEEKDAYS_MASK) == set(range(7))
    with pytest.raises(ValidationError):
        days_to_mask([7])


def test_a_daily_nudge_is_stored_with_sorted_unique_times(reminders, changes) -> None:
    nudge_id = reminders.add_daily(["18:00", "09:30", "18:00", time(7, 5)], 0b0011111)
    row = Reminder.get_by_id(nudge_id)
    assert (row.kind, row.times, row.weekdays, row.enabled) == (
        "daily", ["07:05", "09:30", "18:00"], 0b0011111, True)
    assert reminders.daily_nudges()[0].days == {0, 1, 2, 3, 4}
    assert changes == [1]


@pytest.mark.parametrize(("times", "weekdays", "field"), [
    ([], ALL_WEEKDAYS_MASK, "Times"),
    (["9:30"], ALL_WEEKDAYS_MASK, "Times"),
    (["24:00"], ALL_WEEKDAYS_MASK, "Times"),
    ([None], ALL_WEEKDAYS_MASK, "Times"),
    ([f"{h:02d}:00" for h in range(MAX_TIMES_PER_NUDGE + 1)], ALL_WEEKDAYS_MASK, "Times"),
    (["09:00"], 0, "Days"),
    (["09:00"], 128, "Days"),
    (["09:00"], True, "Days"),
])
def test_bad_nudges_are_refused_and_nothing_is_written(reminders, changes, times, weekdays,
                                                       field) -> None:
    with pytest.raises(ValidationError) as error:
        reminders.add_daily(times, weekdays)
    assert error.value.field == field
    assert rows() == [] and changes == []


def test_an_update_changes_only_what_was_given(reminders, clock) -> None:
    nudge_id = reminders.add_daily(["09:00"])
    clock.advance(minutes=5)
    reminders.update_daily(nudge_id, weekdays=0b1100000)
    row = Reminder.get_by_id(nudge_id)
    assert (row.times, row.weekdays, row.updated_at) == (["09:00"], 0b1100000, clock.now)
    with pytest.raises(ValidationError):
        reminders.update_daily(nudge_id, times=["nope"])
    with pytest.raises(ValidationError):
        reminders.update_daily(nudge_id + 99, enabled=False)
    assert Reminder.get_by_id(nudge_id).times == ["09:00"]


def test_an_unchanged_update_writes_nothing(reminders, changes, clock) -> None:
    nudge_id = reminders.add_daily(["09:00"])
    stamp = Reminder.get_by_id(nudge_id).updated_at
    clock.advance(hours=1)
    reminders.update_daily(nudge_id, times=["09:00"], enabled=True)
    assert Reminder.get_by_id(nudge_id).updated_at == stamp
    assert changes == [1]


def test_onboardings_choice_adds_the_first_nudge_and_a_rerun_moves_it(reminders,
                                                                     changes) -> None:
    assert reminders.primary_nudge() is None
    first = reminders.choose_daily_nudge("08:15")
    [nudge] = reminders.daily_nudges()
    assert (nudge.id, nudge.times, nudge.weekdays, nudge.enabled) == (
        first, ("08:15",), ALL_WEEKDAYS_MASK, True)
    reminders.update_daily(first, times=["08:15", "20:00"], weekdays=0b0011111)
    reminders.add_daily(["12:00"])

    assert reminders.choose_daily_nudge("07:00") == first  # Help > Getting started, again
    assert [(n.times, n.weekdays, n.enabled) for n in reminders.daily_nudges()] == [
        (("07:00", "20:00"), ALL_WEEKDAYS_MASK, True), (("12:00",), ALL_WEEKDAYS_MASK, True)]
    assert reminders.choose_daily_nudge(None) == first  # "Remind me every day" unticked
    assert [n.enabled for n in reminders.daily_nudges()] == [False, True]
    assert changes  # the scheduler hears of every change


def test_no_nudge_chosen_adds_none_and_nothing_brings_one_back(services, reminders) -> None:
    assert reminders.choose_daily_nudge(None) is None
    services.settings.set("onboarding_done", True)
    ReminderService(services.settings, services.attempts)  # the next start
    assert rows() == []
    nudge = reminders.add_daily(["09:00"])
    reminders.remove_daily(nudge)
    ReminderService(services.settings, services.attempts)
    assert rows() == []


def test_no_setting_repeats_a_daily_nudge(services, reminders) -> None:
    """The reminder table is the one source of truth: editing nudges writes no setting."""
    before = {row.key: row.value for row in Setting.select()}
    nudge = reminders.choose_daily_nudge("08:15")
    reminders.update_daily(nudge, times=["09:00"], weekdays=0b1)
    reminders.remove_daily(nudge)
    assert {row.key: row.value for row in Setting.select()} == before
    with pytest.raises(ValidationError):
        services.settings.set("reminder_time", "08:15")


# --------------------------------------------------------------------------- attempt reminders


def test_planning_an_attempt_creates_its_reminder_and_follow_up(
        services, reminders, changes, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    found = {r.kind: r for r in reminders.attempt_reminders(attempt)}
    assert found["planned"].due_at == NOW + timedelta(hours=2, minutes=-15)
    assert found["followup"].due_at == NOW + timedelta(hours=2, minutes=30)
    assert (found["planned"].offset_minutes, found["followup"].offset_minutes) == (15, 30)
    assert changes


def test_too_late_for_minutes_before_reminds_at_the_planned_time(
        services, reminders, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id,
                                     BeforeInput(predicted_no=60, expected_badness=40,
                                                 planned_at=NOW + timedelta(minutes=10)))
    found = {r.kind: r for r in reminders.attempt_reminders(attempt)}
    assert (found["planned"].due_at, found["planned"].offset_minutes) == (
        NOW + timedelta(minutes=10), 0)


def test_an_unplanned_or_past_attempt_gets_no_reminders(services, reminders, challenge_id) -> None:
    services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40))
    services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                     planned_at=NOW - timedelta(hours=3)))
    assert rows() == []


def test_moving_the_planned_time_moves_the_reminders_and_clearing_it_removes_them(
        services, reminders, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    services.attempts.update_before(attempt, BeforeInput(
        predicted_no=60, expected_badness=40, planned_at=NOW + timedelta(days=1)))
    assert sorted(r.due_at for r in reminders.attempt_reminders(attempt)) == [
        NOW + timedelta(days=1, minutes=-15), NOW + timedelta(days=1, minutes=30)]
    services.attempts.update_before(attempt, BeforeInput(predicted_no=60, expected_badness=40))
    assert reminders.attempt_reminders(attempt) == []


def test_logging_the_attempt_cancels_its_follow_up_and_reminder(
        services, reminders, clock, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    clock.advance(minutes=30)
    services.attempts.log(challenge_id, None, OutcomeInput(outcome="rejected"), attempt)
    assert {r.kind: r.enabled for r in reminders.attempt_reminders(attempt)} == {
        "planned": False, "followup": False}
    assert reminders.schedule_inputs(NOW + timedelta(hours=3)).specs == ()


def test_waiting_for_a_reply_keeps_the_follow_up(services, reminders, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    services.attempts.log(challenge_id, None, OutcomeInput(outcome="no_reply"), attempt)
    assert {r.kind: r.enabled for r in reminders.attempt_reminders(attempt)} == {
        "planned": False, "followup": True}


def test_deleting_an_attempt_takes_its_reminders_and_undo_brings_them_back(
        services, reminders, changes, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    before = reminders.attempt_reminders(attempt)
    changes.clear()
    deleted = services.attempts.delete(attempt)
    assert rows() == [] and changes == [1]
    services.attempts.undo_delete(deleted)
    assert reminders.attempt_reminders(attempt) == before


def test_changing_the_minutes_moves_reminders_still_ahead(
        services, reminders, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    services.settings.set("planned_minutes_before", 60)
    services.settings.set("followup_minutes", 90)
    found = {r.kind: r.due_at for r in reminders.attempt_reminders(attempt)}
    assert found == {"planned": NOW + timedelta(hours=1),
                     "followup": NOW + timedelta(hours=3, minutes=30)}


def test_a_stale_planned_reminder_is_not_announced(services, reminders, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=NOW + timedelta(hours=2)))
    late = NOW + timedelta(hours=3)  # the ask was an hour ago; the app was closed
    kinds = {s.kind for s in reminders.schedule_inputs(late).specs}
    assert kinds == {"followup"}
    assert [kind for kind in (r.kind for r in reminders.attempt_reminders(attempt))] == [
        "planned", "followup"]


def test_describe_gives_titles_and_never_journal_text(services, reminders, challenge_id) -> None:
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
        planned_at=NOW + timedelta(hours=2), context="PRIVATE", safety_behaviour="PRIVATE"))
    items = reminders.describe([(r.id, r.due_at) for r in reminders.attempt_reminders(attempt)])
    title = services.challenges.get(challenge_id).title
    assert [(i.kind, i.challenge_title, i.attempt_id) for i in items] == [
        ("planned", title, attempt), ("followup", title, attempt)]
    assert "PRIVATE" not in repr(items)


def test_mark_fired_persists_and_is_not_a_change(reminders, changes) -> None:
    nudge_id = reminders.add_daily(["09:00"])
    changes.clear()
    reminders.mark_fired([nudge_id], NOW)
    assert Reminder.get_by_id(nudge_id).last_fired == NOW
    assert changes == []


# --------------------------------------------------------------------------- snooze, pause, quiet


def test_snooze_stores_its_end_and_keeps_the_later_of_two(services, reminders, clock) -> None:
    assert reminders.snooze(60) == NOW + timedelta(hours=1)
    assert reminders.snooze(10) == NOW + timedelta(hours=1)
    assert reminders.status().snoozed_until == NOW + timedelta(hours=1)
    assert Setting.get_by_id("snoozed_until").value == (NOW + timedelta(hours=1)).isoformat()
    with pytest.raises(ValidationError):
        reminders.snooze(0)


def test_a_snoozed_reminder_arrives_when_the_snooze_ends(reminders, clock) -> None:
    reminders.add_daily(["11:30"])  # 09:30 UTC
    reminders.snooze(60)
    result = due_now(reminders, NOW + timedelta(minutes=45))
    assert result.due == () and result.next_at == NOW + timedelta(hours=1)
    assert [rid for rid, _ in due_now(reminders, NOW + timedelta(hours=1)).due] == [1]


def test_pause_for_today_ends_at_local_midnight_and_drops_what_falls_inside(
        reminders, clock) -> None:
    reminders.add_daily(["12:00", "20:00"])
    until = reminders.pause_for_today()
    assert until == datetime(2026, 6, 2, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert reminders.status().paused(NOW)
    after = until + timedelta(minutes=1)
    assert due_now(reminders, after).due == ()
    assert due_now(reminders, after).next_at == datetime(2026, 6, 2, 10, 0, tzinfo=UTC)


def test_resume_ends_pause_and_snooze_without_replaying_the_pause(reminders, clock) -> None:
    reminders.add_daily(["11:30"])
    reminders.pause_for(3)
    reminders.snooze(30)
    clock.advance(hours=1)
    reminders.resume()
    status = reminders.status()
    assert not status.paused(clock.now) and not status.snoozed(clock.now)
    assert due_now(reminders, clock.now).due == ()


def test_pause_validation(reminders) -> None:
    with pytest.raises(ValidationError):
        reminders.pause_until(NOW - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        reminders.pause_until(datetime(2026, 7, 1))
    with pytest.raises(ValidationError):
        reminders.pause_for(-1)
    assert reminders.status().paused_until is None
    until = reminders.pause_for(0)
    assert reminders.status().indefinite(NOW) and until > NOW + timedelta(days=3000)


def test_unreadable_pause_settings_are_refused_on_write_and_ignored_on_read(
        services, reminders, caplog) -> None:
    for value in ("next tuesday", "2026-06-01T10:00:00", "0001-01-01T00:00:00+05:00"):
        with pytest.raises(ValidationError):
            services.settings.set("paused_until", value)
    Setting.insert(key="paused_until", value="next tuesday", updated_at=NOW).execute()
    Setting.insert(key="snoozed_until", value="2026-06-01T10:00:00", updated_at=NOW).execute()
    assert reminders.status().paused_until is None
    assert reminders.status().snoozed_until is None
    assert "paused_until" in caplog.text


def test_quiet_hours_are_stored_validated_and_switched_off(services, reminders, changes) -> None:
    assert reminders.quiet_hours() == QuietHours(time(22), time(8))
    reminders.set_quiet_hours("23:30", "06:45")
    assert reminders.quiet_hours() == QuietHours(time(23, 30), time(6, 45))
    assert changes  # the scheduler re-plans
    with pytest.raises(ValidationError):
        reminders.set_quiet_hours("23:30", "23:30")
    with pytest.raises(ValidationError):
        reminders.set_quiet_hours("late", "06:00")
    reminders.set_quiet_hours("23:30", "06:45", enabled=False)
    assert reminders.quiet_hours() is None
    assert services.settings.get("quiet_hours_start") == "23:30"


def test_settling_after_a_restore_announces_nothing_old_and_keeps_what_is_ahead(services, clock):
    from datetime import timedelta

    from rejection_desktop.db.models import Reminder

    reminders = services.reminders
    nudge = reminders.add_daily(["09:00"], 127)
    Reminder.update(last_fired=clock() - timedelta(days=5),
                    created_at=clock() - timedelta(days=30),
                    updated_at=clock() - timedelta(days=30)).where(
        Reminder.id == nudge).execute()  # as a restored, older journal would have it
    from rejection_desktop.domain.schedule import plan

    def due_now():
        inputs = reminders.schedule_inputs(clock())
        return plan(inputs.specs, clock(), inputs.zone)

    assert due_now().due  # the restored journal would announce the missed days
    reminders.settle_all(clock())
    after = due_now()
    assert after.due == ()
    assert after.next_at is not None and after.next_at > clock()  # tomorrow's still comes


def test_arming_open_plans_creates_only_what_is_missing(services, reminders, clock,
                                                        challenge_id) -> None:
    planned_at = NOW + timedelta(hours=1)
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=planned_at))
    reminders.sync_attempt(attempt)
    planned = next(r for r in reminders.attempt_reminders(attempt) if r.kind == "planned")
    reminders.mark_fired([planned.id], planned.due_at)  # delivered 15 minutes before
    clock.advance(minutes=50)  # now inside the "minutes before" window
    before = [tuple(r.__data__.items()) for r in rows()]
    assert reminders.arm_open_plans() == 0  # nothing moved: it must not fire twice
    assert [tuple(r.__data__.items()) for r in rows()] == before
    Reminder.delete().where(Reminder.kind == "followup").execute()
    assert reminders.arm_open_plans() == 1
    assert {r.kind for r in reminders.attempt_reminders(attempt)} == {"planned", "followup"}


def test_a_plan_at_the_edge_of_the_calendar_gets_no_reminder_past_it(
        services, reminders, challenge_id) -> None:
    from rejection_desktop.services.export import build_document
    from rejection_desktop.services.export_format import validate_document

    planned_at = datetime(2999, 12, 31, 23, 50, tzinfo=UTC)
    attempt = services.attempts.plan(challenge_id, BeforeInput(predicted_no=60, expected_badness=40,
                                                               planned_at=planned_at))
    reminders.sync_attempt(attempt)
    reminders.arm_open_plans()
    kinds = {r.kind: r.due_at for r in reminders.attempt_reminders(attempt)}
    assert kinds == {"planned": planned_at - timedelta(minutes=15)}  # the follow-up: year 3000
    validate_document(build_document(NOW))  # the export still imports


# --------------------------------------------------------------------------- weekly review

def test_the_weekly_review_reminder_follows_its_settings_quiet_hours_and_a_pause(
        services, reminders, clock, changes) -> None:
    settings = services.settings
    assert not [s for s in reminders.schedule_inputs(NOW).specs if s.kind == WEEKLY_REVIEW]
    settings.set("weekly_review_time", "22:30")  # inside quiet hours (22:00-08:00)
    settings.set("weekly_review_day", 0)  # Monday
    assert changes  # the scheduler re-plans
    monday_night = datetime(2026, 6, 1, 20, 30, tzinfo=UTC)  # Monday 22:30 in Berlin
    assert due_now(reminders, monday_night).due == ()  # held until quiet hours end
    assert due_now(reminders, monday_night).held_until == datetime(2026, 6, 2, 6, 0,
                                                                   tzinfo=UTC)
    reminders.set_quiet_hours("22:00", "08:00", enabled=False)
    assert due_now(reminders, monday_night).due == ((WEEKLY_REVIEW_ID, monday_night),)
    [item] = reminders.describe(((WEEKLY_REVIEW_ID, monday_night),))
    assert item.kind == WEEKLY_REVIEW and item.challenge_title == ""
    reminders.mark_fired([WEEKLY_REVIEW_ID], monday_night)
    assert due_now(reminders, monday_night + timedelta(hours=1)).due == ()

    clock.now = monday_night + timedelta(days=1)
    reminders.pause_for(10)  # a pause skips the next Monday's review
    assert due_now(reminders, monday_night + timedelta(days=7)).due == ()
    clock.now = monday_night + timedelta(days=7, hours=1)
    reminders.resume()
    assert due_now(reminders, clock.now).due == ()  # what fell inside it stays skipped


def test_settling_after_an_import_does_not_announce_a_past_review(services, reminders,
                                                                  clock) -> None:
    services.settings.set("weekly_review_day", 0)
    Setting.delete().where(Setting.key == "weekly_review_reminded").execute()  # as imported
    later = NOW + timedelta(days=2)
    assert due_now(reminders, later).due  # Monday 18:00 would be caught up
    reminders.settle_all(later)
    assert due_now(reminders, later).due == ()
