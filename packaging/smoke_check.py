"""Run a built app's ``--version`` and ``--smoke`` and check what they report (CI, every OS).

    python packaging/smoke_check.py EXECUTABLE [--require-notifier]

Passes (exit 0) when ``--version`` names this version, ``--smoke`` exits 0 with its
``smoke ok: ...`` line for this version, and the notifier is not unavailable because a plyer
module is missing from the bundle (the frozen-app failure PyInstaller cannot see).
``--require-notifier`` also demands a real plyer backend; leave it off on macOS, where plyer's
notification needs pyobjus, which the app does not ship (osascript is the plain fallback there).
``buttons`` must name a backend with buttons: jeepney on Linux, desktop-notifier's platform
backend on Windows and macOS (a missing winrt or rubicon module shows up here).

A windowed Windows build has no stdout: the bundle's runtime hook writes it to the file named by
``REJECTION_DESKTOP_STDOUT`` (packaging/pyinstaller/rthook_diagnostics.py), read here.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rejection_desktop import APP_NAME, __version__

SMOKE_LINE = re.compile(r"^smoke ok: (.*)$", re.MULTILINE)
MISSING_PLYER = "No_module_named_'plyer"


def parse_smoke(output: str) -> dict[str, str] | None:
    """The ``key=value`` fields of the ``smoke ok:`` line, or None when there is none."""
    match = SMOKE_LINE.search(output)
    if not match:
        return None
    return dict(part.split("=", 1) for part in match.group(1).split() if "=" in part)


def smoke_problems(report: dict[str, str] | None, *, require_notifier: bool) -> list[str]:
    """What is wrong with a smoke report (empty when it passes)."""
    if report is None:
        return ["no 'smoke ok' line"]
    problems = []
    if report.get("version") != __version__:
        problems.append(f"version {report.get('version')!r}, expected {__version__!r}")
    notifier = report.get("notifier", "")
    if MISSING_PLYER in notifier.replace(" ", "_"):
        problems.append(f"plyer modules are missing from the bundle: {notifier}")
    elif require_notifier and (not notifier.startswith("plyer:")
                               or notifier == "plyer:Notification"):
        problems.append(f"no usable plyer notification backend: {notifier}")
    buttons = report.get("buttons", "")
    if buttons == "none":
        problems.append("jeepney is missing from the bundle: reminders would have no buttons")
    elif buttons.startswith("none:"):
        problems.append(f"desktop-notifier cannot load in the bundle ({buttons[5:]}): "
                        "reminders would have no buttons")
    elif buttons.endswith(":DummyNotificationCenter"):
        problems.append("desktop-notifier found no notification centre (macOS: the app must "
                        "run from its signed bundle): reminders would have no buttons")
    return problems


def run_app(executable: Path, *args: str, timeout: float = 180) -> tuple[int, str]:
    """Run the app offscreen; returns its exit code and everything it wrote."""
    with tempfile.TemporaryDirectory(prefix="rd-smoke-") as temp:
        stdio = Path(temp) / "stdout.txt"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REJECTION_DESKTOP_STDOUT=str(stdio))
        env.pop("REJECTION_DESKTOP_DATA_DIR", None)
        result = subprocess.run([str(executable), *args], capture_output=True, text=True,
                                env=env, timeout=timeout, check=False)
        written = stdio.read_text(encoding="utf-8") if stdio.exists() else ""
    return result.returncode, result.stdout + result.stderr + written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("--require-notifier", action="store_true",
                        help="fail unless plyer resolves a real notification backend")
    args = parser.parse_args(argv)
    failures = []
    code, output = run_app(args.executable, "--version")
    print(f"--version (exit {code}): {output.strip()}")
    if code != 0 or f"{APP_NAME} {__version__}" not in output:
        failures.append("--version did not report this version")
    with tempfile.TemporaryDirectory(prefix="rd-smoke-data-") as data:
        code, output = run_app(args.executable, "--smoke", "--data-dir", data)
    print(f"--smoke (exit {code}):\n{output.strip()}")
    if code != 0:
        failures.append(f"--smoke exited {code}")
    failures += smoke_problems(parse_smoke(output), require_notifier=args.require_notifier)
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    if not failures:
        print("smoke check passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
