"""``agenda-editor import INPUT -o OUTPUT``: an agenda written in Word or as text read into a
meeting; every line that could not be placed is listed."""

from __future__ import annotations

import argparse
from pathlib import Path

from agenda_editor.cli.meetings import (
    language_choice,
    one_language,
    refuse_input_as_output,
    require_folder,
    require_meeting_suffix,
    save_meeting,
)
from agenda_editor.cli.messages import PROG, CommandError, versions

NAME = "import"
USAGE = f"{PROG} import INPUT.txt|INPUT.docx -o OUTPUT [--lang LANG] [--quiet]"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = commands.add_parser(
        NAME,
        prog=f"{PROG} import",
        usage=USAGE,
        help="read an agenda written in Word or as text into a meeting",
        description="Read the provisional agenda in INPUT (a Word .docx file, or a .txt file "
        "as a PDF viewer's copy gives it) and write it as a meeting to OUTPUT (.agenda or "
        ".json). Every line that could not be placed is listed.",
    )
    importer.add_argument("input", type=Path, metavar="INPUT", help="a .docx or .txt file")
    importer.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTPUT", help="a .agenda or .json file"
    )
    importer.add_argument(
        "--lang",
        type=language_choice,
        metavar="LANG",
        help="the language the document is written in (default: recognised from its labels)",
    )
    importer.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing but the lines not placed"
    )
    importer.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from agenda_editor.importing import AgendaImportError, import_file

    source: Path = args.input
    output: Path = args.output
    require_meeting_suffix(output, "the meeting")
    one_language(args.lang, "the document is written in")
    require_folder(output)
    refuse_input_as_output(source, output)
    try:
        result = import_file(source, args.lang)
    except AgendaImportError as error:
        raise CommandError(str(error)) from error
    for note in result.notes:
        print(f"{source}:{note.line}: not imported: {note.reason}: {note.text[:80]}")
    save_meeting(result.meeting, output)
    if not args.quiet:
        print(f"wrote {output}: {versions(result.meeting)}")
    return 0
