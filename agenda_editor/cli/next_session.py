"""``agenda-editor next-session INPUT -o OUTPUT``: the next session's meeting started from this
one (symbols rolled forward, dates cleared); INPUT is never changed."""

from __future__ import annotations

import argparse
from pathlib import Path

from agenda_editor.cli.meetings import (
    load_meeting,
    refuse_input_as_output,
    require_folder,
    require_meeting_suffix,
    save_meeting,
)
from agenda_editor.cli.messages import PROG, CommandError, versions

NAME = "next-session"
USAGE = f"{PROG} next-session INPUT -o OUTPUT [--symbol NEW] [--keep-annotations]"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    follower = commands.add_parser(
        NAME,
        prog=f"{PROG} next-session",
        usage=USAGE,
        help="start the next session's meeting from this one",
        description="Write to OUTPUT (.agenda or .json) the next session of the meeting in "
        "INPUT: the symbol's year (else its session number) and the symbols of the documents of "
        "its series rolled forward, dates and the organization of work cleared, annotations "
        "kept only for the standard items (opening, agenda, organization of work, report). "
        "INPUT is never changed.",
    )
    follower.add_argument("input", type=Path, metavar="INPUT", help="a .agenda or .json file")
    follower.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTPUT", help="a .agenda or .json file"
    )
    follower.add_argument("--symbol", metavar="NEW", help="the new meeting's symbol")
    follower.add_argument(
        "--keep-annotations", action="store_true", help="keep the annotations of every item"
    )
    follower.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from agenda_editor.core import next_session as ns

    output: Path = args.output
    require_meeting_suffix(output, "the new meeting")
    require_folder(output)
    refuse_input_as_output(args.input, output)
    if args.symbol is not None and not args.symbol.strip():
        raise CommandError("--symbol: the new symbol is empty")
    meeting = load_meeting(args.input)
    changes = ns.propose_changes(meeting, args.symbol)
    options = ns.NextSessionOptions(
        clear_annotations=frozenset() if args.keep_annotations else None
    )
    cleared = options.cleared_items(meeting)
    # A symbol written in an annotation that is cleared changes nothing: not listed.
    changes = [c for c in changes if not (c.in_annotation and c.item_id in cleared)]
    result = ns.next_session(meeting, changes, options, source=Path(args.input).name)
    for change in changes:
        where = f" (annotation, {change.lang})" if change.in_annotation else ""
        print(f"{change.old} -> {change.new}{where}")
    save_meeting(result, output)
    print(f"wrote {output}: {result.symbol or 'no symbol'}, {versions(result)}")
    return 0
