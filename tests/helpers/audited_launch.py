"""Run the app's entry point with an audit hook that records every SQLite file it opens.

    python audited_launch.py RECORD_FILE [app arguments...]

Python raises the ``sqlite3.connect`` audit event for every connection, so the record file
proves whether this process opened the journal at all. With ``AUDIT_PROBES=1`` the start-up
probes (``benchmarks/app_probe.py``) are recorded too, as ``probe shown`` and
``probe ready``, so the record also shows what happened before the first paint.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    record = sys.argv[1]

    def write(line: str) -> None:
        with open(record, "a", encoding="utf-8") as handle:
            handle.write(f"{line}\n")

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "sqlite3.connect":
            write(str(args[0]))

    sys.addaudithook(hook)
    if os.environ.get("AUDIT_PROBES"):
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from benchmarks import app_probe

        report = app_probe.report

        def recorded(stage: str) -> None:
            write(f"probe {stage}")
            report(stage)

        app_probe.report = recorded
        return app_probe.main(sys.argv[2:])
    from rejection_desktop.__main__ import main as app_main

    return app_main(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
