"""Run every benchmark and gather the figures into benchmarks/results.md.

    python benchmarks/run_all.py [--with-bundle]

Each benchmark writes its own section (``benchmarks/results_<area>.md``) with the command that
produced it and its baseline measured in the same run; this script runs them one after the
other (never in parallel: they would share the two cores) and concatenates the sections.
``--with-bundle`` also builds the PyInstaller bundle (about a minute) for its size and
start-up figures; without it the last bundle section is kept.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECTIONS = ["startup", "idle", "journal", "progress", "data", "long_work", "bundle"]
COMMANDS = {
    "startup": ["startup.py", "--output", "results_startup.md"],
    "idle": ["idle.py", "--write", "results_idle.md"],
    "journal": ["journal.py", "--out", "results_journal.md"],
    "progress": ["progress.py", "--output", "results_progress.md"],
    "data": ["data_transfer.py", "--output", "results_data.md"],
    "long_work": ["long_work.py", "--output", "results_long_work.md"],
    "bundle": ["bundle.py", "--output", "results_bundle.md"],
}


def gather() -> str:
    """results.md: a short header, then every section that exists."""
    parts = ["# Benchmark results\n",
             "Every figure below comes from a script in `benchmarks/`, run with the command "
             "shown in its section, against a baseline measured in the same command (a bare "
             "PySide6 window unless said otherwise). Machines are noisy: compare ratios, not "
             "milliseconds. Regenerate everything with `make benchmarks` "
             "(`python benchmarks/run_all.py`).\n"]
    for name in SECTIONS:
        path = HERE / f"results_{name}.md"
        if path.exists():
            text = path.read_text(encoding="utf-8").strip()
            demoted = "\n".join("#" + line if line.startswith("#") else line
                                for line in text.splitlines())
            parts.append(demoted + "\n")
        notes = HERE / f"notes_{name}.md"  # hand-written analysis that goes with a section
        if notes.exists():
            parts.append(notes.read_text(encoding="utf-8").strip() + "\n")
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-bundle", action="store_true")
    parser.add_argument("--only", choices=SECTIONS, action="append")
    parser.add_argument("--gather", action="store_true", help="only rebuild results.md")
    args = parser.parse_args()
    chosen = [] if args.gather else (
        args.only or [s for s in SECTIONS if s != "bundle" or args.with_bundle])
    for name in chosen:
        script, *rest = COMMANDS[name]
        command = [sys.executable, f"benchmarks/{script}"]
        command += [f"benchmarks/{arg}" if arg.endswith(".md") else arg for arg in rest]
        print(f"== {name}: {' '.join(command)}", flush=True)
        subprocess.run(command, check=True, cwd=HERE.parent)
    (HERE / "results.md").write_text(gather(), encoding="utf-8")
    print(f"wrote {HERE / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
