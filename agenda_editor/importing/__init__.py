"""Bringing in an agenda that another tool wrote: pasted or saved text, and Word documents.

:func:`~agenda_editor.importing.agenda.read_lines` turns the lines of a provisional agenda (as a
PDF viewer's copy or a Word document gives them) into a :class:`~agenda_editor.core.model.Meeting`
and a report of every line it could not place; :mod:`~agenda_editor.importing.text` and
:mod:`~agenda_editor.importing.docx` read their sources into those lines.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agenda_editor.core.model import Origin, OriginKind
from agenda_editor.importing.agenda import ImportNote, ImportResult, SourceLine, read_lines
from agenda_editor.importing.errors import ImportFileError
from agenda_editor.importing.text import TextImportError, import_text, read_text_file

#: What File > Import and ``agenda-editor import`` read.
IMPORT_SUFFIXES = (".docx", ".txt")


class AgendaImportError(ImportFileError):
    """A file that cannot be imported; its problem names it and says why."""


def import_file(path: Path, lang: str | None = None, today: dt.date | None = None) -> ImportResult:
    """The meeting that the Word (``.docx``) or text (``.txt``) file at ``path`` writes; its
    origin names the file, the symbol found in it and ``today``."""
    result = _import_file(path, lang)
    kind = OriginKind.TEXT if path.suffix.lower() == ".txt" else OriginKind.WORD
    meeting = result.meeting
    meeting.origin = Origin(kind, path.name, meeting.symbol, today or dt.date.today())
    return result


def _import_file(path: Path, lang: str | None) -> ImportResult:
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise AgendaImportError.of(path, "import-not-agenda")
    if not path.is_file():
        raise AgendaImportError.of(path, "import-missing")
    try:
        if suffix == ".txt":
            return import_text(read_text_file(path), lang)
        from agenda_editor.importing.docx import DocxImportError, import_docx

        try:
            return import_docx(path, lang)
        except DocxImportError as error:
            raise AgendaImportError(error.problem) from error
    except TextImportError as error:
        raise AgendaImportError(error.problem) from error


__all__ = [
    "IMPORT_SUFFIXES",
    "AgendaImportError",
    "ImportNote",
    "ImportResult",
    "SourceLine",
    "import_file",
    "import_text",
    "read_lines",
    "read_text_file",
]
