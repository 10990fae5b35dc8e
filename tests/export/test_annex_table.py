"""A long annex, handed to ReportLab a page at a time (export/annex_table.py), has the same rows
on the same pages as one table of all its rows, and each page it continues on closes with its
rule."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table, TableStyle

from agenda_editor.core.model import AgendaItem, Body, Day, Meeting, Timetable
from agenda_editor.export import blocks
from agenda_editor.export.pdf import export_pdf
from tests.factories import slot, text

TITLE = "Consideration of the report of the working group on {0} and related questions"


def long_annex_meeting(bodies: int) -> Meeting:
    """Twelve days of three meetings a body, five items each: an annex of several pages."""
    items = [
        AgendaItem(f"i{n}", text(TITLE.format(n)), children=[AgendaItem(f"i{n}a", text("Sub"))])
        for n in range(90)
    ]
    names = [Body("plenary", text("Plenary")), Body("cow", text("Committee of the Whole"))]
    days = []
    for number in range(12):
        slots = []
        for body in names[:bodies]:
            for hour in (10, 13, 15):
                first = (number * 3 + hour % 3) % 90
                ids = [f"i{(first + k) % 90}" for k in range(5)] + [f"i{first}a"]
                slots.append(slot(f"{hour}:00", f"{hour + 2}:00", *ids, body=body.id))
        days.append(Day(dt.date(2026, 3, 2) + dt.timedelta(days=number), slots, max_slots=6))
    meeting = Meeting(symbol="A/AC.1/2026/1", original_language="en", items=items)
    meeting.start, meeting.end = days[0].date, days[-1].date
    meeting.timetable = Timetable(days=days, bodies=names[:bodies])
    return meeting


def one_table(
    head: list[Any], rows: list[list[Any]], widths: list[float], commands: Any, common: Any
) -> Table:
    table = Table([head, *rows], colWidths=widths, repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle([*commands, *common]))
    return table


def page_texts(path: Path) -> list[str]:
    pages = PdfReader(path).pages
    return [hashlib.sha256((page.extract_text() or "").encode()).hexdigest() for page in pages]


@pytest.mark.parametrize("bodies", [1, 2])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_annex_has_the_rows_of_one_table_on_the_same_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bodies: int, lang: str
) -> None:
    meeting = long_annex_meeting(bodies)
    for item in meeting.walk():
        item.title["ar"] = "النظر في تقرير الفريق العامل " + item.id
    meeting.languages.append("ar")
    for body in meeting.timetable.bodies:
        body.name["ar"] = "الهيئة " + body.id
    ours = export_pdf(meeting, tmp_path / "ours.pdf", lang, part="annex", allow_missing=True)
    monkeypatch.setattr(blocks, "AnnexTable", one_table)
    whole = export_pdf(meeting, tmp_path / "whole.pdf", lang, part="annex", allow_missing=True)
    pages = page_texts(ours)
    assert len(pages) >= 4
    assert pages == page_texts(whole)


def test_each_page_the_annex_continues_on_closes_with_its_rule(tmp_path: Path) -> None:
    from agenda_editor.export.annex_table import AnnexTable

    closing: list[int] = []
    split = AnnexTable.split

    def noting(self: AnnexTable, width: float, height: float) -> list[Any]:
        parts = split(self, width, height)
        if len(parts) == 2:
            styles = parts[0]._linecmds
            last = len(parts[0]._cellvalues) - 1
            closing.append(any(cmd[0] == "LINEBELOW" and cmd[2][1] == last for cmd in styles))
        return parts

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AnnexTable, "split", noting)
        export_pdf(long_annex_meeting(1), tmp_path / "annex.pdf", "en", part="annex")
    assert len(closing) >= 3
    assert all(closing)
