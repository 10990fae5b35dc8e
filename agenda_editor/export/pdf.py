"""The print-ready PDF of a meeting's provisional agenda and annotations (ReportLab platypus).

:func:`export_pdf` builds the :mod:`document plan <agenda_editor.export.plan>` for a language
version and part, lays it out as a UN document and writes it atomically: the PDF is made in a
temporary file beside the target and renamed into place, so a failed export leaves any earlier
file untouched. Every PDF carries the whole meeting as an embedded JSON interchange file
(:mod:`agenda_editor.interchange.pdf_attachment`), so it reopens as its meeting: ReportLab writes
it with the pages (:mod:`.embedded`), in one pass.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from reportlab import rl_config
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.doctemplate import LayoutError

from agenda_editor.atomic import replacing
from agenda_editor.core.model import Meeting
from agenda_editor.export import fonts
from agenda_editor.export.blocks import Blocks, Bookmark
from agenda_editor.export.embedded import EmbeddedFile, embed
from agenda_editor.export.footnotes import NotesArea
from agenda_editor.export.plan import (
    DocumentPlan,
    ExportError,
    MissingTranslationError,
    Part,
    build_plan,
    export_target,
    write_failure,
)
from agenda_editor.export.stroke import EmboldeningCanvas
from agenda_editor.export.styles import Geometry, Styles, geometry
from agenda_editor.interchange.pdf_attachment import (
    ATTACHMENT_NAME,
    DESCRIPTION,
    MIME_TYPE,
    attachment_data,
)

__all__ = [
    "ExportError", "MissingTranslationError", "Part", "WrittenPdf", "export_pdf", "render_plan",
    "write_pdf",
]  # fmt: skip

Progress = Callable[[int, int], None]

# Page streams compressed only, not also written as ASCII85 text: a quarter smaller, and what
# the PDFs were when a second pass (pikepdf) rewrote them.
rl_config.useA85 = 0


class _Document(BaseDocTemplate):
    """The document template: first page with masthead and job number, later pages with the
    symbol and page number, footnotes at the foot of every page."""

    def __init__(
        self, target: Any, plan: DocumentPlan, geo: Geometry, notes: NotesArea,
        progress: Progress | None, total: int, attachment: EmbeddedFile | None, **kw: Any,
    ) -> None:  # fmt: skip
        super().__init__(
            target, pagesize=(geo.width, geo.height), leftMargin=geo.left,
            rightMargin=geo.right, topMargin=geo.top, bottomMargin=geo.bottom, **kw,
        )  # fmt: skip
        self.plan = plan
        self.geo = geo
        self.notes = notes
        self.progress = progress
        self.total = total
        self.done = 0
        self.attachment = attachment
        frame = Frame(
            geo.left, geo.bottom, geo.frame_width, geo.frame_height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=self._decorate, onPageEnd=self._end_page)]
        )

    def handle_frameBegin(self, resume: int = 0, pageTopFlowables: Any = None) -> None:
        super().handle_frameBegin(resume, pageTopFlowables)
        # The notes of the previous page raised the frame's bottom: give the new page all of it.
        self.frame._geom()
        self.notes.start_page(self.frame)

    def _endBuild(self) -> None:
        if self.attachment is not None:
            embed(self.canv._doc, self.attachment)  # before the document is saved
        super()._endBuild()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Bookmark):
            flowable.register(self.canv)
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def _end_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.notes.draw(canvas, self.geo.left, self.geo.bottom, rtl=self.plan.rtl)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        geo, plan = self.geo, self.plan
        page = canvas.getPageNumber()
        canvas.saveState()
        face = fonts.face_name(fonts.SERIF)
        bold = fonts.face_name(fonts.SERIF, bold=True)
        if page == 1:
            job = plan.masthead.job_line
            if job:
                canvas.setFont(face, 8)
                x = geo.width - geo.right if plan.rtl else geo.left
                y = geo.bottom - 1.2 * cm
                (canvas.drawRightString if plan.rtl else canvas.drawString)(x, y, job)
        else:
            # The symbol and the page number sit on the outer side: left on even pages.
            outer_left = (page % 2 == 0) != plan.rtl
            x = geo.left if outer_left else geo.width - geo.right
            draw = canvas.drawString if outer_left else canvas.drawRightString
            canvas.setFont(bold, 9)
            draw(x, geo.height - geo.top + 0.9 * cm, plan.symbol)
            canvas.setLineWidth(0.5)
            canvas.line(
                geo.left, geo.height - geo.top + 0.7 * cm,
                geo.width - geo.right, geo.height - geo.top + 0.7 * cm,
            )  # fmt: skip
            canvas.setFont(bold, 9)
            draw(x, geo.bottom - 1.0 * cm, str(page))
        canvas.restoreState()


def story(
    plan: DocumentPlan, styles: Styles, notes: NotesArea, progress: Progress | None = None
) -> list[Flowable]:
    """The flowables of the whole document, in order; ``progress(done, total)`` after the
    agenda, each section of the annotations and the annex."""
    blocks = Blocks(plan, styles, notes)
    notes.carried += blocks.reissue_note()  # at the foot of page 1, before its footnotes
    out: list[Flowable] = []
    sections = len(plan.sections) if plan.has_annotations else 0
    total = sections + 2

    def report(done: int) -> None:
        if progress is not None:
            progress(done, total)

    if plan.part is Part.ANNEX:
        out += blocks.annex_heading()
        out += blocks.annex_table()
        report(total)
        return out
    out += blocks.masthead()
    out += blocks.meeting_block()
    out += blocks.agenda()
    report(1)
    if plan.has_annotations:
        out += blocks.annotations(lambda done: report(1 + done))
    if plan.has_annex:
        out.append(PageBreak())
        out += blocks.annex_title()
        out += blocks.annex_table()
    report(total)
    if len(out) == 0:
        out.append(Spacer(1, 1))
    return out


#: The share of an export's progress for the plan and its blocks (paragraphs made, markup
#: read), before the pages are laid out: a fifth of the time of a large export.
PREPARING = 0.2
#: Progress is reported as a number of steps out of this many.
_STEPS = 1000


def _share(progress: Progress | None, low: float, high: float) -> Progress | None:
    """``progress`` for a stage that fills the part of the bar from ``low`` to ``high``."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        report(round((low + (high - low) * fraction) * _STEPS), _STEPS)

    return scaled


def render_plan(
    plan: DocumentPlan, target: Any, progress: Progress | None = None,
    attachment: EmbeddedFile | None = None,
) -> int:  # fmt: skip
    """Lay out the plan into ``target`` (a path or a binary file object), with ``attachment``
    embedded; returns the number of pages."""
    geo = geometry(plan.page_size)
    styles = Styles(plan.lang, plan.rtl)
    blocks_notes = NotesArea(geo.frame_width, lambda n: [])
    flowables = story(plan, styles, blocks_notes, _share(progress, 0.05, PREPARING))
    doc = _Document(
        target, plan, geo, blocks_notes, _share(progress, PREPARING, 1.0), len(flowables),
        attachment, title=plan.title.text, subject=plan.symbol, author=plan.masthead.united_nations,
        creator="Agenda Editor", lang=plan.lang, keywords=[plan.symbol, plan.lang],
        initialFontName=fonts.face_name(fonts.SERIF),
    )  # fmt: skip
    doc.build(flowables, canvasmaker=EmboldeningCanvas)
    return len(doc.canv._doc.Pages.pages)


class WrittenPdf(NamedTuple):
    """A PDF written: where, and how many pages it has."""

    path: Path
    pages: int


def export_pdf(
    meeting: Meeting, path: str | os.PathLike[str], lang: str | None = None,
    part: str = "full", allow_missing: bool = False, progress: Progress | None = None,
) -> Path:  # fmt: skip
    """Write the PDF of one language version and part, as :func:`write_pdf`; returns its path."""
    return write_pdf(meeting, path, lang, part, allow_missing, progress).path


def write_pdf(
    meeting: Meeting, path: str | os.PathLike[str], lang: str | None = None,
    part: str = "full", allow_missing: bool = False, progress: Progress | None = None,
) -> WrittenPdf:  # fmt: skip
    """Write the PDF of one language version (the original by default) and part.

    Raises :class:`MissingTranslationError` when the version is not fully translated (unless
    ``allow_missing``), and :class:`ExportError` for anything else that stops the export, with a
    message that says why. The target is replaced only by a complete PDF. ``progress(done,
    total)`` is called from the start (its first twentieth is the plan, then up to
    :data:`PREPARING` the blocks, then the pages); an exception it raises stops the export.
    """
    planning = _share(progress, 0.0, 0.05)
    if planning is not None:
        planning(0, 1)
    plan = build_plan(meeting, lang, part, allow_missing)
    if planning is not None:
        planning(1, 1)
    target = export_target(path, ".pdf")
    try:
        attachment = EmbeddedFile(ATTACHMENT_NAME, attachment_data(meeting), DESCRIPTION, MIME_TYPE)
        with replacing(target) as temporary, temporary.open("wb") as stream:
            pages = render_plan(plan, stream, progress, attachment)
    except BaseException as error:
        if isinstance(error, ExportError):
            raise
        if isinstance(error, OSError):
            raise write_failure(target, error) from error
        if isinstance(error, LayoutError):
            raise ExportError(f"the document could not be laid out: {error}") from error
        if isinstance(error, fonts.FontError):
            raise ExportError(str(error)) from error
        if isinstance(error, Exception):
            # An error of ours or of ReportLab: still a message, never a traceback.
            kind = type(error).__name__
            raise ExportError(f"the PDF could not be made ({kind}: {error})") from error
        raise
    return WrittenPdf(target, pages)
