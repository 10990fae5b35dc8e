"""``agenda-editor merge-translation INPUT FILE.xlf -o OUTPUT``: a language version filled from a
translated XLIFF file; the units that cannot be placed are listed (exit status 1)."""

from __future__ import annotations

import argparse
from pathlib import Path

from agenda_editor.cli.meetings import (
    language_choice,
    load_with_versions,
    one_language,
    require_folder,
    require_meeting_suffix,
    save_meeting,
)
from agenda_editor.cli.messages import PROG, CommandError, plural

NAME = "merge-translation"
USAGE = f"{PROG} merge-translation INPUT FILE.xlf -o OUTPUT [--lang LANG]"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    merger = commands.add_parser(
        NAME,
        prog=f"{PROG} merge-translation",
        usage=USAGE,
        help="fill a language version from a translated XLIFF file",
        description="Merge the translations in FILE.xlf (made by 'export --lang LANG -o "
        "FILE.xlf' and translated in a translation tool) into the meeting in INPUT and write "
        "the result to OUTPUT (.agenda or .json). Units that cannot be placed are listed; the "
        "exit status is 1 when there are any, 0 when every translation was merged.",
    )
    merger.add_argument("input", type=Path, metavar="INPUT", help="a .agenda or .json file")
    merger.add_argument("translation", type=Path, metavar="FILE.xlf", help="an XLIFF 1.2 file")
    merger.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUTPUT",
        help="the meeting file to write, .agenda or .json (INPUT itself only if named here)",
    )
    merger.add_argument(
        "--lang",
        type=language_choice,
        metavar="LANG",
        help="refuse the file unless it is a translation into LANG",
    )
    merger.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from agenda_editor.core.exchange import ExchangeError
    from agenda_editor.core.exchange_merge import merge
    from agenda_editor.interchange.xliff_reader import load_xliff

    output: Path = args.output
    one_language(args.lang, "the file translates into")
    require_meeting_suffix(output, "the merged meeting")
    require_folder(output)
    meeting, versions = load_with_versions(args.input)
    try:
        result = merge(meeting, load_xliff(args.translation), args.lang)
    except ExchangeError as error:
        raise CommandError(str(error)) from error
    # The same document with a translation merged: it keeps its named versions.
    save_meeting(result.meeting, output, versions)
    for skipped in result.skipped:
        where = f" ({skipped.where})" if skipped.where else ""
        print(f"{args.translation}: unit {skipped.unit_id}{where}: {skipped.reason}")
        for label, text in (
            ("original now", skipped.ours), ("original in the file", skipped.theirs),
            ("translation", skipped.translation),
        ):  # fmt: skip
            if text:
                print(f"    {label}: {text}")
    progress = result.progress
    print(
        f"{output}: {len(result.filled)} texts filled in {result.lang!r}, "
        f"{plural(len(result.skipped), 'unit')} not merged; "
        f"{progress.translated} of {progress.total} texts translated"
    )
    return 1 if result.skipped else 0
