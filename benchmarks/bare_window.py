"""The baseline every start-up figure is compared with: a bare PySide6 QMainWindow.

Prints the same ``shown rss_kb=...`` line as the app does under ``benchmarks/app_probe.py``,
once the window has been shown and the event loop has run, so
``benchmarks/harness.time_until_shown`` measures both the same way from outside the process
(interpreter start included).
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_rss_kb() -> int:
    """VmHWM (starts afresh at exec, unlike ru_maxrss); the same reading as the app's probe."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class AfterFirstPaint(QObject):
    """The same trigger as the app's ``FirstPaint``: just after the window's first paint."""

    def __init__(self, window: QMainWindow, callback) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)

    stay = "--stay" in sys.argv[1:]  # keep running (the start-up watcher ends it)

    def report() -> None:
        print(f"shown rss_kb={peak_rss_kb()}", flush=True)
        if not stay:
            app.quit()

    AfterFirstPaint(window, report)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
