"""Progress page benchmark: opening it on a 20,000-attempt journal, and recomputing after a log.

    python benchmarks/progress.py [--runs 5] [--attempts 20000] [--years 10] [--output FILE]

The demo journal is generated once; every run is a fresh process (cold caches, as when the user
first clicks "Progress"); runs with and without the records read beforehand alternate, so they
share the machine's noise. No bare-window baseline: these figures are time inside the running
app, not start-up. Each run reports:

- ``open_ms``: from building ``ProgressService`` and ``ProgressPage`` (nothing loaded yet) to the
  page's first paint, on the default range (3 months); it includes reading every attempt record;
- ``open_warm_ms``: the same in another process whose ``ProgressService`` had already read the
  records before the page was built (as when the Today page reads the journal through it);
- ``log_<range>_ms``: ``AttemptService.log`` of one ask as the app calls it: the SQLite write
  (synchronous=full), the signal, and ProgressService updating its cache from that one row;
- ``recompute_<range>_ms``: with the page showing that range, from ``log`` returning to the page
  showing the new figures (snapshot recomputed, captions and charts rebuilt);
- ``snapshot_<range>_ms``: the service's part of that recompute;
- ``*_cpu_ms``: the same spans in CPU time of the process (``time.process_time``). On a shared
  machine wall-clock figures double when other jobs compete for the cores; CPU time shows what
  the work itself costs.

Each of these is the median of 5 logs per range in a run; the table gives medians over runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import Summary, interleaved, machine_note, python

RANGES = ("4w", "3m", "1y", "all")
LOGS_PER_RANGE = 5


def child(data_dir: Path, warm: bool) -> int:
    """Open the page on ``data_dir`` once, then log asks and time each recompute.

    ``warm``: the service has read the records before the page is built (timing starts at the
    page); otherwise the service is built inside the timing too.
    """
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from rejection_desktop.app.context import open_context  # noqa: PLC0415
    from rejection_desktop.services.attempts import BeforeInput, OutcomeInput  # noqa: PLC0415
    from rejection_desktop.services.progress import ProgressService  # noqa: PLC0415
    from rejection_desktop.ui.pages.progress import ProgressPage  # noqa: PLC0415
    from rejection_desktop.ui.theme import apply_theme  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    context = open_context(data_dir)
    services = context.services
    figures: dict[str, float] = {}

    progress = ProgressService(services.attempts, services.settings, services.challenges,
                               context.clock)
    if warm:  # as when the Today page has already read the journal through the service
        progress.records()
        progress.streak()
    start, start_cpu = time.perf_counter(), time.process_time()
    page = ProgressPage(services, progress)
    page.resize(900, 720)
    page.show()

    loop = QEventLoop()

    def opened() -> None:
        name = "open_warm" if warm else "open"
        figures[f"{name}_ms"] = (time.perf_counter() - start) * 1000
        figures[f"{name}_cpu_ms"] = (time.process_time() - start_cpu) * 1000
        loop.quit()

    QTimer.singleShot(0, opened)  # runs once the shown page has been laid out and painted
    loop.exec()

    challenge = services.challenges.list_challenges()[0].id
    for preset in RANGES if not warm else ():
        page.set_range(preset)
        samples: dict[str, list[float]] = {
            "log": [], "snapshot": [], "recompute": [], "recompute_cpu": []}
        for _ in range(LOGS_PER_RANGE):
            before = page.snapshot
            started = time.perf_counter()
            services.attempts.log(challenge, BeforeInput(predicted_no=70, expected_badness=60),
                                  OutcomeInput("accepted", attempted_at=context.clock()
                                               - timedelta(minutes=1), actual_badness=20))
            logged, logged_cpu = time.perf_counter(), time.process_time()
            progress.snapshot(preset)  # what the page's refresh will ask for first
            computed = time.perf_counter()
            QTimer.singleShot(0, loop.quit)  # runs after the page's own queued refresh
            loop.exec()
            shown, shown_cpu = time.perf_counter(), time.process_time()
            assert page.snapshot is not before, "the page did not refresh"
            samples["log"].append((logged - started) * 1000)
            samples["snapshot"].append((computed - logged) * 1000)
            samples["recompute"].append((shown - logged) * 1000)
            samples["recompute_cpu"].append((shown_cpu - logged_cpu) * 1000)
        for name, values in samples.items():
            figures[f"{name}_{preset}_ms"] = statistics.median(values)
    context.close()
    print(" ".join(f"{key}={value:.1f}" for key, value in figures.items()), flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--attempts", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.warm)

    from benchmarks.demo_data import generate  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="progress-bench-") as tmp:
        data_dir = Path(tmp) / "journal"
        generate(data_dir, years=args.years, attempts=args.attempts).close()
        results = interleaved({
            "progress": [python(), "benchmarks/progress.py", "--child", str(data_dir)],
            "progress_warm": [python(), "benchmarks/progress.py", "--child", str(data_dir),
                              "--warm"],
        }, args.runs)
    lines = report(results, args)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text)
    return 0


def report(results: dict[str, list[dict[str, float]]], args: argparse.Namespace) -> list[str]:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    runs = [{**cold, **warm} for cold, warm in zip(results["progress"],
                                                    results["progress_warm"], strict=True)]
    lines = [
        "# Progress page benchmark",
        "",
        f"Journal: {args.attempts:,} attempts over {args.years} years (benchmarks/demo_data.py)."
        f" {args.runs} fresh processes of each kind, interleaved; "
        f"{machine_note()}; load average {load:.1f} when the report was written.",
        "",
        "| figure | median | p95 | min | max | target |",
        "|---|---|---|---|---|---|",
    ]
    targets = {"open_ms": 300.0, "open_warm_ms": 300.0, "open_cpu_ms": 300.0,
               "open_warm_cpu_ms": 300.0,
               **{f"recompute{kind}_{r}_ms": 50.0 for r in RANGES for kind in ("", "_cpu")}}
    for key in runs[0]:
        summary = Summary.of([r[key] for r in runs])
        target = targets.get(key)
        verdict = "" if target is None else (
            f"< {target:.0f} ms {'met' if summary.median < target else 'MISSED'}")
        lines.append(f"| {key} | {summary.median:.1f} | {summary.p95:.1f} | {summary.low:.1f} |"
                     f" {summary.high:.1f} | {verdict} |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
