"""``agenda-editor export INPUT -o OUTPUT``: a meeting converted to another format.

The format follows the output's extension: ``.agenda``, ``.json``, ``.xlf`` (XLIFF, to send a
language version out for translation), or a document (``.pdf``, ``.docx``). A meeting with
errors is refused as a document (exit status 1, errors listed) unless ``--allow-errors`` is given.
The PDF and Word modules are imported only when such a file is written.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from pathlib import Path

from agenda_editor.cli.meetings import (
    language_choice,
    load_meeting,
    refuse_input_as_output,
    require_folder,
    save_meeting,
    suffix_of,
)
from agenda_editor.cli.messages import (
    NAMES,
    PROG,
    CommandError,
    Refused,
    plural,
    require_version,
    versions,
)
from agenda_editor.core.model import Meeting
from agenda_editor.core.rules import Finding, check
from agenda_editor.export.gate import DOCUMENT_SUFFIXES

NAME = "export"
USAGE = (
    f"{PROG} export INPUT -o OUTPUT [--lang LANG|all] [--part full|agenda|annex] [--allow-missing]"
    " [--copy-source] [--quiet] [--allow-errors]"
)
XLIFF_SUFFIXES = (".xlf", ".xliff")
OUTPUT_SUFFIXES = (".agenda", ".json", ".pdf", ".docx", *XLIFF_SUFFIXES)
PARTS = ("full", "agenda", "annex")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exporter = commands.add_parser(
        NAME,
        prog=f"{PROG} export",
        usage=USAGE,
        help="convert a meeting to another format",
        description="Write the meeting in INPUT (.agenda, .json, or a PDF made by Agenda Editor, "
        "which carries its meeting) to OUTPUT; the format of "
        "OUTPUT follows its extension: .agenda, .json, .pdf, .docx (Word), or .xlf to send "
        "the --lang "
        "version out for translation (XLIFF 1.2).",
    )
    exporter.add_argument(
        "input", type=Path, metavar="INPUT",
        help="a .agenda or .json file, or a PDF made by Agenda Editor (it carries its meeting)",
    )  # fmt: skip
    exporter.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUTPUT",
        help="the file to write: .agenda, .json, .pdf, .docx or .xlf (replaced if it exists)",
    )
    exporter.add_argument(
        "--lang",
        type=language_choice,
        metavar="LANG|all",
        help="PDF and DOCX: the language version to print (default: the original language); "
        "'all' writes one file per language, named OUTPUT-<lang>.pdf (or .docx). XLIFF "
        "(required): the "
        "language to translate into",
    )
    exporter.add_argument(
        "--part",
        choices=PARTS,
        help="PDF and DOCX only: the whole document (default), the agenda or the annex",
    )
    exporter.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print nothing when the export succeeds",
    )
    exporter.add_argument(
        "--allow-missing",
        action="store_true",
        help="PDF and DOCX only: print even when some texts are not translated into the language",
    )
    exporter.add_argument(
        "--copy-source",
        action="store_true",
        help="XLIFF only: give untranslated texts a copy of the original as target, marked "
        "needs-translation (for tools such as OmegaT that translate only existing targets)",
    )
    exporter.add_argument(
        "--allow-errors",
        action="store_true",
        help="documents only: write the document even when the meeting has errors (see 'check'); "
        "without it, a meeting with errors is refused with exit status 1",
    )
    exporter.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    source: Path = args.input
    output: Path = args.output
    suffix = suffix_of(output)
    _refuse_options(suffix, output, args)
    require_folder(output)
    # Writing the input would rewrite the user's file in the canonical form (or upgrade a
    # session file) in place: an export never changes its input.
    refuse_input_as_output(source, output)
    meeting = load_meeting(source)
    if suffix in DOCUMENT_SUFFIXES:
        findings = check(meeting)  # once, for the errors and the warnings
        refuse_errors(meeting, args.allow_errors, findings)
        _warn(meeting, args.quiet, findings)
    if suffix in (".json", ".agenda"):
        save_meeting(meeting, output)
        written = [f"{output}: {versions(meeting)}"]
    elif suffix in XLIFF_SUFFIXES:
        written = [_export_xliff(meeting, output, args.lang, args.copy_source)]
    else:
        written = _export_document(meeting, output, args)
    if not args.quiet:
        for line in written:
            print(f"wrote {line}")
    return 0


def _refuse_options(suffix: str, output: Path, args: argparse.Namespace) -> None:
    """Refuse an output format the command cannot tell, and options that do not apply to it."""
    if suffix not in OUTPUT_SUFFIXES:
        raise CommandError(
            f"{output}: cannot tell the output format; use a .agenda, .json, .pdf, .docx or "
            ".xlf file name"
        )
    if suffix not in DOCUMENT_SUFFIXES and args.allow_errors:
        raise CommandError(
            f"--allow-errors applies only to documents (.pdf, .docx), not to {suffix} files, "
            "which are written whatever the meeting's errors"
        )
    if suffix in XLIFF_SUFFIXES:
        if args.lang in (None, "all") or args.part or args.allow_missing:
            raise CommandError(
                f"{suffix} output needs --lang with the one language to translate into "
                "(and neither --part nor --allow-missing)"
            )
    elif args.copy_source:
        raise CommandError(f"--copy-source applies only to XLIFF output, not to {suffix} files")
    elif suffix not in DOCUMENT_SUFFIXES:
        for given, option in (
            (args.lang, "--lang"), (args.part, "--part"), (args.allow_missing, "--allow-missing"),
        ):  # fmt: skip
            if given:
                raise CommandError(
                    f"{option} applies only to PDF and DOCX output, not to {suffix} files"
                )


def refuse_errors(
    meeting: Meeting, allow_errors: bool, findings: list[Finding] | None = None
) -> None:
    """The gate of every document export (:mod:`agenda_editor.export.gate`); ``findings``:
    the meeting's check when already made."""
    from agenda_editor.export.gate import MeetingHasErrors, ensure_exportable

    try:
        ensure_exportable(meeting, allow_errors, findings)
    except MeetingHasErrors as refusal:
        raise Refused(str(refusal), [str(finding) for finding in refusal.errors]) from refusal


def _warn(meeting: Meeting, quiet: bool, findings: list[Finding]) -> None:
    """Say the warnings a document would show every reader (they never stop the export)."""
    from agenda_editor.export.gate import document_warnings

    if not quiet:
        for finding in document_warnings(meeting, findings):
            print(f"{PROG}: {finding}", file=sys.stderr)


def _exporter(suffix: str) -> Callable[..., tuple[Path, int | None]]:
    """The function that writes a ``.pdf`` or a ``.docx`` document: it returns the file and
    its number of pages (a PDF's, counted as it is laid out; ``None`` for Word)."""
    if suffix == ".docx":
        from agenda_editor.export.word import export_docx

        return lambda *args, **options: (export_docx(*args, **options), None)
    from agenda_editor.export.pdf import write_pdf

    return write_pdf


def _export_document(meeting: Meeting, output: Path, args: argparse.Namespace) -> list[str]:
    """Write the PDF(s) or DOCX file(s); one line per file written, saying what it holds."""
    suffix = suffix_of(output)
    export = _exporter(suffix)
    from agenda_editor.export.plan import ExportError

    # Laying out a document makes millions of short-lived objects and hardly any cycles: at
    # its default threshold (700), the cyclic collector took about a seventh of a 3,000-item
    # export, walking the same live objects again and again. The export is the command's last
    # step.
    gc.set_threshold(50_000, *gc.get_threshold()[1:])

    if args.lang == "all":
        targets = [
            (lang, output.with_name(f"{output.stem}-{lang}{suffix}")) for lang in meeting.languages
        ]
    else:
        lang = args.lang or meeting.original_language
        require_version(meeting, lang)
        targets = [(lang, output)]
    written = []
    for lang, target in targets:
        try:
            _written, pages = export(
                meeting,
                target,
                lang=lang,
                part=args.part or "full",
                allow_missing=args.allow_missing,
            )
        except ExportError as error:
            raise CommandError(str(error)) from error
        count = f", {plural(pages, 'page')}" if pages is not None else ""
        written.append(f"{target}: {NAMES[lang]}{count}")
    return written


def _export_xliff(meeting: Meeting, output: Path, lang: str, copy_source: bool) -> str:
    """Write the XLIFF file; what it holds, for the "wrote" line."""
    from agenda_editor.core import translation_status as ts
    from agenda_editor.interchange.xliff_writer import save_xliff

    try:
        save_xliff(meeting, lang, output, copy_source)
    except ValueError as error:
        raise CommandError(str(error)) from error
    progress = ts.progress(meeting, lang)
    original = NAMES[meeting.original_language]
    return (
        f"{output}: {original} to {NAMES[lang]}, {plural(progress.total, 'text')} "
        f"({progress.translated} translated)"
    )
