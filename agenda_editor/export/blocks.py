"""The parts of the PDF as flowables: masthead, meeting block, agenda, annotations, annex table.

Every text goes through :mod:`agenda_editor.export.rich` (escaped, fonts chosen per character);
right-to-left versions are set with :class:`~agenda_editor.export.rtl.RtlParagraph`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from agenda_editor.export import fonts, frags, rich
from agenda_editor.export.annex_table import AnnexTable
from agenda_editor.export.footnotes import NoteAnchor, NotesArea
from agenda_editor.export.keep import heading, keep_headings_with_first
from agenda_editor.export.plan import REISSUE_MARK, DocumentPlan, Text
from agenda_editor.export.rich import Span
from agenda_editor.export.rtl import RtlParagraph, _is_arabic, _width
from agenda_editor.export.styles import STEP, Styles
from agenda_editor.export.wrapped import CjkPara, Para


class Bookmark(Flowable):
    """An invisible mark: an outline entry pointing at this place of the document."""

    _ZEROSIZE = True
    #: A mark belongs to the heading after it: never leave it alone at the foot of a page.
    keepWithNext = 1
    #: It goes with the headings after it (see :func:`keep_headings_with_first`).
    keeps_with_first = True
    #: Invisible: the space after the text above overlaps the space before the heading.
    _SPACETRANSFER = True

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self._y = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 12)

    def register(self, canvas: Canvas) -> None:
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


def _continued_spans(label: str) -> list[Span]:
    """ "(continued)" with the word in italics and the brackets upright, as UN tables print it."""
    match = re.fullmatch(r"([(（])(.*)([)）])", label)
    if not match:
        return [Span(label, italic=True)]
    return [Span(match.group(1)), Span(match.group(2), italic=True), Span(match.group(3))]


class Blocks:
    def __init__(self, plan: DocumentPlan, styles: Styles, notes: NotesArea) -> None:
        self.plan = plan
        self.styles = styles
        self.notes = notes
        self.lang = plan.lang
        self.labels = plan.labels
        self._notes: dict[int, list[Flowable]] = {}
        notes.make_note = self.note_flowables

    # -- paragraphs ---------------------------------------------------------------------
    def para(self, spans: list[Span], style: ParagraphStyle, bullet: str | None = None) -> Flowable:
        """A paragraph of spans (in the style's weight and slant); right to left for Arabic."""
        spans = rich.emphasised(
            spans, bold="Bold" in style.fontName, italic="Italic" in style.fontName
        )
        if self.plan.rtl and any(_is_arabic(c) for s in spans for c in s.text):
            if bullet:
                # The label at the bullet indent, the text where the style starts it (further
                # in when the label is wider), as ReportLab sets a left-to-right list.
                label_width = _width(bullet + " ", style.fontName, style.fontSize)
                style = ParagraphStyle(
                    style.name + "-rtl", parent=style, firstLineIndent=0,
                    leftIndent=max(style.leftIndent, style.bulletIndent + label_width),
                )  # fmt: skip
                label = rich.emphasised(
                    [Span(bullet)], bold="Bold" in style.fontName,
                    italic="Italic" in style.fontName,
                )  # fmt: skip
                return RtlParagraph(spans, style, bullet=label)
            return RtlParagraph(spans, style)
        if self.plan.rtl and style.alignment == TA_LEFT:
            style = ParagraphStyle(style.name + "-r", parent=style, alignment=TA_RIGHT)
        cjk = style.wordWrap == "CJK"
        made = frags.frags(spans, self.lang, style, merge=not cjk)
        kind = CjkPara if cjk else Para
        if made is None:
            return kind(rich.to_markup(spans, self.lang), style, bullet)
        return kind(rich.plain(spans), style, bullet, frags=made)

    def text(self, text: Text | str, style: ParagraphStyle, **kw: bool) -> Flowable:
        return self.para(rich.text_spans(text, **kw), style)

    def date_text(self, text: Text | str, style: ParagraphStyle) -> Flowable:
        """A line of dates: French "1er" raised."""
        return self.para(rich.date_spans(text, self.lang), style)

    def marked(self, spans: list[Span], fallback: bool) -> list[Span]:
        """Spans of an untranslated passage, preceded by the "[not translated]" marker."""
        return rich.marked(spans, fallback, self.labels["untranslated"])

    def note_flowables(self, number: int) -> list[Flowable]:
        """The flowables of footnote ``number``, made once (the layout asks again and again)."""
        made = self._notes.get(number)
        if made is None:
            note = self.plan.note(number)
            spans = self.marked(rich.run_spans(note.runs, note.fallback), note.fallback)
            mark = Span(str(number), sup=True)
            made = self._notes[number] = [self.para([mark, Span(" "), *spans], self.styles.note)]
        return made

    def reissue_note(self) -> list[Flowable]:
        """The reissue note at the foot of page 1 ("* Reissued for technical reasons on ..."),
        set as a footnote; none when the meeting has no note."""
        if not self.plan.reissue_line:
            return []
        spans = [Span(REISSUE_MARK), Span(" "), *rich.reissue_spans(self.plan)]
        return [self.para(spans, self.styles.note)]

    # -- first page ---------------------------------------------------------------------
    def masthead(self) -> list[Flowable]:
        plan, st = self.plan, self.styles
        m = plan.masthead
        block_lines = [m.distribution, m.date, *m.language_lines]
        block_style = ParagraphStyle("block-l", parent=st.block, alignment=TA_LEFT)
        block = [Paragraph(rich.to_markup(rich.date_spans(line, self.lang), self.lang), block_style)
                 for line in block_lines if line]  # fmt: skip
        total = self._col_widths(0)[1]
        # The symbol's column is as wide as the symbol, which never wraps; "United Nations"
        # has the rest, on one line ("Организация Объединенных Наций" is set smaller only
        # beside a symbol too long to leave it room).
        symbol_width = pdfmetrics.stringWidth(m.symbol, st.symbol.fontName, st.symbol.fontSize)
        symbol_width = min(max(symbol_width + 12, total * 0.3), total * 0.6)
        un_width = total - symbol_width
        un = self.text(m.united_nations, self._one_line(st.un, m.united_nations, un_width - 4))
        symbol = Paragraph(rich.to_markup([Span(m.symbol)], "en"), st.symbol)
        organ = self.text(m.body, st.organ)
        first = [symbol, un] if plan.rtl else [un, symbol]
        second = [block, organ] if plan.rtl else [organ, block]
        common = [
            ("FONTNAME", (0, 0), (-1, -1), st.body.fontName),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
        top = Table(
            [first], hAlign="CENTER",
            colWidths=[symbol_width, un_width] if plan.rtl else [un_width, symbol_width],
            style=TableStyle([
                *common,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 1.5, "black"),
            ]),
        )  # fmt: skip
        widths = [0.38 * total, 0.62 * total] if plan.rtl else [0.62 * total, 0.38 * total]
        table = Table(
            [second], colWidths=widths, hAlign="CENTER",
            style=TableStyle([
                *common,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LINEBELOW", (0, 0), (-1, 0), 3, "black"),
            ]),
        )  # fmt: skip
        return [top, table, Spacer(1, 6)]

    def _one_line(self, style: ParagraphStyle, text: str, width: float) -> ParagraphStyle:
        """``style``, or a smaller size of it, so that ``text`` fits on one line of ``width``."""
        bold, italic = "Bold" in style.fontName, "Italic" in style.fontName
        needed = sum(
            pdfmetrics.stringWidth(run, fonts.face_name(family, bold, italic), style.fontSize)
            for family, run in fonts.font_runs(text, self.lang)
        )
        if needed <= width:
            return style
        size = int(style.fontSize * width / needed * 2) / 2
        return ParagraphStyle(
            f"{style.name}-fitted", parent=style, fontSize=size, leading=style.leading
        )

    def _col_widths(self, first: float) -> list[float]:
        from agenda_editor.export.styles import geometry

        total = geometry(self.plan.page_size).frame_width
        return [first, total - first]

    def meeting_block(self) -> list[Flowable]:
        st, plan = self.styles, self.plan
        out: list[Flowable] = []
        if plan.subsidiary_body.text:
            out.append(self.text(plan.subsidiary_body, st.meeting))
        if plan.session.text:
            out.append(self.text(plan.session, st.meeting))
        if plan.place_and_dates.text:
            out.append(self.date_text(plan.place_and_dates, st.meeting_plain))
        title = self.text(plan.title, st.title)
        return [*out, Bookmark("title", plan.title.text, 0), title]

    # -- agenda and annotations -----------------------------------------------------------
    def agenda(self) -> list[Flowable]:
        st = self.styles
        out: list[Flowable] = [
            Bookmark("agenda", self.labels["provisional_agenda"], 0),
            self.text(self.labels["provisional_agenda"], st.heading),
        ]
        for line in self.plan.agenda:
            spans = [*rich.text_spans(line.title), Span(line.punctuation)]
            spans = self.marked(spans, line.title.fallback)
            out.append(self.para(spans, st.agenda_line(line.depth), bullet=line.label))
        return out

    def annotations(self, progress: Callable[[int], None] | None = None) -> list[Flowable]:
        """The annotations; every heading keeps with the first lines of the text under it.
        ``progress(n)`` after the ``n``-th section."""
        st = self.styles
        out: list[Flowable] = [
            Bookmark("annotations", self.labels["annotations"], 0),
            heading(self.text(self.labels["annotations"], st.heading)),
        ]
        for done, section in enumerate(self.plan.sections, start=1):
            title = section.title.text
            out.append(
                Bookmark(f"item-{section.item_id}", f"{section.label} {title}", section.depth)
            )
            spans = self.marked(rich.text_spans(section.title), section.title.fallback)
            style = st.section_heading(section.depth)
            out.append(heading(self.para(spans, style, bullet=section.label)))
            for paragraph in section.paragraphs:
                spans = self.marked(
                    rich.inline_spans(paragraph.inlines, paragraph.fallback), paragraph.fallback
                )
                if paragraph.label:
                    flowable = self.para(spans, st.sub_paragraph, bullet=paragraph.label)
                else:
                    flowable = self.para(spans, st.body)
                has_notes = any(s.mark is not None for s in spans)
                out.append(NoteAnchor(flowable, self.notes) if has_notes else flowable)
            if section.documents:
                out.append(heading(self.text(self.labels["documentation"], st.doc_heading)))
                for entry in section.documents:
                    spans = rich.text_spans(entry.title)
                    symbol = f"（{entry.symbol}）" if self.lang == "zh" else f" ({entry.symbol})"
                    line = [*spans, Span(symbol if spans else entry.symbol)]
                    out.append(self.para(self.marked(line, entry.title.fallback), st.doc_entry))
            if progress is not None:
                progress(done)
        return keep_headings_with_first(out)

    # -- annex ------------------------------------------------------------------------------
    def annex_title(self) -> list[Flowable]:
        st = self.styles
        return [
            Bookmark("annex", self.labels["annex"], 0),
            self.text(self.labels["annex"], st.heading),
            self.text(self.labels["organization_of_work"], st.title),
        ]

    def annex_heading(self) -> list[Flowable]:
        """The annex printed alone: a short heading naming the meeting and the symbol."""
        st, plan = self.styles, self.plan
        symbol = Paragraph(rich.to_markup([Span(plan.symbol)], "en"), st.symbol)
        rule = HRFlowable(width="100%", thickness=1.5, color="black", spaceAfter=8)
        out: list[Flowable] = [symbol, rule]
        if plan.masthead.body.text:
            out.append(self.text(plan.masthead.body, st.organ))
            out.append(Spacer(1, 6))
        out += self.meeting_block()[:-2]
        out += [
            Bookmark("annex", self.labels["organization_of_work"], 0),
            self.text(self.labels["organization_of_work"], st.title),
        ]
        return out

    def continued_spans(self) -> list[Span]:
        """ " (continued)" after a title in an annex cell."""
        label = self.labels["continued"]
        space = [] if label.startswith("（") else [Span(" ")]
        return [*space, *_continued_spans(label)]

    def annex_table_commands(self) -> list[tuple[object, ...]]:
        """The rules, paddings and font of an annex table (one body or several)."""
        st, rtl = self.styles, self.plan.rtl
        return [
            ("FONTNAME", (0, 0), (-1, -1), st.body.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6 if rtl else 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0 if rtl else 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, "black"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, "black"),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, "black"),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ]

    def annex_table(self) -> list[Flowable]:
        st, plan = self.styles, self.plan
        if not plan.annex_days:
            return []
        if plan.annex_bodies:
            from agenda_editor.export.parallel_annex import parallel_annex_table

            return parallel_annex_table(self)
        head = [
            self.text(self.labels[k], st.cell_head)
            for k in ("col_date_time", "col_item", "col_title")
        ]
        rows: list[list[Flowable | str]] = [head]
        commands: list[tuple[object, ...]] = []
        for day in plan.annex_days:
            commands += day_heading_commands(len(rows), bool(day.rows))
            heading = self.date_text(day.heading, st.day)
            # Right to left, the columns are reversed below: the spanning cell must end first.
            rows.append(["", "", heading] if plan.rtl else [heading, "", ""])
            for row in day.rows:
                title = [*rich.text_spans(row.title)]
                if row.continued:
                    title += self.continued_spans()
                rows.append([
                    self.text(row.time, st.cell),
                    self.text(row.reference, st.cell),
                    self.para(self.marked(title, row.title.fallback), st.cell),
                ])  # fmt: skip
        widths = self._col_widths(3.8 * cm)
        time_width, item_width = 3.8 * cm, 2.2 * cm
        col_widths = [time_width, item_width, widths[1] - item_width]
        return self.annex_table_of(rows, col_widths, commands)

    def annex_table_of(
        self, rows: list[list[Any]], col_widths: list[float], commands: list[tuple[object, ...]]
    ) -> list[Flowable]:
        """The annex table of these rows (head first, written left to right; mirrored for a
        right-to-left version), its heads repeated on every page."""
        if self.plan.rtl:
            rows = [list(reversed(r)) for r in rows]
            col_widths = list(reversed(col_widths))
        # Made into a ReportLab table a page at a time: one table of a long annex is measured
        # again at each page it runs over.
        table = AnnexTable(rows[0], rows[1:], col_widths, commands, self.annex_table_commands())
        return [Spacer(1, 4), table]


__all__ = ["STEP", "Blocks", "Bookmark"]


def day_heading_commands(row: int, has_rows: bool) -> list[tuple[object, ...]]:
    """The table style of the annex's heading row of a day, row ``row``: it spans the table
    with room above it and, when rows follow (``has_rows``), never stays alone at the foot of
    a page."""
    commands: list[tuple[object, ...]] = [
        ("SPAN", (0, row), (-1, row)),
        ("TOPPADDING", (0, row), (-1, row), 8),
    ]
    if has_rows:
        commands.append(("NOSPLIT", (0, row), (-1, row + 1)))
    return commands
