"""Weeks, months and quarters, and the Progress page's ranges."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

Period = Literal["week", "month", "quarter"]


RangePreset = Literal["4w", "3m", "1y", "all"]


@lru_cache(maxsize=1 << 14)
def period_start(day: date, period: Period) -> date:
    """The Monday of ``day``'s ISO week, or the 1st of its month or quarter (memoised)."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return date(day.year, day.month - (day.month - 1) % 3, 1)
    raise ValueError(f"unknown period {period!r}")


def _next_period(start: date, period: Period) -> date:
    if period == "week":
        return start + timedelta(days=7)
    month_index = start.year * 12 + start.month - 1 + (3 if period == "quarter" else 1)
    return date(month_index // 12, month_index % 12 + 1, 1)


def period_starts(
    keys: Iterable[date], period: Period, start: date | None = None, end: date | None = None
) -> list[date]:
    """Every period start from the earliest to the latest of ``keys``, ``start`` and ``end``.

    ``keys`` are period starts already; ``start`` and ``end`` are any days. Empty when there is
    nothing at all to span.
    """
    bounds = list(keys)
    if start is not None:
        bounds.append(period_start(start, period))
    if end is not None:
        bounds.append(period_start(end, period))
    if not bounds:
        return []
    result: list[date] = []
    cursor, last = min(bounds), max(bounds)
    while cursor <= last:
        result.append(cursor)
        cursor = _next_period(cursor, period)
    return result


WEEKS_UP_TO_DAYS = 26 * 7
"""Ranges up to this many days are charted by week."""


MONTHS_UP_TO_DAYS = 4 * 366
"""Longer ranges up to this many days are charted by month, longer ones still by quarter."""


def period_for_span(start: date, end: date) -> Period:
    """The period a chart of ``start..end`` groups by: about 4 to 60 bars whatever the span.

    Up to 26 weeks: weeks; up to about 4 years: months; beyond: quarters.
    """
    days = (end - start).days + 1
    if days <= WEEKS_UP_TO_DAYS:
        return "week"
    if days <= MONTHS_UP_TO_DAYS:
        return "month"
    return "quarter"


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    next_first = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    last_day = (next_first - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def range_start(preset: RangePreset, today: date) -> date | None:
    """The first day of a Progress-page range ending on ``today`` (``None`` for "all").

    ``"4w"``: the last 28 days; ``"3m"``: from the day after the same date 3 months ago;
    ``"1y"``: from the day after the same date a year ago (month ends are clamped).
    """
    if preset == "4w":
        return today - timedelta(days=27)
    if preset == "3m":
        return _months_back(today, 3) + timedelta(days=1)
    if preset == "1y":
        return _months_back(today, 12) + timedelta(days=1)
    if preset == "all":
        return None
    raise ValueError(f"unknown range preset {preset!r}")
