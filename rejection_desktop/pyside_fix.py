"""Work around a reference-count bug in PySide6 6.12: ``SignalInstance.emit()`` returns ``True``
without taking a reference to it.

On Python 3.11 (``True`` is not immortal before 3.12) every ``emit()`` therefore steals one
reference from ``True``; after a few thousand signals the interpreter aborts with "Fatal Python
error: bool_dealloc: deallocating True or False". ``apply()`` measures whether this PySide6
leaks, and if so gives ``True`` a reference count no run can exhaust. It is idempotent and cheap
(100 emits).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 40
_applied = False


def emit_leaks_true(samples: int = 100) -> bool:
    """True when emitting a signal steals a reference to ``True`` in this PySide6."""
    from PySide6.QtCore import QObject, Signal  # noqa: PLC0415

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(samples):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= samples // 2


def apply() -> bool:
    """Make the leak harmless if this PySide6 has it; returns True when a fix was applied."""
    global _applied  # noqa: PLW0603 - process-wide, once
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _applied = True
    if not emit_leaks_true():
        return False
    ctypes.c_ssize_t.from_address(id(True)).value += _RESERVE
    log.info("PySide6 emit() reference leak detected; True given a reserve of references")
    return True
