"""Subcommands that work on the journal without a window (export, import, backup, restore)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Handler = Callable[[argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {}


def register_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add each subcommand's parser; handlers are looked up in ``HANDLERS`` by name."""


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand named in ``args``; returns the exit code."""
    return HANDLERS[args.command](args)
