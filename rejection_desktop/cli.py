"""Command-line parsing. Subcommands run without a window; the default starts the GUI."""

from __future__ import annotations

import argparse

from rejection_desktop import APP_EXECUTABLE, APP_NAME, __version__
from rejection_desktop.commands import register_commands


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``rejection-desktop [options] [command ...]``."""
    parser = argparse.ArgumentParser(
        prog=APP_EXECUTABLE,
        description=f"{APP_NAME}: plan asks, predict, log, reflect. Self-help, not therapy.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="use DIR for the journal instead of the standard location")
    parser.add_argument("--smoke", action="store_true",
                        help="start up fully without showing a window, report, and exit")
    parser.add_argument("--test-notification", action="store_true",
                        help="send one notification through the notifier chain and exit")
    parser.add_argument("--hidden", action="store_true",
                        help="start in the tray without showing the window (used at login)")
    commands = parser.add_subparsers(dest="command", metavar="command")
    register_commands(commands)
    return parser
