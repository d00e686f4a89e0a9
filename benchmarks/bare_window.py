"""The baseline every start-up figure is compared with: a bare PySide6 QMainWindow.

Prints the same ``shown rss_kb=...`` line as the app does with
``REJECTION_DESKTOP_EXIT_WHEN_SHOWN=1``, once the window has been shown and the event loop has run,
so ``benchmarks/harness.time_until_shown`` measures both the same way from outside the process
(interpreter start included).
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()

    def report() -> None:
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"shown rss_kb={rss_kb}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
