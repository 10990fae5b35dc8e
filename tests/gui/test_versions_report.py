"""The changes as the Versions dialog writes them: numbered per language, words marked,
Arabic texts right to left."""

from __future__ import annotations

import copy
import datetime as dt
import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from agenda_editor.core import timetable as tt
from agenda_editor.core.compare import Status, compare
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import AgendaItem, Body, Origin, OriginKind
from agenda_editor.core.tree import Position, insert_item, remove_item
from agenda_editor.gui.origin_text import origin_text
from agenda_editor.gui.versions_report import ADDED_STYLE, REMOVED_STYLE, report_html
from agenda_editor.i18n.dates import full_date
from tests import factories
from tests.storage.test_roundtrip import meetings


def test_a_removed_item_keeps_its_old_number_in_each_language(qapp) -> None:
    old = factories.sample_meeting()
    new = copy.deepcopy(old)
    removed, _ = remove_item(new, "coop")
    tt.remove_placements(new.timetable, [node.id for node in removed.walk()])
    english = report_html(compare(old, new), old, new, "en")
    assert "<h3>Items removed</h3>" in english
    assert '<b dir="ltr">3</b>&nbsp;&nbsp;Cooperation among providers' in english
    assert '<b dir="ltr">3 (b) (i)</b>&nbsp;&nbsp;Regional programmes' in english
    french = report_html(compare(old, new), old, new, "fr")
    assert '<b dir="ltr">3 b) i)</b>&nbsp;&nbsp;Programmes régionaux' in french
    # Taken out of the timetable with it.
    assert "Organization of work" in english and "not scheduled" in english


def test_arabic_texts_run_right_to_left_with_their_words_marked(qapp) -> None:
    old = factories.sample_meeting()
    old.languages.append("ar")
    old.item("needs").title["ar"] = "استعراض الاحتياجات"
    new = copy.deepcopy(old)
    new.item("needs").title["ar"] = "استعراض الاحتياجات العاجلة"
    result = report_html(compare(old, new), old, new, "ar")
    assert '<p dir="rtl" style="margin:0 0 4px 24px">استعراض الاحتياجات' in result
    assert f'<span style="{ADDED_STYLE}"> العاجلة</span>' in result
    # The other languages did not change: English shows where the changes are.
    english = report_html(compare(old, new), old, new, "en")
    assert "No text changed in English; texts changed in: Arabic." in english


def test_meeting_fields_show_old_and_new(qapp) -> None:
    old = factories.sample_meeting()
    new = copy.deepcopy(old)
    new.symbol = "CFC/COP/WG.4/2026/1/Rev.1"
    new.end = dt.date(2026, 6, 13)
    result = report_html(compare(old, new), old, new, "en")
    label = '<span style="color:#555555">Symbol</span>'
    assert f'{label}: <span style="{REMOVED_STYLE}">{old.symbol}</span>' in result
    assert f'<span style="{ADDED_STYLE}">2026-06-13</span>' in result
    assert report_html(compare(old, old), old, old, "en").count("No differences") == 1


def test_sub_items_renumbered_with_their_parent_are_left_to_it(qapp) -> None:
    old = factories.sample_meeting()
    new = copy.deepcopy(old)
    insert_item(new, AgendaItem(id="new", title={"en": "Election of officers"}), Position(None, 1))
    result = report_html(compare(old, new), old, new, "en")
    assert '<b dir="ltr">3 → 4</b>&nbsp;&nbsp;Cooperation among providers' in result
    assert "(with its sub-items)" in result.split("Cooperation among providers")[1].split("</p>")[0]
    assert "Joint programming" not in result  # 3 (b) became 4 (b), as its parent did


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings(), meetings(), st.sampled_from(LANGUAGES))
def test_any_two_meetings_are_written_out(qapp, old, new, lang) -> None:
    comparison = compare(old, new)
    result = report_html(comparison, old, new, lang)
    assert ("No differences" in result) == (not comparison)
    for change in comparison.with_status(Status.ADDED):
        title = change.title.get(lang) or change.title.get(new.original_language)
        if title:
            assert html.escape(title, quote=False) in result


def test_bodies_that_meet_are_named_in_the_language(qapp) -> None:
    old = factories.two_body_meeting()
    new = copy.deepcopy(old)
    new.timetable.bodies.append(Body("wg", {"en": "Working group", "fr": "Groupe de travail"}))
    next(b for b in new.timetable.bodies if b.id == "cow").name["fr"] = "Commission plénière II"
    french = report_html(compare(old, new), old, new, "fr")
    assert "Body added: Groupe de travail" in french
    assert f'<span style="{ADDED_STYLE}"> II</span>' in french
    english = report_html(compare(old, new), old, new, "en")
    assert "Body added: Working group" in english and " II" not in english


def test_dates_are_written_as_the_meeting_page_writes_them_in_the_interface_language(
    qapp,
) -> None:
    old = factories.sample_meeting()
    new = copy.deepcopy(old)
    day = new.timetable.days.pop()
    assert any(slot.items for slot in day.slots)  # its sittings are changes too
    made = Origin(OriginKind.NEXT_SESSION, source="wg4.agenda", symbol="", made=day.date)
    before = QLocale()
    try:
        for lang in ("en", "fr"):
            QLocale.setDefault(QLocale(lang))
            written = full_date(day.date, lang)
            assert origin_text(made).endswith(written)  # the Meeting page's date
            result = html.unescape(report_html(compare(old, new), old, new, "en"))
            assert f": {written}</p>" in result  # the day removed
            assert re.search(re.escape(written) + r" \d", result)  # a sitting on that day
    finally:
        QLocale.setDefault(before)
