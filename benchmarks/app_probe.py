"""The app as its icon starts it, with the benchmark's two probes hooked in from outside.

    python benchmarks/app_probe.py [--stay] [app arguments...]

Runs the real entry point (command line, start-up, journal, pages) with ``StartHooks`` that
print ``shown rss_kb=...`` after the window's first paint and ``ready rss_kb=...`` once the
journal is open and the Today page is painted with its figures (``StartHooks.today_shown``;
reminders, tray and backups are wired right after, which the external busy-until covers), then
quit once start-up has finished. The app itself has no
benchmark branch: this script is the probe (``benchmarks/harness.time_until_shown`` reads it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rejection_desktop.platform.quick_start import prepare_start

prepare_start()  # as ``rejection_desktop.__main__`` does before it imports the GUI

from PySide6.QtCore import QCoreApplication  # noqa: E402 - after prepare_start

from benchmarks.bare_window import peak_rss_kb  # noqa: E402 - after prepare_start
from rejection_desktop.app.cli import parse_args  # noqa: E402 - after prepare_start
from rejection_desktop.app.startup import Options, StartHooks, run_app  # noqa: E402


def report(stage: str) -> None:
    print(f"{stage} rss_kb={peak_rss_kb()}", flush=True)


def probe_hooks(*, stay: bool = False) -> StartHooks:
    """Report the first paint and "ready", then quit (or, with ``stay``, keep running until
    SIGTERM, for the external busy-until and RSS readings); nothing modal opens in between."""
    def ready(_running: object) -> None:
        if not stay:
            QCoreApplication.exit(0)  # not quit(): that asks each window to close first

    return StartHooks(shown=lambda: report("shown"), today_shown=lambda: report("ready"),
                      ready=ready, welcome=lambda shell: None)


def main(argv: list[str]) -> int:
    stay = "--stay" in argv
    argv = [arg for arg in argv if arg != "--stay"]
    return run_app(Options.from_namespace(parse_args(argv)), probe_hooks(stay=stay))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
