"""Guard against PySide6 releases whose ``emit()`` corrupts reference counts.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference, so on
Python 3.11 every emit steals one from ``True`` and the interpreter aborts after about a
thousand signals. pyproject.toml excludes that release; this test fails if one like it returns.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.subprocess

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
class Probe(QObject):
    ping = Signal(int)
probe = Probe()
before = sys.getrefcount(True)
for i in range(200_000):
    probe.ping.emit(i)
print(sys.getrefcount(True) - before)
"""


NONE_SCRIPT = """
import sys
from PySide6.QtCore import QObject
probe = QObject()
before = sys.getrefcount(None)
for i in range(200_000):
    probe.setObjectName("x")
print(sys.getrefcount(None) - before)
"""


def test_calling_void_qt_methods_leaves_none_alone():
    """6.12.0 also drops a reference to None on every call to a Qt method returning nothing."""
    result = subprocess.run([sys.executable, "-c", NONE_SCRIPT], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100


def test_emitting_many_signals_leaves_reference_counts_alone():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
