"""Dates as UN documents print them: an en dash in ranges ("11–12 June 2026") and, in French,
the "er" of "1er" raised, in the masthead's meeting dates and the annex day heads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from agenda_editor.core.model import Meeting
from agenda_editor.export import rich
from agenda_editor.export.pdf import export_pdf
from tests.export.conftest import all_text


def test_first_of_the_month_is_raised_in_french_only() -> None:
    spans = rich.date_spans("Vienne, 1er–2 octobre 2009", "fr")
    assert [(s.text, s.sup) for s in spans] == [
        ("Vienne, 1", False), ("er", True), ("–2 octobre 2009", False),
    ]  # fmt: skip
    assert [s.sup for s in rich.date_spans("Jeudi 1er octobre", "en")] == [False]
    assert [s.text for s in rich.date_spans("Premier 11 octobre", "fr")] == ["Premier 11 octobre"]


def _sizes_of(path: Path, page: int, wanted: str) -> list[float]:
    """The font sizes at which ``wanted`` is drawn on a page (pypdf's text visitor)."""
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip() == wanted:
            sizes.append(size * abs(tm[3] or 1))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return sizes


def test_french_pdf_raises_er_in_the_dates(meeting6: Meeting, tmp_path: Path) -> None:
    assert meeting6.start is not None and meeting6.end is not None
    shift = dt.date(2026, 10, 1) - meeting6.start
    meeting6.start += shift
    meeting6.end += shift
    for day in meeting6.timetable.days:
        day.date += shift
    pdf = export_pdf(meeting6, tmp_path / "fr.pdf", lang="fr")
    text = all_text(pdf)
    assert "Vienne, 1er–2 octobre 2026" in text
    assert "Jeudi 1er octobre" in text
    body = _sizes_of(pdf, 0, "Vienne, 1")
    raised = _sizes_of(pdf, 0, "er")
    assert body and raised and max(raised) < min(body)


def test_english_range_takes_an_en_dash(meeting6: Meeting, tmp_path: Path) -> None:
    assert "Vienna, 11–12 June 2026" in all_text(export_pdf(meeting6, tmp_path / "en.pdf"))


def test_arabic_range_takes_an_en_dash_and_reads_from_the_right(
    meeting6: Meeting, tmp_path: Path
) -> None:
    """The Arabic meeting dates "17–18": an en dash as in the other versions, and read right
    to left, the first day is printed to the right of the last (a hyphen kept "17-18" as one
    left-to-right number)."""
    import pypdfium2

    meeting6.start, meeting6.end = dt.date(2026, 9, 17), dt.date(2026, 9, 18)
    path = export_pdf(meeting6, tmp_path / "ar.pdf", lang="ar")
    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0].get_textpage()
        text = page.get_text_range()
        assert "17–18 أيلول/سبتمبر 2026" in text  # the logical order, as copy and paste gives
        first, last = text.index("17–18"), text.index("17–18") + 3
        assert page.get_charbox(first)[0] > page.get_charbox(last)[0]
    finally:
        document.close()
