"""Entry point: ``rejection-desktop`` and ``python -m rejection_desktop``."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, then run a subcommand or the app; returns the exit code.

    Every file the process creates (SQLite's and Qt's included) is private: umask 077. Until
    the log file is set up, log records go nowhere (not to stderr, which gets one line).
    """
    if os.name == "posix":
        os.umask(0o077)
    from rejection_desktop.app.cli import parse_args  # noqa: PLC0415 - fast --version

    args = parse_args(sys.argv[1:] if argv is None else argv)
    import logging  # noqa: PLC0415 - after --version and --help

    logging.getLogger().addHandler(logging.NullHandler())
    if args.command:
        from rejection_desktop.app.commands import run_command  # noqa: PLC0415

        return run_command(args)
    from rejection_desktop.platform.quick_start import prepare_start  # noqa: PLC0415

    prepare_start()
    from rejection_desktop.app.startup import Options, run_app  # noqa: PLC0415

    return run_app(Options.from_namespace(args))


if __name__ == "__main__":
    sys.exit(main())
