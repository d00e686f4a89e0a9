"""The plain reminder schedule beside an encrypted journal: what it holds (times and kinds, no
titles), how it is read (tolerantly), the generic nudges it gives before the first unlock, and
the hand-over to the real scheduler without announcing anything twice."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.scheduler_rig import SchedulerRig

from rejection_desktop.domain.schedule import DailyRule, QuietHours, ReminderSpec, upcoming
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.schedule_file import (
    LockedNudges,
    entries_from,
    read_schedule,
    write_schedule,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)  # 09:00 in Berlin
TITLE = "Ask my sister to return the drill"


@pytest.fixture
def reminders(services, clock):
    clock.now = NOW
    services.settings.set("timezone", "Europe/Berlin")
    services.settings.set("quiet_hours_enabled", False)
    services.settings.set("planned_minutes_before", 0)
    service = ReminderService(services.settings, services.attempts, clock)
    service.add_daily(["18:00"])
    return service


def plan(services, when: datetime) -> int:
    from rejection_desktop.services.challenges import ChallengeInput

    challenge = services.challenges.add(ChallengeInput(title=TITLE, category="family",
                                                       distress=30))
    return services.attempts.plan(challenge, BeforeInput(predicted_no=60, expected_badness=40,
                                                         planned_at=when))


def test_upcoming_lists_daily_and_one_shot_deliveries_in_order():
    specs = [ReminderSpec(1, "daily", rule=DailyRule.of([datetime(2026, 1, 1, 18).time()])),
             ReminderSpec(2, "planned", at=NOW + timedelta(hours=2)),
             ReminderSpec(3, "followup", at=NOW + timedelta(hours=3), last_fired=NOW)]
    found = upcoming(specs, NOW, BERLIN, horizon=timedelta(days=2))
    assert [kind for _, kind in found] == ["planned", "followup", "daily", "daily"]
    assert found[0][0] == NOW + timedelta(hours=2)
    assert found[2][0].astimezone(BERLIN).hour == 18
    quiet = QuietHours(datetime(2026, 1, 1, 10).time(), datetime(2026, 1, 1, 12).time())
    held = upcoming(specs, NOW, BERLIN, horizon=timedelta(days=1), quiet=quiet)
    noon = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)  # 12:00 in Berlin, when quiet hours end
    assert held[:2] == [(noon, "followup"), (noon, "planned")]


def test_the_file_holds_times_and_kinds_only_and_is_private(services, reminders, tmp_path,
                                                             clock):
    plan(services, NOW + timedelta(hours=2))
    path = tmp_path / "reminder-schedule.json"
    entries = entries_from(reminders.schedule_inputs(NOW), NOW)
    assert write_schedule(path, entries) is True
    assert write_schedule(path, entries) is False  # unchanged: not written again
    raw = path.read_bytes()
    assert TITLE.encode() not in raw and b"sister" not in raw
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    upcoming_entries = json.loads(raw)["upcoming"]
    assert {tuple(sorted(e)) for e in upcoming_entries} == {("at", "kind")}
    assert [e["kind"] for e in upcoming_entries[:3]] == ["planned", "followup", "daily"]
    assert read_schedule(path) == entries


@pytest.mark.parametrize("content", [b"", b"{", b'{"format": "other"}', b"\xff\xfe",
                                     b'{"format": "rejection-desktop-reminder-schedule", '
                                     b'"version": 1, "upcoming": [{"at": "2026-06-01T10:00",'
                                     b' "kind": "daily"}]}',
                                     b'{"format": "rejection-desktop-reminder-schedule", '
                                     b'"version": 9, "upcoming": []}'])
def test_a_damaged_or_foreign_file_means_no_nudges(tmp_path, content):
    path = tmp_path / "reminder-schedule.json"
    path.write_bytes(content)
    assert read_schedule(path) == []
    assert read_schedule(tmp_path / "missing.json") == []


def test_nudges_before_the_unlock_are_generic_and_not_repeated_after_it(
        services, reminders, tmp_path, clock, qtbot):
    attempt = plan(services, NOW + timedelta(hours=2))
    path = tmp_path / "reminder-schedule.json"
    write_schedule(path, entries_from(reminders.schedule_inputs(NOW), NOW))
    # the app quits; the next start (at login) cannot read the journal: the file alone
    sent = []
    nudges = LockedNudges(read_schedule(path), sent.append, clock=clock)
    nudges.start()
    assert sent == [] and nudges.next_at == NOW + timedelta(hours=2)
    clock.now = NOW + timedelta(hours=2)
    nudges._timer.timeout.emit()  # as the timer would, at the planned time
    (notice,) = sent
    assert notice.kind == "planned" and TITLE not in f"{notice.title} {notice.message}"
    assert nudges.told_until == NOW + timedelta(hours=2)
    nudges.stop()

    clock.now = NOW + timedelta(hours=2, minutes=10)  # the user unlocks
    rig = SchedulerRig(reminders, clock, start=False)
    rig.scheduler.start(told_until=nudges.told_until)
    assert rig.notices == []  # the planned ask was announced already
    clock.now = NOW + timedelta(hours=2, minutes=31)
    rig.scheduler.replan("timer")
    ((_, followup),) = rig.notices
    assert followup.kind == "followup" and followup.attempt_id == attempt
    assert TITLE[:15] in f"{followup.title} {followup.message}"  # unlocked: named again


def test_without_a_told_time_what_came_due_is_announced_once(services, reminders, clock):
    plan(services, NOW + timedelta(hours=2))
    clock.now = NOW + timedelta(hours=2, minutes=10)
    rig = SchedulerRig(reminders, clock)
    assert len(rig.notices) == 1  # (the file's nudge would have been the only one)


def test_quiet_hours_never_hold_an_ask_the_user_timed():
    specs = [ReminderSpec(1, "planned", at=NOW - timedelta(minutes=1))]
    quiet = QuietHours(datetime(2026, 1, 1, 8).time(), datetime(2026, 1, 1, 10).time())
    # due now, inside quiet hours: the running scheduler delivers it at once, so the file (what
    # comes later) does not list it as held until 10:00
    assert upcoming(specs, NOW, BERLIN, horizon=timedelta(days=1), quiet=quiet) == []
