"""``agenda-editor [open] [FILE]``: the editor window, on FILE if given."""

from __future__ import annotations

import argparse
from pathlib import Path

from agenda_editor.cli.messages import PROG, CommandError

NAME = "open"
USAGE = f"{PROG} [FILE]"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    opener = commands.add_parser(
        NAME,
        prog=f"{PROG} open",
        usage=USAGE,
        help="open FILE in the editor window (the default command)",
    )
    opener.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help="a .agenda session or .json file"
    )
    opener.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path: Path | None = args.file
    if path is not None:
        if not path.exists():
            raise CommandError(f"{path}: no such file")
        if path.is_dir():
            raise CommandError(f"{path}: is a folder, not a meeting file")
    # Qt is imported only to open the window, so the headless commands start fast.
    from agenda_editor.gui.app import run as run_window

    return run_window(path)
