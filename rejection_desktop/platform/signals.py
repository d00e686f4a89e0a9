"""Quit cleanly on SIGTERM/SIGINT while Qt's event loop runs (POSIX), without polling.

Python runs signal handlers only when the interpreter gets control, which a blocked Qt event
loop never gives it. ``signal.set_wakeup_fd`` writes a byte to a socket on each signal; a
``QSocketNotifier`` on the other end wakes the loop, and the handler runs.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class SignalWakeup(QObject):
    """Calls ``on_signal`` on SIGTERM or SIGINT; keeps its sockets alive while it lives."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._on_signal = on_signal
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._handle)

    def _handle(self, number: int, _frame: object) -> None:
        log.info("received signal %s; quitting", number)
        self._on_signal()

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)
