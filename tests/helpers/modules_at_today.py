"""Child process: the app's real start-up (no arguments, as from its icon, after the entry
point's ``prepare_start``) that prints, when Today is painted and when start-up is done, which
modules are loaded; then, one event-loop turn later, whether the garbage collector is on and
how many module sources were read; then quits."""

from __future__ import annotations

import sys

from rejection_desktop.platform.quick_start import prepare_start

prepare_start()

import gc  # noqa: E402 - after prepare_start, as in rejection_desktop.__main__
import linecache  # noqa: E402

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from rejection_desktop.app.cli import parse_args  # noqa: E402
from rejection_desktop.app.startup import Options, StartHooks, run_app  # noqa: E402


def loaded() -> str:
    return " ".join(sorted(sys.modules))


def today_shown() -> None:
    print("today " + loaded(), flush=True)


def after() -> None:
    sources = [name for name in linecache.cache if "rejection_desktop" in name]
    print(f"after gc={gc.isenabled()} sources={len(sources)}", flush=True)
    QCoreApplication.exit(0)


def ready(_running: object) -> None:
    print("ready " + loaded(), flush=True)
    QTimer.singleShot(0, after)


if __name__ == "__main__":
    sys.exit(run_app(Options.from_namespace(parse_args([])),
                     StartHooks(today_shown=today_shown, ready=ready,
                                welcome=lambda shell: None)))
