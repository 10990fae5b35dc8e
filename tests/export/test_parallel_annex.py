"""The annex of a session where the plenary and a Committee of the Whole meet side by side:
the plan's periods, and the PDF read back with poppler's pdftotext in English and French."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.core.model import Body, Meeting
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import MissingTranslationError, build_plan
from tests.factories import sample_meeting, two_body_meeting

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler absent")


def layout_pages(path: Path) -> list[str]:
    """The text of each page as poppler lays it out (columns side by side on one line)."""
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout.split("\f")[:-1]


def line_with(page: str, *pieces: str) -> str:
    """The one line of the page holding every piece, in that order from left to right."""
    pattern = re.compile(".*".join(re.escape(piece) for piece in pieces))
    found = [line for line in page.splitlines() if pattern.search(line)]
    assert len(found) == 1, (pieces, found)
    return found[0]


def test_the_plan_has_one_period_per_time_and_one_cell_per_body() -> None:
    plan = build_plan(two_body_meeting(), "en", "annex")
    assert [name.text for name in plan.annex_bodies] == ["Plenary", "Committee of the Whole"]
    first = plan.annex_days[0]
    assert first.heading == "Thursday, 11 June" and first.rows == []
    morning, afternoon = first.periods
    assert morning.time == "10 a.m.–1 p.m."
    assert [[e.reference for e in cell] for cell in morning.cells] == [
        ["1 (a)", "1 (b)", "2"],
        ["3 (a)", "3 (b)"],
    ]
    # Continued per body: item 2 in the plenary, 3 (b) in the Committee.
    assert [[(e.reference, e.continued) for e in cell] for cell in afternoon.cells] == [
        [("2", True), ("3", False)],
        [("3 (b)", True)],
    ]
    second = plan.annex_days[1]
    assert [[e.reference for e in c] for c in second.periods[1].cells] == [["5"], []]


def test_with_one_body_the_annex_is_as_before_even_when_the_body_is_named() -> None:
    meeting = sample_meeting()
    before = build_plan(meeting, "fr", "annex")
    meeting.timetable.bodies = [Body("plenary", {"en": "Plenary"})]  # not translated: unused
    after = build_plan(meeting, "fr", "annex")
    assert after.annex_bodies == [] and after.annex_days == before.annex_days
    assert all(day.periods == [] and day.rows for day in after.annex_days)


def test_an_untranslated_body_name_stops_the_export_unless_allowed() -> None:
    meeting = two_body_meeting()
    meeting.timetable.bodies[1].name.pop("fr")
    with pytest.raises(MissingTranslationError, match="names of the bodies"):
        build_plan(meeting, "fr", "annex")
    build_plan(meeting, "fr", "agenda")  # the agenda alone prints no body's name
    plan = build_plan(meeting, "fr", "annex", allow_missing=True)
    assert plan.annex_bodies[1].text == "Committee of the Whole"
    assert plan.annex_bodies[1].fallback


@needs_poppler
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            {
                "heads": ("Date and time", "Plenary", "Committee of the Whole"),
                "day": "Thursday, 11 June",
                "morning": ("10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting", "3 (a)",
                            "Exchange of information"),
                "afternoon": ("3–6 p.m.", "2", "Review of capacity-building", "3 (b)",
                              "Joint programming (continued)"),
                "continued": "needs (continued)",
                "unused": ("Agenda item", "Title or subject"),
            },
        ),
        (
            "fr",
            {
                "heads": ("Date et heure", "Plénière", "Commission plénière"),
                "day": "Jeudi 11 juin",
                "morning": ("10 heures–13 heures", "1 a)", "Ouverture de la réunion", "3 a)",
                            "Échange d'informations"),
                "afternoon": ("15 heures–18 heures", "2", "Examen des besoins de", "3 b)",
                              "Programmation conjointe (suite)"),
                "continued": "(suite)",
                "unused": ("Point de l'ordre du jour",),
            },
        ),
    ],
)  # fmt: skip
def test_the_two_body_annex_read_back_from_the_pdf(
    tmp_path: Path, lang: str, expected: dict[str, Any]
) -> None:
    path = export_pdf(two_body_meeting(), tmp_path / f"annex-{lang}.pdf", lang=lang, part="annex")
    (page,) = layout_pages(path)
    line_with(page, *expected["heads"])
    assert expected["day"] in page
    # The bodies' meetings at the same time stand on the same line, plenary first.
    line_with(page, *expected["morning"])
    line_with(page, *expected["afternoon"])
    assert expected["continued"] in page
    for label in expected["unused"]:
        assert label not in page  # the columns of the one-body annex are not printed


def long_meeting() -> Meeting:
    """The two-body meeting over sixteen days: an annex of several pages."""
    meeting = two_body_meeting()
    days = meeting.timetable.days
    for n in range(2, 16):
        day = copy.deepcopy(days[n % 2])
        day.date = days[0].date + dt.timedelta(days=n)
        days.append(day)
    meeting.end = days[-1].date
    return meeting


@needs_poppler
def test_heads_repeat_on_every_page_and_rows_never_split(tmp_path: Path) -> None:
    path = export_pdf(long_meeting(), tmp_path / "long.pdf", lang="en", part="annex")
    pages = layout_pages(path)
    assert len(pages) >= 3
    times = ("10 a.m.–1 p.m.", "3–6 p.m.")
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        head = next(n for n, line in enumerate(lines) if line.lstrip().startswith("Date and time"))
        assert "Committee of the Whole" in lines[head], number
        first = lines[head + 1].strip()
        # A page starts with a day (never a day's heading left alone at the foot of the page
        # before) or with a time: never with the rest of a row begun on the page before.
        assert first.startswith(times) or re.match(r"[A-Z][a-z]+day, \d+ June$", first), first
        last_heading = [n for n, line in enumerate(lines) if re.match(r"[A-Z][a-z]+day, ", line)]
        if last_heading:
            assert lines[last_heading[-1] + 1].strip().startswith(times), number
