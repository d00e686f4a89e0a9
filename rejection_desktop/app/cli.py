"""Command-line parsing. Subcommands run without a window; the default starts the GUI.

Only argparse here: the handlers (``commands.py``) load when a subcommand runs, so starting
the GUI does not pay for them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rejection_desktop import APP_EXECUTABLE, APP_NAME, __version__

GUI_DEFAULTS = {"data_dir": None, "smoke": False, "test_notification": False, "hidden": False,
                "passphrase_stdin": False, "recovery_code_stdin": False, "command": None}
"""What an empty command line means (a test checks it against argparse)."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line's options; ``command`` is None when the GUI should start.

    Building parsers costs milliseconds at start-up (argparse looks for translations on
    disk), so a plain launch (the desktop's icon) skips argparse, and the subcommands' parsers
    are made only when the command line has more than the GUI's options or asks for help.
    """
    if not argv:
        return argparse.Namespace(**GUI_DEFAULTS)
    if not {"-h", "--help"} & set(argv):
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
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
    add_secret_options(parser, default=False)
    if with_commands:
        register_commands(parser.add_subparsers(dest="command", metavar="command"))
    return parser


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` after the subcommand too (it does not override one given before)."""
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the journal's data folder (default: the standard location)")


def add_secret_options(parser: argparse.ArgumentParser, *, default: object = argparse.SUPPRESS
                       ) -> None:
    """How an encrypted journal is unlocked: one line read from standard input."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-stdin", action="store_true", default=default,
                       help="read the journal's passphrase from the first line of stdin")
    group.add_argument("--recovery-code-stdin", action="store_true", default=default,
                       help="read the journal's recovery code from the first line of stdin")


def add_common(parser: argparse.ArgumentParser) -> None:
    """The options every subcommand takes after its name: the data folder and the secret."""
    add_data_dir(parser)
    add_secret_options(parser)


def register_encryption(commands: argparse._SubParsersAction) -> None:
    """``encryption enable|status|disable|change-passphrase``."""
    encryption = commands.add_parser(
        "encryption", help="encrypt the journal and its backups with a passphrase",
        description="Encrypt the journal, its WAL and every backup with SQLCipher. The app must "
                    "not be running (except for status).")
    actions = encryption.add_subparsers(dest="action", metavar="action", required=True)
    for name, text in (
            ("enable", "encrypt the journal with the passphrase read from stdin "
                       "(--passphrase-stdin); prints a recovery code once"),
            ("status", "print 'encrypted' or 'not encrypted'"),
            ("disable", "decrypt the journal and its backups (needs the passphrase or the "
                        "recovery code)"),
            ("change-passphrase", "stdin: the current passphrase (or the recovery code with "
                                  "--recovery-code-stdin) on the first line, the new "
                                  "passphrase on the second")):
        add_common(actions.add_parser(name, help=text, description=text))


def register_commands(commands: argparse._SubParsersAction) -> None:
    """Add each subcommand's parser; ``commands.HANDLERS`` has a handler for each name."""
    export = commands.add_parser(
        "export", help="write the journal to a file",
        description="Write the journal to FILE: json (everything, can be imported again), "
                    "csv (one row per attempt) or md (reflections as a Markdown journal).")
    export.add_argument("--format", choices=("json", "csv", "md"), default="json")
    export.add_argument("--output", "-o", required=True, metavar="FILE", type=Path)
    add_common(export)

    importer = commands.add_parser(
        "import", help="import a JSON export",
        description="Import a JSON export. By default records already in the journal are "
                    "skipped (merge); --replace makes the journal exactly the file's content, "
                    "after backing up the current journal. The app must not be running.")
    importer.add_argument("file", metavar="FILE", type=Path)
    importer.add_argument("--replace", action="store_true",
                          help="replace the whole journal (a backup is made first)")
    importer.add_argument("--dry-run", action="store_true",
                          help="check the file and say what would change, without writing")
    importer.add_argument("--max-size-mb", type=int, metavar="N",
                          help="accept files up to N MB (default: 64; for very large journals)")
    add_common(importer)

    backup = commands.add_parser(
        "backup", help="back up the journal now",
        description="Back up the journal into the backup folder (or --output FILE).")
    backup.add_argument("--output", "-o", metavar="FILE", type=Path,
                        help="write the backup exactly here instead")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    add_common(backup)

    restore = commands.add_parser(
        "restore", help="restore the journal from a backup file",
        description="Replace the journal with a backup. The current journal is backed up "
                    "first (or, if it is damaged, kept aside unchanged). The app must not be "
                    "running.")
    restore.add_argument("file", metavar="FILE", type=Path)
    add_common(restore)
    register_encryption(commands)
