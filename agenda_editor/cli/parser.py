"""The argument parser: one sub-command per module of :mod:`agenda_editor.cli`.

A command module has a ``NAME``, a ``USAGE`` line and ``add_parser(commands)``, which adds its
sub-parser with ``handler=run``; a new command is a new module listed in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path
from typing import NoReturn

from agenda_editor import __version__
from agenda_editor.cli import (
    check,
    export,
    import_agenda,
    merge,
    next_session,
    open_window,
    versions,
)
from agenda_editor.cli.messages import PROG, CommandError

COMMAND_MODULES = (open_window, export, check, merge, import_agenda, next_session, versions)
COMMANDS = tuple(module.NAME for module in COMMAND_MODULES)
_INDENT = "\n" + " " * len("usage: ")
USAGE = _INDENT.join([*(module.USAGE for module in COMMAND_MODULES), f"{PROG} --version | --help"])


class Exit(Exception):
    """argparse finished early (``--help``, ``--version``) with this status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors in one line and never calls ``sys.exit``."""

    def error(self, message: str) -> NoReturn:
        raise CommandError(f"{message} (see '{self.prog} --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise Exit(status)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        usage=USAGE,
        description="Drafts provisional agendas and annotations of intergovernmental meetings. "
        "Without a command, opens FILE (a .agenda session file or a .json interchange file) "
        "in the editor window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(commands)
    return parser


def with_command(argv: list[str]) -> list[str]:
    """The arguments with ``open`` inserted when no command is named (``agenda-editor FILE``)."""
    for index, argument in enumerate(argv):
        if argument == "--" or not argument.startswith("-"):
            if argument in COMMANDS:
                return argv
            _refuse_mistyped_command(argument)
            return [*argv[:index], "open", *argv[index:]]
    return [*argv, "open"]


def _refuse_mistyped_command(argument: str) -> None:
    """``agenda-editor chek``: a word close to a command, that names no file, is a typing
    mistake, not a file to open."""
    if Path(argument).suffix or Path(argument).exists():
        return
    close = difflib.get_close_matches(argument.lower(), COMMANDS, n=1, cutoff=0.6)
    if close:
        raise CommandError(
            f"unknown command {argument!r}; did you mean {close[0]!r}? (see '{PROG} --help')"
        )
