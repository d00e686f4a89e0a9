"""Run the app's entry point with an audit hook that records every SQLite file it opens.

    python audited_launch.py RECORD_FILE [app arguments...]

Python raises the ``sqlite3.connect`` audit event for every connection, so the record file
proves whether this process opened the journal at all.
"""

from __future__ import annotations

import sys


def main() -> int:
    record = sys.argv[1]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "sqlite3.connect":
            with open(record, "a", encoding="utf-8") as handle:
                handle.write(f"{args[0]}\n")

    sys.addaudithook(hook)
    from rejection_desktop.__main__ import main as app_main

    return app_main(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
