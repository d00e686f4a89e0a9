"""End the app on SIGTERM/SIGINT (POSIX) within a deadline, whatever is open.

Python runs signal handlers only when the interpreter gets control, which a blocked Qt event
loop never gives it. ``signal.set_wakeup_fd`` writes a byte to a pipe on each signal; a
``QSocketNotifier`` on the other end wakes the loop, and the handler runs.

The handler calls ``on_signal`` (write drafts, then end every event loop), and arms a
deadline: if the process is still alive ``grace_s`` later (a hung shutdown step, a busy
database), it ends at once with ``128 + signal``; a second signal ends it at once too. A pipe,
not a socket pair: ``socket`` stays out of start-up.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

GRACE_S = 1.5
"""How long a graceful quit may take after the signal before the process ends at once."""
BACKSTOP_S = 0.4
"""After the deadline, a kernel timer (SIGALRM) ends the process even if no thread can run."""


def exit_now(number: int) -> None:
    """End the process at once, with the shell's status for a signal."""
    os._exit(128 + number)


def close_pipe(*fds: int) -> None:
    signal.set_wakeup_fd(-1)
    for fd in fds:
        os.close(fd)


class SignalWakeup(QObject):
    """Calls ``on_signal`` on SIGTERM or SIGINT; keeps its pipe alive while it lives."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None, *,
                 grace_s: float = GRACE_S) -> None:
        super().__init__(parent)
        self._reader, self._writer = os.pipe()
        for fd in (self._reader, self._writer):
            os.set_blocking(fd, False)
        signal.set_wakeup_fd(self._writer)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._on_signal = on_signal
        self._grace_s = grace_s
        self._received: int | None = None
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._handle)
        reader, writer = self._reader, self._writer
        self.destroyed.connect(lambda: close_pipe(reader, writer))

    def _handle(self, number: int, _frame: object) -> None:
        if self._received is not None:
            log.warning("received signal %s again; exiting now", number)
            exit_now(number)
        self._received = number
        log.info("received signal %s; quitting", number)
        self._arm_deadline(number)
        try:
            self._on_signal()
        except Exception:
            log.exception("quitting on signal %s failed; exiting now", number)
            exit_now(number)

    def _arm_deadline(self, number: int) -> None:
        def overdue() -> None:
            log.warning("still running %.1f s after signal %s; exiting now", self._grace_s,
                        number)
            exit_now(number)

        timer = threading.Timer(self._grace_s, overdue)
        timer.daemon = True
        timer.start()
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, self._grace_s + BACKSTOP_S)

    def _drain(self) -> None:
        try:
            while os.read(self._reader, 64):
                pass
        except BlockingIOError:
            pass
