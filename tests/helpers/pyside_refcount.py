"""Work around a PySide6 6.12.0 bug in tests: every ``SignalInstance.emit()`` called from Python
drops one reference to ``True``. After a few hundred emits in one process the interpreter aborts
("Fatal Python error: bool_dealloc") at exit or sooner. PySide6 6.11.3 does not have the bug.

The fixture gives back, after each test, the references the test's emits took away, so the
tests can check our code. Remove it once PySide6 is pinned to a version without the bug.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator

import PySide6
import pytest

AFFECTED = PySide6.__version__ == "6.12.0"


@pytest.fixture(autouse=True)
def restore_true_refcount() -> Iterator[None]:
    before = sys.getrefcount(True)
    yield
    lost = before - sys.getrefcount(True)
    if AFFECTED:
        for _ in range(max(0, lost)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
