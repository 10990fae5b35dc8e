"""The Russian version as Russian agendas are written (issue 12): "Организация Объединенных Наций"
on one line of the masthead, and sub-item titles beginning in lower case in the agenda list."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda_editor.core.model import Meeting
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import build_plan
from agenda_editor.i18n.labels import agenda_list_title
from tests.export.conftest import page_texts

UNITED_NATIONS = "Организация Объединенных Наций"


def _capitalised(meeting: Meeting) -> Meeting:
    """The six-language meeting with its Russian sub-item titles typed with a capital."""
    for item in meeting.walk():
        title = item.title.get("ru", "")
        item.title["ru"] = title[:1].upper() + title[1:]
    return meeting


def test_sub_items_begin_in_lower_case_in_the_russian_agenda_only(meeting6: Meeting) -> None:
    meeting = _capitalised(meeting6)
    plan = build_plan(meeting, "ru")
    items = {item.id: item for item in meeting.walk()}
    subs = [line for line in plan.agenda if line.depth > 1]
    assert subs and all(line.title.text[0].islower() for line in subs)
    assert all(line.title.text[0].isupper() for line in plan.agenda if line.depth == 1)
    for line in subs:
        stored = items[line.item_id].title["ru"]
        assert stored[0].isupper()  # the meeting keeps what was typed
        assert line.title.text == stored[0].lower() + stored[1:]
    # The annotations' headings repeat the title as typed; other languages are left alone.
    headings = {s.item_id: s.title.text for s in plan.sections}
    assert all(headings[line.item_id][0].isupper() for line in subs)
    english = build_plan(meeting, "en")
    assert any(line.depth > 1 and line.title.text[0].isupper() for line in english.agenda)


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("Открытие сессии", "открытие сессии"),
        ("ЮНОДК и партнеры", "ЮНОДК и партнеры"),
        ("COVID-19 и работа", "COVID-19 и работа"),
        ("открытие сессии", "открытие сессии"),
    ],
)
def test_an_abbreviation_keeps_its_capitals(title: str, printed: str) -> None:
    assert agenda_list_title(title, "ru", 2) == printed
    assert agenda_list_title(title, "ru", 1) == title
    assert agenda_list_title(title, "fr", 2) == title


def test_the_russian_pdf_prints_the_lower_case_sub_items(meeting6: Meeting, tmp_path: Path) -> None:
    meeting = _capitalised(meeting6)
    text = " ".join(page_texts(export_pdf(meeting, tmp_path / "ru.pdf", lang="ru"))[0].split())
    assert "a) открытие совещания;" in text


@pytest.mark.parametrize("symbol", ["CFC/COP/WG.4/2026/1", "UNEP/MED WG.550/Add.1/Rev.2*"])
def test_united_nations_fits_on_one_line_of_the_masthead(
    meeting6: Meeting, tmp_path: Path, symbol: str
) -> None:
    meeting6.symbol = symbol
    first_page = page_texts(export_pdf(meeting6, tmp_path / "ru.pdf", lang="ru"))[0]
    lines = [" ".join(line.split()) for line in first_page.splitlines()]
    assert any(UNITED_NATIONS in line for line in lines), lines[:4]
    assert any(symbol in line for line in lines)
