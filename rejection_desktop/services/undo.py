"""What putting a deleted entry back can meet (attempts and reflections alike)."""

from __future__ import annotations


class UndoConflictError(Exception):
    """A deleted entry cannot be put back: the journal has changed since (its id or uid is
    taken, or what it belonged to is gone). Nothing was written."""
