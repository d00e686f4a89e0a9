"""Cold start to the first shown main window, against a bare PySide6 window, in one command.

    python benchmarks/startup.py [--runs 15] [--data DIR]

Builds (once) a 10-year demo journal (20,000 attempts, 20,000 reflections, 1,000 challenges),
then alternates runs of ``benchmarks/bare_window.py`` and the real app (through
``benchmarks/app_probe.py``, which hooks the probes into its start-up) on that journal, each
timed from spawn to its "shown" line (the window painted once: sidebar, menus, page title)
and, for the app, to its "ready" line (the journal open and the Today page showing its
figures). Reports medians, the ratios (target for shown: <= 1.3x) and the peak RSS ratio.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.demo_data import generate
from benchmarks.harness import ROOT, Summary, machine_note, python, time_until_shown


def prepare(data: Path) -> None:
    if not (data / "journal.sqlite3").exists():
        generate(data).close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--output", type=Path, help="also write the section to this file")
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="rd-bench-"))
    prepare(data)
    commands = {
        "bare PySide6 window": [python(), str(ROOT / "benchmarks" / "bare_window.py")],
        # launched as from its desktop icon, without arguments (the folder comes from the
        # environment, which the app also reads)
        "Rejection Desktop": [python(), str(ROOT / "benchmarks" / "app_probe.py")],
    }
    env = {"REJECTION_DESKTOP_DATA_DIR": str(data)}
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    time_until_shown(commands["Rejection Desktop"], env=env)  # warm the page cache once
    for _ in range(args.runs):  # back-to-back pairs share the machine's drift
        for name, cmd in commands.items():
            samples[name].append(time_until_shown(cmd, env=env))
    base, app = (Summary.of([s["shown_ms"] for s in samples[n]]) for n in commands)
    ready = Summary.of([s["ready_ms"] for s in samples["Rejection Desktop"]])
    base_rss, app_rss = (Summary.of([s["rss_kb"] for s in samples[n]]) for n in commands)
    ready_rss = Summary.of([s["ready_rss_kb"] for s in samples["Rejection Desktop"]])
    lines = [
        "# Start-up to the first shown main window\n",
        f"Command: `python benchmarks/startup.py --runs {args.runs}` ({machine_note()}, "
        f"offscreen, {args.runs} alternating runs each, timed from spawn; the app, started "
        "without arguments as from its icon (`REJECTION_DESKTOP_DATA_DIR` names the folder), "
        "opens a "
        "10-year demo journal of 20,000 attempts, 20,000 reflections and 1,000 challenges). "
        "*Shown*: the window painted once (sidebar, menus, the Today title over \"Opening "
        "your journal…\"; the bare window prints the same line after its first paint). "
        "*Ready*: the journal checked and open, every page wired, the Today page showing its "
        "figures.\n",
        "| | median ms | p95 ms | peak RSS MiB |",
        "|---|---:|---:|---:|",
    ]
    for name, time_s, rss in (("bare PySide6 window, shown", base, base_rss),
                              ("Rejection Desktop, shown", app, app_rss),
                              ("Rejection Desktop, ready", ready, ready_rss)):
        lines.append(f"| {name} | {time_s.median:.0f} | {time_s.p95:.0f} | "
                     f"{rss.median / 1024:.0f} |")
    paired = Summary.of([a["shown_ms"] / b["shown_ms"] for a, b in
                         zip(samples["Rejection Desktop"], samples["bare PySide6 window"],
                             strict=True)])
    lines.append(f"\nStart-up ratio (shown): **{app.median / base.median:.2f}x** (target <= "
                 f"1.3x; the median of the {args.runs} back-to-back pairs' ratios: "
                 f"{paired.median:.2f}x); ready: {ready.median / base.median:.2f}x the bare "
                 "window's shown; "
                 f"peak RSS ratio shown {app_rss.median / base_rss.median:.2f}x, ready "
                 f"{ready_rss.median / base_rss.median:.2f}x.")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    if args.data is None:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
