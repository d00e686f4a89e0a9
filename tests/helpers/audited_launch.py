"""Run the app's entry point with an audit hook that records every SQLite file it opens.

    python audited_launch.py RECORD_FILE [app arguments...]

Python raises the ``sqlite3.connect`` audit event for every connection, so the record file
proves whether this process opened the journal at all. With ``AUDIT_PROBES=1`` the start-up
probes (``REJECTION_DESKTOP_EXIT_WHEN_SHOWN``) are recorded too, as ``probe shown`` and
``probe ready``, so the record also shows what happened before the first paint.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    record = sys.argv[1]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "sqlite3.connect":
            with open(record, "a", encoding="utf-8") as handle:
                handle.write(f"{args[0]}\n")

    sys.addaudithook(hook)
    if os.environ.get("AUDIT_PROBES"):
        from rejection_desktop.app import startup

        report = startup.report_probe

        def recorded(stage: str) -> None:
            with open(record, "a", encoding="utf-8") as handle:
                handle.write(f"probe {stage}\n")
            report(stage)

        startup.report_probe = recorded
    from rejection_desktop.__main__ import main as app_main

    return app_main(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
