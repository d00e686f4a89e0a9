"""When reminders are due: daily rules, quiet hours, one-shots and the scheduler's plan.

Pure functions, no Qt and no database. Every instant passed in must be timezone-aware (a naive
``datetime`` raises ``ValueError``); every instant returned is aware UTC. Daily rules and quiet
hours are wall-clock times in the user's IANA zone and are resolved with ``zoneinfo``.

DST semantics (a local occurrence is one ``(local date, time of day)`` pair; it resolves with
``fold=0``):

- A local time that does not exist (spring-forward gap, e.g. 02:30 on 2026-03-29 in
  Europe/Berlin) fires once, at the ``fold=0`` instant: the wall-clock time shifted forward by the
  gap (03:30 CEST there).
- A local time that occurs twice (fall-back, e.g. 02:30 on 2026-10-25 in Berlin) fires once, at
  its first occurrence.
- Two local occurrences that resolve to the same instant (02:30 and 03:30 on a spring-forward day)
  count as one due instant.

Weekdays are those of the local date (0 = Monday .. 6 = Sunday).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = [
    "ALL_DAYS",
    "DAILY",
    "FOLLOWUP",
    "KINDS",
    "MAX_TIMER_MS",
    "PLANNED",
    "RULE_KINDS",
    "WEEKLY_REVIEW",
    "WORKDAYS",
    "DailyRule",
    "Plan",
    "QuietHours",
    "ReminderSpec",
    "deliver_at",
    "follow_up_due",
    "next_daily",
    "occurrences",
    "plan",
    "planned_due",
    "quiet_until",
    "timer_delay_ms",
    "upcoming",
]

ALL_DAYS: frozenset[int] = frozenset(range(7))
"""Every day of the week."""

WORKDAYS: frozenset[int] = frozenset(range(5))
"""Monday to Friday."""

DAILY = "daily"
PLANNED = "planned"
FOLLOWUP = "followup"
WEEKLY_REVIEW = "weekly_review"
"""The weekly review's reminder: a rule with one weekday and one time, planned like a nudge."""
KINDS: frozenset[str] = frozenset({DAILY, PLANNED, FOLLOWUP, WEEKLY_REVIEW})
"""The valid values of ``ReminderSpec.kind``."""
RULE_KINDS: frozenset[str] = frozenset({DAILY, WEEKLY_REVIEW})
"""Kinds planned from a ``DailyRule`` (held by quiet hours); the others are one-shots."""
MAX_TIMES_PER_NUDGE = 12
"""How many times a day one daily nudge may fire (the service and the importer both check)."""

MAX_TIMER_MS = 2**31 - 1
"""The largest interval a Qt timer accepts (a signed 32-bit int of milliseconds)."""

_MIN_UTC = datetime.min.replace(tzinfo=UTC)


def _utc(value: datetime, name: str) -> datetime:
    """Return ``value`` converted to UTC; raise ``ValueError`` if it is naive."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got naive {value!r}")
    return value.astimezone(UTC)


def _wall_time(value: time, name: str) -> time:
    """Validate a naive wall-clock time and drop any ``fold`` (occurrences resolve with fold=0)."""
    if not isinstance(value, time):
        raise TypeError(f"{name} must be a datetime.time, got {value!r}")
    if value.tzinfo is not None:
        raise ValueError(f"{name} must be a naive wall-clock time, got {value!r}")
    return value.replace(fold=0)


def _resolve(day: date, at: time, zone: ZoneInfo, fold: int = 0) -> datetime:
    """The UTC instant of wall-clock ``at`` on local ``day`` (gap and repeat rules above)."""
    return datetime.combine(day, at, tzinfo=zone).replace(fold=fold).astimezone(UTC)


@dataclass(frozen=True)
class DailyRule:
    """Fire at each of ``times`` (local wall clock) on each of ``weekdays`` (0 = Monday).

    Times are stored de-duplicated and sorted; an empty ``weekdays`` or ``times`` never fires.
    """

    times: tuple[time, ...]
    weekdays: frozenset[int]

    def __post_init__(self) -> None:
        times = sorted({_wall_time(t, "DailyRule time") for t in self.times})
        weekdays = frozenset(self.weekdays)
        for day in weekdays:
            if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
                raise ValueError(f"weekday must be an int in 0..6 (0 = Monday), got {day!r}")
        object.__setattr__(self, "times", tuple(times))
        object.__setattr__(self, "weekdays", weekdays)

    @classmethod
    def of(cls, times: Iterable[time], weekdays: Iterable[int] = ALL_DAYS) -> DailyRule:
        """Build a rule from any iterables (every day of the week unless ``weekdays`` is given)."""
        return cls(tuple(times), frozenset(weekdays))

    @property
    def never(self) -> bool:
        """True when the rule can never fire."""
        return not self.times or not self.weekdays


def _instants_on(rule: DailyRule, first: date, last: date, zone: ZoneInfo) -> set[datetime]:
    """The resolved instants of every local occurrence on local dates ``first..last``."""
    found: set[datetime] = set()
    day = first
    while day <= last:
        if day.weekday() in rule.weekdays:
            found.update(_resolve(day, at, zone) for at in rule.times)
        day += timedelta(days=1)
    return found


def occurrences(rule: DailyRule, start: datetime, end: datetime, zone: ZoneInfo) -> list[datetime]:
    """Every due instant of ``rule`` in the half-open interval ``(start, end]``, UTC, sorted.

    Each local occurrence appears exactly once (see the module docstring for DST).
    """
    start = _utc(start, "start")
    end = _utc(end, "end")
    if end <= start or rule.never:
        return []
    # One extra local day either side: resolving a gap time can move it past midnight.
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    return sorted(t for t in _instants_on(rule, first, last, zone) if start < t <= end)


def next_daily(rule: DailyRule, after: datetime, zone: ZoneInfo) -> datetime | None:
    """The first due instant of ``rule`` strictly after ``after`` (UTC), or None if it never fires.

    Looks at no more than nine local dates, whatever the rule.
    """
    after = _utc(after, "after")
    if rule.never:
        return None
    today = after.astimezone(zone).date()
    # Any weekday recurs within today+1 .. today+7; today-1 covers a gap shifted over midnight.
    candidates = _instants_on(rule, today - timedelta(days=1), today + timedelta(days=7), zone)
    later = [t for t in candidates if t > after]
    return min(later) if later else None


@dataclass(frozen=True)
class QuietHours:
    """Local wall-clock hours in which nothing is delivered: ``start`` inclusive, ``end`` exclusive.

    May span midnight (22:00-07:00). ``start == end`` means disabled.
    """

    start: time
    end: time

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", _wall_time(self.start, "QuietHours.start"))
        object.__setattr__(self, "end", _wall_time(self.end, "QuietHours.end"))

    @property
    def enabled(self) -> bool:
        """False when ``start == end``."""
        return self.start != self.end

    def contains(self, wall: time) -> bool:
        """True if the local wall-clock time ``wall`` is inside quiet hours."""
        if not self.enabled:
            return False
        if self.start < self.end:
            return self.start <= wall < self.end
        return wall >= self.start or wall < self.end


def quiet_until(quiet: QuietHours | None, instant: datetime, zone: ZoneInfo) -> datetime | None:
    """If ``instant`` is inside quiet hours, the UTC instant they end; otherwise None.

    The end is the next local ``end`` time, resolved with fold=0 like daily occurrences (an end
    inside a DST gap is shifted forward by the gap). If ``instant`` is in the second pass of a
    repeated hour and the first pass of ``end`` is already behind it, the second pass is used.
    """
    instant = _utc(instant, "instant")
    if quiet is None:
        return None
    local = instant.astimezone(zone)
    wall = local.time().replace(fold=0)
    if not quiet.contains(wall):
        return None
    day = local.date()
    if quiet.start > quiet.end and wall >= quiet.start:
        day += timedelta(days=1)  # spans midnight and we are before it: ends tomorrow
    for offset in range(3):
        for fold in (0, 1):
            candidate = _resolve(day + timedelta(days=offset), quiet.end, zone, fold)
            if candidate > instant:
                return candidate
    raise AssertionError("unreachable: quiet hours end within three days")  # pragma: no cover


def deliver_at(instant: datetime, quiet: QuietHours | None, zone: ZoneInfo) -> datetime:
    """``instant`` (UTC), or the end of quiet hours if it falls inside them."""
    end = quiet_until(quiet, instant, zone)
    return end if end is not None else _utc(instant, "instant")


def planned_due(planned_at: datetime, minutes_before: int) -> datetime:
    """When to remind of an ask planned at ``planned_at``: ``minutes_before`` earlier (UTC)."""
    if minutes_before < 0:
        raise ValueError(f"minutes_before must be >= 0, got {minutes_before}")
    return _utc(planned_at, "planned_at") - timedelta(minutes=minutes_before)


def follow_up_due(planned_at: datetime, minutes_after: int) -> datetime:
    """When to ask "how did it go?": ``minutes_after`` after ``planned_at`` (UTC)."""
    if minutes_after < 0:
        raise ValueError(f"minutes_after must be >= 0, got {minutes_after}")
    return _utc(planned_at, "planned_at") + timedelta(minutes=minutes_after)


@dataclass(frozen=True)
class ReminderSpec:
    """One reminder as the planner sees it.

    ``kind`` is ``"daily"`` (needs ``rule``) or ``"planned"`` / ``"followup"`` (need ``at``, the
    due instant). ``last_fired`` is when it was last delivered (None = never); a daily reminder
    never fires for occurrences at or before ``created_at``. Instants are aware, kept as UTC.
    """

    id: int
    kind: str
    rule: DailyRule | None = None
    at: datetime | None = None
    enabled: bool = True
    last_fired: datetime | None = None
    created_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {sorted(KINDS)}, got {self.kind!r}")
        if self.kind in RULE_KINDS and self.rule is None:
            raise ValueError(f"{self.kind} reminder {self.id} needs a rule")
        if self.kind not in RULE_KINDS and self.at is None:
            raise ValueError(f"{self.kind} reminder {self.id} needs an 'at' instant")
        for name in ("at", "last_fired", "created_at"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _utc(value, name))


@dataclass(frozen=True)
class Plan:
    """What the scheduler should do now and when to look again.

    ``due`` holds ``(reminder id, due instant)`` pairs due now and not yet fired, oldest first.
    ``next_at`` is the earliest future delivery instant (after quiet hours and pause), strictly
    after ``now``, or None when nothing will ever be due. ``held`` holds the pairs that are due
    but held back (by quiet hours or a pause), ``held_until`` when the first of them will be
    delivered; ``next_due`` is the earliest future due instant before anything moves it (when
    something may start being held). Those three only describe the plan for display: two plans
    are equal when they decide the same ``due`` and ``next_at``.
    """

    due: tuple[tuple[int, datetime], ...]
    next_at: datetime | None
    held: tuple[tuple[int, datetime], ...] = field(default=(), compare=False)
    held_until: datetime | None = field(default=None, compare=False)
    next_due: datetime | None = field(default=None, compare=False)


def _latest(*values: datetime | None) -> datetime:
    return max((v for v in values if v is not None), default=_MIN_UTC)


def plan(
    specs: Sequence[ReminderSpec],
    now: datetime,
    zone: ZoneInfo,
    *,
    quiet: QuietHours | None = None,
    paused_until: datetime | None = None,
    max_lookback: timedelta = timedelta(days=7),
) -> Plan:
    """Work out which reminders are due at ``now`` and when the next one will be.

    A daily reminder is due for each occurrence in ``(max(last_fired, created_at,
    now - max_lookback), now]``; a one-shot is due once ``at <= now`` unless it was fired at or
    after ``at``. Disabled specs are ignored. While paused (``now < paused_until``) nothing is
    due; inside quiet hours daily reminders are not due, while one-shots (reminders of an ask the
    user timed) are delivered at their time. What is held back is kept (it stays due because
    ``last_fired`` is not updated) and ``next_at`` moves to the end of the pause / quiet hours.
    The caller delivers all of ``due`` as one notification and persists ``last_fired = now``
    for each id; planning again then returns nothing due.
    """
    now = _utc(now, "now")
    if max_lookback < timedelta(0):
        raise ValueError(f"max_lookback must not be negative, got {max_lookback}")
    pause_end = _utc(paused_until, "paused_until") if paused_until is not None else None
    paused = pause_end is not None and now < pause_end

    kinds: dict[int, str] = {}
    pending: list[tuple[int, datetime]] = []
    upcoming: list[tuple[datetime, str]] = []
    for spec in specs:
        if not spec.enabled:
            continue
        kinds[spec.id] = spec.kind
        if spec.kind in RULE_KINDS:
            assert spec.rule is not None  # guaranteed by ReminderSpec
            since = _latest(spec.last_fired, spec.created_at, now - max_lookback)
            pending.extend((spec.id, t) for t in occurrences(spec.rule, since, now, zone))
            # After a backwards clock jump, never re-announce what already fired.
            following = next_daily(spec.rule, _latest(now, spec.last_fired, spec.created_at), zone)
            if following is not None:
                upcoming.append((following, spec.kind))
        else:
            assert spec.at is not None  # guaranteed by ReminderSpec
            if spec.last_fired is not None and spec.last_fired >= spec.at:
                continue
            if spec.at <= now:
                pending.append((spec.id, spec.at))
            else:
                upcoming.append((spec.at, spec.kind))

    pending.sort(key=lambda item: (item[1], item[0]))

    def delivery(instant: datetime, kind: str) -> datetime:
        if pause_end is not None and instant < pause_end:
            instant = pause_end
        return deliver_at(instant, quiet, zone) if kind in RULE_KINDS else instant

    quiet_now = quiet_until(quiet, now, zone) is not None
    held = [item for item in pending
            if paused or (quiet_now and kinds[item[0]] in RULE_KINDS)]
    if held:
        pending = [item for item in pending if item not in held]
    held_until = min((delivery(now, kinds[i]) for i, _ in held), default=None)
    deliveries = [delivery(t, kind) for t, kind in upcoming]
    if held_until is not None:
        deliveries.append(held_until)
    return Plan(due=tuple(pending), next_at=min(deliveries) if deliveries else None,
                held=tuple(held), held_until=held_until,
                next_due=min((t for t, _ in upcoming), default=None))


def upcoming(
    specs: Sequence[ReminderSpec],
    now: datetime,
    zone: ZoneInfo,
    *,
    horizon: timedelta,
    quiet: QuietHours | None = None,
    paused_until: datetime | None = None,
    limit: int = 64,
) -> list[tuple[datetime, str]]:
    """The next deliveries after ``now`` and within ``horizon``, as ``(instant, kind)`` pairs,
    earliest first, at most ``limit`` of them; what ``plan`` would deliver at each instant
    (quiet hours and a pause move a reminder later; those landing together are one).

    Reminders due now but held back (quiet hours, a pause) come at the end of the hold.
    """
    now = _utc(now, "now")
    end = now + horizon
    pause_end = _utc(paused_until, "paused_until") if paused_until is not None else None
    found: set[tuple[datetime, str]] = set()

    def delivery(instant: datetime) -> datetime:
        if pause_end is not None and instant < pause_end:
            instant = pause_end
        return deliver_at(instant, quiet, zone)

    held = plan(specs, now, zone, quiet=quiet, paused_until=paused_until)
    held_kinds = {spec.id: spec.kind for spec in specs}
    for spec in specs:
        if not spec.enabled:
            continue
        if spec.kind in RULE_KINDS:
            assert spec.rule is not None
            since = _latest(now, spec.last_fired, spec.created_at)
            found.update((delivery(t), spec.kind)
                         for t in occurrences(spec.rule, since, end, zone))
        elif spec.at is not None and spec.at > now and not (
                spec.last_fired is not None and spec.last_fired >= spec.at):
            found.add((delivery(spec.at), spec.kind))
    if not held.due and held.next_at is not None and held.next_at > now:
        pending = plan(specs, held.next_at, zone, quiet=quiet, paused_until=paused_until)
        found.update((held.next_at, held_kinds[i]) for i, t in pending.due if t <= now)
    return sorted(item for item in found if now < item[0] <= end)[:limit]


def timer_delay_ms(now: datetime, next_at: datetime) -> int:
    """Milliseconds from ``now`` until ``next_at``, rounded up, clamped to [0, MAX_TIMER_MS - 1].

    When a clamped timer fires early the scheduler simply plans again.
    """
    delta = _utc(next_at, "next_at") - _utc(now, "now")
    micros = delta // timedelta(microseconds=1)
    millis = -(-micros // 1000)  # ceiling: a timer must never fire before next_at
    return max(0, min(millis, MAX_TIMER_MS - 1))
