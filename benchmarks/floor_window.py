"""The floor under "ready": the app's own first frame, then a page as big as Today with no data.

    python benchmarks/floor_window.py [--stay] [--journal DIR]

Starts the way the app does before its first paint (``quick_start.prepare_start``, the
QApplication, the saved look, the real ``MainWindow`` frame), prints ``shown`` after that
paint, then builds a page with Today's widgets (counted on a 10-year journal: five
cards, 31 labels, 19 buttons, 16 rows, a progress bar, in a scroll area) filled with fixed
text, paints the window again and prints ``ready`` (as the app does). No journal, no
services, no page logic: what is left is what Qt and PySide6 charge for a second, filled
page (the ``Qt`` namespace of enums, the widgets, their polish and layout, the paint).

With ``--journal DIR`` it also opens the journal in ``DIR`` after the first paint, as the app
does (``app.context.open_context``: the data layer imported, the file opened and checked for
migrations and seeding, the services built), before it builds that page: the floor with the
data layer but without Today's queries and logic.

``startup.py`` runs both beside the app; their ready ratios are the lowest this design can
reach with Today shown after a first frame.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rejection_desktop.platform.quick_start import prepare_start

prepare_start()  # as ``rejection_desktop.__main__`` does before it imports the GUI

from PySide6.QtCore import QSettings  # noqa: E402 - after prepare_start
from PySide6.QtWidgets import (  # noqa: E402
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from benchmarks.bare_window import peak_rss_kb  # noqa: E402
from rejection_desktop.app.startup import create_application  # noqa: E402
from rejection_desktop.ui.first_paint import FirstPaint  # noqa: E402
from rejection_desktop.ui.main_window import MainWindow  # noqa: E402
from rejection_desktop.ui.theme import apply_look  # noqa: E402

CARDS, LABELS, BUTTONS, ROWS = 5, 31, 19, 16
"""Today's visible widgets on the 10-year journal (cards, labels, buttons, row widgets)."""


def report(stage: str) -> None:
    print(f"{stage} rss_kb={peak_rss_kb()}", flush=True)


def today_sized_page() -> QWidget:
    """A scroll area holding Today's count of cards, labels, buttons and rows, fixed text."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - after the first paint, as in the app
    from PySide6.QtWidgets import QFrame, QLabel, QPushButton  # noqa: PLC0415

    page = QWidget()
    layout = QVBoxLayout(page)
    cards = []
    for _ in range(CARDS):
        card = QFrame()
        card.setObjectName("card")
        QVBoxLayout(card)
        layout.addWidget(card)
        cards.append(card)
    for index in range(LABELS):
        text = QLabel(f"Ask a stranger for directions you do not need, line {index}")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cards[index % CARDS].layout().addWidget(text)
    rows = []
    for index in range(ROWS):
        row = QWidget()
        QHBoxLayout(row).setContentsMargins(0, 0, 0, 0)
        cards[index % CARDS].layout().addWidget(row)
        rows.append(row)
    for index in range(BUTTONS):
        push = QPushButton(f"Log it {index}")
        push.setAccessibleName(f"Log it {index}")
        rows[index % ROWS].layout().addWidget(push)
    bar = QProgressBar()
    bar.setValue(40)
    cards[0].layout().addWidget(bar)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll


def main() -> int:
    args = sys.argv[1:]
    stay = "--stay" in args
    journal = Path(args[args.index("--journal") + 1]) if "--journal" in args else None
    app = create_application(sys.argv[:1])
    apply_look(app, dark=False)
    folder = tempfile.TemporaryDirectory()
    window = MainWindow(QSettings(str(Path(folder.name) / "ui-state.ini"),
                                  QSettings.Format.IniFormat))
    opened: list[object] = []  # the journal, kept open as the app keeps it

    def after_first_paint() -> None:
        report("shown")
        if journal is not None:
            from rejection_desktop.app.context import open_context  # noqa: PLC0415

            opened.append(open_context(journal))
        window.set_page_builder("today", today_sized_page)
        window.show_page("today")
        window.repaint()  # as the app's ``steps.today_shown`` does before it reports ready
        report("ready")
        if not stay:
            app.quit()

    window.show()
    FirstPaint(window, after_first_paint)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
