"""The meeting inside its PDF: every PDF Agenda Editor writes carries the JSON interchange file
of the whole meeting (all language versions) as an embedded file, so that a PDF reopens as the
meeting it was made from.

:func:`attachment_data` is the attachment, which the exporter embeds in the PDF it writes
(:mod:`agenda_editor.export.embedded`); :func:`read_pdf` and
:func:`load_pdf` give the meeting back, or raise :class:`NotOurPdf` ("this PDF was not made by
Agenda Editor") for a PDF without it. The attachment is an ordinary embedded file
(``/EmbeddedFiles``, ``application/json``): any PDF reader lists it, and ``pdfdetach`` or
``qpdf --show-attachment`` extract it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from agenda_editor.core.model import Meeting, Origin, OriginKind
from agenda_editor.core.problems import Problem
from agenda_editor.interchange.errors import InterchangeError
from agenda_editor.interchange.reader import read_json
from agenda_editor.interchange.writer import dumps_json

__all__ = [
    "ATTACHMENT_NAME", "DESCRIPTION", "MIME_TYPE", "NotOurPdf", "attachment_data", "load_pdf",
    "read_pdf",
]  # fmt: skip

#: The file name of the attachment (what a PDF reader's attachments panel shows).
ATTACHMENT_NAME = "agenda-editor-meeting.json"
#: Its description (shown by some readers' attachments panels) and its MIME type.
DESCRIPTION = "The meeting this document was made from (Agenda Editor interchange file)"
MIME_TYPE = "application/json"


class NotOurPdf(InterchangeError):
    """A PDF (or something else) that does not carry an Agenda Editor meeting.

    ``foreign``: a readable PDF without our attachment (made by another program).
    """

    def __init__(self, problem: Problem, file: str | None = None, foreign: bool = False) -> None:
        self.foreign = foreign
        super().__init__("", problem, file)

    def in_file(self, file: str) -> NotOurPdf:
        return NotOurPdf(self.detail, file, self.foreign)


def attachment_data(meeting: Meeting) -> bytes:
    """The bytes of the attachment: the meeting's JSON interchange text, compact (without
    indentation: a third smaller, and written several times faster; readers read it alike).

    Raises :class:`InterchangeError` when the meeting cannot be written as JSON.
    """
    return dumps_json(meeting, compact=True).encode("utf-8")


def read_pdf(data: bytes) -> Meeting:
    """The meeting attached to the PDF in ``data``.

    Raises :class:`NotOurPdf` when ``data`` is not a PDF or has no Agenda Editor attachment, and
    :class:`InterchangeError` when the attachment is there but is not a valid meeting.
    """
    import pikepdf

    if not data.lstrip()[:5] == b"%PDF-":
        raise NotOurPdf(Problem("pdf-not-pdf"))
    try:
        with pikepdf.open(io.BytesIO(data)) as document:
            spec = document.attachments.get(ATTACHMENT_NAME)
            if spec is None:
                raise NotOurPdf(Problem("pdf-not-ours"), foreign=True)
            attached = spec.get_file().read_bytes()
    except pikepdf.PdfError as error:
        raise NotOurPdf(Problem("pdf-unreadable", {"detail": str(error)})) from None
    try:
        return read_json(attached)
    except InterchangeError as error:
        raise InterchangeError(
            f"{ATTACHMENT_NAME}:{error.location}" if error.location else ATTACHMENT_NAME,
            error.detail,
        ) from None


def load_pdf(path: str | Path, today: dt.date | None = None) -> Meeting:
    """The meeting attached to the PDF file at ``path``, its origin that PDF (on ``today``);
    errors name the file."""
    path = Path(path)
    data = path.read_bytes()
    try:
        meeting = read_pdf(data)
    except InterchangeError as error:
        raise error.in_file(str(path)) from None
    meeting.origin = Origin(OriginKind.PDF, path.name, meeting.symbol, today or dt.date.today())
    return meeting
