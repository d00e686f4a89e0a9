"""Which automatic backups to keep: the newest few, then one per day, week and month.

Pure: the caller passes the backup instants and the user's time zone; nothing here reads the
clock or the disk. A rule such as "12 daily" keeps the newest backup of each of the 12 most
recent local calendar days *that have a backup* (a week without changes or a month away does
not use up the allowance). Rules are independent; a backup kept by any rule is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups each rule keeps."""

    newest: int = 6  # the last few hours of work, whatever their dates
    daily: int = 12
    weekly: int = 10  # ISO weeks, Monday to Sunday
    monthly: int = 9

    @property
    def maximum(self) -> int:
        """The most backups the policy can keep (rules overlap, so usually fewer)."""
        return self.newest + self.daily + self.weekly + self.monthly


DEFAULT_POLICY = RetentionPolicy()


def day_of(instant: datetime, zone: tzinfo) -> Hashable:
    return instant.astimezone(zone).date()


def week_of(instant: datetime, zone: tzinfo) -> Hashable:
    year, week, _ = instant.astimezone(zone).isocalendar()
    return (year, week)


def month_of(instant: datetime, zone: tzinfo) -> Hashable:
    local = instant.astimezone(zone)
    return (local.year, local.month)


def newest_per_period(ordered: list[datetime], zone: tzinfo, count: int,
                      period: Callable[[datetime, tzinfo], Hashable]) -> set[datetime]:
    """The newest instant in each of the ``count`` latest periods (``ordered``: newest first)."""
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for instant in ordered:
        if len(seen) >= count:
            break
        key = period(instant, zone)
        if key not in seen:
            seen.add(key)
            kept.add(instant)
    return kept


def backups_to_keep(instants: Iterable[datetime], zone: tzinfo,
                    policy: RetentionPolicy = DEFAULT_POLICY) -> set[datetime]:
    """The instants (aware datetimes) that ``policy`` keeps; every other backup may be deleted."""
    ordered = sorted(set(instants), reverse=True)
    kept = set(ordered[: policy.newest])
    kept |= newest_per_period(ordered, zone, policy.daily, day_of)
    kept |= newest_per_period(ordered, zone, policy.weekly, week_of)
    kept |= newest_per_period(ordered, zone, policy.monthly, month_of)
    return kept
