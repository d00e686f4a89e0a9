"""Child process: the app's real start-up (no arguments, as from its icon) that prints, when
Today is painted, which of the app's modules are loaded, then quits once start-up is done."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from rejection_desktop.app.cli import parse_args
from rejection_desktop.app.startup import Options, StartHooks, run_app


def today_shown() -> None:
    loaded = sorted(name for name in sys.modules if name.startswith("rejection_desktop"))
    print("today " + " ".join(loaded), flush=True)


def ready(_running: object) -> None:
    loaded = sorted(name for name in sys.modules if name.startswith("rejection_desktop"))
    print("ready " + " ".join(loaded), flush=True)
    QCoreApplication.exit(0)


if __name__ == "__main__":
    sys.exit(run_app(Options.from_namespace(parse_args([])),
                     StartHooks(today_shown=today_shown, ready=ready,
                                welcome=lambda shell: None)))
