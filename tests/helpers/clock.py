"""A clock tests can stop and move."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """A clock tests can stop and move: ``clock()`` returns the current fake instant."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now
