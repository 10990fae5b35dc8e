"""The command line: ``agenda-editor [FILE]`` opens the window; ``export``, ``check`` and
``merge-translation`` work without one.

:func:`main` parses the arguments and returns the exit status instead of exiting, so tests call it
directly. Every failure a user can cause (a wrong argument, a missing, unreadable or invalid file)
is one line on standard error, ``agenda-editor: error: <message>``, and exit status 2; ``check``
exits with 1 when the meeting has errors, and so does ``export`` to a document (PDF or DOCX) of a
meeting with errors, which it refuses with the errors listed unless ``--allow-errors`` is given.
Qt is imported only to open the window, and the session file, PDF and Word modules only when a
``.agenda``, ``.pdf`` or ``.docx`` file is involved, so the headless commands start fast.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from agenda_editor import __version__
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.core.rules import Severity, check
from agenda_editor.export.gate import DOCUMENT_SUFFIXES
from agenda_editor.i18n.labels import LANGUAGE_NAMES
from agenda_editor.interchange import InterchangeError, load_json, save_json

PROG = "agenda-editor"
COMMANDS = ("open", "export", "check", "merge-translation", "import", "next-session")
INPUT_SUFFIXES = (".agenda", ".json")
#: A PDF made by Agenda Editor carries its meeting: it can be read back (export, check).
READABLE_SUFFIXES = (*INPUT_SUFFIXES, ".pdf")
XLIFF_SUFFIXES = (".xlf", ".xliff")
OUTPUT_SUFFIXES = (".agenda", ".json", ".pdf", ".docx", *XLIFF_SUFFIXES)
PARTS = ("full", "agenda", "annex")
_NAMES = LANGUAGE_NAMES["en"]

OPEN_USAGE = f"{PROG} [FILE]"
EXPORT_USAGE = (
    f"{PROG} export INPUT -o OUTPUT [--lang LANG|all] [--part full|agenda|annex] [--allow-missing]"
    " [--copy-source] [--quiet] [--allow-errors]"
)
CHECK_USAGE = f"{PROG} check FILE [--lang LANG|all]"
MERGE_USAGE = f"{PROG} merge-translation INPUT FILE.xlf -o OUTPUT [--lang LANG]"
IMPORT_USAGE = f"{PROG} import INPUT.txt|INPUT.docx -o OUTPUT [--lang LANG] [--quiet]"
NEXT_USAGE = f"{PROG} next-session INPUT -o OUTPUT [--symbol NEW] [--keep-annotations]"
_INDENT = "\n" + " " * len("usage: ")
USAGE = _INDENT.join(
    [
        OPEN_USAGE,
        EXPORT_USAGE,
        CHECK_USAGE,
        MERGE_USAGE,
        IMPORT_USAGE,
        NEXT_USAGE,
        f"{PROG} --version | --help",
    ]
)


class CommandError(Exception):
    """A problem the user can fix (bad argument, bad file); the message is shown as it is."""


class Refused(CommandError):
    """The export was refused because of the meeting's errors: exit status 1, errors listed."""

    def __init__(self, message: str, details: list[str]) -> None:
        super().__init__(message)
        self.details = details


class _Exit(Exception):
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
        raise _Exit(status)


def _language_choice(value: str) -> str:
    # Codes are written in any case ("EN", "Fr"), as people type them.
    value = value.strip().lower()
    if value != "all" and value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)} or 'all'"
        )
    return value


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

    opener = commands.add_parser(
        "open",
        prog=f"{PROG} open",
        usage=OPEN_USAGE,
        help="open FILE in the editor window (the default command)",
    )
    opener.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help="a .agenda session or .json file"
    )
    opener.set_defaults(handler=_run_open)

    exporter = commands.add_parser(
        "export",
        prog=f"{PROG} export",
        usage=EXPORT_USAGE,
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
        type=_language_choice,
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
    exporter.set_defaults(handler=_run_export)

    checker = commands.add_parser(
        "check",
        prog=f"{PROG} check",
        usage=CHECK_USAGE,
        help="list the problems of a meeting; exit status 1 when there are errors",
        description="Print every finding of the rules about the meeting in FILE, one per line, "
        "then a summary. The exit status is 1 when there are errors, 0 otherwise.",
    )
    checker.add_argument(
        "file", type=Path, metavar="FILE",
        help="a .agenda or .json file, or a PDF made by Agenda Editor",
    )  # fmt: skip
    checker.add_argument(
        "--lang",
        type=_language_choice,
        metavar="LANG|all",
        help="check the language version(s) about to be exported: untranslated texts are errors",
    )
    checker.set_defaults(handler=_run_check)

    merger = commands.add_parser(
        "merge-translation",
        prog=f"{PROG} merge-translation",
        usage=MERGE_USAGE,
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
        type=_language_choice,
        metavar="LANG",
        help="refuse the file unless it is a translation into LANG",
    )
    merger.set_defaults(handler=_run_merge)

    importer = commands.add_parser(
        "import",
        prog=f"{PROG} import",
        usage=IMPORT_USAGE,
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
        type=_language_choice,
        metavar="LANG",
        help="the language the document is written in (default: recognised from its labels)",
    )
    importer.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing but the lines not placed"
    )
    importer.set_defaults(handler=_run_import)

    follower = commands.add_parser(
        "next-session",
        prog=f"{PROG} next-session",
        usage=NEXT_USAGE,
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
    follower.set_defaults(handler=_run_next_session)
    return parser


def _with_command(argv: list[str]) -> list[str]:
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


# -- reading and writing meetings ------------------------------------------------------------


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def load_meeting(path: Path) -> Meeting:
    """The meeting in a ``.agenda`` or ``.json`` file, or attached to a PDF Agenda Editor made;
    :class:`CommandError` (or :class:`InterchangeError`) when it cannot be."""
    suffix = _suffix(path)
    if suffix not in READABLE_SUFFIXES:
        raise CommandError(
            f"{path}: not a meeting file; expected a .agenda or .json file "
            "(or a PDF made by Agenda Editor)"
        )
    if path.is_dir():
        raise CommandError(f"{path}: is a folder, not a meeting file")
    if suffix == ".json":
        return load_json(path)
    if suffix == ".pdf":
        try:
            from agenda_editor.interchange.pdf_attachment import load_pdf
        except ImportError as error:
            raise CommandError(f"reading PDFs is not available ({error})") from None
        return load_pdf(path)
    from agenda_editor.storage import session

    try:
        return session.load(path).meeting
    except session.SessionFileError as error:
        raise CommandError(str(error)) from error


def _save_session(meeting: Meeting, path: Path) -> None:
    from agenda_editor.storage import locks, session

    try:
        # A session file open in the editor is locked: do not write it behind the user's back.
        with locks.acquire(path):
            session.save(meeting, path)
    except (session.SessionFileError, locks.LockError) as error:
        raise CommandError(str(error)) from error


def _exporter(suffix: str) -> Callable[..., Path]:
    """The function that writes a ``.pdf`` or a ``.docx`` document."""
    try:
        if suffix == ".docx":
            from agenda_editor.export.word import export_docx

            return export_docx
        from agenda_editor.export.pdf import export_pdf

        return export_pdf
    except ImportError as error:
        kind = "Word" if suffix == ".docx" else "PDF"
        message = f"{kind} export is not available in this installation ({error})"
        raise CommandError(message) from None


def _export_document(meeting: Meeting, output: Path, args: argparse.Namespace) -> list[str]:
    """Write the PDF(s) or DOCX file(s); one line per file written, saying what it holds."""
    suffix = _suffix(output)
    export = _exporter(suffix)
    from agenda_editor.export.plan import ExportError

    if args.lang == "all":
        targets = [
            (lang, output.with_name(f"{output.stem}-{lang}{suffix}")) for lang in meeting.languages
        ]
    else:
        lang = args.lang or meeting.original_language
        _require_version(meeting, lang)
        targets = [(lang, output)]
    written = []
    for lang, target in targets:
        try:
            export(
                meeting,
                target,
                lang=lang,
                part=args.part or "full",
                allow_missing=args.allow_missing,
            )
        except ExportError as error:
            raise CommandError(str(error)) from error
        pages = _page_count(target) if suffix == ".pdf" else None
        count = f", {_plural(pages, 'page')}" if pages is not None else ""
        written.append(f"{target}: {_NAMES[lang]}{count}")
    return written


def _require_version(meeting: Meeting, lang: str) -> None:
    """The one wording, for ``export`` and ``check``, of asking for a version the meeting lacks."""
    if lang in meeting.languages:
        return
    versions = ", ".join(_NAMES[code] for code in meeting.languages)
    raise CommandError(
        f"the meeting has no {_NAMES[lang]} version ({lang}); its versions: {versions}. "
        f'Add it in the editor (Meeting page, Language versions) or to "languages" '
        f"in the JSON file"
    )


def _page_count(path: Path) -> int | None:
    """How many pages the PDF at ``path`` has (read back from the file written)."""
    try:
        import pypdfium2
    except ImportError:
        return None
    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError:
        return None
    try:
        return len(document)
    finally:
        document.close()


# -- commands ---------------------------------------------------------------------------------


def _run_open(args: argparse.Namespace) -> int:
    path: Path | None = args.file
    if path is not None:
        if not path.exists():
            raise CommandError(f"{path}: no such file")
        if path.is_dir():
            raise CommandError(f"{path}: is a folder, not a meeting file")
    try:
        from agenda_editor.gui.app import run
    except ImportError as error:
        raise CommandError(f"the editor window cannot start: {error}") from None
    return run(path)


def _run_export(args: argparse.Namespace) -> int:
    source: Path = args.input
    output: Path = args.output
    suffix = _suffix(output)
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
    folder = output.parent
    if not folder.is_dir():
        raise CommandError(f"{output}: the folder {folder} does not exist")
    if _same_file(source, output):
        # Writing it would rewrite the user's file in the canonical form (or upgrade a session
        # file) in place: an export never changes its input.
        raise CommandError(f"{output}: is the input file; choose another name for the output")
    meeting = load_meeting(source)
    if suffix in DOCUMENT_SUFFIXES:
        _refuse_errors(meeting, args.allow_errors)
    if suffix == ".json":
        save_json(meeting, output)
        written = [f"{output}: {_versions(meeting)}"]
    elif suffix == ".agenda":
        _save_session(meeting, output)
        written = [f"{output}: {_versions(meeting)}"]
    elif suffix in XLIFF_SUFFIXES:
        written = [_export_xliff(meeting, output, args.lang, args.copy_source)]
    else:
        written = _export_document(meeting, output, args)
    if not args.quiet:
        for line in written:
            print(f"wrote {line}")
    return 0


def _versions(meeting: Meeting) -> str:
    """ "2 items, languages English, French": what a session or JSON file written holds."""
    names = ", ".join(_NAMES[lang] for lang in meeting.languages)
    items = _plural(len(meeting.items), "agenda item")
    label = "language" if len(meeting.languages) == 1 else "languages"
    return f"{items}, {label} {names}"


def _export_xliff(meeting: Meeting, output: Path, lang: str, copy_source: bool) -> str:
    """Write the XLIFF file; what it holds, for the "wrote" line."""
    from agenda_editor.core import translation_status as ts
    from agenda_editor.interchange.xliff_writer import save_xliff

    try:
        save_xliff(meeting, lang, output, copy_source)
    except ValueError as error:
        raise CommandError(str(error)) from error
    progress = ts.progress(meeting, lang)
    original = _NAMES[meeting.original_language]
    return (
        f"{output}: {original} to {_NAMES[lang]}, {_plural(progress.total, 'text')} "
        f"({progress.translated} translated)"
    )


def _run_merge(args: argparse.Namespace) -> int:
    from agenda_editor.core.exchange import ExchangeError
    from agenda_editor.core.exchange_merge import merge
    from agenda_editor.interchange.xliff_reader import load_xliff

    output: Path = args.output
    suffix = _suffix(output)
    if args.lang == "all":
        raise CommandError("--lang names the one language the file translates into, not 'all'")
    if suffix not in INPUT_SUFFIXES:
        raise CommandError(f"{output}: the merged meeting is written as a .agenda or .json file")
    if not output.parent.is_dir():
        raise CommandError(f"{output}: the folder {output.parent} does not exist")
    meeting = load_meeting(args.input)
    try:
        result = merge(meeting, load_xliff(args.translation), args.lang)
    except ExchangeError as error:
        raise CommandError(str(error)) from error
    if suffix == ".json":
        save_json(result.meeting, output)
    else:
        _save_session(result.meeting, output)
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
        f"{_plural(len(result.skipped), 'unit')} not merged; "
        f"{progress.translated} of {progress.total} texts translated"
    )
    return 1 if result.skipped else 0


def _refuse_errors(meeting: Meeting, allow_errors: bool) -> None:
    """The gate of every document export (:mod:`agenda_editor.export.gate`)."""
    from agenda_editor.export.gate import MeetingHasErrors, ensure_exportable

    try:
        ensure_exportable(meeting, allow_errors)
    except MeetingHasErrors as refusal:
        count = len(refusal.errors)
        what = "1 error" if count == 1 else f"{count} errors"
        raise Refused(
            f"the meeting has {what}; nothing was written. Correct them (see '{PROG} check'), "
            "or export with --allow-errors to write the document as it is",
            [str(finding) for finding in refusal.errors],
        ) from refusal


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name the same file (through links, ``..`` or another spelling)."""
    try:
        return first.samefile(second)
    except OSError:  # one of them does not exist (yet): compare where they lead
        return first.resolve() == second.resolve()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _run_check(args: argparse.Namespace) -> int:
    path: Path = args.file
    meeting = load_meeting(path)
    languages: list[str] | None = None
    if args.lang == "all":
        languages = list(meeting.languages)
    elif args.lang:
        _require_version(meeting, args.lang)
        languages = [args.lang]
    findings = check(meeting, languages)
    for finding in findings:
        print(finding)
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    if findings:
        summary = ", ".join(
            [
                _plural(counts[Severity.ERROR], "error"),
                _plural(counts[Severity.WARNING], "warning"),
                f"{counts[Severity.INFO]} info",
            ]
        )
    else:
        summary = "no problems found"
    print(f"{path}: {summary}")
    return 1 if counts[Severity.ERROR] else 0


def _run_import(args: argparse.Namespace) -> int:
    from agenda_editor.importing import AgendaImportError, import_file

    source: Path = args.input
    output: Path = args.output
    if _suffix(output) not in INPUT_SUFFIXES:
        raise CommandError(f"{output}: the meeting is written as a .agenda or .json file")
    if args.lang == "all":
        raise CommandError("--lang names the one language the document is written in")
    if not output.parent.is_dir():
        raise CommandError(f"{output}: the folder {output.parent} does not exist")
    if _same_file(source, output):
        raise CommandError(f"{output}: is the input file; choose another name for the output")
    try:
        result = import_file(source, args.lang)
    except AgendaImportError as error:
        raise CommandError(str(error)) from error
    for note in result.notes:
        print(f"{source}:{note.line}: not imported: {note.reason}: {note.text[:80]}")
    if _suffix(output) == ".json":
        save_json(result.meeting, output)
    else:
        _save_session(result.meeting, output)
    if not args.quiet:
        print(f"wrote {output}: {_versions(result.meeting)}")
    return 0


def _run_next_session(args: argparse.Namespace) -> int:
    from agenda_editor.core import next_session as ns

    output: Path = args.output
    if _suffix(output) not in INPUT_SUFFIXES:
        raise CommandError(f"{output}: the new meeting is written as a .agenda or .json file")
    if not output.parent.is_dir():
        raise CommandError(f"{output}: the folder {output.parent} does not exist")
    if _same_file(args.input, output):
        raise CommandError(f"{output}: is the input file; choose another name for the output")
    if args.symbol is not None and not args.symbol.strip():
        raise CommandError("--symbol: the new symbol is empty")
    meeting = load_meeting(args.input)
    changes = ns.propose_changes(meeting, args.symbol)
    options = ns.NextSessionOptions(
        clear_annotations=frozenset() if args.keep_annotations else None
    )
    result = ns.next_session(meeting, changes, options)
    for change in changes:
        print(f"{change.old} -> {change.new}")
    if _suffix(output) == ".json":
        save_json(result, output)
    else:
        _save_session(result, output)
    print(f"wrote {output}: {result.symbol or 'no symbol'}, {_versions(result)}")
    return 0


# -- entry point ------------------------------------------------------------------------------


def _report(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _os_message(error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(_with_command(arguments))
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except _Exit as done:
        return done.status
    except Refused as refusal:
        _report(str(refusal))
        for line in refusal.details:
            print(f"  {line}", file=sys.stderr)
        return 1
    except (CommandError, InterchangeError) as error:
        _report(str(error))
    except OSError as error:
        _report(_os_message(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last resort: never a traceback in the user's terminal
        _report(f"unexpected {type(error).__name__}: {error} (please report this problem)")
    return 2
