"""An agenda as text: pasted from a PDF viewer's copy or saved as a ``.txt`` file."""

from __future__ import annotations

from pathlib import Path

from agenda_editor.importing.agenda import ImportResult, SourceLine, read_lines
from agenda_editor.importing.errors import ImportFileError
from agenda_editor.importing.pdf_text import tidy

#: Larger than any agenda; a bigger file is not an agenda's text.
MAX_TEXT_BYTES = 8 * 1024 * 1024


class TextImportError(ImportFileError):
    """A text file that cannot be read as an agenda; its problem names the file and says why."""


def import_text(text: str, lang: str | None = None) -> ImportResult:
    """The meeting that ``text`` writes (one paragraph per line; blank lines are ignored)."""
    lines = [
        SourceLine(line.rstrip("\r"), number)
        for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1)
    ]
    return read_lines(tidy(lines), lang)


def read_text_file(path: Path) -> str:
    """The text of ``path`` (UTF-8, with or without a byte-order mark, or UTF-16 with one)."""
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise TextImportError.of(path, "import-text-too-large")
        data = path.read_bytes()
    except OSError as error:
        detail = str(error.strerror or error)
        raise TextImportError.of(path, "import-unreadable", detail=detail) from None
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TextImportError.of(path, "import-not-utf8", offset=str(error.start)) from None
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text) or "\x00" in text:
        raise TextImportError.of(path, "import-not-text")
    return text
