"""Start the real app and read out the message boxes it opens before it stops.

    python stop_dialog.py [app arguments...]

Runs ``rejection_desktop.__main__.main`` as the icon does; every 50 ms it looks for a visible
modal message box, prints ``dialog: TEXT`` (the text the user reads) and closes it as the OK
button would. Prints ``exited CODE`` at the end.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def read_dialogs() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        print(f"dialog: {box.text()}", flush=True)
        box.accept()


def main() -> int:
    from rejection_desktop.__main__ import main as app_main
    from rejection_desktop.app.startup import create_application

    create_application(sys.argv[:1])  # the app's own QApplication, for the timer below
    timer = QTimer()
    timer.timeout.connect(read_dialogs)
    timer.start(50)
    code = app_main(sys.argv[1:])
    print(f"exited {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
