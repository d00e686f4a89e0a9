"""Tests for rejection_desktop.domain.ladder: rungs, bands and the next suggested challenge."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rejection_desktop.domain import ladder
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord, ChallengeRecord

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 20)
LONG_AGO = -30  # days before TODAY: never "recent"

_ids = itertools.count(1)


def challenge(
    cid: int, distress: int, category: str = "everyday", *, title: str = "", archived: bool = False
) -> ChallengeRecord:
    return ChallengeRecord(
        id=cid,
        title=title or f"challenge {cid}",
        category=category,
        distress=distress,
        archived=archived,
    )


def attempt(
    c: ChallengeRecord,
    days: int = LONG_AGO,
    outcome: Outcome | None = Outcome.REJECTED,
    *,
    predicted: bool = True,
    at: time = time(12, 0),
    hindsight: bool = False,
) -> AttemptRecord:
    """An attempt on ``c``, ``days`` after TODAY at local time ``at`` in Berlin."""
    instant = (
        datetime.combine(TODAY + timedelta(days=days), at).replace(tzinfo=BERLIN).astimezone(UTC)
    )
    return AttemptRecord(
        id=next(_ids),
        challenge_id=c.id,
        category=c.category,
        distress=c.distress,
        created_at=instant - timedelta(days=2),
        planned_at=instant if outcome is None else None,
        attempted_at=instant if outcome is not None else None,
        outcome=outcome,
        predicted_no=80 if predicted else None,
        hindsight=hindsight,
    )


def done(c: ChallengeRecord, days: int = LONG_AGO) -> list[AttemptRecord]:
    """Enough tested asks on ``c`` for the rung to count as done."""
    return [attempt(c, days - i) for i in range(ladder.REPS_TO_CLIMB)]


def suggest(
    challenges: list[ChallengeRecord], attempts: list[AttemptRecord], **kwargs: object
) -> int | None:
    result = ladder.suggest(challenges, attempts, TODAY, BERLIN, **kwargs)  # type: ignore[arg-type]
    return None if result is None else result.id


# --- bands --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("distress", "band"),
    [
        (0, "warm_up"),
        (30, "warm_up"),
        (31, "medium"),
        (60, "medium"),
        (61, "bold"),
        (100, "bold"),
        (-5, "warm_up"),
        (130, "bold"),
    ],
)
def test_band_of(distress: int, band: str) -> None:
    assert ladder.band_of(distress) == band


def test_bands_cover_zero_to_hundred_without_gaps() -> None:
    bands = ladder.DISTRESS_BANDS
    assert bands[0].low == 0
    assert bands[-1].high == 100
    assert all(a.high + 1 == b.low for a, b in itertools.pairwise(bands))
    assert [b.key for b in bands] == ["warm_up", "medium", "bold"]


# --- ladder -------------------------------------------------------------------------------------


def test_hindsight_and_unanswered_asks_do_not_climb_a_rung() -> None:
    rung = challenge(1, 20)
    attempts = [attempt(rung, -3, hindsight=True), attempt(rung, -2, hindsight=True),
                attempt(rung, -1, Outcome.NO_REPLY), attempt(rung, -1, Outcome.NO_REPLY)]
    [result] = ladder.ladder([rung], attempts, BERLIN)
    assert (result.asks, result.predictions_tested, result.done) == (4, 0, False)
    assert ladder.current_level([rung], attempts) is None
    resolved = [attempt(rung, -1, Outcome.REJECTED), attempt(rung, 0, Outcome.PARTIAL)]
    assert ladder.ladder([rung], attempts + resolved, BERLIN)[0].done


def test_ladder_sorts_and_counts_rungs() -> None:
    easy = challenge(1, 10, title="zebra")
    easy_b = challenge(2, 10, title="Apple")
    mid = challenge(3, 40)
    hidden = challenge(4, 50, archived=True)
    attempts = [
        attempt(easy, -3),
        attempt(easy, -2, Outcome.NO_REPLY),  # an ask, but it tests nothing until resolved
        attempt(easy, -2, Outcome.ACCEPTED),  # a tested ask
        attempt(easy, -1, Outcome.ACCEPTED, predicted=False),  # an ask, but no prediction
        attempt(easy, 0, Outcome.NOT_ATTEMPTED),  # not an ask
        attempt(easy, 1, None),  # planned: not an ask
        attempt(mid, -1, at=time(23, 30)),  # late evening: that local date
        attempt(challenge(99, 5), -1),  # unknown challenge: ignored
        *done(hidden),
    ]
    rungs = ladder.ladder([mid, hidden, easy, easy_b], attempts, BERLIN)
    assert [r.challenge.id for r in rungs] == [2, 1, 3]
    summary = [(r.asks, r.predictions_tested, r.last_done, r.done, r.reps_to_go) for r in rungs]
    assert summary == [
        (0, 0, None, False, 2),
        (4, 2, TODAY - timedelta(days=1), True, 0),
        (1, 1, TODAY - timedelta(days=1), False, 1),
    ]
    assert [(r.planned, r.attempts, r.is_mine) for r in rungs] == [
        (0, 0, True), (1, 6, True), (0, 1, True)]  # test challenges are the user's own
    assert [r.band for r in rungs] == ["warm_up", "warm_up", "medium"]
    with_archived = ladder.ladder(
        [mid, hidden, easy, easy_b], attempts, BERLIN, include_archived=True
    )
    assert [(r.challenge.id, r.done) for r in with_archived][-1] == (4, True)


def test_ladder_empty() -> None:
    assert ladder.ladder([], [], BERLIN) == []
    rung = ladder.ladder([challenge(1, 10)], [], BERLIN)[0]
    assert (rung.asks, rung.done, rung.last_done) == (0, False, None)


@pytest.mark.parametrize(
    ("history", "level"),
    [
        pytest.param([], None, id="nothing done"),
        pytest.param([("a", True)], None, id="one tested ask is not enough"),
        pytest.param([("a", False), ("a", False), ("a", False)], None, id="untested repetitions"),
        pytest.param([("a", True), ("a", True)], 10, id="two tested asks"),
        pytest.param([("a", True), ("a", True), ("b", True)], 10, id="b half done"),
        pytest.param([("a", True), ("a", True), ("b", True), ("b", True)], 35, id="b done"),
        pytest.param([("z", True), ("z", True)], 90, id="archived rungs still count"),
    ],
)
def test_current_level(history: list[tuple[str, bool]], level: int | None) -> None:
    rungs = {
        "a": challenge(1, 10),
        "b": challenge(2, 35),
        "z": challenge(3, 90, archived=True),
    }
    attempts = [attempt(rungs[key], predicted=tested) for key, tested in history]
    assert ladder.current_level(rungs.values(), attempts) == level


# --- suggest ------------------------------------------------------------------------------------

CLIMB = [
    challenge(1, 10, "everyday"),
    challenge(2, 25, "shops"),
    challenge(3, 45, "social"),
    challenge(4, 70, "work"),
]


@pytest.mark.parametrize(
    ("climbed", "expected"),
    [
        pytest.param(0, 1, id="start at the bottom"),
        pytest.param(1, 2, id="after the first rung"),
        pytest.param(2, 3, id="after the second rung"),
        pytest.param(3, 4, id="after the third rung, jump to the nearest above"),
        pytest.param(4, 4, id="all done: any rung, nearest the level is the top one"),
    ],
)
def test_suggestion_climbs_after_repetitions(climbed: int, expected: int) -> None:
    attempts = [a for c in CLIMB[:climbed] for a in done(c)]
    assert suggest(CLIMB, attempts) == expected


def test_one_repetition_does_not_climb() -> None:
    assert suggest(CLIMB, [attempt(CLIMB[0])]) == 1


def test_repetitions_without_predictions_do_not_climb() -> None:
    attempts = [attempt(CLIMB[0], LONG_AGO - i, predicted=False) for i in range(5)]
    assert suggest(CLIMB, attempts) == 1


def test_climbing_does_not_wait_for_fear_to_drop() -> None:
    fearful = [
        AttemptRecord(
            id=a.id,
            challenge_id=a.challenge_id,
            category=a.category,
            distress=a.distress,
            created_at=a.created_at,
            attempted_at=a.attempted_at,
            outcome=a.outcome,
            predicted_no=a.predicted_no,
            anxiety_before=90,
            anxiety_after=95,
            expected_badness=50,
            actual_badness=90,
        )
        for a in done(CLIMB[0])
    ]
    assert suggest(CLIMB, fearful) == 2


@pytest.mark.parametrize(
    ("rungs", "done_ids", "expected"),
    [
        pytest.param([(1, 10), (2, 60), (3, 80)], [1], 2, id="nearest not-done above"),
        pytest.param([(1, 50), (2, 20), (3, 40)], [1], 3, id="not-done below, nearest level"),
        pytest.param([(1, 50), (2, 20), (3, 45)], [1, 3], 2, id="not-done below before done"),
        pytest.param([(1, 50), (2, 20)], [1, 2], 1, id="only done ones: nearest level"),
        pytest.param([(1, 0), (2, 30)], [], 1, id="a 0 rung is a first step"),
        pytest.param([(1, 0), (2, 20), (3, 21)], [1], 2, id="window is (level, level + 20]"),
    ],
)
def test_suggestion_fallbacks(
    rungs: list[tuple[int, int]], done_ids: list[int], expected: int
) -> None:
    challenges = [challenge(cid, d) for cid, d in rungs]
    attempts = [a for c in challenges if c.id in done_ids for a in done(c)]
    assert suggest(challenges, attempts) == expected


@pytest.mark.parametrize(
    ("last_category", "expected"),
    [
        pytest.param("shops", 2, id="after shops, social"),
        pytest.param("social", 1, id="after social, shops"),
        pytest.param("work", 1, id="other category: stable order"),
    ],
)
def test_suggestion_varies_category(last_category: str, expected: int) -> None:
    challenges = [challenge(1, 12, "shops"), challenge(2, 18, "social"), challenge(9, 95, "work")]
    old = challenge(8, 5, last_category)
    attempts = [attempt(old, LONG_AGO - 5), attempt(old, LONG_AGO - 4)]
    # an older ask in another category must not matter: the most recent one does
    attempts.append(attempt(challenge(7, 5, "family"), LONG_AGO - 10))
    assert suggest([*challenges, old], attempts) == expected


def test_same_category_when_there_is_no_alternative() -> None:
    challenges = [challenge(1, 12, "shops"), challenge(2, 18, "shops")]
    attempts = [attempt(challenges[0], LONG_AGO)]
    assert suggest(challenges, attempts) == 1


def test_climbing_beats_variety() -> None:
    # The only rung in the next step shares the last category; a far rung elsewhere waits.
    challenges = [challenge(1, 10, "shops"), challenge(2, 25, "shops"), challenge(3, 80, "work")]
    assert suggest(challenges, done(challenges[0])) == 2


@pytest.mark.parametrize(
    ("days", "outcome", "recent_days", "expected"),
    [
        pytest.param(0, Outcome.REJECTED, 7, 2, id="asked today"),
        pytest.param(-6, Outcome.ACCEPTED, 7, 2, id="asked six days ago"),
        pytest.param(-7, Outcome.REJECTED, 7, 1, id="seven days ago is not recent"),
        pytest.param(-2, Outcome.NOT_ATTEMPTED, 7, 2, id="skipped two days ago"),
        pytest.param(-1, None, 7, 2, id="planned yesterday"),
        pytest.param(3, None, 7, 2, id="planned for later this week"),
        pytest.param(-10, Outcome.REJECTED, 14, 2, id="longer recent window"),
        pytest.param(0, Outcome.REJECTED, 0, 1, id="recent_days=0 turns it off"),
    ],
)
def test_suggestion_skips_recent(
    days: int, outcome: Outcome | None, recent_days: int, expected: int
) -> None:
    challenges = [challenge(1, 12), challenge(2, 18)]
    attempts = [attempt(challenges[0], days, outcome)]
    assert suggest(challenges, attempts, recent_days=recent_days) == expected


def test_recent_uses_local_dates() -> None:
    challenges = [challenge(1, 12), challenge(2, 18)]
    # 23:30 local on day -7 is 22:30 UTC: still outside a 7-day window in Berlin.
    assert suggest(challenges, [attempt(challenges[0], -7, at=time(23, 30))]) == 1
    # 00:30 local on day -6 is 23:30 UTC on day -7, but locally it is recent.
    assert suggest(challenges, [attempt(challenges[0], -6, at=time(0, 30))]) == 2


def test_recent_challenge_when_there_is_no_alternative() -> None:
    challenges = [challenge(1, 12), challenge(2, 18)]
    attempts = [attempt(challenges[0], -1), attempt(challenges[1], 0)]
    assert suggest(challenges, attempts) == 1


def test_not_recent_beats_climbing() -> None:
    challenges = [challenge(1, 12), challenge(2, 60)]
    assert suggest(challenges, [attempt(challenges[0], -1)]) == 2


@pytest.mark.parametrize(
    ("challenges", "exclude", "expected"),
    [
        pytest.param([], (), None, id="no challenges"),
        pytest.param([challenge(1, 10, archived=True)], (), None, id="only archived"),
        pytest.param(
            [challenge(1, 10, archived=True), challenge(2, 90)], (), 2, id="archived skipped"
        ),
        pytest.param([challenge(1, 10), challenge(2, 15)], (1,), 2, id="exclude shown one"),
        pytest.param([challenge(1, 10), challenge(2, 15)], {1, 2}, None, id="all excluded"),
        pytest.param(
            [challenge(1, 10), challenge(2, 15, archived=True)], [1], None, id="nothing left"
        ),
    ],
)
def test_suggestion_candidates(
    challenges: list[ChallengeRecord], exclude: object, expected: int | None
) -> None:
    assert suggest(challenges, [], exclude=exclude) == expected


def test_another_suggestion_walks_every_challenge_once() -> None:
    challenges = [
        challenge(i, d, cat)
        for i, (d, cat) in enumerate(
            [
                (5, "shops"),
                (15, "social"),
                (20, "work"),
                (40, "shops"),
                (65, "public"),
                (90, "family"),
            ],
            start=1,
        )
    ]
    challenges.append(challenge(7, 10, archived=True))
    attempts = done(challenges[0])
    shown: list[int] = []
    for seed in (None, 3):
        shown.clear()
        while (next_id := suggest(challenges, attempts, exclude=shown, seed=seed)) is not None:
            shown.append(next_id)
        assert sorted(shown) == [1, 2, 3, 4, 5, 6]
    shown.clear()
    while (next_id := suggest(challenges, attempts, exclude=shown)) is not None:
        shown.append(next_id)
    # The next step (5, 25] first, then further up nearest first (even in the last category),
    # and the rung already done last.
    assert shown == [2, 3, 4, 5, 6, 1]


def test_suggestion_is_deterministic_with_a_seed() -> None:
    tied = [challenge(i, 10 + i, title=f"t{i}") for i in range(1, 9)]
    results = {seed: suggest(tied, [], seed=seed) for seed in range(40)}
    for seed, result in results.items():
        shuffled = tied[:]
        random.Random(seed).shuffle(shuffled)
        assert suggest(shuffled, [], seed=seed) == result
    assert len(set(results.values())) > 1  # the seed does break ties
    assert set(results.values()) <= {c.id for c in tied}


def test_without_a_seed_the_first_in_stable_order_wins() -> None:
    tied = [challenge(3, 15, title="b"), challenge(2, 15, title="A"), challenge(1, 18)]
    assert suggest(tied, []) == 2
    assert suggest(list(reversed(tied)), []) == 2
