"""PyInstaller runtime hook: two diagnostics for checking a built bundle (off unless asked for).

- ``REJECTION_DESKTOP_STDOUT=FILE``: a windowed Windows build has no ``sys.stdout`` and
  ``sys.stderr``; with this variable they are written to FILE, so CI can read ``--smoke``'s report.
- ``REJECTION_DESKTOP_BUNDLE_IMPORTS=mod1,mod2``: import each module inside the bundle, print
  ``bundle imports ok: ...`` (exit 0) or ``bundle imports failed: mod: error`` (exit 1), and stop
  before the app starts. Tests use it to prove the Qt modules the app will use are in the bundle.
"""

import importlib
import os
import sys


def _redirect_missing_stdio(path):
    if sys.stdout is None or sys.stderr is None:
        stream = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives until exit
        sys.stdout = sys.stdout or stream
        sys.stderr = sys.stderr or stream


def _check_imports(names):
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # report every failure, not only the first
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    if failed:
        print("bundle imports failed: " + "; ".join(failed), flush=True)
        sys.exit(1)
    print("bundle imports ok: " + ",".join(names), flush=True)
    sys.exit(0)


if os.environ.get("REJECTION_DESKTOP_STDOUT"):
    _redirect_missing_stdio(os.environ["REJECTION_DESKTOP_STDOUT"])
if os.environ.get("REJECTION_DESKTOP_BUNDLE_IMPORTS"):
    _check_imports([n.strip() for n in os.environ["REJECTION_DESKTOP_BUNDLE_IMPORTS"].split(",")
                    if n.strip()])
