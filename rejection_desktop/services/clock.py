"""The clock services read: injectable, so tests can stop or move time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A function returning the current instant as an aware UTC datetime."""


def system_clock() -> datetime:
    """The real current instant, aware UTC."""
    return datetime.now(UTC)
