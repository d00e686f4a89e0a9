"""Run the app's entry point, but stall once a temporary ``.partial`` file is written.

    python stall_on_partial.py [app arguments...]

An audit hook sees every rename; when the app is about to rename a file whose name ends in
``.partial`` into place, this prints ``partial PATH`` and sleeps, so the test can SIGKILL the
process exactly while the temporary file exists (as a logout or a crash would).
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "os.rename" and str(args[0]).endswith(".partial"):
            print(f"partial {args[0]}", flush=True)
            time.sleep(600)

    sys.addaudithook(hook)
    from rejection_desktop.__main__ import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
