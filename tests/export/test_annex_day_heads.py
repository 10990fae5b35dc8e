"""In the annex of one body, a day's heading is never left alone at the foot of a page: it keeps
with the day's first row, as the annex of several bodies does (issue 12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agenda_editor.core.model import AgendaItem, Day, Meeting, Slot, Timetable
from agenda_editor.export.pdf import export_pdf
from agenda_editor.i18n.dates import weekday_date
from tests.export.conftest import page_texts
from tests.factories import bare_meeting

FIRST = dt.date(2026, 6, 1)


def _long_annex(words: int) -> Meeting:
    """Ten days of two meetings with two items each; titles of ``words`` repeated words."""
    items = [
        AgendaItem(id=f"t{n}", title={"en": f"Start{n:02d} " + "subject " * words + f"End{n:02d}"})
        for n in range(40)
    ]
    meeting = bare_meeting(*items)
    meeting.timetable = Timetable(
        days=[
            Day(FIRST + dt.timedelta(days=d), [
                Slot(dt.time(10), dt.time(13), [f"t{n}" for n in range(d * 4, d * 4 + 2)]),
                Slot(dt.time(15), dt.time(18), [f"t{n}" for n in range(d * 4 + 2, d * 4 + 4)]),
            ])
            for d in range(10)
        ]
    )  # fmt: skip
    return meeting


@pytest.mark.parametrize("words", range(20, 44, 3))
def test_a_day_heading_keeps_with_its_first_row(tmp_path: Path, words: int) -> None:
    path = export_pdf(_long_annex(words), tmp_path / "annex.pdf", part="annex")
    pages = [" ".join(text.split()) for text in page_texts(path)]
    assert len(pages) >= 2
    for d in range(10):
        heading = weekday_date(FIRST + dt.timedelta(days=d), "en")
        on = [n for n, text in enumerate(pages, 1) if heading in text]
        first_row = [n for n, text in enumerate(pages, 1) if f"Start{d * 4:02d}" in text]
        assert on == first_row, f"{heading} on page {on}, its first row on page {first_row}"
