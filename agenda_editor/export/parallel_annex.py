"""The annex of a session where several bodies meet side by side, as a PDF table.

Columns: "Date and time", then one per body (its name as head) listing the items its meeting at
that time takes up, each with its number and title and "(continued)" as that body continues it.
The heads repeat on every page and a row (one time of a day) is never split across pages.
Laid out from the plan's :class:`~agenda_editor.export.plan.AnnexPeriod` rows, which hold no
layout, so other exporters lay out the same table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from agenda_editor.export import rich
from agenda_editor.export.blocks import day_heading_commands
from agenda_editor.export.plan import AnnexEntry

if TYPE_CHECKING:
    from agenda_editor.export.blocks import Blocks

#: Width of the "Date and time" column, as in the annex of one body.
TIME_WIDTH = 3.8 * cm


def _entry_style(blocks: Blocks, entries: list[AnnexEntry]) -> ParagraphStyle:
    """The cell style with room for the widest item number before the titles (hanging)."""
    cell = blocks.styles.cell
    widest = max(
        (pdfmetrics.stringWidth(e.reference, cell.fontName, cell.fontSize) for e in entries),
        default=0.0,
    )
    hang = widest + cell.fontSize * 0.8
    return ParagraphStyle(
        "cell-entry", parent=cell, leftIndent=hang, bulletIndent=0, firstLineIndent=0,
        spaceAfter=2,
    )  # fmt: skip


def _entry(blocks: Blocks, entry: AnnexEntry, style: ParagraphStyle) -> Flowable:
    title = [*rich.text_spans(entry.title)]
    if entry.continued:
        title += blocks.continued_spans()
    return blocks.para(blocks.marked(title, entry.title.fallback), style, bullet=entry.reference)


def parallel_annex_table(blocks: Blocks) -> list[Flowable]:
    plan, st = blocks.plan, blocks.styles
    bodies = len(plan.annex_bodies)
    entries = [e for day in plan.annex_days for p in day.periods for cell in p.cells for e in cell]
    style = _entry_style(blocks, entries)
    head: list[Flowable | str | list[Flowable]] = [
        blocks.text(blocks.labels["col_date_time"], st.cell_head)
    ]
    head += [blocks.para(blocks.marked(rich.text_spans(name), name.fallback), st.cell_head)
             for name in plan.annex_bodies]  # fmt: skip
    rows: list[list[Flowable | str | list[Flowable]]] = [head]
    commands: list[tuple[object, ...]] = []
    for day in plan.annex_days:
        commands += day_heading_commands(len(rows), bool(day.periods))
        heading = blocks.date_text(day.heading, st.day)
        blank: list[Flowable | str | list[Flowable]] = [""] * bodies
        # Right to left, the columns are reversed below: the spanning cell must end first.
        rows.append([*blank, heading] if plan.rtl else [heading, *blank])
        for period in day.periods:
            row: list[Flowable | str | list[Flowable]] = [blocks.text(period.time, st.cell)]
            row += [[_entry(blocks, e, style) for e in cell] or "" for cell in period.cells]
            rows.append(row)
    from agenda_editor.export.styles import geometry

    total = geometry(plan.page_size).frame_width
    col_widths = [TIME_WIDTH] + [(total - TIME_WIDTH) / bodies] * bodies
    return blocks.annex_table_of(rows, col_widths, commands)
