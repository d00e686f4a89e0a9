"""ReminderScheduler with the real ReminderService and database, an injected clock and a fake timer.

Time moves as on a laptop: the timer fires at armed instants, sleep moves only the wall clock,
clock changes move it by hours. Assertions count notifications and read the database.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.scheduler_rig import SchedulerRig

from rejection_desktop.db.models import Reminder
from rejection_desktop.domain.schedule import MAX_TIMER_MS
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.scheduler import RESYNC_INTERVAL, QtOneShotTimer, ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")


def at(y: int, m: int, d: int, h: int = 0, mi: int = 0, *, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=zone).astimezone(UTC)


@pytest.fixture
def reminders(services, clock):
    services.settings.set("timezone", "Europe/Berlin")
    services.settings.set("quiet_hours_enabled", False)
    return ReminderService(services.settings, services.attempts, clock)


@pytest.fixture
def challenge_id(services):
    return services.challenges.list_challenges()[0].id


def plan_attempt(services, challenge_id, when: datetime, **before) -> int:
    predictions = {"predicted_no": 60, "expected_badness": 40}
    return services.attempts.plan(challenge_id, BeforeInput(planned_at=when,
                                                            **(predictions | before)))


# --------------------------------------------------------------------------- a year, DST, weekdays


@pytest.mark.slow
@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Australia/Sydney",
                                  "Asia/Kolkata", "UTC"])
def test_a_year_of_a_daily_0900_nudge_notifies_365_times_at_0900_local(
        services, clock, zone) -> None:
    tz = ZoneInfo(zone)
    clock.now = at(2026, 1, 1, zone=tz)
    services.settings.set("timezone", zone)
    services.settings.set("quiet_hours_enabled", False)
    reminders = ReminderService(services.settings, services.attempts, clock)
    reminders.add_daily(["09:00"])
    rig = SchedulerRig(reminders, clock, resync=timedelta(days=2))  # a fast year: few resyncs

    rig.run_until(at(2027, 1, 1, zone=tz))

    assert len(rig.notices) == 365
    local_times = {when.astimezone(tz).strftime("%H:%M") for when, _ in rig.notices}
    assert local_times == {"09:00"}
    assert len({when.astimezone(tz).date() for when, _ in rig.notices}) == 365
    assert {n.title for _, n in rig.notices} == {"Time for today's ask"}
    assert rig.scheduler.wakeups == 365  # the timer woke only when something was due


def test_spring_forward_gap_time_fires_once_at_the_shifted_time(reminders, clock) -> None:
    clock.now = at(2026, 3, 28, 12)
    reminders.add_daily(["02:30"])
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 3, 31, 0))
    fired = [when.astimezone(BERLIN) for when, _ in rig.notices]
    assert [f.strftime("%d %H:%M") for f in fired] == ["29 03:30", "30 02:30"]


def test_fall_back_repeated_time_fires_once(reminders, clock) -> None:
    clock.now = at(2026, 10, 24, 12)
    reminders.add_daily(["02:30"])
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 10, 27, 0))
    fired = [when.astimezone(BERLIN) for when, _ in rig.notices]
    assert [f.strftime("%d %H:%M %Z") for f in fired] == [
        "25 02:30 CEST", "26 02:30 CET"]


@pytest.mark.slow
def test_weekday_nudges_fire_only_on_chosen_days(reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 0)  # a Monday
    reminders.add_daily(["08:00", "19:30"], weekdays=0b0010101)  # Mon, Wed, Fri
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 6, 15, 0))
    days = [when.astimezone(BERLIN).strftime("%a %H:%M") for when, _ in rig.notices]
    assert days == ["Mon 08:00", "Mon 19:30", "Wed 08:00", "Wed 19:30", "Fri 08:00",
                    "Fri 19:30"] * 2


def test_quiet_hours_hold_a_reminder_until_they_end_and_deliver_it_once(
        services, reminders, clock) -> None:
    reminders.set_quiet_hours("22:00", "07:00", True)
    clock.now = at(2026, 6, 1, 12)
    reminders.add_daily(["23:15", "06:00", "12:30"])
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 6, 3, 0))
    fired = [when.astimezone(BERLIN).strftime("%d %H:%M") for when, _ in rig.notices]
    # 23:15 and 06:00 fall inside quiet hours: delivered together at 07:00, once
    assert fired == ["01 12:30", "02 07:00", "02 12:30"]
    assert rig.notices[1][1].title == "Time for today's ask"


# --------------------------------------------------------------------------- the cases


def test_sleeping_across_three_due_reminders_gives_exactly_one_catch_up(
        services, reminders, clock, challenge_id) -> None:
    clock.now = at(2026, 6, 1, 9)
    reminders.add_daily(["10:00"])
    early = plan_attempt(services, challenge_id, at(2026, 6, 1, 9, 40))  # 09:25, follow-up 10:10
    later = plan_attempt(services, challenge_id, at(2026, 6, 1, 12, 45))  # reminder at 12:30
    rig = SchedulerRig(reminders, clock)
    assert rig.timer.delay_ms == RESYNC_INTERVAL // timedelta(milliseconds=1)  # before 09:25

    rig.awake(timedelta(minutes=20))
    rig.sleep(timedelta(hours=3, minutes=40))  # lid closed 09:20-13:00

    assert len(rig.notices) == 1
    notice = rig.notices[0][1]
    assert notice.title == "While you were away"
    assert notice.message == "Time for today's ask; 1 planned ask; 1 ask to log."
    assert rig.scheduler.jumps == 1
    fired = {(r.kind, r.attempt_id): r.last_fired for r in Reminder.select()}
    woke = at(2026, 6, 1, 13)
    assert fired == {("daily", None): woke, ("followup", early): woke,
                     ("planned", later): woke, ("followup", later): None,
                     ("planned", early): None}  # its ask time had long passed: dropped

    rig.run_until(at(2026, 6, 1, 23, 59))
    assert [n.kind for _, n in rig.notices] == ["summary", "followup"]  # later's, at 13:15


def test_restarting_at_the_due_time_ten_times_notifies_exactly_once(
        services, reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 8)
    reminders.add_daily(["09:00"])
    clock.now = at(2026, 6, 1, 9)
    notices = []
    for restart in range(10):
        clock.now = at(2026, 6, 1, 9) + timedelta(seconds=restart)
        fresh = ReminderService(services.settings, services.attempts, clock)
        rig = SchedulerRig(fresh, clock)
        notices.extend(rig.notices)
        rig.scheduler.stop()
    assert len(notices) == 1
    assert Reminder.get().last_fired == at(2026, 6, 1, 9)


def test_a_restart_after_the_due_time_delivers_what_was_missed(
        services, reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 8)
    reminders.add_daily(["09:00"])
    clock.now = at(2026, 6, 3, 12)  # the app was closed for two days and a half
    rig = SchedulerRig(ReminderService(services.settings, services.attempts, clock), clock)
    assert len(rig.notices) == 1
    assert rig.notices[0][1].title == "Time for today's ask"


@pytest.mark.parametrize("hours", [3, -3])
def test_a_wall_clock_jump_of_three_hours_notifies_at_most_once(
        reminders, clock, hours) -> None:
    clock.now = at(2026, 6, 1, 8, 30)
    reminders.add_daily(["09:00", "10:00"])
    rig = SchedulerRig(reminders, clock)
    rig.awake(timedelta(minutes=29))  # 08:59
    rig.jump(timedelta(hours=hours))
    assert len(rig.notices) <= 1
    assert rig.scheduler.jumps == 1
    rig.jump(timedelta(hours=-hours))  # and back again
    assert rig.scheduler.jumps == 2
    rig.run_until(at(2026, 6, 1, 9, 30))
    # +3 h: one summary for 09:00 and 10:00, nothing again after going back;
    # -3 h: nothing early, then 09:00 on time
    assert len(rig.notices) == 1


def test_follow_up_is_cancelled_when_the_attempt_is_logged_before_it_fires(
        services, reminders, clock, challenge_id) -> None:
    clock.now = at(2026, 6, 1, 9)
    services.settings.set("planned_minutes_before", 0)
    attempt = plan_attempt(services, challenge_id, at(2026, 6, 1, 10))
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 6, 1, 10, 5))
    assert [n.kind for _, n in rig.notices] == ["planned"]

    services.attempts.log(challenge_id, None, OutcomeInput(outcome="accepted"), attempt)
    rig.run_until(at(2026, 6, 2, 12))

    assert [n.kind for _, n in rig.notices] == ["planned"]
    followup = Reminder.get((Reminder.attempt == attempt) & (Reminder.kind == "followup"))
    assert followup.enabled is False
    assert followup.last_fired is None


def test_follow_up_asks_how_it_went_with_the_challenge_title_only(
        services, reminders, clock, challenge_id) -> None:
    clock.now = at(2026, 6, 1, 9)
    attempt = plan_attempt(services, challenge_id, at(2026, 6, 1, 9, 10),
                           context="SECRET place", safety_behaviour="SECRET habit")
    services.attempts.log(challenge_id, None, OutcomeInput(
        outcome="no_reply", what_happened="SECRET answer", notes="SECRET note"), attempt)
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 6, 1, 10))
    assert len(rig.notices) == 1
    notice = rig.notices[0][1]
    title = services.challenges.get(challenge_id).title
    assert notice.title == "How did it go?"
    assert notice.message == f"{title}: log it while it's fresh."
    assert notice.target == "attempt" and notice.attempt_id == attempt
    assert "SECRET" not in notice.title + notice.message


# --------------------------------------------------------------------------- timer discipline


def test_the_timer_is_armed_for_the_nearest_reminder_or_the_resync(reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 9)
    rig = SchedulerRig(reminders, clock)
    assert rig.timer.delay_ms is None  # nothing configured: no timer at all
    reminders.add_daily(["09:05"])
    assert rig.timer.delay_ms == 5 * 60 * 1000
    reminders.add_daily(["09:01"])
    assert rig.timer.delay_ms == 60 * 1000
    reminders.update_daily(reminders.daily_nudges()[1].id, times=["20:00"])
    assert rig.timer.delay_ms == 5 * 60 * 1000
    reminders.remove_daily(reminders.daily_nudges()[0].id)
    assert rig.timer.delay_ms == RESYNC_INTERVAL // timedelta(milliseconds=1)


def test_a_reminder_months_away_is_clamped_below_the_qt_limit(
        services, reminders, clock, challenge_id) -> None:
    clock.now = at(2026, 6, 1, 9)
    plan_attempt(services, challenge_id, at(2026, 12, 24, 9))
    rig = SchedulerRig(reminders, clock, start=False)
    rig.scheduler._resync = timedelta(days=400)
    rig.scheduler.start()
    assert rig.timer.delay_ms == MAX_TIMER_MS - 1
    rig.run_until(at(2026, 12, 24, 9))
    assert [n.kind for _, n in rig.notices] == ["planned"]


def test_the_real_timer_is_single_shot_precise_and_clamped(qtbot, reminders, clock,
                                                         services, challenge_id) -> None:
    clock.now = at(2026, 6, 1, 9)
    plan_attempt(services, challenge_id, at(2027, 6, 1, 9))
    scheduler = ReminderScheduler(reminders, lambda n: None, clock=clock,
                                  timer_factory=QtOneShotTimer, resync=timedelta(days=400))
    scheduler.start()
    timer = scheduler._timer
    assert isinstance(timer, QtOneShotTimer)
    assert timer.timer.isSingleShot() and timer.timer.isActive()
    assert timer.timer.timerType().name == "PreciseTimer"
    assert timer.timer.interval() == MAX_TIMER_MS - 1
    scheduler.stop()
    assert not timer.timer.isActive()


def test_snooze_delays_due_reminders_to_its_end(reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 9)
    reminders.add_daily(["09:30", "09:45"])
    rig = SchedulerRig(reminders, clock)
    until = reminders.snooze(60)
    assert until == at(2026, 6, 1, 10)
    rig.run_until(at(2026, 6, 1, 11))
    assert [when for when, _ in rig.notices] == [at(2026, 6, 1, 10)]


def test_pause_for_today_skips_reminders_even_after_resume(reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 9)
    reminders.add_daily(["10:00", "18:00"])
    rig = SchedulerRig(reminders, clock)
    until = reminders.pause_for_today()
    assert until == at(2026, 6, 2, 0)
    rig.run_until(at(2026, 6, 1, 12))
    reminders.resume()
    rig.run_until(at(2026, 6, 2, 11))
    assert [when for when, _ in rig.notices] == [at(2026, 6, 1, 18), at(2026, 6, 2, 10)]


def test_a_failing_notifier_is_logged_and_the_reminder_still_counts_as_fired(
        reminders, clock, caplog) -> None:
    clock.now = at(2026, 6, 1, 9)
    reminders.add_daily(["09:01"])

    def broken(notice):
        raise RuntimeError("backend exploded")

    rig = SchedulerRig(reminders, clock, notify=broken)
    rig.run_until(at(2026, 6, 1, 9, 2))
    assert len(rig.notices) == 1
    assert "the notifier failed" in caplog.text
    assert Reminder.get().last_fired == at(2026, 6, 1, 9, 1)
    assert rig.timer.delay_ms is not None


def test_a_database_error_while_planning_is_logged_and_retried_at_the_resync(
        reminders, clock, caplog, monkeypatch) -> None:
    clock.now = at(2026, 6, 1, 9)
    reminders.add_daily(["09:01"])

    def unreadable(now=None):
        raise OSError("disk I/O error")

    monkeypatch.setattr(reminders, "schedule_inputs", unreadable)
    rig = SchedulerRig(reminders, clock)
    assert "planning reminders failed" in caplog.text
    assert rig.timer.delay_ms == RESYNC_INTERVAL // timedelta(milliseconds=1)
    monkeypatch.undo()
    rig.run_until(at(2026, 6, 1, 9, 15))
    assert len(rig.notices) == 1


def test_a_change_during_delivery_replans_after_the_round(reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 9)
    reminders.add_daily(["09:01"])
    added = []

    def add_during_delivery(notice):
        if not added:
            added.append(reminders.add_daily(["09:03"]))

    rig = SchedulerRig(reminders, clock, notify=add_during_delivery)
    rig.run_until(at(2026, 6, 1, 9, 5))
    assert [when for when, _ in rig.notices] == [at(2026, 6, 1, 9, 1), at(2026, 6, 1, 9, 3)]


def test_editing_a_nudge_to_an_earlier_time_today_does_not_fire_it(reminders, clock) -> None:
    clock.now = at(2026, 6, 1, 12)
    nudge = reminders.add_daily(["18:00"])
    rig = SchedulerRig(reminders, clock)
    reminders.update_daily(nudge, times=["09:00"])
    rig.run_until(at(2026, 6, 2, 9, 30))
    assert [when for when, _ in rig.notices] == [at(2026, 6, 2, 9)]


# --------------------------------------------------------------------------- what the nudge says


def nudge_at_1800(services, reminders, clock, title="Ask for a discount"):
    clock.now = at(2026, 6, 1, 8)
    reminders.add_daily(["18:00"])
    return SchedulerRig(reminders, clock, today_title=lambda: title)  # Today's suggestion


def test_the_nudge_names_what_is_already_planned_today(services, reminders, clock) -> None:
    first, second, third, tomorrow = services.challenges.list_challenges()[:4]
    rig = nudge_at_1800(services, reminders, clock)
    plan_attempt(services, first.id, at(2026, 6, 1, 19, 30), predicted_no=60)
    services.attempts.plan(second.id, BeforeInput(expected_badness=40,
                                                  predicted_no=60))  # no time set
    plan_attempt(services, tomorrow.id, at(2026, 6, 2, 9), predicted_no=60)
    rig.run_until(at(2026, 6, 1, 18, 1))
    [(_, notice)] = [n for n in rig.notices if n[1].kind == "daily"]
    assert notice.message == (f"2 asks planned today: {first.title} at 19:30; "
                              f"{second.title}.")
    assert "Today's challenge" not in notice.message

    plan_attempt(services, third.id, at(2026, 6, 2, 17), predicted_no=60)
    services.attempts.plan(third.id, BeforeInput(expected_badness=40, predicted_no=60))
    rig.run_until(at(2026, 6, 2, 18, 1))
    notice = [n for _, n in rig.notices if n.kind == "daily"][-1]
    assert notice.message.startswith("4 asks planned today: ")  # 09:00, 17:00, two without a time
    assert notice.message.endswith("; and 2 more.")


def test_one_plan_is_named_and_nothing_planned_falls_back_to_the_suggestion(
        services, reminders, clock) -> None:
    first, second = services.challenges.list_challenges()[:2]
    rig = nudge_at_1800(services, reminders, clock, title="Ask a stranger for the time")
    done = plan_attempt(services, second.id, at(2026, 6, 1, 12), predicted_no=60)
    services.attempts.log(second.id, None, OutcomeInput("accepted"), attempt_id=done)
    rig.run_until(at(2026, 6, 1, 18, 1))
    assert rig.notices[-1][1].message == "Today's challenge: Ask a stranger for the time"

    plan_attempt(services, first.id, at(2026, 6, 2, 20, 15), predicted_no=60)
    rig.run_until(at(2026, 6, 2, 18, 1))
    daily = [n for _, n in rig.notices if n.kind == "daily"]
    assert daily[-1].message == f"Planned today: {first.title} at 20:15."


# --------------------------------------------------------------------------- quiet hours


def test_quiet_hours_hold_the_nudge_but_not_the_reminders_of_an_ask_the_user_timed(
        services, reminders, clock, challenge_id) -> None:
    """The default quiet hours (22:00-08:00) once silenced a 23:00 ask the user had timed."""
    reminders.set_quiet_hours("22:00", "08:00", True)
    clock.now = at(2026, 6, 1, 12)
    reminders.add_daily(["22:30"])
    attempt = plan_attempt(services, challenge_id, at(2026, 6, 1, 23, 0), predicted_no=70)
    rig = SchedulerRig(reminders, clock)
    rig.run_until(at(2026, 6, 2, 9))
    delivered = [(when.astimezone(BERLIN).strftime("%d %H:%M"), n.kind) for when, n in rig.notices]
    assert delivered == [("01 22:45", "planned"),   # 15 min before the ask, inside quiet hours
                         ("01 23:30", "followup"),  # "how did it go?" 30 min after it
                         ("02 08:00", "daily")]     # the 22:30 nudge waited for their end
    assert rig.notices[0][1].attempt_id == attempt
    assert reminders.hold_status(at(2026, 6, 2, 9)).held == 0


def test_hold_status_says_what_is_held_and_until_when(services, reminders, clock,
                                                      challenge_id) -> None:
    reminders.set_quiet_hours("22:00", "08:00", True)
    clock.now = at(2026, 6, 1, 12)
    reminders.add_daily(["23:00"])
    evening = reminders.hold_status(at(2026, 6, 1, 21))
    assert (evening.held, evening.until) == (0, None)
    assert evening.recheck_at == at(2026, 6, 1, 23)  # when the nudge falls due and is held
    night = reminders.hold_status(at(2026, 6, 1, 23, 30))
    assert (night.daily, night.other, night.snoozed) == (1, 0, False)
    assert night.until == night.recheck_at == at(2026, 6, 2, 8)
    assert reminders.nudge_times_in_quiet_hours() == ["23:00"]
    reminders.set_quiet_hours("22:00", "08:00", False)
    assert reminders.nudge_times_in_quiet_hours() == []
    assert reminders.hold_status(at(2026, 6, 1, 23, 30)).held == 0
