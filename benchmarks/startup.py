"""Cold start against a bare PySide6 window, for an empty, a 10-year and a 40-year journal.

    python benchmarks/startup.py [--runs 9] [--data DIR] [--sizes empty,10y,40y]

Builds (once, in ``--data`` or a temporary folder) the journals: empty, the 10-year demo
journal (20,000 attempts, 20,000 reflections, 1,000 challenges) and the 40-year one
(``demo_data.py --years 40 --attempts 80000 --challenges 2000``). Then, round after round,
starts ``benchmarks/bare_window.py`` and the real app (``benchmarks/app_probe.py``, which hooks
the probes into its start-up) on each journal, interleaved, every process fresh and left
running while it is watched from outside (``harness.watch_start``):

- *window*: spawn to the window's first paint (its own ``shown`` line);
- *ready*: spawn to the journal open and the Today page showing its figures (``ready``);
- *busy until*: spawn to the process's last CPU use (``/proc/PID/stat``) before 300 ms of
  quiet: a black-box bound for "start-up work done", whatever the app calls ready;
- *peak RSS* at ready (VmHWM) and *RSS at +2 s* (VmRSS two seconds after spawn).

Every figure is also given as a ratio to the bare window in the same run (window: its shown;
ready and busy: its busy-until, i.e. its own shown plus settling).

Each round also starts ``benchmarks/floor_window.py``: the app's own frame, then a page with
Today's widgets and fixed text, no journal and no app logic. Its ready ratio is the floor this
design (a first frame, then Today) can reach on this machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.demo_data import generate
from benchmarks.harness import ROOT, Summary, machine_note, python, watch_start

SIZES: dict[str, dict[str, int]] = {
    "empty": {},
    "10y": {"years": 10, "attempts": 20_000, "challenges": 1_000},
    "40y": {"years": 40, "attempts": 80_000, "challenges": 2_000},
}
LABELS = {"empty": "empty journal", "10y": "10 years (20k asks)", "40y": "40 years (80k asks)"}
FLOORS = {
    "floor": "floor: the app's frame, then a Today-sized page without data",
    "floor_data": "floor with the data layer: the same, the 10-year journal opened first",
}
TARGETS = {"empty": 2.0, "10y": 2.0, "40y": 2.2}


def prepare(folder: Path, size: str) -> Path:
    """The data folder of journal ``size``, generated once (an empty folder for "empty")."""
    data = folder / size
    data.mkdir(parents=True, exist_ok=True)
    spec = SIZES[size]
    if spec and not (data / "journal.sqlite3").exists():
        generate(data, **spec).close()
    return data


def run_rounds(folder: Path, sizes: list[str], runs: int) -> dict[str, list[dict[str, float]]]:
    bare = [python(), str(ROOT / "benchmarks" / "bare_window.py"), "--stay"]
    app = [python(), str(ROOT / "benchmarks" / "app_probe.py"), "--stay"]
    floor = [python(), str(ROOT / "benchmarks" / "floor_window.py"), "--stay"]
    datas = {size: prepare(folder, size) for size in sizes}
    floor_data = [*floor, "--journal", str(prepare(folder, "10y"))]
    samples: dict[str, list[dict[str, float]]] = {"bare": [], "floor": [], "floor_data": []} | {
        size: [] for size in sizes}
    for size in sizes:  # warm the page cache once
        watch_start(app, env={"REJECTION_DESKTOP_DATA_DIR": str(datas[size])},
                    expect_ready=True)
    for _ in range(runs):
        samples["bare"].append(watch_start(bare))
        samples["floor"].append(watch_start(floor, expect_ready=True))
        samples["floor_data"].append(watch_start(floor_data, expect_ready=True))
        for size in sizes:
            if size == "empty":  # "empty" means what a new user meets: a new folder each time
                shutil.rmtree(datas[size])
                datas[size].mkdir()
            samples[size].append(watch_start(
                app, env={"REJECTION_DESKTOP_DATA_DIR": str(datas[size])}, expect_ready=True))
    return samples


def median(samples: list[dict[str, float]], key: str) -> float:
    return Summary.of([s[key] for s in samples]).median


def report(samples: dict[str, list[dict[str, float]]], sizes: list[str], runs: int,
           load: tuple[float, float, float]) -> str:
    bare = samples["bare"]
    shown, busy = median(bare, "shown_ms"), median(bare, "busy_ms")
    peak, rss2 = median(bare, "rss_kb"), median(bare, "rss2_kb")
    lines = [
        "# Start-up: window, ready, busy until, memory\n",
        f"Command: `nice python benchmarks/startup.py --runs {runs}` ({machine_note()}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, load average "
        f"{load[0]:.1f} before and {os.getloadavg()[0]:.1f} after (1 min), "
        f"{runs} interleaved rounds of fresh processes; the app started without "
        "arguments as from its icon, `REJECTION_DESKTOP_DATA_DIR` naming the folder). "
        "*Window*: spawn to the first paint. *Ready*: spawn to the journal open and the Today "
        "page showing its figures. *Busy until*: spawn to the process's last CPU use before "
        "300 ms of quiet (`/proc/PID/stat`, 10 ms ticks). *Peak RSS*: VmHWM at ready. "
        "*RSS +2 s*: VmRSS two seconds after spawn. Ratios are to the bare PySide6 window in "
        "the same run (window and ready to its shown, busy to its busy-until, memory to its "
        "own). Medians.\n",
        "| journal | window ms | ready ms | busy until ms | peak RSS MiB | RSS +2 s MiB |"
        " window | ready | busy | RSS +2 s | ready target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        f"| bare PySide6 window | {shown:.0f} | – | {busy:.0f} | {peak / 1024:.0f} | "
        f"{rss2 / 1024:.0f} | 1.00x | – | 1.00x | 1.00x | |",
    ]
    for size in sizes:
        rows = samples[size]
        w, r, b = median(rows, "shown_ms"), median(rows, "ready_ms"), median(rows, "busy_ms")
        p, m = median(rows, "ready_rss_kb"), median(rows, "rss2_kb")
        target = TARGETS[size]
        ratio = r / shown
        lines.append(
            f"| {LABELS[size]} | {w:.0f} | {r:.0f} | {b:.0f} | {p / 1024:.0f} | {m / 1024:.0f} | "
            f"{w / shown:.2f}x | {ratio:.2f}x | {b / busy:.2f}x | {m / rss2:.2f}x | "
            f"<= {target}x {'met' if ratio <= target else 'missed'} |")
    for key, label in FLOORS.items():
        rows = samples[key]
        w, r, b = median(rows, "shown_ms"), median(rows, "ready_ms"), median(rows, "busy_ms")
        p, m = median(rows, "ready_rss_kb"), median(rows, "rss2_kb")
        lines.append(
            f"| {label} | {w:.0f} | {r:.0f} | {b:.0f} | {p / 1024:.0f} | {m / 1024:.0f} | "
            f"{w / shown:.2f}x | {r / shown:.2f}x | {b / busy:.2f}x | {m / rss2:.2f}x | |")
    paired = [a["shown_ms"] / b["shown_ms"] for size in sizes
              for a, b in zip(samples[size], bare, strict=True)]
    lines.append(f"\nWindow ratio, median of the back-to-back pairs: "
                 f"{Summary.of(paired).median:.2f}x (target <= 1.3x); RSS +2 s target <= 1.5x.")
    return "\n".join(lines) + "\n"


def earlier_runs(output: Path) -> str:
    """The dated sections (``### ...``) below the latest run in ``output``, kept under the
    new one; "" when there are none."""
    try:
        previous = output.read_text(encoding="utf-8")
    except OSError:
        return ""
    start = previous.find("\n### ")
    return "" if start < 0 else previous[start:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data", type=Path, default=None,
                        help="a folder for the journals (kept; generated once)")
    parser.add_argument("--sizes", default="empty,10y,40y")
    parser.add_argument("--output", type=Path, help="also write the section to this file")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]
    unknown = set(sizes) - set(SIZES)
    if unknown:
        parser.error(f"unknown sizes: {', '.join(sorted(unknown))}")
    folder = args.data or Path(tempfile.mkdtemp(prefix="rd-bench-"))
    try:
        load = os.getloadavg()
        text = report(run_rounds(folder, sizes, args.runs), sizes, args.runs, load)
    finally:
        if args.data is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(text)
    if args.output:
        args.output.write_text(text + earlier_runs(args.output), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
