"""Entry point: ``rejection-desktop`` and ``python -m rejection_desktop``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, then run a subcommand or the app; returns the exit code."""
    from rejection_desktop.app.cli import parse_args  # noqa: PLC0415 - fast --version

    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        from rejection_desktop.app.commands import run_command  # noqa: PLC0415

        return run_command(args)
    from rejection_desktop.app.startup import Options, run_app  # noqa: PLC0415

    return run_app(Options.from_namespace(args))


if __name__ == "__main__":
    sys.exit(main())
