"""The exported PDF as page pictures, for the print preview and for printing.

The pages are those of the real PDF (:func:`agenda_editor.export.pdf.export_pdf`), rendered by
pdfium (pypdfium2), a well-kept renderer that needs nothing from the system. No Qt here: the
pictures are raw BGRA buffers that the interface wraps.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

from agenda_editor.core.model import Meeting
from agenda_editor.export.plan import ExportError


@dataclass(frozen=True)
class PageImage:
    """One rendered page: ``data`` holds ``height`` rows of ``stride`` bytes, 4 per pixel (BGRA)."""

    width: int
    height: int
    stride: int
    data: bytes


def document_pdf(meeting: Meeting, lang: str) -> bytes:
    """The whole document in ``lang`` as the export writes it (untranslated texts marked)."""
    from agenda_editor.export.pdf import export_pdf

    with tempfile.TemporaryDirectory(prefix="agenda-preview-") as folder:
        path = Path(folder) / "preview.pdf"
        export_pdf(meeting, path, lang=lang, allow_missing=True)
        return path.read_bytes()


def page_count(pdf: bytes) -> int:
    document = _open(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float, pages: Iterable[int] | None = None) -> list[PageImage]:
    """The pages (0-based numbers; all by default) of ``pdf`` at ``dpi`` dots per inch."""
    document = _open(pdf)
    try:
        numbers = range(len(document)) if pages is None else list(pages)
        images = []
        for number in numbers:
            page = document[number]
            try:
                bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
                images.append(
                    PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                )
            finally:
                page.close()
        return images
    finally:
        document.close()


def _open(pdf: bytes) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as error:
        raise ExportError(f"the PDF could not be read back for display ({error})") from error
