"""The PyInstaller bundle against its baselines, in one command.

    python benchmarks/bundle.py [--runs 15] [--output benchmarks/results_bundle.md]

1. Size: builds build.spec (the app) and packaging/pyinstaller/bare_window.spec (a bare PySide6
   window through the same bundle rules) into build/bench/, and compares the two folders
   (target: app <= 1.15x bare).
2. Start-up: alternates the frozen app and the same app run from source (the project's venv) on
   one seeded journal, timed from spawn to the exit of the whole ``--smoke`` run (target:
   frozen not slower; the app has no benchmark probe of its own, so a frozen app is timed
   from outside). The bare window, frozen and from source, is timed from spawn to its first
   paint (harness.time_until_shown) for scale: what PyInstaller's start adds to any app.
Writes the tables to the output file and prints them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import ROOT, Summary, machine_note, python, time_until_shown

BENCH = ROOT / "build" / "bench"
SPECS = {"app": ROOT / "build.spec",
         "bare": ROOT / "packaging" / "pyinstaller" / "bare_window.spec"}
EXECUTABLES = {"app": "rejection-desktop", "bare": "bare-window"}
SIZE_TARGET = 1.15
ENV = {"QT_QPA_PLATFORM": "offscreen"}


def build(kind: str) -> tuple[Path, float]:
    """Build one spec into build/bench/<kind>; returns the bundle folder and seconds taken."""
    start = time.perf_counter()
    subprocess.run([python(), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(BENCH / kind / "dist"),
                    "--workpath", str(BENCH / kind / "work"), str(SPECS[kind])],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return BENCH / kind / "dist" / EXECUTABLES[kind], time.perf_counter() - start


def folder_bytes(folder: Path) -> int:
    """Bytes on disk as a user sees them: files plus symlinks (not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def largest_additions(app: Path, bare: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest files the app bundle has and the bare-window bundle has not."""
    def files(root: Path) -> dict[str, int]:
        return {str(path.relative_to(root / "_internal")): path.lstat().st_size
                for path in (root / "_internal").rglob("*") if path.is_file()}

    bare_files = files(bare)
    extra = [(size, name) for name, size in files(app).items() if name not in bare_files]
    return sorted(extra, reverse=True)[:count]


def time_smoke(cmd: list[str]) -> float:
    """Milliseconds from spawn to exit of one ``--smoke`` run (it must succeed)."""
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **ENV},
                            cwd=ROOT, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {result.returncode}:\n{result.stderr}")
    return elapsed


def measure(bundles: dict[str, Path], data: Path, runs: int) -> dict[str, list[float]]:
    """Interleaved runs of every start-up command; returns milliseconds per command."""
    app_args = ["--data-dir", str(data), "--smoke"]
    shown = {
        "bare window, from source": [python(), str(ROOT / "benchmarks" / "bare_window.py")],
        "bare window, frozen": [str(bundles["bare"] / EXECUTABLES["bare"])],
    }
    smoke = {
        "app, from source --smoke": [python(), "-m", "rejection_desktop", *app_args],
        "app, frozen --smoke": [str(bundles["app"] / EXECUTABLES["app"]), *app_args],
    }
    time_smoke(smoke["app, frozen --smoke"])  # creates and seeds the journal, warms the cache
    time_smoke(smoke["app, from source --smoke"])
    samples: dict[str, list[float]] = {name: [] for name in [*shown, *smoke]}
    for _ in range(runs):
        for name, cmd in shown.items():
            samples[name].append(time_until_shown(cmd, env=ENV)["shown_ms"])
        for name, cmd in smoke.items():
            samples[name].append(time_smoke(cmd))
    return samples


def source_revision() -> str:
    """The commit measured (with ``+changes`` when the working tree differs from it)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT,
                              check=False).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def report(sizes: dict[str, int], build_s: dict[str, float], additions: list[tuple[int, str]],
           *, samples: dict[str, list[float]], runs: int, command: str) -> str:
    """The Markdown written to benchmarks/results_bundle.md."""
    mib = 1024 * 1024
    size_ratio = sizes["app"] / sizes["bare"]
    summary = {name: Summary.of(values) for name, values in samples.items()}
    smoke_ratio = (summary["app, frozen --smoke"].median
                   / summary["app, from source --smoke"].median)
    bare_ratio = summary["bare window, frozen"].median / summary["bare window, from source"].median
    lines = [
        "# PyInstaller bundle: size and start-up",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {machine_note()}, offscreen, source "
        f"{source_revision()}, by:",
        "",
        f"    {command}",
        "",
        "## Size (one-folder bundle, same rules: packaging/pyinstaller/bundle_rules.py)",
        "",
        "| bundle | MiB | build s |",
        "|---|---:|---:|",
        f"| bare PySide6 window (bare_window.spec) | {sizes['bare'] / mib:.1f} "
        f"| {build_s['bare']:.0f} |",
        f"| Rejection Desktop (build.spec) | {sizes['app'] / mib:.1f} | {build_s['app']:.0f} |",
        "",
        f"**size ratio: {size_ratio:.3f}x** (target <= {SIZE_TARGET}x: "
        f"{'met' if size_ratio <= SIZE_TARGET else 'MISSED'})",
        "",
        "Largest files only the app bundle has:",
        "",
        *[f"- {name}: {size / mib:.2f} MiB" for size, name in additions],
        "",
        f"## Start-up ({runs} interleaved runs each, journal seeded by a first run)",
        "",
        "Bare window: spawn until its window has been shown and painted once. `--smoke`: "
        "spawn until exit of the app's full smoke check (journal opened, every page "
        "visited). Runs from source use Python's bytecode cache, as an installed app does.",
        "",
        "| command | median ms | p95 ms | min ms |",
        "|---|---:|---:|---:|",
        *[f"| {name} | {s.median:.0f} | {s.p95:.0f} | {s.low:.0f} |"
          for name, s in summary.items()],
        "",
        f"**frozen / source, --smoke: {smoke_ratio:.2f}x** "
        f"(target: not slower, <= 1.00x: "
        f"{'met' if smoke_ratio <= 1.0 else 'MISSED'}); the bare window "
        f"frozen / source: {bare_ratio:.2f}x (what PyInstaller's start adds to any app)",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results_bundle.md")
    args = parser.parse_args()
    bundles, build_s = {}, {}
    for kind in SPECS:
        bundles[kind], build_s[kind] = build(kind)
    sizes = {kind: folder_bytes(folder) for kind, folder in bundles.items()}
    with tempfile.TemporaryDirectory(prefix="rd-bundle-bench-") as data:
        samples = measure(bundles, Path(data) / "journal", args.runs)
    command = "python benchmarks/bundle.py" + (f" --runs {args.runs}" if args.runs != 15 else "")
    text = report(sizes, build_s, largest_additions(bundles["app"], bundles["bare"]),
                  samples=samples, runs=args.runs, command=command)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
