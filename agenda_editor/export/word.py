"""The Word (DOCX) manuscript of a meeting's provisional agenda and annotations (python-docx).

:func:`export_docx` builds the same :mod:`document plan <agenda_editor.export.plan>` as the PDF
and writes it as a Word document for the UN document pipeline: named styles
(:mod:`~agenda_editor.export.word_styles`), Word lists for the agenda and the annotation heads,
real footnotes, the annex as a table whose header row repeats on every page, right to left in
Arabic, and the symbol and job number in the headers and footers. The file is written atomically,
as the PDF is: a failed export leaves any earlier file untouched.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from agenda_editor.atomic import replacing
from agenda_editor.core.model import Meeting
from agenda_editor.export import rich, wordml
from agenda_editor.export import word_styles as ws
from agenda_editor.export.plan import (
    REISSUE_MARK,
    DocumentPlan,
    ExportError,
    Part,
    Text,
    build_plan,
    export_target,
    write_failure,
)
from agenda_editor.export.rich import Span
from agenda_editor.export.styles import geometry

__all__ = ["ExportError", "export_docx", "render_docx"]

Progress = Callable[[int, int], None]

#: The PDF's column widths of the annex table (points): date and time, agenda item, the rest.
_TIME_WIDTH = 3.8 * 28.35
_ITEM_WIDTH = 2.2 * 28.35


def _is_rtl_char(char: str) -> bool:
    return (
        "\u0590" <= char <= "\u08ff" or "\ufb1d" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefc"
    )


def script_chunks(text: str) -> list[tuple[bool, str]]:
    """The text cut where it changes between right-to-left letters and others; spaces and
    punctuation stay with the letters before them. ``(True, ...)`` marks right-to-left pieces."""
    chunks: list[list[Any]] = []
    for char in text:
        kind = True if _is_rtl_char(char) else False if char.isalpha() else None
        if chunks and (kind is None or chunks[-1][0] in (None, kind)):
            if chunks[-1][0] is None:
                chunks[-1][0] = kind
            chunks[-1][1] += char
        else:
            chunks.append([kind, char])
    return [(bool(kind), piece) for kind, piece in chunks]


def _drop_thumbnail(document: Document) -> None:
    """python-docx's template carries a picture of a blank page as the file's thumbnail."""
    package = document.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[key]


class _Writer:
    def __init__(self, plan: DocumentPlan, progress: Progress | None) -> None:
        self.plan = plan
        self.lang = plan.lang
        self.labels = plan.labels
        self.progress = progress
        self.done = 0
        # Masthead and meeting block (or the annex heading), the end; items; annex rows.
        self.total = (2 if plan.part is Part.ANNEX else 3) + len(plan.agenda) + len(plan.sections)
        self.total += sum(1 + len(day.rows) for day in plan.annex_days)
        self.document: Document = docx.Document()
        body = self.document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        self.sheet = ws.StyleSheet(self.document, plan.lang, plan.rtl)
        self.sheet.define()
        self.sheet.number_lists()
        self.notes = wordml.add_footnotes_part(self.document.part)
        settings = self.document.settings.element
        wordml.declare_footnotes(settings)
        wordml.set_child(
            settings, "w:themeFontLang", val=ws.LOCALES[plan.lang],
            eastAsia=ws.LOCALES["zh"], bidi=ws.LOCALES["ar"],
        )  # fmt: skip
        _drop_thumbnail(self.document)
        self.frame_width = geometry(plan.page_size).frame_width

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    # -- text ---------------------------------------------------------------------------------
    def marked(self, spans: list[Span], fallback: bool) -> list[Span]:
        """Spans of an untranslated passage, after the "[not translated]" marker."""
        return rich.marked(spans, fallback, self.labels["untranslated"])

    def runs(self, paragraph: Paragraph, spans: list[Span]) -> None:
        for span in spans:
            if span.mark is not None:
                self.footnote(paragraph, span.mark)
                continue
            for rtl, piece in script_chunks(wordml.xml_text(span.text)):
                run = paragraph.add_run(piece, ws.UNTRANSLATED if span.fallback else None)
                rpr = run._r.get_or_add_rPr()
                if span.bold:
                    run.bold = True
                    wordml.set_child(rpr, "w:bCs")
                if span.italic:
                    run.italic = True
                    wordml.set_child(rpr, "w:iCs")
                if span.sup:
                    run.font.superscript = True
                if span.sub:
                    run.font.subscript = True
                if rtl:
                    run.font.rtl = True
                if not len(rpr):
                    run._r.remove(rpr)

    def para(self, style: str, spans: list[Span], container: Any = None) -> Paragraph:
        """A paragraph of ``style`` holding the spans (in ``container``: a cell, a header...)."""
        target = container if container is not None else self.document
        paragraph = target.add_paragraph(style=style)
        self.runs(paragraph, spans)
        return paragraph

    def text(self, style: str, text: Text | str, container: Any = None) -> Paragraph:
        spans = rich.text_spans(text)
        fallback = isinstance(text, Text) and text.fallback
        return self.para(style, self.marked(spans, fallback), container)

    def footnote(self, paragraph: Paragraph, number: int) -> None:
        """The footnote's mark in the text and its note in ``word/footnotes.xml``."""
        # The reissue note, first in the document, has the first id (readers order by id).
        note_id = number + 1 if self.plan.reissue_line else number
        paragraph._p.append(wordml.note_reference_run(note_id, ws.NOTE_REFERENCE_ID))
        note = self.plan.note(number)
        holder = self.document.add_paragraph(style=ws.NOTE_TEXT)
        holder._p.append(wordml.note_reference_run(note_id, ws.NOTE_REFERENCE_ID, ref_only=True))
        spans = self.marked(rich.run_spans(note.runs, note.fallback), note.fallback)
        self.runs(holder, [Span(" "), *spans])
        holder._p.getparent().remove(holder._p)
        self.notes.element.append(wordml.footnote(note_id, holder._p))

    # -- page -----------------------------------------------------------------------------
    def page(self) -> None:
        """Page size and margins as in the PDF; job number on the first page, the symbol and
        the page number on the outer side of the others."""
        geo = geometry(self.plan.page_size)
        section = self.document.sections[0]
        section.page_width, section.page_height = Pt(geo.width), Pt(geo.height)
        section.left_margin, section.right_margin = Pt(geo.left), Pt(geo.right)
        section.top_margin, section.bottom_margin = Pt(geo.top), Pt(geo.bottom)
        section.header_distance = section.footer_distance = Pt(geo.top - 1.5 * 28.35)
        if self.plan.rtl:
            wordml.set_child(section._sectPr, "w:bidi")
        section.different_first_page_header_footer = True
        self.document.settings.odd_and_even_pages_header_footer = True
        first = section.first_page_footer.paragraphs[0]
        first.style = self.document.styles[ws.JOB_NUMBER]
        self.runs(first, rich.text_spans(self.plan.masthead.job_line))
        section.first_page_header.paragraphs[0].style = self.document.styles["Normal"]
        for header, style in ((section.header, ws.HEADER), (section.even_page_header,
                                                             ws.HEADER_EVEN)):  # fmt: skip
            paragraph = header.paragraphs[0]
            paragraph.style = self.document.styles[style]
            self.runs(paragraph, [Span(self.plan.symbol)])
        for footer, style in ((section.footer, ws.FOOTER), (section.even_page_footer,
                                                            ws.FOOTER_EVEN)):  # fmt: skip
            paragraph = footer.paragraphs[0]
            paragraph.style = self.document.styles[style]
            paragraph._p.append(wordml.page_field())

    def properties(self) -> None:
        plan = self.plan
        props = self.document.core_properties
        props.title = wordml.xml_text(plan.title.text)
        props.subject = plan.symbol
        props.language = ws.LOCALES[plan.lang]
        props.author = plan.masthead.united_nations
        props.last_modified_by = "Agenda Editor"
        props.keywords = f"{plan.symbol}, {plan.lang}"
        props.comments = ""
        props.category = self.labels["default_title"]
        props.revision = 1
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now
        props.last_printed = now

    # -- tables -------------------------------------------------------------------------------
    def table(self, rows: int, widths: list[float], style: str) -> Table:
        table = self.document.add_table(rows=rows, cols=len(widths))
        table.style = self.document.styles[style]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Pt(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)
        return table

    @staticmethod
    def rule_below(cell: _Cell, eighths: int) -> None:
        borders = wordml.set_child(cell._tc.get_or_add_tcPr(), "w:tcBorders")
        borders.append(wordml.border("bottom", eighths))

    @staticmethod
    def padding(cell: _Cell, top: float, bottom: float) -> None:
        margins = wordml.set_child(cell._tc.get_or_add_tcPr(), "w:tcMar")
        margins.append(wordml.element("w:top", w=str(round(top * 20)), type="dxa"))
        margins.append(wordml.element("w:bottom", w=str(round(bottom * 20)), type="dxa"))

    def fill(self, cell: _Cell, style: str, spans: list[Span]) -> Paragraph:
        """The cell's first paragraph, in ``style``, holding the spans."""
        paragraph = cell.paragraphs[0]
        paragraph.style = self.document.styles[style]
        self.runs(paragraph, spans)
        return paragraph

    # -- first page ---------------------------------------------------------------------------
    def symbol(self, cell: _Cell) -> None:
        """The symbol at the top of page 1; a reissued document's asterisk is the mark of a
        footnote holding the reissue note, so that it prints at the foot of page 1."""
        symbol = self.plan.symbol
        if not self.plan.reissue_line:
            self.fill(cell, ws.MASTHEAD_SYMBOL, [Span(symbol)])
            return
        paragraph = self.fill(cell, ws.MASTHEAD_SYMBOL, [Span(symbol.removesuffix(REISSUE_MARK))])
        number = 1  # the first note of the document (the numbered ones follow it)
        paragraph._p.append(wordml.marked_note_reference_run(number, REISSUE_MARK))
        holder = self.document.add_paragraph(style=ws.NOTE_TEXT)
        self.runs(holder, [Span(REISSUE_MARK + " "), *rich.reissue_spans(self.plan)])
        holder._p.getparent().remove(holder._p)
        self.notes.element.append(wordml.footnote(number, holder._p))

    def masthead(self) -> None:
        """ "United Nations" and the symbol over a rule, then the organ and the distribution,
        date and language lines over a heavier rule: a borderless table, as the PDF."""
        m = self.plan.masthead
        total = self.frame_width
        table = self.table(2, [0.5 * total, 0.12 * total, 0.38 * total], ws.MASTHEAD_TABLE)
        top, bottom = table.rows[0].cells, table.rows[1].cells
        un, symbol = top[0], top[1].merge(top[2])
        organ, block = bottom[0].merge(bottom[1]), bottom[2]
        self.fill(un, ws.MASTHEAD_UN, self.marked(rich.text_spans(m.united_nations), False))
        self.symbol(symbol)
        self.fill(organ, ws.MASTHEAD_ORGAN, self.marked(rich.text_spans(m.body), m.body.fallback))
        lines = [line for line in (m.distribution, m.date, *m.language_lines) if line]
        for n, line in enumerate(lines):
            if n == 0:
                self.fill(block, ws.MASTHEAD_BLOCK, [Span(line)])
            else:
                self.para(ws.MASTHEAD_BLOCK, [Span(line)], block)
        for cell in (un, symbol):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            self.rule_below(cell, 12)
        for cell in (organ, block):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            self.rule_below(cell, 24)
            self.padding(cell, 8, 10)
        self.step()

    def meeting_block(self, with_title: bool = True) -> None:
        plan = self.plan
        for value, style in (
            (plan.subsidiary_body, ws.MEETING), (plan.session, ws.MEETING),
            (plan.place_and_dates, ws.MEETING_PLACE),
        ):  # fmt: skip
            if value.text:
                self.text(style, value)
        if with_title:
            self.text(ws.TITLE, plan.title)
        self.step()

    # -- agenda and annotations ---------------------------------------------------------------
    def agenda(self) -> None:
        self.text(ws.PART_HEADING, self.labels["provisional_agenda"])
        for line in self.plan.agenda:
            spans = [*rich.text_spans(line.title), Span(line.punctuation)]
            self.para(ws.agenda_style(line.depth), self.marked(spans, line.title.fallback))
            self.step()

    def annotations(self) -> None:
        self.text(ws.PART_HEADING, self.labels["annotations"])
        for section in self.plan.sections:
            title = self.marked(rich.text_spans(section.title), section.title.fallback)
            self.para(ws.head_style(section.depth), title)
            for paragraph in section.paragraphs:
                spans = self.marked(
                    rich.inline_spans(paragraph.inlines, paragraph.fallback), paragraph.fallback
                )
                if paragraph.label:
                    self.para(ws.SUB_PARAGRAPH, [Span(paragraph.label + "\t"), *spans])
                else:
                    self.para(ws.ANNOTATION, spans)
            if section.documents:
                self.text(ws.DOC_HEADING, self.labels["documentation"])
                for entry in section.documents:
                    spans = rich.text_spans(entry.title)
                    line = [*spans, Span(rich.symbol_suffix(entry.symbol, self.lang, bool(spans)))]
                    self.para(ws.DOC_ENTRY, self.marked(line, entry.title.fallback))
            self.step()

    # -- annex --------------------------------------------------------------------------------
    def annex_title(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.text(ws.PART_HEADING, self.labels["annex"])
        self.text(ws.TITLE, self.labels["organization_of_work"])

    def annex_heading(self) -> None:
        """The annex printed alone: the symbol over a rule, the organ and the meeting."""
        table = self.table(1, [self.frame_width], ws.MASTHEAD_TABLE)
        cell = table.rows[0].cells[0]
        self.symbol(cell)
        self.rule_below(cell, 12)
        masthead = self.plan.masthead
        if masthead.body.text:
            self.text(ws.MASTHEAD_ORGAN, masthead.body)
        self.meeting_block(with_title=False)
        self.text(ws.TITLE, self.labels["organization_of_work"])

    def annex_table(self) -> None:
        plan = self.plan
        if plan.annex_bodies:  # several bodies side by side: one column each
            from agenda_editor.export.word_parallel import parallel_annex_table

            return parallel_annex_table(self)
        widths = [_TIME_WIDTH, _ITEM_WIDTH, self.frame_width - _TIME_WIDTH - _ITEM_WIDTH]
        table = self.table(1, widths, ws.ANNEX_TABLE)
        head = table.rows[0]
        wordml.repeat_header_row(head._tr)
        wordml.keep_row_together(head._tr)
        for cell, key in zip(head.cells, ("col_date_time", "col_item", "col_title"), strict=True):
            self.fill(cell, ws.ANNEX_HEAD, [Span(self.labels[key])])
            self.rule_below(cell, 4)
        for day in plan.annex_days:
            row = table.add_row()
            wordml.keep_row_together(row._tr)
            cells = row.cells
            merged = cells[0].merge(cells[2])
            self.fill(merged, ws.ANNEX_DAY, [Span(day.heading)])
            self.step()
            for entry in day.rows:
                row = table.add_row()
                wordml.keep_row_together(row._tr)
                time, reference, title = row.cells
                self.fill(time, ws.ANNEX_CELL, rich.text_spans(entry.time))
                self.fill(reference, ws.ANNEX_CELL, rich.text_spans(entry.reference))
                spans = rich.text_spans(entry.title)
                if entry.continued:
                    spans += rich.continued_spans(self.labels["continued"])
                self.fill(title, ws.ANNEX_CELL, self.marked(spans, entry.title.fallback))
                self.step()

    # -- the whole ----------------------------------------------------------------------------
    def write(self) -> Document:
        plan = self.plan
        self.properties()
        self.page()
        if plan.part is Part.ANNEX:
            self.annex_heading()
            self.annex_table()
        else:
            self.masthead()
            self.meeting_block()
            self.agenda()
            if plan.has_annotations:
                self.annotations()
            if plan.has_annex:
                self.annex_title()
                self.annex_table()
        # Word wants a paragraph after a table that ends the document.
        self.document.add_paragraph()
        self.step()
        return self.document


def render_docx(plan: DocumentPlan, target: Any, progress: Progress | None = None) -> None:
    """Write the plan as a Word document into ``target`` (a path or a binary file object)."""
    _Writer(plan, progress).write().save(target)


def export_docx(
    meeting: Meeting, path: str | os.PathLike[str], lang: str | None = None,
    part: str = "full", allow_missing: bool = False, progress: Progress | None = None,
) -> Path:  # fmt: skip
    """Write the Word document of one language version (the original by default) and part.

    The same rules as :func:`~agenda_editor.export.pdf.export_pdf`: a
    :class:`~agenda_editor.export.plan.MissingTranslationError` when the version is not fully
    translated (unless ``allow_missing``), an :class:`ExportError` with a message for anything
    else, and the target replaced only by a complete file.
    """
    plan = build_plan(meeting, lang, part, allow_missing)
    target = export_target(path, ".docx")
    try:
        with replacing(target) as temporary, temporary.open("wb") as stream:
            render_docx(plan, stream, progress)
    except ExportError:
        raise
    except OSError as error:
        raise write_failure(target, error) from error
    except Exception as error:  # ours or python-docx's: still a message, never a traceback
        kind = type(error).__name__
        raise ExportError(f"the Word document could not be made ({kind}: {error})") from error
    return target
