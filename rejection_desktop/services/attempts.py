"""Attempts: plan an ask with its prediction, log what happened, update, delete and undo."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db import derived, schema_v6
from rejection_desktop.db.connection import db
from rejection_desktop.db.fields import from_db_instant, to_db_instant
from rejection_desktop.db.models import (
    Attempt,
    Belief,
    BeliefRating,
    Challenge,
    Reflection,
    Reminder,
    as_dicts,
)
from rejection_desktop.domain.ladder import REPS_TO_CLIMB, LadderFacts
from rejection_desktop.domain.local_days import cuts_for, local_day, offset_changes
from rejection_desktop.domain.outcomes import FOLLOW_UP_AFTER, Outcome
from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.domain.stats.asks import local_date
from rejection_desktop.domain.validation import (
    MAX_JOURNAL_TEXT,
    MAX_LINE,
    Code,
    ValidationError,
    check_instant,
    check_rating,
    clean_text,
)
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.undo import UndoConflictError

log = logging.getLogger(__name__)


BEFORE = "before"
HINDSIGHT = "hindsight"
"""``Attempt.prediction_timing``: written before the outcome was known, or typed in after."""

MAX_BELIEF = 300
"""A belief is one sentence."""


def require_prediction(before: BeforeInput, *, dare: bool = False) -> None:
    """A plan writes its prediction down before the outcome is known: the chance of a no and
    how bad a no would feel (a dare, where nobody is asked: only how bad it will feel).
    Raises ValidationError naming the one missing."""
    if dare:
        if before.expected_badness is None:
            raise ValidationError.of("How bad a no would feel", Code.PREDICT_DARE_BADNESS)
        return
    if before.predicted_no is None:
        raise ValidationError.of("Chance of a no", Code.PREDICT_NO)
    if before.expected_badness is None:
        raise ValidationError.of("How bad a no would feel", Code.PREDICT_BADNESS)


@dataclass(frozen=True)
class BeliefInput:
    """The belief an ask tests: one written before (``belief_id``) or a new one (``text``), and
    how strongly the user believes it now (0-100, optional). Neither id nor text: no belief."""

    belief_id: int | None = None
    text: str = ""
    rating: int | None = None

    def cleaned(self) -> BeliefInput:
        """A validated copy; raises ValidationError naming the field."""
        return BeliefInput(
            belief_id=self.belief_id,
            text=clean_text(self.text, "What a no would mean", max_length=MAX_BELIEF,
                            single_line=True),
            rating=check_rating(self.rating, "How much you believe it"),
        )

    @property
    def empty(self) -> bool:
        return self.belief_id is None and not self.text


@dataclass(frozen=True)
class BeforeInput:
    """The "before" part: when, where/with whom, the prediction, the safety behaviour, the
    coping line and the belief (``belief`` None keeps the stored one when updating)."""

    planned_at: datetime | None = None
    context: str = ""
    predicted_no: int | None = None
    expected_badness: int | None = None
    anxiety_before: int | None = None
    safety_behaviour: str = ""
    coping_plan: str = ""
    belief: BeliefInput | None = None

    def cleaned(self) -> BeforeInput:
        """A validated copy; raises ValidationError naming the field."""
        if self.planned_at is not None and self.planned_at.tzinfo is None:
            raise ValidationError.of("Planned time", Code.NO_TIME_ZONE)
        check_instant(self.planned_at, "Planned time")
        return BeforeInput(
            planned_at=self.planned_at,
            context=clean_text(self.context, "Where / with whom", max_length=MAX_LINE,
                               single_line=True),
            predicted_no=check_rating(self.predicted_no, "Chance of a no"),
            expected_badness=check_rating(self.expected_badness, "How bad a no would feel"),
            anxiety_before=check_rating(self.anxiety_before, "Anxiety before"),
            safety_behaviour=clean_text(self.safety_behaviour, "Safety behaviour to drop",
                                        max_length=MAX_LINE, single_line=True),
            coping_plan=clean_text(self.coping_plan, "If the no comes", max_length=MAX_LINE,
                                   single_line=True),
            belief=None if self.belief is None else self.belief.cleaned(),
        )

    def columns(self) -> dict[str, Any]:
        """The attempt columns this input sets (the belief is written separately)."""
        return {name: getattr(self, name) for name in BEFORE_COLUMNS}


@dataclass(frozen=True)
class OutcomeInput:
    """The "after" part: what happened and how it really felt."""

    outcome: str
    attempted_at: datetime | None = None
    actual_badness: int | None = None
    anxiety_after: int | None = None
    asked_why: bool | None = None
    what_happened: str = ""
    what_stopped_me: str = ""
    notes: str = ""

    def cleaned(self) -> OutcomeInput:
        """A validated copy; raises ValidationError naming the field."""
        try:
            outcome = Outcome(self.outcome)
        except ValueError:
            raise ValidationError.of("Outcome", Code.CHOOSE_OUTCOME) from None
        if self.attempted_at is not None and self.attempted_at.tzinfo is None:
            raise ValidationError.of("When", Code.ASK_TIME_ZONE)
        check_instant(self.attempted_at, "When")
        if self.asked_why is not None and not isinstance(self.asked_why, bool):
            raise ValidationError.of("Asked why", Code.NOT_YES_NO)
        return replace(
            self,
            outcome=outcome.value,
            actual_badness=check_rating(self.actual_badness, "How bad it felt"),
            anxiety_after=check_rating(self.anxiety_after, "Anxiety after"),
            what_happened=clean_text(self.what_happened, "What happened", max_length=MAX_LINE,
                                     single_line=True),
            what_stopped_me=clean_text(self.what_stopped_me, "What stopped me",
                                       max_length=MAX_LINE, single_line=True),
            notes=clean_text(self.notes, "Notes", max_length=MAX_JOURNAL_TEXT),
        )


@dataclass(frozen=True)
class BeliefRef:
    """The belief an attempt tests, as its forms show it."""

    id: int
    text: str
    before: int | None  # how strongly it was believed before the ask
    after: int | None = None  # re-rated in the reflection
    fairer: str = ""


@dataclass(frozen=True)
class AttemptData:
    """Everything about one attempt, for forms and the journal.

    ``belief`` is read by ``AttemptService.get`` only (lists leave it None).
    """

    id: int
    challenge_id: int
    challenge_title: str
    category: str
    audience: str
    distress: int
    before: BeforeInput
    outcome: OutcomeInput | None  # None while only planned
    created_at: datetime
    updated_at: datetime
    prediction_timing: str | None = None
    dare: bool = False
    belief: BeliefRef | None = None

    @property
    def hindsight(self) -> bool:
        """True when the prediction was typed in after the outcome was known."""
        return self.prediction_timing == HINDSIGHT

    @property
    def is_open(self) -> bool:
        """Planned and not logged, or waiting for a reply."""
        return self.outcome is None or self.outcome.outcome == Outcome.NO_REPLY

    def waiting_since(self) -> datetime | None:
        """When a "no reply yet" ask was made (None for any other attempt)."""
        if self.outcome is None or self.outcome.outcome != Outcome.NO_REPLY:
            return None
        return self.outcome.attempted_at or self.created_at

    def offers_follow_up(self, now: datetime) -> bool:
        """True for a "no reply yet" ask made ``FOLLOW_UP_AFTER`` or longer before ``now``."""
        since = self.waiting_since()
        return since is not None and now - since >= FOLLOW_UP_AFTER


RECORDS_SQL = """
    SELECT id, challenge_id, created_at, planned_at, attempted_at, outcome, predicted_no,
           expected_badness, anxiety_before, actual_badness, anxiety_after, asked_why,
           prediction_timing, belief_id,
           EXISTS (SELECT 1 FROM reflection WHERE reflection.attempt_id = attempt.id)
    FROM attempt"""
"""The attempt's columns of ``AttemptRecord``; the challenge's category, distress and dare flag
are added from a separate read of the (much smaller) challenge table, faster than a join."""

OUTCOMES = {o.value: o for o in Outcome}

ASK_WHEN = "coalesce(attempted_at, planned_at, created_at)"
"""SQL for an attempt's ``AttemptRecord.when``."""
IS_ASK = "outcome IS NOT NULL AND outcome <> 'not_attempted'"
"""SQL for ``domain.stats.asks.is_ask``."""
TESTS_PREDICTION = ("outcome IS NOT NULL AND outcome NOT IN ('not_attempted', 'no_reply') "
                    "AND (predicted_no IS NOT NULL OR expected_badness IS NOT NULL) "
                    f"AND prediction_timing IS NOT '{HINDSIGHT}'")
"""SQL for ``domain.stats.asks.tests_prediction``: a resolved ask (a pending reply is not one
yet) with a prediction written before the outcome (hindsight ones are kept, never counted)."""
IS_KEPT = ("outcome = 'not_attempted' "
           "AND EXISTS (SELECT 1 FROM reflection WHERE reflection.attempt_id = attempt.id)")
"""SQL for an honest "did not ask" with a reflection (``services.progress.kept_days``)."""


EARLIEST = "0000-01-01 00:00:00.000000"
"""Stored-instant text before any instant (the first offset holds from here)."""
SUMMARY_AHEAD_YEARS = 30
"""The ask-per-day summary knows the zone's offsets this many years ahead of its build..."""
SUMMARY_MIN_AHEAD_YEARS = 10
"""...and is rebuilt at the first read once fewer than these remain."""
SUMMARY_MIN_ASKS = 500
"""Below this many asks the summary is not built: a grouped count is quicker than scanning the
zone's offsets (~70 ms), which matters on a new user's first start."""
SUMMARY_FIRST_YEAR = 1900
"""No instant is stored before this year (``domain.validation.check_instant``)."""
LEFT_OUT = f"{IS_ASK} AND (attempted_at IS NULL OR attempted_at >= ?)"
"""The asks the summary leaves out (no ``attempted_at``, or past its offsets): few, indexed."""


def rebuild_day_summary(zone: ZoneInfo, today: date) -> None:
    """Count the ``ask_day`` summary afresh in ``zone`` (``db.schema_v6``): its offsets from
    1900 to ``SUMMARY_AHEAD_YEARS`` after ``today``, then one grouped pass over the asks."""
    until = datetime(today.year + SUMMARY_AHEAD_YEARS, 1, 1, tzinfo=UTC)
    changes = offset_changes(zone, SUMMARY_FIRST_YEAR, until)
    rows = [(EARLIEST, changes[0][1])] + [(to_db_instant(at), s) for at, s in changes[1:]]
    with db.atomic():
        db.execute_sql("DELETE FROM day_zone")  # the triggers pause while the offsets change
        db.execute_sql("DELETE FROM zone_offset")
        db.connection().executemany("INSERT INTO zone_offset (since, seconds) VALUES (?, ?)",
                                    rows)
        db.execute_sql("INSERT INTO day_zone (id, zone, until) VALUES (1, ?, ?)",
                       (zone.key, to_db_instant(until)))
        for sql in schema_v6.REBUILD:
            db.execute_sql(sql)
    log.info("asks-per-day summary rebuilt (%d offsets)", len(rows))


def ensure_day_summary(zone: ZoneInfo, today: date) -> str | None:
    """The ``until`` of an ``ask_day`` summary usable in ``zone`` today, rebuilt first when it
    is counted in another zone or its offsets end within ``SUMMARY_MIN_AHEAD_YEARS``; None
    when the journal holds fewer than ``SUMMARY_MIN_ASKS`` asks (counting is quicker than a
    build) or it cannot be rebuilt (logged). Long work that added many asks calls it on its
    own thread, so the next read on the GUI thread finds the summary ready."""
    until = summary_until(zone)
    soon = to_db_instant(datetime(today.year + SUMMARY_MIN_AHEAD_YEARS, 1, 1, tzinfo=UTC))
    if until is not None and until >= soon:
        return until
    asks = db.execute_sql(f"SELECT count(*) FROM attempt WHERE {IS_ASK}").fetchone()
    if asks[0] < SUMMARY_MIN_ASKS:
        return None
    try:
        rebuild_day_summary(zone, today)
    except peewee.DatabaseError:
        log.warning("could not rebuild the asks-per-day summary; counting asks", exc_info=True)
        return None
    return summary_until(zone)


def summary_until(zone: ZoneInfo) -> str | None:
    """The ``until`` of the summary when it is counted in ``zone`` (None: not usable)."""
    row = db.execute_sql("SELECT zone, until FROM day_zone WHERE id = 1").fetchone()
    return None if row is None or row[0] != zone.key else str(row[1])


def local_day_counts(where: str, zone: ZoneInfo, today: date,
                     params: tuple[object, ...] = ()) -> dict[date, int]:
    """How many attempts matching the SQL condition ``where`` (with ``params``) fall on each
    local date of ``when`` in ``zone``: grouped in SQL by UTC day and part of it
    (``domain.local_days``), so the rows read back are a few per day, never one per attempt."""
    if not db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM attempt WHERE {where})",
                          params).fetchone()[0]:
        return {}  # nothing to place: the zone's cuts are not even looked up
    cuts = cuts_for(zone, today)
    minute = "CAST(substr(w, 12, 2) AS INTEGER) * 60 + CAST(substr(w, 15, 2) AS INTEGER)"
    part = " + ".join(f"({minute} >= ?)" for _ in cuts) or "0"
    sql = (f"SELECT substr(w, 1, 10), {part}, count(*) FROM "
           f"(SELECT {ASK_WHEN} AS w FROM attempt WHERE {where}) GROUP BY 1, 2")
    counts: dict[date, int] = {}
    for utc_day, index, n in db.execute_sql(sql, (*cuts, *params)).fetchall():
        day = local_day(utc_day, index, cuts, zone)
        counts[day] = counts.get(day, 0) + n
    return counts


RUNGS_DONE = "rungs done"
"""The ids of the challenges whose rung is done (``ladder_facts``), kept at a revision."""


def ids_from_json(value: object) -> set[int] | None:
    """The ids kept as ``value`` (a list of integers), or None when it is not that."""
    if not isinstance(value, list) or not all(type(i) is int for i in value):
        return None
    return set(value)


def challenge_rungs(ids: set[int]) -> dict[int, tuple[str, int, bool]]:
    """(category, distress, dare) of the challenges ``ids`` (read whole when there are many)."""
    sql = "SELECT id, category, distress, dare FROM challenge"
    params: tuple[int, ...] = ()
    if len(ids) <= 50:
        params = tuple(ids)
        sql += f" WHERE id IN ({','.join('?' * len(params))})"
    return {i: (category, distress, bool(dare))
            for i, category, distress, dare in db.execute_sql(sql, params)}


def read_records(sql: str, params: tuple[object, ...]) -> list[AttemptRecord]:
    """Run a ``RECORDS_SQL`` query and build the records by hand (fast)."""
    with db.atomic():  # both reads see the same state of the journal
        rows = db.execute_sql(sql, params).fetchall()
        rungs = challenge_rungs({r[1] for r in rows})
    instant = from_db_instant
    records = []
    for r in rows:
        category, distress, dare = rungs[r[1]]
        records.append(AttemptRecord(
            r[0], r[1], category, distress, instant(r[2]),
            None if r[3] is None else instant(r[3]),
            None if r[4] is None else instant(r[4]),
            OUTCOMES.get(r[5]), r[6], r[7], r[8], r[9], r[10],
            None if r[11] is None else bool(r[11]),
            r[12] == HINDSIGHT, dare, r[13], bool(r[14]),
        ))
    return records


BEFORE_COLUMNS = tuple(f.name for f in fields(BeforeInput) if f.name != "belief")
OUTCOME_FIELDS = tuple(f.name for f in fields(OutcomeInput))
PREDICTIONS = ("predicted_no", "expected_badness")


def to_data(row: Attempt, belief: BeliefRef | None = None) -> AttemptData:
    """An attempt row (joined with its challenge) as AttemptData."""
    before = BeforeInput(**{name: getattr(row, name) for name in BEFORE_COLUMNS})
    outcome = None
    if row.outcome is not None:
        outcome = OutcomeInput(**{name: getattr(row, name) for name in OUTCOME_FIELDS})
    challenge = row.challenge
    return AttemptData(
        id=row.id,
        challenge_id=challenge.id,
        challenge_title=challenge.title,
        category=challenge.category,
        audience=challenge.audience,
        distress=challenge.distress,
        before=before,
        outcome=outcome,
        created_at=row.created_at,
        updated_at=row.updated_at,
        prediction_timing=row.prediction_timing,
        dare=bool(challenge.dare),
        belief=belief,
    )


def find_or_create_belief(text: str, now: datetime) -> int:
    """The belief with this wording (ignoring case), created when it is new; un-archived."""
    row = Belief.get_or_none(peewee.fn.lower(Belief.text) == text.lower())
    if row is None:
        row = Belief.create(text=text, created_at=now, updated_at=now)
    elif row.archived:
        Belief.update(archived=False, updated_at=now).where(Belief.id == row.id).execute()
    return int(row.id)


def write_belief(attempt_id: int, belief: BeliefInput, now: datetime) -> None:
    """Point the attempt at ``belief`` and keep its "before" rating row in step (one row per
    attempt; none without a rating). Runs inside the caller's transaction."""
    belief_id = belief.belief_id
    if belief_id is not None and not Belief.select().where(Belief.id == belief_id).exists():
        raise ValidationError.of("What a no would mean", Code.BELIEF_GONE)
    if belief_id is None and belief.text:
        belief_id = find_or_create_belief(belief.text, now)
    Attempt.update(belief=belief_id).where(Attempt.id == attempt_id).execute()
    ratings = BeliefRating.select().where((BeliefRating.attempt == attempt_id)
                                          & (BeliefRating.source == "before"))
    existing = ratings.first()
    if belief_id is None or belief.rating is None:
        BeliefRating.delete().where((BeliefRating.attempt == attempt_id)
                                    & (BeliefRating.source == "before")).execute()
    elif existing is None:
        BeliefRating.create(belief=belief_id, rating=belief.rating, source="before",
                            rated_at=now, attempt=attempt_id, created_at=now, updated_at=now)
    else:
        BeliefRating.update(belief=belief_id, rating=belief.rating, updated_at=now).where(
            BeliefRating.id == existing.id).execute()
    if belief_id is not None:  # re-ratings after the ask follow the attempt's belief
        BeliefRating.update(belief=belief_id).where(
            (BeliefRating.attempt == attempt_id) & (BeliefRating.source == "after")).execute()


def belief_of(row: Attempt) -> BeliefRef | None:
    """The belief an attempt tests, with its ratings before and after the ask."""
    belief_id = row.__data__.get("belief")
    if belief_id is None:
        return None
    belief = Belief.get_or_none(Belief.id == belief_id)
    if belief is None:
        return None
    ratings = {r.source: r for r in BeliefRating.select().where(
        BeliefRating.attempt == row.id).order_by(BeliefRating.rated_at)}
    before, after = ratings.get("before"), ratings.get("after")
    return BeliefRef(int(belief.id), belief.text, None if before is None else before.rating,
                     None if after is None else after.rating,
                     "" if after is None else after.fairer)


def timing_after_change(row: Attempt, before: BeforeInput) -> str:
    """The prediction timing of a logged ask whose "before" part is rewritten: a prediction
    changed once the outcome is known is hindsight; an unchanged one keeps its timing."""
    changed = any(getattr(row, name) != getattr(before, name) for name in PREDICTIONS)
    if changed or row.prediction_timing is None:
        return HINDSIGHT
    return str(row.prediction_timing)


@dataclass(frozen=True)
class DeletedAttempt:
    """What ``delete`` removed, enough for ``undo_delete`` to put it back with the same ids."""

    attempt: dict[str, Any]
    reflections: list[dict[str, Any]]
    reminders: list[dict[str, Any]]
    belief_ratings: list[dict[str, Any]] = field(default_factory=list)


class AttemptService(QObject):
    """Owns the attempt table. Signals carry the attempt id."""

    attempt_planned = Signal(int)
    attempt_logged = Signal(int)
    attempt_updated = Signal(int)
    attempt_deleted = Signal(int)
    attempt_restored = Signal(int)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def plan(self, challenge_id: int, before: BeforeInput) -> int:
        """Store a planned attempt with its prediction; returns its id.

        A plan needs both predictions (``require_prediction``): they are what the ask tests.
        """
        clean = before.cleaned()
        now = self._clock()
        with db.atomic():
            dare = self._require_challenge(challenge_id)
            require_prediction(clean, dare=dare)
            columns = clean.columns()
            if dare:
                columns["predicted_no"] = None  # nobody is asked: there is no chance of a no
            row = Attempt.create(challenge=challenge_id, created_at=now, updated_at=now,
                                 prediction_timing=BEFORE, **columns)
            if clean.belief is not None:
                write_belief(int(row.id), clean.belief, now)
        log.info("attempt %s planned", row.id)
        self.attempt_planned.emit(row.id)
        return int(row.id)

    def log(self, challenge_id: int, before: BeforeInput | None, outcome: OutcomeInput,
            attempt_id: int | None = None) -> int:
        """Log an outcome: on a planned attempt (``attempt_id``) or a new, unplanned one.

        ``before`` replaces the stored plan and prediction; None keeps what was planned. A
        prediction typed in here for an unplanned ask, or changed on a planned one, is marked
        as hindsight (kept, but left out of the forecast figures). Returns the attempt id;
        emits ``attempt_logged``.
        """
        clean_outcome = outcome.cleaned()
        values: dict[str, Any] = dict(clean_outcome.__dict__)
        clean_before = None if before is None else before.cleaned()
        if clean_before is not None:
            values.update(clean_before.columns())
        elif attempt_id is None:
            raise ValidationError.of("Attempt", Code.UNPLANNED_NEEDS_BEFORE)
        now = self._clock()
        if values["attempted_at"] is None and clean_outcome.outcome != Outcome.NOT_ATTEMPTED:
            values["attempted_at"] = now
        with db.atomic():
            self._require_challenge(challenge_id)
            if attempt_id is None:
                row = Attempt.create(challenge=challenge_id, created_at=now, updated_at=now,
                                     prediction_timing=HINDSIGHT, **values)
                attempt_id = int(row.id)
            else:
                stored = Attempt.get_or_none(Attempt.id == attempt_id)
                if stored is None:
                    raise ValidationError.of("Attempt", Code.ATTEMPT_GONE)
                if clean_before is not None:
                    values["prediction_timing"] = timing_after_change(stored, clean_before)
                Attempt.update(challenge=challenge_id, updated_at=now, **values).where(
                    Attempt.id == attempt_id).execute()
            if clean_before is not None and clean_before.belief is not None:
                write_belief(attempt_id, clean_before.belief, now)
            if clean_outcome.outcome != Outcome.NO_REPLY:
                # the ask is settled: its follow-up goes in this same transaction, so a crash
                # before ReminderService re-syncs on attempt_logged never leaves it armed
                Reminder.update(enabled=False, updated_at=now).where(
                    (Reminder.attempt == attempt_id) & (Reminder.kind == "followup")).execute()
        log.info("attempt %s logged as %s", attempt_id, clean_outcome.outcome)
        self.attempt_logged.emit(attempt_id)
        return attempt_id

    def update_before(self, attempt_id: int, before: BeforeInput) -> None:
        """Change the plan and prediction of an attempt (a plan keeps both predictions)."""
        clean = before.cleaned()
        now = self._clock()
        with db.atomic():
            stored = (Attempt.select(Attempt, Challenge).join(Challenge)
                      .where(Attempt.id == attempt_id).get_or_none())
            if stored is None:
                raise ValidationError.of("Attempt", Code.ATTEMPT_GONE)
            columns = clean.columns()
            if stored.outcome is None:  # still a plan: written before the outcome
                require_prediction(clean, dare=bool(stored.challenge.dare))
                columns["prediction_timing"] = BEFORE
            else:
                columns["prediction_timing"] = timing_after_change(stored, clean)
            Attempt.update(updated_at=now, **columns).where(Attempt.id == attempt_id).execute()
            if clean.belief is not None:
                write_belief(attempt_id, clean.belief, now)
        self.attempt_updated.emit(attempt_id)

    def get(self, attempt_id: int) -> AttemptData:
        """One attempt; raises KeyError when it does not exist."""
        row = (Attempt.select(Attempt, Challenge).join(Challenge)
               .where(Attempt.id == attempt_id).get_or_none())
        if row is None:
            raise KeyError(attempt_id)
        return to_data(row, belief_of(row))

    def planned_between(self, start: datetime, end: datetime) -> list[AttemptData]:
        """Open attempts planned in [start, end), earliest first."""
        query = (Attempt.select(Attempt, Challenge).join(Challenge)
                 .where(Attempt.outcome.is_null() & (Attempt.planned_at >= start)
                        & (Attempt.planned_at < end))
                 .order_by(Attempt.planned_at))
        return [to_data(row) for row in query]

    def planned_on(self, start: datetime, end: datetime) -> list[AttemptData]:
        """What is planned for the day [start, end): open plans timed in it, by time, then the
        open plans without a time (they belong to whichever day the user looks at)."""
        return self.planned_between(start, end) + self.unscheduled()

    def unscheduled(self) -> list[AttemptData]:
        """Open plans without a day and time (they stay on Today until logged), oldest first."""
        query = (Attempt.select(Attempt, Challenge).join(Challenge)
                 .where(Attempt.outcome.is_null() & Attempt.planned_at.is_null()
                        & Attempt.attempted_at.is_null())
                 .order_by(Attempt.created_at, Attempt.id))
        return [to_data(row) for row in query]

    def latest_planned(self, challenge_id: int) -> AttemptData | None:
        """The newest attempt on ``challenge_id`` that is planned and not logged, if any."""
        row = (Attempt.select(Attempt, Challenge).join(Challenge)
               .where((Attempt.challenge == challenge_id) & Attempt.outcome.is_null())
               .order_by(Attempt.created_at.desc(), Attempt.id.desc()).first())
        return None if row is None else to_data(row)

    def open_attempts(self) -> list[AttemptData]:
        """Planned attempts not logged yet and asks still waiting for a reply, newest first."""
        query = (Attempt.select(Attempt, Challenge).join(Challenge)
                 .where(Attempt.outcome.is_null() | (Attempt.outcome == Outcome.NO_REPLY.value))
                 .order_by(Attempt.created_at.desc()))
        return [to_data(row) for row in query]

    def open_titles(self, limit: int) -> tuple[list[tuple[int, str]], int]:
        """(id, challenge title) of at most ``limit`` open attempts (as ``open_attempts``,
        newest first), and how many there are in all: a count and the newest few of each
        kind, read in order from the (outcome, created_at) index."""
        newest = "SELECT id, challenge_id, created_at FROM attempt WHERE {0} " \
                 "ORDER BY created_at DESC LIMIT ?"
        with db.atomic():
            total = db.execute_sql("SELECT count(*) FROM attempt WHERE outcome IS NULL "
                                   "OR outcome = ?", (Outcome.NO_REPLY.value,)).fetchone()[0]
            rows = db.execute_sql(
                "SELECT o.id, c.title FROM ("
                f"SELECT * FROM ({newest.format('outcome IS NULL')}) UNION ALL "
                f"SELECT * FROM ({newest.format('outcome = ?')})"
                ") AS o JOIN challenge c ON c.id = o.challenge_id "
                "ORDER BY o.created_at DESC LIMIT ?",
                (limit, Outcome.NO_REPLY.value, limit, limit)).fetchall()
        return [(int(i), str(title)) for i, title in rows], int(total)

    def waiting(self, limit: int) -> tuple[list[AttemptData], int]:
        """Asks still waiting for a reply, newest first: at most ``limit``, and how many in all."""
        condition = Attempt.outcome == Outcome.NO_REPLY.value
        total = Attempt.select().where(condition).count()
        query = (Attempt.select(Attempt, Challenge).join(Challenge).where(condition)
                 .order_by(Attempt.created_at.desc()).limit(limit))
        return [to_data(row) for row in query], total

    def asks_per_day(self, zone: ZoneInfo, today: date, since: date | None = None
                     ) -> dict[date, int]:
        """Asks per local date of ``when`` in ``zone`` (days without asks absent; with
        ``since``, only the days from then on): one row per day from the ``ask_day`` summary
        (rebuilt first when it is counted in another zone or its offsets end within
        ``SUMMARY_MIN_AHEAD_YEARS``, once the journal holds ``SUMMARY_MIN_ASKS``), plus the
        few asks it leaves out. For another zone, or a journal that cannot be written,
        counted by one grouped query instead. Equals
        ``domain.stats.calendar.asks_per_day(self.records(), zone)``."""
        first = "" if since is None else since.isoformat()
        with db.atomic():  # the summary and the asks it leaves out: one state of the journal
            until = ensure_day_summary(zone, today)
            if until is None:
                counts = local_day_counts(IS_ASK, zone, today)
            else:
                counts = {date.fromisoformat(day): int(n) for day, n in db.execute_sql(
                    "SELECT day, asks FROM ask_day WHERE day >= ?", (first,))}
                for day, n in local_day_counts(LEFT_OUT, zone, today, (until,)).items():
                    counts[day] = counts.get(day, 0) + n
        return counts if since is None else {d: n for d, n in counts.items() if d >= since}

    def kept_days(self, zone: ZoneInfo, today: date, since: date | None = None) -> set[date]:
        """The local days of an honest "did not ask" with a reflection (they keep a streak;
        with ``since``, only the days from then on: the ``attempt_kept_when`` index finds
        them), counted in SQL. Equals ``services.progress.kept_days(self.records(), zone)``."""
        if since is None:
            return set(local_day_counts(IS_KEPT, zone, today))
        # a day earlier in UTC covers every offset; the exact local day is checked below
        earliest = to_db_instant(datetime.combine(since - timedelta(days=1), time.min, UTC))
        days = local_day_counts(f"{IS_KEPT} AND {ASK_WHEN} >= ?", zone, today, (earliest,))
        return {day for day in days if day >= since}

    def ladder_facts(self, zone: ZoneInfo, today: date, recent_days: int = 7) -> LadderFacts:
        """What the ladder's suggestion needs from the journal: the rungs done (counted over
        every attempt, then kept in the journal at its revision: ``db.derived``), the
        challenges tried in the last ``recent_days`` local days, and the category of the latest
        ask (two bounded queries)."""
        done_sql = (f"SELECT challenge_id FROM attempt WHERE {TESTS_PREDICTION} "
                    f"GROUP BY challenge_id HAVING count(*) >= {REPS_TO_CLIMB}")
        recent_from = today - timedelta(days=recent_days - 1)
        maybe = to_db_instant(datetime.combine(recent_from - timedelta(days=1), time.min, zone))
        with db.atomic():  # one state of the journal
            at = derived.revision()
            done = ids_from_json(derived.load(RUNGS_DONE, at))
            counted = done is None
            if done is None:
                done = {cid for (cid,) in db.execute_sql(done_sql)}
            recent: set[int] = set()
            if recent_days > 0:
                for cid, when in db.execute_sql(
                        f"SELECT challenge_id, {ASK_WHEN} AS w FROM attempt WHERE w >= ?",
                        (maybe,)):
                    if local_date(from_db_instant(when), zone) >= recent_from:
                        recent.add(cid)
            last = db.execute_sql(
                f"SELECT category FROM challenge WHERE id = (SELECT challenge_id FROM attempt "
                f"WHERE {IS_ASK} ORDER BY {ASK_WHEN} DESC, id DESC LIMIT 1)").fetchone()
        if counted:
            derived.store(RUNGS_DONE, at, sorted(done))
        return LadderFacts(frozenset(done), frozenset(recent), None if last is None else last[0])

    def records(self) -> list[AttemptRecord]:
        """Every attempt as a light record for statistics and the ladder.

        Read with one raw query and converted by hand: 20,000 attempts load about three times
        faster than through peewee's row conversion (see benchmarks/results.md).
        """
        return read_records(RECORDS_SQL + " ORDER BY id", ())

    def records_from(self, instant: datetime) -> list[AttemptRecord]:
        """The attempts whose ``when`` is at or after ``instant``, as light records, in id
        order (a bounded read for figures over recent days)."""
        return read_records(RECORDS_SQL + f" WHERE {ASK_WHEN} >= ? ORDER BY id",
                            (to_db_instant(instant),))

    def record(self, attempt_id: int) -> AttemptRecord | None:
        """One attempt as a light record (None when it is gone)."""
        found = read_records(RECORDS_SQL + " WHERE id = ?", (attempt_id,))
        return found[0] if found else None

    def delete(self, attempt_id: int) -> DeletedAttempt:
        """Delete an attempt with its reflections and reminders; returns what undo needs."""
        with db.atomic():
            row = Attempt.get_or_none(Attempt.id == attempt_id)
            if row is None:
                raise KeyError(attempt_id)
            snapshot = DeletedAttempt(
                attempt=as_dicts(Attempt.select().where(Attempt.id == attempt_id))[0],
                reflections=as_dicts(Reflection.select().where(Reflection.attempt == attempt_id)),
                reminders=as_dicts(Reminder.select().where(Reminder.attempt == attempt_id)),
                belief_ratings=as_dicts(BeliefRating.select().where(
                    BeliefRating.attempt == attempt_id)),
            )
            row.delete_instance()  # reflections, reminders, ratings follow by ON DELETE CASCADE
        log.info("attempt %s deleted", attempt_id)
        self.attempt_deleted.emit(attempt_id)
        return snapshot

    def snapshot(self, attempt_id: int) -> DeletedAttempt:
        """A copy of an attempt as it is now, with its reflections and reminders (for Undo)."""
        with db.atomic():
            rows = as_dicts(Attempt.select().where(Attempt.id == attempt_id))
            if not rows:
                raise KeyError(attempt_id)
            return DeletedAttempt(
                attempt=rows[0],
                reflections=as_dicts(Reflection.select().where(Reflection.attempt == attempt_id)),
                reminders=as_dicts(Reminder.select().where(Reminder.attempt == attempt_id)),
            )

    def revert(self, snapshot: DeletedAttempt) -> int:
        """Put an attempt back exactly as ``snapshot`` holds it (Undo of a log or an edit);
        raises ``UndoConflictError`` (nothing written) when the journal has changed since."""
        attempt_id = int(snapshot.attempt["id"])
        try:
            with db.atomic():
                Attempt.delete().where(Attempt.id == attempt_id).execute()  # cascades
                Attempt.insert(snapshot.attempt).execute()
                for reflection in snapshot.reflections:
                    Reflection.insert(reflection).execute()
                for reminder in snapshot.reminders:
                    Reminder.insert(reminder).execute()
        except peewee.IntegrityError as exc:
            raise UndoConflictError(str(exc)) from exc
        log.info("attempt %s reverted", attempt_id)
        self.attempt_updated.emit(attempt_id)
        return attempt_id

    def undo_delete(self, deleted: DeletedAttempt) -> int:
        """Put back an attempt removed by ``delete``, with the same ids; raises
        ``UndoConflictError`` (nothing written) when the journal has changed since."""
        try:
            with db.atomic():
                Attempt.insert(deleted.attempt).execute()
                for reflection in deleted.reflections:
                    Reflection.insert(reflection).execute()
                for reminder in deleted.reminders:
                    Reminder.insert(reminder).execute()
                for rating in deleted.belief_ratings:
                    BeliefRating.insert(rating).execute()
        except peewee.IntegrityError as exc:
            raise UndoConflictError(str(exc)) from exc
        attempt_id = int(deleted.attempt["id"])
        self.attempt_restored.emit(attempt_id)
        return attempt_id

    @staticmethod
    def _require_challenge(challenge_id: int) -> bool:
        """Refuse a challenge that does not exist; True when it is a dare."""
        row = Challenge.select(Challenge.dare).where(Challenge.id == challenge_id).first()
        if row is None:
            raise ValidationError.of("Challenge", Code.CHOOSE_CHALLENGE)
        return bool(row.dare)
