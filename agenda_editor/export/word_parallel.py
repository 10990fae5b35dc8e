"""The annex of several bodies meeting side by side in the Word export: "Date and time", then
one column per body with the items its meeting at that time takes up (number, title,
"(continued)" per body). The head row repeats on every page and no row splits across pages,
as in the PDF (:mod:`agenda_editor.export.parallel_annex`); both lay out the plan's periods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.shared import Pt

from agenda_editor.export import rich, wordml
from agenda_editor.export import word_styles as ws
from agenda_editor.export.plan import AnnexEntry
from agenda_editor.export.rich import Span

if TYPE_CHECKING:
    from docx.table import _Cell

    from agenda_editor.export.word import _Writer

#: The PDF's width of the "Date and time" column (points).
TIME_WIDTH = 3.8 * 72 / 2.54
#: Room for an item number ("3 (b) (ii)") before the titles of a body's column (points).
HANG = 46.0


def _entry_spans(writer: _Writer, entry: AnnexEntry) -> list[Span]:
    spans = rich.text_spans(entry.title)
    if entry.continued:
        spans += rich.continued_spans(writer.labels["continued"])
    return [Span(entry.reference + "\t"), *writer.marked(spans, entry.title.fallback)]


def _fill_entries(writer: _Writer, cell: _Cell, entries: list[AnnexEntry]) -> None:
    """One paragraph per item: its number, a tab, then the title hanging after the number."""
    for n, entry in enumerate(entries):
        spans = _entry_spans(writer, entry)
        if n == 0:
            paragraph = writer.fill(cell, ws.ANNEX_CELL, spans)
        else:
            paragraph = writer.para(ws.ANNEX_CELL, spans, cell)
        layout = paragraph.paragraph_format
        layout.left_indent, layout.first_line_indent = Pt(HANG), Pt(-HANG)
        layout.tab_stops.add_tab_stop(Pt(HANG))


def parallel_annex_table(writer: _Writer) -> None:
    plan = writer.plan
    bodies = len(plan.annex_bodies)
    width = (writer.frame_width - TIME_WIDTH) / bodies
    table = writer.table(1, [TIME_WIDTH] + [width] * bodies, ws.ANNEX_TABLE)
    head = table.rows[0]
    wordml.repeat_header_row(head._tr)
    wordml.keep_row_together(head._tr)
    names = [writer.marked(rich.text_spans(n), n.fallback) for n in plan.annex_bodies]
    for cell, spans in zip(
        head.cells, [[Span(writer.labels["col_date_time"])], *names], strict=True
    ):
        writer.fill(cell, ws.ANNEX_HEAD, spans)
        writer.rule_below(cell, 4)
    for day in plan.annex_days:
        row = table.add_row()
        wordml.keep_row_together(row._tr)
        cells = row.cells
        writer.fill(cells[0].merge(cells[-1]), ws.ANNEX_DAY, [Span(day.heading)])
        writer.step()
        for period in day.periods:
            row = table.add_row()
            wordml.keep_row_together(row._tr)
            time, *columns = row.cells
            writer.fill(time, ws.ANNEX_CELL, rich.text_spans(period.time))
            for cell, entries in zip(columns, period.cells, strict=True):
                _fill_entries(writer, cell, entries)
            writer.step()
