"""The fear ladder: which rungs are done and which challenge to suggest next (pure, stdlib only).

A rung is one challenge, placed by the user's own expected-distress rating (0-100). A rung counts
as *done* by repetitions with a prediction tested, never by how much the fear dropped (see
METHOD.md: fear reduction within a session does not predict the outcome).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from rejection_desktop.domain.outcomes import is_personal_audience
from rejection_desktop.domain.records import AttemptRecord, ChallengeRecord
from rejection_desktop.domain.stats.asks import is_ask, local_date, tests_prediction

REPS_TO_CLIMB = 2
"""Predictions tested (``tests_prediction``) that make a rung done.

Any answer counts; a prediction typed in after the outcome (hindsight) does not, and "no reply
yet" counts once it is resolved."""

CLIMB_STEP = 20
"""How far above the current level (in distress points) the next suggested rung may be."""


@dataclass(frozen=True, slots=True)
class DistressBand:
    """A named range of distress ratings, ``low..high`` inclusive; ``label`` is English."""

    key: str
    label: str
    low: int
    high: int


DISTRESS_BANDS: tuple[DistressBand, ...] = (
    DistressBand("warm_up", "Warm-up", 0, 30),
    DistressBand("medium", "Medium", 31, 60),
    DistressBand("bold", "Bold", 61, 100),
)
"""The ladder's three bands, easiest first; the UI translates the labels."""


def band_of(distress: int) -> str:
    """The key of the band holding ``distress`` ("warm_up", "medium" or "bold").

    Values outside 0-100 are clamped into the first or last band.
    """
    for band in DISTRESS_BANDS:
        if distress <= band.high:
            return band.key
    return DISTRESS_BANDS[-1].key


@dataclass(frozen=True, slots=True)
class Rung:
    """One challenge on the ladder with what the user has done on it.

    ``asks`` counts asks made; ``predictions_tested`` those that tested a prediction written
    before the outcome (``tests_prediction``);
    ``last_done`` is the local date of the latest ask; ``done`` is
    ``predictions_tested >= REPS_TO_CLIMB``; ``planned`` counts plans not logged yet;
    ``attempts`` counts every attempt (planned, asked or not asked after all).
    """

    challenge: ChallengeRecord
    asks: int
    predictions_tested: int
    last_done: date | None
    done: bool
    planned: int = 0
    attempts: int = 0

    @property
    def is_mine(self) -> bool:
        """On the user's own ladder: tried, planned, rated or written by the user."""
        challenge = self.challenge
        return bool(self.attempts) or not challenge.is_builtin or challenge.user_edited

    @property
    def band(self) -> str:
        """The distress band key of the challenge."""
        return band_of(self.challenge.distress)

    @property
    def reps_to_go(self) -> int:
        """Tested asks still needed before the rung counts as done."""
        return max(0, REPS_TO_CLIMB - self.predictions_tested)


def _rung_order(challenge: ChallengeRecord) -> tuple[int, str, int]:
    return challenge.distress, challenge.title.casefold(), challenge.id


def ladder(
    challenges: Iterable[ChallengeRecord],
    attempts: Iterable[AttemptRecord],
    zone: ZoneInfo,
    *,
    include_archived: bool = False,
) -> list[Rung]:
    """Every challenge as a rung, sorted by distress, then title (case-insensitive), then id.

    Attempts on challenges not in ``challenges`` are ignored. Archived challenges are left out
    unless ``include_archived``.
    """
    chosen = [c for c in challenges if include_archived or not c.archived]
    wanted = {c.id for c in chosen}
    made: dict[int, int] = {}
    tested: dict[int, int] = {}
    latest: dict[int, date] = {}
    planned: dict[int, int] = {}
    touched: dict[int, int] = {}
    for a in attempts:
        if a.challenge_id not in wanted:
            continue
        cid = a.challenge_id
        touched[cid] = touched.get(cid, 0) + 1
        if a.outcome is None:
            planned[cid] = planned.get(cid, 0) + 1
        if not is_ask(a):
            continue
        made[cid] = made.get(cid, 0) + 1
        tested[cid] = tested.get(cid, 0) + tests_prediction(a)
        day = local_date(a.when, zone)
        if cid not in latest or day > latest[cid]:
            latest[cid] = day
    return [
        Rung(
            challenge=c,
            asks=made.get(c.id, 0),
            predictions_tested=tested.get(c.id, 0),
            last_done=latest.get(c.id),
            done=tested.get(c.id, 0) >= REPS_TO_CLIMB,
            planned=planned.get(c.id, 0),
            attempts=touched.get(c.id, 0),
        )
        for c in sorted(chosen, key=_rung_order)
    ]


def _done_ids(attempts: Iterable[AttemptRecord]) -> set[int]:
    tested: dict[int, int] = {}
    for a in attempts:
        if tests_prediction(a):
            tested[a.challenge_id] = tested.get(a.challenge_id, 0) + 1
    return {cid for cid, n in tested.items() if n >= REPS_TO_CLIMB}


def current_level(
    challenges: Iterable[ChallengeRecord], attempts: Iterable[AttemptRecord]
) -> int | None:
    """The highest distress among done rungs (archived ones included), ``None`` if none is done.

    ``suggest`` treats ``None`` as level 0 (with a 0-distress rung eligible as the next step).
    """
    done = _done_ids(attempts)
    return max((c.distress for c in challenges if c.id in done), default=None)


def suggest(
    challenges: Sequence[ChallengeRecord],
    attempts: Sequence[AttemptRecord],
    today: date,
    zone: ZoneInfo,
    *,
    exclude: Collection[int] = (),
    recent_days: int = 7,
    seed: int | None = None,
    personal_track: bool = True,
) -> ChallengeRecord | None:
    """The next challenge to suggest on the Today page, or ``None`` when nothing is left.

    Candidates are the challenges that are not archived and whose id is not in ``exclude`` (the
    caller passes what it already showed, for "Another suggestion"). They are ranked by these
    keys, in this order of importance; the first key that tells them apart decides:

    1. *Not recent*: challenges with any attempt (asked, planned or skipped) whose local date of
       ``when`` is within the last ``recent_days`` days (today included) or later come last
       (``recent_days=0`` turns this off).
    2. *Climb*: with ``level`` = ``current_level`` (0 when no rung is done), first the not-done
       rungs with distress in ``(level, level + CLIMB_STEP]`` (``[0, CLIMB_STEP]`` when nothing is
       done yet); then the other not-done rungs above; then not-done rungs at or below the level;
       then done rungs.
    3. *Nearest*: inside the first group all rungs are equally near. Among the not-done rungs
       further up, those within ``CLIMB_STEP`` of the nearest one are equally near, the rest
       come by distance. In the last two groups, the closer to the level the better.
    4. *Variety*: a challenge outside the category of the most recent ask (latest ``when``).

    Climbing outranks variety: a next step in the same category beats a far rung elsewhere.
    Challenges still tied after these keys are put in a stable order (distress, title, id); with
    ``seed=None`` the first is returned, otherwise ``random.Random(seed)`` picks one of them, so
    the same inputs and seed always give the same suggestion.

    With ``personal_track`` off (the user has not opted in), asks of colleagues, friends, family
    or a partner are never suggested.
    """
    return suggest_with(challenges, ladder_facts(attempts, today, zone, recent_days),
                        exclude=exclude, seed=seed, personal_track=personal_track)


@dataclass(frozen=True, slots=True)
class LadderFacts:
    """What ``suggest`` needs from the journal: the done rungs' ids, the ids of challenges
    with an attempt in the recent days, and the category of the latest ask (None without
    asks). A service can read these with a few bounded queries instead of every record."""

    done: frozenset[int]
    recent: frozenset[int]
    last_category: str | None


def ladder_facts(attempts: Iterable[AttemptRecord], today: date, zone: ZoneInfo,
                 recent_days: int = 7) -> LadderFacts:
    """``LadderFacts`` from every attempt record (see ``suggest`` for the rules)."""
    attempts = list(attempts)
    done = _done_ids(attempts)
    recent_from = today - timedelta(days=recent_days - 1)
    # a day before the start of the recent days: anything earlier is certainly not recent, so
    # only the few attempts after it need their local date (offsets move by less than a day)
    maybe_recent = datetime.combine(recent_from - timedelta(days=1), time.min, zone)
    recent: set[int] = set()
    last_ask: AttemptRecord | None = None
    for a in attempts:
        when = a.when
        if recent_days > 0 and when >= maybe_recent and local_date(when, zone) >= recent_from:
            recent.add(a.challenge_id)
        if is_ask(a) and (last_ask is None or (a.when, a.id) > (last_ask.when, last_ask.id)):
            last_ask = a
    return LadderFacts(frozenset(done), frozenset(recent),
                       None if last_ask is None else last_ask.category)


def suggest_with(
    challenges: Sequence[ChallengeRecord],
    facts: LadderFacts,
    *,
    exclude: Collection[int] = (),
    seed: int | None = None,
    personal_track: bool = True,
) -> ChallengeRecord | None:
    """``suggest`` from ``LadderFacts`` instead of the records (the same ranking)."""
    candidates = [c for c in challenges if not c.archived and c.id not in exclude
                  and (personal_track or not is_personal_audience(c.audience))]
    if not candidates:
        return None

    done, recent, last_category = facts.done, facts.recent, facts.last_category
    level = max((c.distress for c in challenges if c.id in done), default=None)  # current_level
    floor = -1 if level is None else level
    base = 0 if level is None else level

    def tier(c: ChallengeRecord) -> int:
        if c.id in done:
            return 3
        if c.distress <= floor:
            return 2
        return 0 if c.distress <= base + CLIMB_STEP else 1

    tiers = {c.id: tier(c) for c in candidates}
    nearest_above = min((c.distress for c in candidates if tiers[c.id] == 1), default=0)

    def rank(c: ChallengeRecord) -> tuple[bool, int, int, bool]:
        t = tiers[c.id]
        if t == 0:
            distance = 0
        elif t == 1:
            distance = c.distress - nearest_above
            distance = 0 if distance <= CLIMB_STEP else distance
        else:
            distance = abs(c.distress - base)
        return c.id in recent, t, distance, c.category == last_category

    ranks = {c.id: rank(c) for c in candidates}
    best = min(ranks.values())
    tied = sorted((c for c in candidates if ranks[c.id] == best), key=_rung_order)
    if seed is None:
        return tied[0]
    return random.Random(seed).choice(tied)
