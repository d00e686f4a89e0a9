"""How long work reports how far it has come, and how it is stopped (no Qt, no database).

Long operations (import, export, restore, backups, reports) take a ``Steps`` and call
``phase`` when they start a part of the work and ``advance`` as they go. ``advance`` and
``check`` raise ``Cancelled`` when the user asked to stop; the work then unwinds through its
own ``finally`` and rollback paths, so a cancelled job leaves nothing changed. Once the work
reaches a point where stopping would leave a half-done change (a restore writing the
journal), it calls ``commit_point`` and is no longer cancellable.

The base class does nothing: it is what the command line passes when its output is not a
terminal, and the default for every caller that does not care.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Phase(StrEnum):
    """What long work is doing; the window and the command line word each for people."""

    READING = "reading"
    CHECKING = "checking"
    BACKING_UP = "backing up"
    WRITING = "writing"
    RESTORING = "restoring"
    DRAWING = "drawing"


class Cancelled(Exception):  # noqa: N818 - it is what happened, not an error
    """The user stopped the work; everything it had started was undone."""


class Steps:
    """Progress of one piece of long work; this base reports nothing and never cancels."""

    def __init__(self) -> None:
        self.phase_name: Phase | None = None
        self.done = 0
        self.total = 0

    def phase(self, name: Phase, total: int = 0) -> None:
        """Start a part of the work with ``total`` steps (0: unknown); checks for a cancel."""
        self.phase_name = name
        self.done = 0
        self.total = max(0, total)
        self.check()
        self.reported()

    def advance(self, count: int = 1) -> None:
        """``count`` more steps are done; checks for a cancel."""
        self.done = min(self.done + count, self.total) if self.total else self.done + count
        self.check()
        self.reported()

    def at(self, done: int, total: int) -> None:
        """The current part has come to ``done`` of ``total`` (both may change); checks for a
        cancel."""
        self.total = max(0, total)
        self.done = max(0, done)
        self.check()
        self.reported()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user asked to stop (and the work still may)."""

    def commit_point(self) -> None:
        """From here on the work cannot be stopped (it is changing the journal for good)."""

    def reported(self) -> None:
        """Called after every change of ``phase_name``/``done``/``total``."""


NO_STEPS = Steps()
"""For callers that neither show progress nor cancel."""


def batches(count: int, size: int) -> range:
    """Start indices of ``count`` items taken ``size`` at a time."""
    return range(0, count, max(1, size))


LET_GO_SLICE = 500
"""Items freed at a time by ``let_go`` (about a millisecond's work for export records)."""


def let_go(items: list[Any] | dict[Any, Any]) -> None:
    """Empty a big list a slice at a time; of a dict (a document of tables), each list value
    goes the same way first.

    Long work on a worker thread calls this for the records it is done with. Dropping the last
    reference to 20,000 records frees them all in one C call that keeps the GIL for 30-150 ms
    (more on a busy machine), and the window cannot run for that long; freed a slice at a time,
    the interpreter hands the GIL over between slices. The caller must own ``items`` and its
    lists: they are left empty.
    """
    values: list[Any]
    if isinstance(items, dict):
        values = list(items.values())
        items.clear()  # only the keys go: ``values`` still holds the rest
        for value in values:
            if isinstance(value, list):
                let_go(value)
    else:
        values = items
    while values:
        del values[-LET_GO_SLICE:]
