"""Local days of stored UTC instants, counted in groups instead of one instant at a time.

A per-day count in SQL groups stored UTC instants by their UTC day and by *where in that UTC
day* they fall: ``day_cuts(zone)`` gives the minutes of the UTC day at which, in ``zone``, the
local date can change (midnight under each offset the zone has used) or the offset itself
changes (the UTC time of its transitions). Between two cuts, on one UTC day, every instant has
the same offset and the same local date, so one representative instant per group places the
whole group (``local_day``). Pure; stdlib only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

FIRST_YEAR = 1970
"""Zone rules are scanned from here to ``today + 2 years`` (the cut set is cached per zone)."""


@lru_cache(maxsize=8)
def day_cuts(zone: ZoneInfo, until_year: int) -> tuple[int, ...]:
    """The minutes of the UTC day (1..1439) where a local date or an offset may change.

    Found by stepping a week at a time through the zone's history and narrowing every change
    of offset down to the minute (no rule changes its offset twice within a week).
    """
    cuts: set[int] = set()
    step = timedelta(days=7)
    at = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    end = datetime(until_year, 12, 31, tzinfo=UTC)
    offset = at.astimezone(zone).utcoffset()
    offsets = {offset}
    while at < end:
        following = at + step
        new = following.astimezone(zone).utcoffset()
        if new != offset:
            low, high = at, following  # the offset changes in (low, high]
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    middle = low + timedelta(minutes=1)
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            cuts.add(high.hour * 60 + high.minute)
            offsets.add(new)
            offset = new
        at = following
    for each in offsets:
        assert each is not None
        cuts.add(int((-each.total_seconds() // 60) % 1440))
    cuts.discard(0)
    return tuple(sorted(cuts))


def cuts_for(zone: ZoneInfo, today: date) -> tuple[int, ...]:
    """``day_cuts`` for journals up to two years after ``today``."""
    return day_cuts(zone, today.year + 2)


def local_day(utc_day: str, part: int, cuts: tuple[int, ...], zone: ZoneInfo) -> date:
    """The local date, in ``zone``, of the instants on ``utc_day`` (``YYYY-MM-DD``) in part
    ``part`` of the day (0 before the first cut, ``i`` from cut ``i - 1`` on)."""
    minute = 0 if part == 0 else cuts[part - 1]
    start = datetime.fromisoformat(utc_day).replace(tzinfo=UTC) + timedelta(minutes=minute)
    return start.astimezone(zone).date()


@lru_cache(maxsize=16)
def offset_changes(zone: ZoneInfo, first_year: int,
                   until: datetime) -> tuple[tuple[datetime, int], ...]:
    """The UTC offsets of ``zone`` in seconds, as (UTC instant from which it holds, offset):
    the first from 1 January ``first_year``, then one per change before ``until``.

    Found by stepping a week at a time and narrowing each change down to the second (no rule
    changes its offset twice within a week), so an instant's offset is that of the last
    change at or before it.
    """
    step = timedelta(days=7)
    at = datetime(first_year, 1, 1, tzinfo=UTC)
    offset = _seconds(at, zone)
    changes = [(at, offset)]
    while at < until:
        following = min(at + step, until)
        new = _seconds(following, zone)
        if new != offset:
            low, high = at, following  # the offset changes in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    middle = low + timedelta(seconds=1)
                if _seconds(middle, zone) == offset:
                    low = middle
                else:
                    high = middle
            changes.append((high, new))
            offset = new
        at = following
    return tuple(changes)


def _seconds(instant: datetime, zone: ZoneInfo) -> int:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return int(offset.total_seconds())
