"""The 100 days' rules on a fake calendar: day numbering across rest days and pauses, the rung
for each day, milestones, and the stored state's validator."""

from __future__ import annotations

from datetime import date, timedelta

from rejection_desktop.domain.program import (
    MILESTONES,
    PROGRAM_DAYS,
    Program,
    is_program_state,
    pick_ask,
    program_day,
    target_distress,
)
from rejection_desktop.domain.records import ChallengeRecord

START = date(2026, 6, 1)


def challenges() -> list[ChallengeRecord]:
    items = [ChallengeRecord(i, f"ask {i}", "everyday", d) for i, d in
             enumerate(range(5, 100, 5), start=1)]
    items.append(ChallengeRecord(99, "ask mum for a favour", "family", 12, audience="family"))
    items.append(ChallengeRecord(98, "archived", "everyday", 10, archived=True))
    return items


def test_a_hundred_days_with_rest_days_and_a_pause_number_only_practice_days():
    program = Program(START)
    counts: dict[date, int] = {}
    kept: set[date] = set()
    day = START
    numbers = []
    for step in range(160):
        day = START + timedelta(days=step)
        if step == 40:
            program = program.pause(day)
        if step == 50:
            program = program.resume(day)
        status = program_day(program, counts, kept, day)
        numbers.append(status.number)
        if status.finished:
            break
        if step % 7 == 6:
            continue  # a rest day: nothing asked, nothing lost
        if step % 11 == 3:
            kept.add(day)  # an honest "did not ask" with a reflection counts as practice
        else:
            counts[day] = 1
        after = program_day(program, counts, kept, day)
        if program.paused:
            assert after.number == status.number and not after.done_today
        else:
            assert after.done_today and after.number == status.number
    assert numbers[0] == 1
    assert numbers == sorted(numbers)  # never goes back
    assert status.finished and status.number == PROGRAM_DAYS
    # 40 days before the pause, minus 5 rest days; nothing counts during the 10 paused days
    assert program_day(program, counts, kept, START + timedelta(days=50)).number == 40 - 5 + 1


def test_a_rest_day_does_not_advance_the_day():
    program = Program(START)
    counts = {START: 1}
    assert program_day(program, counts, (), START + timedelta(days=1)).number == 2
    assert program_day(program, counts, (), START + timedelta(days=3)).number == 2


def test_asks_before_the_start_or_in_the_future_do_not_count():
    program = Program(START)
    counts = {START - timedelta(days=1): 3, START + timedelta(days=5): 1}
    assert program_day(program, counts, (), START).number == 1


def test_milestones_are_offered_once_each_until_looked_back_on():
    program = Program(START)
    counts = {START + timedelta(days=i): 1 for i in range(30)}
    ninth = program_day(program, counts, (), START + timedelta(days=8))
    assert ninth.milestone is None
    tenth = program_day(program, counts, (), START + timedelta(days=9))
    assert tenth.milestone == 10 and tenth.number == 10 and tenth.done_today
    program = program.looked_back(10)
    assert program_day(program, counts, (), START + timedelta(days=15)).milestone is None
    assert program_day(program, counts, (), START + timedelta(days=29)).milestone == 30
    assert MILESTONES == (10, 30, 50, 100)


def test_the_ask_climbs_from_warm_up_to_bold():
    assert target_distress(1) == 10 and target_distress(100) == 90
    targets = [target_distress(d) for d in range(1, 101)]
    assert targets == sorted(targets)
    first = pick_ask(challenges(), 1, ())
    last = pick_ask(challenges(), 100, ())
    assert first is not None and first.distress <= 30
    assert last is not None and last.distress > 60
    middle = pick_ask(challenges(), 50, ())
    assert middle is not None and 31 <= middle.distress <= 60


def test_personal_asks_only_on_the_personal_track_and_never_archived_ones():
    for day in range(1, 101):
        chosen = pick_ask(challenges(), day, ())
        assert chosen is not None and chosen.id not in (98, 99)
    # day 4 aims at 12: the personal ask fits exactly, but only on the personal track
    assert pick_ask(challenges(), 4, (), personal_track=True).id == 99  # type: ignore[union-attr]


def test_an_ask_not_done_in_the_program_comes_first():
    done = {1, 2}  # distress 5 and 10
    chosen = pick_ask(challenges(), 1, done)
    assert chosen is not None and chosen.id not in done


def test_state_round_trips_and_bad_states_are_refused():
    program = Program(START).pause(START + timedelta(days=3)).resume(
        START + timedelta(days=6)).pause(START + timedelta(days=9)).looked_back(10)
    state = program.state()
    assert is_program_state(state)
    assert Program.from_state(state) == program
    assert is_program_state(None)
    for bad in ({}, {"started": "2026-13-01", "pauses": [], "seen": []},
                {"started": "0001-01-01", "pauses": [], "seen": []},
                {"started": "2026-06-01", "pauses": [], "seen": [11]},
                {"started": "2026-06-01", "pauses": [], "seen": [True]},
                {"started": "2026-06-01", "pauses": [["2026-05-01", None]], "seen": []},
                {"started": "2026-06-01", "pauses": [["2026-06-03", None],
                                                     ["2026-06-05", None]], "seen": []},
                {"started": "2026-06-01", "pauses": [], "seen": [], "extra": 1},
                "2026-06-01"):
        assert not is_program_state(bad), bad
