"""The baseline every start-up figure is compared with: a bare PySide6 QMainWindow.

Prints the same ``shown_ms=... rss_kb=...`` line as ``benchmarks/startup.py`` so the harness can
run both in one command: milliseconds from process start (interpreter start included) until the
window has been shown and the event loop has painted it once, and the peak resident set size.
"""

from __future__ import annotations

import resource
import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()

    def report() -> None:
        shown_ms = (time.perf_counter() - START) * 1000
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"shown_ms={shown_ms:.1f} rss_kb={rss_kb}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
