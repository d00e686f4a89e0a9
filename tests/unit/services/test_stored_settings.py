"""Strict on write, tolerant on read: every setting has one validator, used by ``set``, by the
importer and by the reader. A hostile value written straight into a real journal's settings
table never stops the start-up or the reminder planner: the default is used, the key (never the
value) is logged, and the service says so once."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from rejection_desktop.app.context import open_context
from rejection_desktop.db.models import Reminder
from rejection_desktop.domain.schedule import plan
from rejection_desktop.domain.validation import ValidationError, check_instant
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.export import build_document
from rejection_desktop.services.export_format import FormatError, validate_document
from rejection_desktop.services.settings import SETTINGS

pytestmark = pytest.mark.slow  # whole journals, key derivation, big files: not in make test-fast

EDGE_INSTANTS = [
    "0001-01-01T00:00:00+05:00",  # before year 1 in UTC: astimezone overflows
    "9999-12-31T23:00:00-05:00",  # after year 9999 in UTC
    "9999-12-31T23:59:59+00:00",  # representable, but the planner adds days to it
    "0001-01-01T00:30:00+00:00",  # shown in a zone behind UTC: year 0
    "2026-06-01T10:00:00",  # no offset
    "next tuesday",
]
HOSTILE: list[tuple[str, object]] = [
    *[(key, value) for key in ("paused_until", "snoozed_until") for value in EDGE_INSTANTS],
    ("paused_until", 5),
    ("snoozed_until", ["2026-06-01T10:00:00+00:00"]),
    *[(key, value) for key in ("quiet_hours_start", "quiet_hours_end")
      for value in ("\u0661\u0662:\u0660\u0660", "0\u00b2:00", "24:00", "9:30", 930, "")],
    ("timezone", "America"), ("timezone", "zone.tab"), ("timezone", "../../etc/passwd"),
    ("timezone", "Europe/Paris "), ("timezone", 5), ("timezone", "/etc/localtime"),
    ("daily_goal", 0), ("daily_goal", 21), ("daily_goal", 1.5), ("daily_goal", True),
    ("daily_goal", "3"),
    ("theme", "purple"), ("theme", None), ("onboarding_done", 1),
    ("planned_minutes_before", -1), ("followup_minutes", 1441), ("followup_minutes", 30.0),
]
RAW_TEXTS = ["not json", "NaN", "1e400", "{", ""]
"""Stored texts that are not JSON the app writes."""
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def case_id(case: tuple[str, object]) -> str:
    return f"{case[0]}={case[1]!r}"


@pytest.mark.parametrize("case", HOSTILE, ids=case_id)
def test_a_hostile_value_is_refused_by_set_and_by_import(services, clock, case) -> None:
    key, value = case
    with pytest.raises(ValidationError):
        services.settings.set(key, value)
    document = build_document(clock())
    document["settings"] = [{"key": key, "value": value,
                             "updated_at": "2026-06-01T09:00:00.000000Z"}]
    with pytest.raises(FormatError, match=r"settings\[0\]\.value"):
        validate_document(document)


def store_raw(database: Path, key: str, text: str) -> None:
    """Write ``text`` as the stored value of ``key`` with plain sqlite3 (no app code)."""
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT OR REPLACE INTO setting (key, value, updated_at) "
                           "VALUES (?, ?, '2026-06-01 09:00:00.000000')", (key, text))
    connection.close()


def hostile_journal(data_dir: Path, stored: dict[str, str]) -> Path:
    """A real journal with a daily nudge and a planned ask, then ``stored`` written raw."""
    clock = FakeClock(NOW)
    context = open_context(data_dir, clock)
    services = context.services
    services.settings.set("onboarding_done", True)
    services.reminders.add_daily(["10:00", "19:00"], 127)
    challenge = services.challenges.list_challenges()[0].id
    services.attempts.plan(challenge, BeforeInput(predicted_no=60, expected_badness=40,
                                                  planned_at=NOW + timedelta(hours=3)))
    context.close()
    for key, text in stored.items():
        store_raw(context.paths.database, key, text)
    return context.paths.database


def start_and_plan(data_dir: Path, now: datetime):
    """The start-up path (open the journal, build the services) and two planning rounds."""
    context = open_context(data_dir, FakeClock(now))
    reminders = context.services.reminders
    rounds = []
    for at in (now, now + timedelta(minutes=10)):  # the start round, then a resync
        inputs = reminders.schedule_inputs(at)
        rounds.append(plan(inputs.specs, at, inputs.zone, quiet=inputs.quiet,
                           paused_until=inputs.snoozed_until))
    return context, rounds


@pytest.mark.parametrize("key", sorted(SETTINGS))
def test_every_key_tolerates_unreadable_stored_text(tmp_path, qapp, key, caplog) -> None:
    for index, text in enumerate(RAW_TEXTS):
        data = tmp_path / f"d{index}"
        hostile_journal(data, {key: text})
        context, rounds = start_and_plan(data, NOW)
        try:
            settings = context.services.settings
            assert settings.get(key) == SETTINGS[key][0]
            assert settings.invalid_keys() == {key}
            assert rounds[0].next_at is not None
        finally:
            context.close()
    assert f"stored setting {key} is invalid" in caplog.text


def test_hostile_values_in_a_real_journal_let_it_start_and_plan(tmp_path, qapp, caplog) -> None:
    """Every hostile value at once (one journal per value of a key), then start and resync."""
    by_key: dict[str, list[object]] = {}
    for key, value in HOSTILE:
        by_key.setdefault(key, []).append(value)
    rounds_done = 0
    for index in range(max(len(values) for values in by_key.values())):
        stored = {key: json.dumps(values[index]) for key, values in by_key.items()
                  if index < len(values)}
        data = tmp_path / f"journal-{index}"
        hostile_journal(data, stored)
        found: list[str] = []
        context, rounds = start_and_plan(data, NOW)
        try:
            settings = context.services.settings
            for key in stored:
                assert settings.get(key) == SETTINGS[key][0], key
            assert settings.invalid_keys() == set(stored)
            settings.invalid_found.connect(found.append)
            for key in stored:
                settings.get(key)
            assert found == []  # said once, at the first read: not again
            assert all(r.next_at is not None for r in rounds)
            context.services.reminders.status()  # the tray's and Settings' reading
            context.services.reminders.snooze(30)  # a valid value replaces the bad one
            assert "snoozed_until" not in settings.invalid_keys()
            rounds_done += len(rounds)
        finally:
            context.close()
    assert rounds_done >= 2 * len(EDGE_INSTANTS)
    for value in ("0001-01-01", "9999-12-31", "next tuesday", "purple", "zone.tab"):
        assert value not in caplog.text  # the key is logged, never the value


def test_bad_daily_nudge_rows_are_skipped_not_fatal(tmp_path, qapp, caplog) -> None:
    database = hostile_journal(tmp_path / "data", {})
    with sqlite3.connect(database) as connection:
        connection.execute("""UPDATE reminder SET times = '["25:00"]' WHERE kind = 'daily'""")
        connection.execute("INSERT INTO reminder (uid, kind, times, weekdays, offset_minutes, "
                           "enabled, created_at, updated_at) VALUES ('x', 'daily', '5', 1, 0, "
                           "1, '2026-06-01 09:00:00.000000', '2026-06-01 09:00:00.000000')")
    connection.close()
    context, rounds = start_and_plan(tmp_path / "data", NOW)
    try:
        assert rounds[0].next_at is not None  # the planned ask still reminds
        assert Reminder.select().where(Reminder.kind == "daily").count() == 2  # kept as stored
    finally:
        context.close()
    skipped = [r.message for r in caplog.records if "unusable stored value" in r.message]
    assert len(skipped) == 2  # each bad row once, not at every resync


@pytest.mark.parametrize("value", [
    datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC),
    datetime(1899, 12, 31, 23, tzinfo=UTC), datetime(3000, 1, 1, tzinfo=UTC)])
def test_services_refuse_instants_outside_the_years_every_zone_can_show(
        services, value) -> None:
    with pytest.raises(ValidationError, match="years"):
        check_instant(value, "When")
    challenge = services.challenges.list_challenges()[0].id
    with pytest.raises(ValidationError, match="years"):
        services.attempts.plan(challenge, BeforeInput(predicted_no=60, expected_badness=40,
                                                      planned_at=value))
    if value.year > 2000:
        with pytest.raises(ValidationError, match="years"):
            services.reminders.pause_until(value)
