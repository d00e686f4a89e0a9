"""Export, import, backup and restore of the 10-year demo journal: time and file size.

    python benchmarks/data_transfer.py [--runs 3] [--years 10] [--attempts 20000]
        [--output benchmarks/results_data.md]

Builds the demo journal (benchmarks/demo_data.py) in a temporary folder, then times each
operation in-process through the services the app and the command line use, ``--runs``
times each, plus the two command-line calls a script would make (whole processes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from benchmarks.demo_data import generate
from benchmarks.harness import ROOT, Summary, machine_note, python
from rejection_desktop.app.context import AppContext, open_context
from rejection_desktop.db.files import check_database_file
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import (
    DataTransferService,
    ImportMode,
)
from rejection_desktop.services.importer import read_export

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def services(context: AppContext) -> tuple[BackupService, DataTransferService]:
    backups = BackupService(context.paths, context.clock, context.services.settings.zone)
    return backups, DataTransferService(backups, context.services.settings.zone, context.clock)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class Bench:
    """Collects rows of (operation, seconds per run, size)."""

    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.rows: list[tuple[str, Summary, str]] = []

    def add(self, name: str, times: list[float], size: str = "") -> None:
        summary = Summary.of(times)
        self.rows.append((name, summary, size))
        print(f"{name}: median {summary.median:.2f} s ({summary.low:.2f}-{summary.high:.2f}) "
              f"{size}", flush=True)


def measure(work: Path, runs: int, bench: Bench) -> None:
    source = work / "demo"
    context = open_context(source, lambda: NOW)
    backups, transfer = services(context)
    counts = ", ".join(f"{n:,} {t}" for t, n in {
        "challenges": len(context.services.challenges.list_challenges()),
        "attempts": len(context.services.attempts.records()),
    }.items())
    print("dataset:", counts, megabytes(context.paths.database.stat().st_size), flush=True)
    for kind, name in (("json", "export.json"), ("csv", "attempts.csv"), ("md", "journal.md")):
        path = work / name
        times = [timed(lambda k=kind, p=path: transfer.export(k, p)) for _ in range(runs)]
        bench.add(f"export {kind}", times, megabytes(path.stat().st_size))
    export = work / "export.json"
    bench.add("validate the JSON export (read, parse, check)",
              [timed(lambda: read_export(export)) for _ in range(runs)])
    backup_times, sizes = [], []
    for _ in range(runs):
        started = time.perf_counter()
        info = backups.back_up_now()
        backup_times.append(time.perf_counter() - started)
        sizes.append(info.size)
    bench.add("back up now (backup API + quick_check)", backup_times, megabytes(sizes[-1]))
    bench.add("restore a backup (after a safety backup)",
              [timed(lambda: backups.restore(info.path)) for _ in range(runs)])
    context.close()
    bench.add("start-up check of the journal (PRAGMA quick_check, read-only)",
              [timed(lambda: check_database_file(source / "journal.sqlite3"))
               for _ in range(runs)], megabytes((source / "journal.sqlite3").stat().st_size))
    for mode in ImportMode:
        times = []
        for run in range(runs):
            target = open_context(work / f"import-{mode.value}-{run}", lambda: NOW)
            _, importer = services(target)
            times.append(timed(lambda m=mode, i=importer: i.import_file(export, m)))
            target.close()
        bench.add(f"import {mode.value} into a new data dir", times)
    measure_cli(work, export, runs, bench)


def measure_cli(work: Path, export: Path, runs: int, bench: Bench) -> None:
    """Whole processes, as a script runs them (includes Python and Qt start-up)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    export_times, import_times = [], []
    for run in range(runs):
        target = work / f"cli-{run}"
        command = [python(), "-m", "rejection_desktop", "--data-dir", str(target)]
        import_times.append(timed(lambda c=command: subprocess.run(
            [*c, "import", str(export)], check=True, capture_output=True, env=env, cwd=ROOT)))
        export_times.append(timed(lambda c=command, r=run: subprocess.run(
            [*c, "export", "-o", str(work / f"cli-{r}.json")], check=True, capture_output=True,
            env=env, cwd=ROOT)))
    bench.add("CLI: rejection-desktop import FILE (new data dir, whole process)", import_times)
    bench.add("CLI: rejection-desktop export -o FILE (whole process)", export_times)


def write_results(path: Path, bench: Bench, args: argparse.Namespace, dataset: str) -> None:
    lines = [
        "# Data transfer: export, import, backup, restore",
        "",
        f"Dataset: the demo journal of `benchmarks/demo_data.py` ({dataset}).",
        f"Machine: {machine_note()}; each figure is the median of {args.runs} runs "
        "(min-max in brackets). Sizes are the files written.",
        "",
        "| Operation | Median | Range | File size |",
        "|---|---|---|---|",
    ]
    for name, summary, size in bench.rows:
        lines.append(f"| {name} | {summary.median:.2f} s | {summary.low:.2f}-{summary.high:.2f} s"
                     f" | {size} |")
    lines += [
        "",
        "Notes: `export json` includes checking the written document with the importer's own "
        "validation (so an export that would not import again is reported at once). Imports "
        "validate the whole file first, then write everything in one transaction through "
        "prepared statements; the full-text triggers and `synchronous=FULL` dominate. The "
        "start-up check runs before the journal is opened, on every start. Other engineers' "
        "jobs shared the 2 CPUs, so ranges are wide.",
        "", "Command:", "", "```",
              f"python benchmarks/data_transfer.py --runs {args.runs} --years {args.years} "
              f"--attempts {args.attempts}", "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--attempts", type=int, default=20_000)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results_data.md")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - timers need it
    work = Path(tempfile.mkdtemp(prefix="rd-data-bench-"))
    try:
        started = time.perf_counter()
        demo = generate(work / "demo", years=args.years, attempts=args.attempts, now=NOW)
        demo.close()
        dataset = (f"{args.years} years, {args.attempts:,} attempts and reflections, 1,000 "
                   f"challenges; generated in {time.perf_counter() - started:.1f} s")
        bench = Bench(args.runs)
        measure(work, args.runs, bench)
        write_results(args.output, bench, args, dataset)
        print(f"written to {args.output}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
