"""Command-line parsing: a plain launch, the GUI's options, and the subcommands."""

from __future__ import annotations

from pathlib import Path

import pytest

from rejection_desktop.app.cli import GUI_DEFAULTS, build_parser, parse_args


def test_a_plain_launch_means_what_argparse_says_it_means():
    assert vars(parse_args([])) == GUI_DEFAULTS
    assert vars(build_parser().parse_args([])) == GUI_DEFAULTS


@pytest.mark.parametrize("argv", [["--data-dir", "/tmp/x"], ["--data-dir=/tmp/x", "--hidden"],
                                  ["--smoke"], ["--test-notification"]])
def test_gui_options_parse_without_the_subcommands_and_as_argparse_would(argv):
    assert parse_args(argv) == build_parser().parse_args(argv)
    assert parse_args(argv).command is None


def test_a_subcommand_gets_its_own_options():
    args = parse_args(["export", "--format", "csv", "-o", "out.csv", "--data-dir", "d"])
    assert (args.command, args.format, args.output, args.data_dir) == (
        "export", "csv", Path("out.csv"), "d")


def test_a_mistyped_command_is_refused_with_the_choices(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["exprot"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'exprot'" in capsys.readouterr().err


def test_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "export" in capsys.readouterr().out
