"""Tests for ProgressService: one load, a current cache after every change, figures per range."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers.clock import FakeClock

from rejection_desktop.app.context import Services
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.stats.figures import (
    AnxietyPoint,
    Courage,
    DisprovedSummary,
    OutcomeCounts,
    PredictionSummary,
)
from rejection_desktop.domain.stats.periods import RangePreset, range_start
from rejection_desktop.services.attempts import AttemptService, BeforeInput, OutcomeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.progress import (
    RANGE_PRESETS,
    ProgressService,
    ProgressSnapshot,
    snapshot_from_records,
)

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(text: str) -> datetime:
    """An aware UTC instant from a Berlin wall-clock time."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN).astimezone(UTC)


@pytest.fixture
def progress(services: Services, clock: FakeClock) -> ProgressService:
    services.settings.set("timezone", "Europe/Berlin")
    return ProgressService(services.attempts, services.settings, services.challenges, clock,
                           reflections=services.reflections)


@pytest.fixture
def challenge(services: Services) -> int:
    return services.challenges.add(ChallengeInput("Ask for a discount", "shops", 30))


def log(services: Services, challenge_id: int, when: datetime, outcome: Outcome = Outcome.ACCEPTED,
        **ratings: int) -> int:
    """An ask made at ``when``: planned first when it has a prediction (so the prediction was
    written before the outcome, as the figures require), else logged in one go."""
    after = OutcomeInput(outcome.value, attempted_at=when,
                         actual_badness=ratings.get("actual_badness"),
                         anxiety_after=ratings.get("anxiety_after"))
    if ratings.get("predicted_no") is None:
        before = BeforeInput(expected_badness=ratings.get("expected_badness"),
                             anxiety_before=ratings.get("anxiety_before"))
        return services.attempts.log(challenge_id, before, after)
    planned = services.attempts.plan(challenge_id, BeforeInput(
        predicted_no=ratings.get("predicted_no"),
        expected_badness=ratings.get("expected_badness", 50),
        anxiety_before=ratings.get("anxiety_before")))
    return services.attempts.log(challenge_id, None, after, attempt_id=planned)


def fresh(services: Services, clock: FakeClock, preset: RangePreset) -> ProgressSnapshot:
    return ProgressService(services.attempts, services.settings, services.challenges,
                           clock).snapshot(preset)


# --- a new journal ------------------------------------------------------------------------------


@pytest.mark.parametrize("preset", RANGE_PRESETS)
def test_a_new_journal_gives_an_empty_snapshot(progress: ProgressService,
                                               preset: RangePreset) -> None:
    snapshot = progress.snapshot(preset)
    today = date(2026, 6, 1)
    assert snapshot.is_new_user and snapshot.is_empty
    assert snapshot.end == today
    assert snapshot.start == (range_start(preset, today) or today)
    assert snapshot.counts == OutcomeCounts()
    assert all(p.asks == 0 for p in snapshot.timeline)
    assert snapshot.calibration == [] and snapshot.badness_bands == []
    assert snapshot.anxiety_trend == [] and snapshot.ladder == []
    assert snapshot.courage.asks_made == 0
    assert snapshot.streak.current == 0


def test_unknown_range_is_refused(progress: ProgressService) -> None:
    with pytest.raises(ValueError):
        progress.snapshot("2w")  # type: ignore[arg-type]


# --- one load, then signals ---------------------------------------------------------------------


def test_records_are_read_once_and_not_at_construction(
    services: Services, clock: FakeClock, challenge: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = services.attempts.records

    def counting() -> list:  # type: ignore[type-arg]
        calls.append(1)
        return original()

    monkeypatch.setattr(services.attempts, "records", counting)
    progress = ProgressService(services.attempts, services.settings, services.challenges, clock)
    log(services, challenge, clock() - timedelta(hours=1))
    assert calls == [] and not progress.loaded
    for preset in RANGE_PRESETS:
        progress.snapshot(preset)
    log(services, challenge, clock() - timedelta(hours=2))
    progress.snapshot("3m")
    assert calls == [1]
    assert progress.snapshot("3m").counts.asks == 2


def test_every_attempt_signal_updates_the_figures(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    changes: list[bool] = []
    progress.progress_changed.connect(lambda: changes.append(True))
    assert progress.snapshot("4w").counts.asks == 0

    first = log(services, challenge, clock() - timedelta(days=1), Outcome.REJECTED,
                predicted_no=80)
    assert progress.snapshot("4w").counts.rejected == 1

    planned = services.attempts.plan(challenge, BeforeInput(expected_badness=40,
                                                            planned_at=clock() + timedelta(hours=3),
                                                            predicted_no=60))
    assert progress.snapshot("4w").counts.planned == 1

    services.attempts.log(challenge, None, OutcomeInput("accepted", attempted_at=clock()),
                          attempt_id=planned)
    snapshot = progress.snapshot("4w")
    assert (snapshot.counts.planned, snapshot.counts.accepted) == (0, 1)
    assert snapshot.disproved == DisprovedSummary(1, 2)

    services.attempts.update_before(first, BeforeInput(predicted_no=10))
    # changed after the outcome was known: hindsight, left out of the forecast figures
    assert progress.snapshot("4w").prediction.mean_predicted_no == pytest.approx(60.0)

    deleted = services.attempts.delete(first)
    assert progress.snapshot("4w").counts.asks == 1
    services.attempts.undo_delete(deleted)
    assert progress.snapshot("4w").counts.asks == 2
    assert len(changes) == 7


def test_the_cache_matches_a_fresh_load_after_many_changes(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    other = services.challenges.add(ChallengeInput("Ask a colleague for feedback", "work", 70))
    progress.snapshot("all")
    ids = []
    for day in range(40):
        when = clock() - timedelta(days=day * 3, hours=day % 5)
        ids.append(log(services, challenge if day % 3 else other, when,
                       [Outcome.ACCEPTED, Outcome.REJECTED, Outcome.PARTIAL, Outcome.NO_REPLY][
                           day % 4],
                       predicted_no=(day * 7) % 101, expected_badness=60, actual_badness=day,
                       anxiety_before=70 - day, anxiety_after=20))
    for attempt_id in ids[::5]:
        services.attempts.delete(attempt_id)
    services.attempts.update_before(ids[1], BeforeInput(predicted_no=99, expected_badness=10))
    services.challenges.set_distress(other, 90)
    for preset in RANGE_PRESETS:
        assert progress.snapshot(preset) == fresh(services, clock, preset)


def test_deleting_the_first_attempt_moves_the_start_of_all_time(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    oldest = log(services, challenge, clock() - timedelta(days=400))
    log(services, challenge, clock() - timedelta(days=10))
    assert progress.snapshot("all").start == date(2025, 4, 27)
    services.attempts.delete(oldest)
    assert progress.snapshot("all").start == date(2026, 5, 22)


def test_a_challenge_edit_moves_its_attempts(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    log(services, challenge, clock() - timedelta(days=1), predicted_no=50)
    log(services, challenge, clock() - timedelta(days=2), predicted_no=50)
    assert [(r.category, r.highest_done) for r in progress.snapshot("4w").ladder] == [
        ("shops", 30)]
    services.challenges.update(challenge, ChallengeInput("Ask for a discount", "work", 55))
    assert [(r.category, r.highest_done) for r in progress.snapshot("4w").ladder] == [
        ("work", 55)]


@pytest.mark.parametrize("goal_and_streak", [(1, 3), (2, 1)])
def test_the_daily_goal_setting_changes_the_streak(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int,
    goal_and_streak: tuple[int, int],
) -> None:
    goal, expected = goal_and_streak
    for days_ago, count in ((2, 1), (1, 1), (0, 2)):
        for n in range(count):
            log(services, challenge, clock() - timedelta(days=days_ago, minutes=n))
    assert progress.streak().current == 3
    services.settings.set("daily_goal", goal)
    assert progress.snapshot("4w").streak.current == expected
    assert progress.streak().current == expected


def test_rest_days_bridge_a_missed_day(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    # Monday 1 June 2026 is "today"; asks on Thursday, Saturday and Sunday before it.
    for day in ("2026-05-28", "2026-05-30", "2026-05-31"):
        log(services, challenge, berlin(f"{day}T12:00"))
    assert services.settings.get("rest_days_per_week") == 1  # one rest day a week by default
    assert progress.streak().current == 3
    services.settings.set("rest_days_per_week", 0)
    assert progress.streak().current == 2


def test_an_honest_did_not_ask_with_a_reflection_keeps_the_streak(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    services.settings.set("rest_days_per_week", 0)
    for day in ("2026-05-29", "2026-05-31"):
        log(services, challenge, berlin(f"{day}T12:00"))
    held_back = services.attempts.log(challenge, BeforeInput(), OutcomeInput(
        "not_attempted", what_stopped_me="too tired"))
    services.attempts.update_before(held_back, BeforeInput(planned_at=berlin("2026-05-30T12:00")))
    assert progress.streak().current == 1  # Saturday broke it ...
    reflection = services.reflections.save(held_back, [], free_text="I was worn out; fine.")
    assert progress.streak().current == 3  # ... until the user reflected on holding back
    assert progress.snapshot("4w").streak.current == 3
    services.reflections.delete(reflection)
    assert progress.streak().current == 1


def test_a_weekly_goal_counts_weeks(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    # today is Monday 1 June 2026: the two weeks before it had 3 and 2 asks
    for day in ("2026-05-18", "2026-05-20", "2026-05-22", "2026-05-26", "2026-05-30"):
        log(services, challenge, berlin(f"{day}T12:00"))
    services.settings.set("goal_period", "week")
    services.settings.set("weekly_goal", 2)
    result = progress.streak()
    assert (result.unit, result.current, result.today_count) == ("week", 2, 0)
    services.settings.set("weekly_goal", 3)
    assert progress.snapshot("4w").streak.current == 0
    assert progress.snapshot("4w").streak.longest == 1


def test_days_are_local_days_in_the_users_zone(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    # 23:30 in Berlin on the night the clocks went back is 21:30 UTC: still 25 October locally.
    clock.now = berlin("2026-10-26T09:00")
    log(services, challenge, berlin("2026-10-25T23:30"))
    log(services, challenge, berlin("2026-10-26T00:30"))
    snapshot = progress.snapshot("4w")
    assert snapshot.daily == {date(2026, 10, 25): 1, date(2026, 10, 26): 1}
    services.settings.set("timezone", "America/New_York")
    assert progress.snapshot("4w").daily == {date(2026, 10, 25): 2}


def test_ranges_cut_at_local_midnight(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    clock.now = berlin("2026-03-28T10:00")  # the 4-week range starts on 1 March
    log(services, challenge, berlin("2026-02-28T23:59"))
    log(services, challenge, berlin("2026-03-01T00:01"))
    snapshot = progress.snapshot("4w")
    assert snapshot.start == date(2026, 3, 1)
    assert snapshot.counts.asks == 1
    assert snapshot.courage.previous_highest == 30
    assert progress.snapshot("all").counts.asks == 2


def test_all_time_groups_long_journals_by_quarter(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    log(services, challenge, clock() - timedelta(days=6 * 365))
    log(services, challenge, clock() - timedelta(days=1))
    snapshot = progress.snapshot("all")
    assert snapshot.period == "quarter"
    assert snapshot.period_starts[0] == date(2020, 4, 1)
    assert snapshot.period_starts[-1] == date(2026, 4, 1)
    assert sum(p.asks for p in snapshot.timeline) == 2
    assert progress.snapshot("1y").period == "month"
    assert progress.snapshot("3m").period == "week"


def test_snapshots_are_cached_until_something_changes(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    first = progress.snapshot("3m")
    assert progress.snapshot("3m") is first
    log(services, challenge, clock())
    assert progress.snapshot("3m") is not first
    clock.advance(days=1)
    assert progress.snapshot("3m").end == date(2026, 6, 2)


def test_reload_reads_the_journal_again(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    progress.snapshot("4w")
    unwatched = AttemptService(clock)  # writes the service does not hear of, as an import does
    unwatched.log(challenge, BeforeInput(), OutcomeInput("accepted", attempted_at=clock()))
    assert progress.snapshot("4w").counts.asks == 0
    progress.reload()
    assert progress.snapshot("4w").counts.asks == 1


# --- the pure part ------------------------------------------------------------------------------


def test_snapshot_from_records(services: Services, clock: FakeClock, challenge: int) -> None:
    log(services, challenge, berlin("2026-05-31T23:30"), Outcome.ACCEPTED, predicted_no=80,
        expected_badness=70, actual_badness=20, anxiety_before=60, anxiety_after=30)
    log(services, challenge, berlin("2026-05-20T12:00"), Outcome.REJECTED, predicted_no=60)
    log(services, challenge, berlin("2026-04-20T12:00"), Outcome.REJECTED)  # before the range
    snapshot = snapshot_from_records(services.attempts.records(), "4w", date(2026, 6, 1), BERLIN)
    assert snapshot.start == date(2026, 5, 5)
    assert snapshot.daily == {date(2026, 5, 31): 1, date(2026, 5, 20): 1}
    assert snapshot.days_asked == 2 and snapshot.days_in_range == 28
    assert [(p.start, p.asks) for p in snapshot.timeline] == [
        (date(2026, 5, 4), 0), (date(2026, 5, 11), 0), (date(2026, 5, 18), 1),
        (date(2026, 5, 25), 1), (date(2026, 6, 1), 0)]
    assert snapshot.prediction == PredictionSummary(70.0, 50.0, 2)
    assert snapshot.disproved == DisprovedSummary(1, 2)
    assert snapshot.badness_bands == []  # the only ask rated before and after was a yes
    assert snapshot.anxiety.mean_before == 60.0
    assert snapshot.anxiety_trend == [AnxietyPoint(date(2026, 5, 25), 60.0, 30.0, 1)]
    assert snapshot.streak.current == 1
    assert snapshot.courage == Courage(date(2026, 5, 5), date(2026, 6, 1), 2, 0, 2, 30,
                                             30, 1)


def test_the_cache_matches_the_records_for_every_range(
    services: Services, progress: ProgressService, clock: FakeClock, challenge: int
) -> None:
    """Month tallies, edge months and the journal facts agree with a straight computation."""
    other = services.challenges.add(ChallengeInput("Ask to join a table", "social", 60))
    progress.snapshot("all")
    ids = [
        log(services, (challenge, other)[n % 2], clock() - timedelta(days=n * 11, hours=n),
            list(Outcome)[n % 5], predicted_no=n % 101, expected_badness=(n * 13) % 101,
            actual_badness=n % 50, anxiety_before=(n * 7) % 101, anxiety_after=n % 30)
        for n in range(120)
    ]
    for attempt_id in ids[::7]:
        services.attempts.delete(attempt_id)
    services.attempts.update_before(ids[3], BeforeInput(predicted_no=5))
    services.challenges.set_distress(other, 95)
    records = services.attempts.records()
    for preset in RANGE_PRESETS:
        assert progress.snapshot(preset) == snapshot_from_records(
            records, preset, date(2026, 6, 1), BERLIN)
