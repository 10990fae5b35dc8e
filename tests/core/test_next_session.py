"""The next session proposed from a meeting: symbols rolled, what is cleared and what is kept."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from agenda_editor.core import next_session as ns
from agenda_editor.core.model import AgendaItem, Origin, OriginKind
from tests import factories


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("CFC/COP/WG.4/2026/1", "CFC/COP/WG.4/2027/1"),
        ("CTOC/COP/WG.2/2009/1/Rev.1", "CTOC/COP/WG.2/2010/1/Rev.1"),
        ("UNEP/EA.6/1", "UNEP/EA.7/1"),
        ("UNEP/MED WG.550/1", "UNEP/MED WG.551/1"),
        ("CBD/COP/16/1", "CBD/COP/17/1"),
        ("ECE/TRANS/WP.29/1999/1", "ECE/TRANS/WP.29/2000/1"),
    ],
)
def test_the_symbol_s_year_or_else_its_session_number_is_rolled(symbol, expected):
    meeting = factories.bare_meeting()
    meeting.symbol = symbol
    changes = ns.propose_changes(meeting)
    assert changes[0] == ns.SymbolChange(None, -1, symbol, expected)
    assert ns.next_session(meeting, changes).symbol == expected


def test_a_symbol_without_numbers_gets_no_proposal():
    meeting = factories.bare_meeting()
    meeting.symbol = "ABC/DEF"
    assert ns.propose_changes(meeting) == []
    meeting.symbol = ""
    assert ns.propose_changes(meeting) == []


def test_documents_of_the_meeting_s_series_follow_and_others_do_not():
    meeting = factories.sample_meeting()
    changes = ns.propose_changes(meeting)
    assert [(c.item_id, c.old, c.new) for c in changes] == [
        (None, "CFC/COP/WG.4/2026/1", "CFC/COP/WG.4/2027/1"),
        ("needs", "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2"),
        ("coop", "CFC/COP/WG.4/2026/3", "CFC/COP/WG.4/2027/3"),
        ("coop", "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2"),
    ]
    result = ns.next_session(meeting, changes)
    needs = result.item("needs").documents
    # The Conference's own report of 2025 is another series: it stays as it is.
    assert [d.symbol for d in needs] == ["CFC/COP/WG.4/2027/2", "CFC/COP/2025/7/Rev.1"]


def test_a_given_symbol_carries_its_series_into_the_documents():
    meeting = factories.sample_meeting()
    changes = ns.propose_changes(meeting, "CFC/COP/WG.5/2028/1")
    assert changes[0].new == "CFC/COP/WG.5/2028/1"
    assert changes[1].new == "CFC/COP/WG.5/2028/2"


def test_changes_edited_or_dropped_by_the_caller_are_applied_as_given():
    meeting = factories.sample_meeting()
    first, second, *_ = ns.propose_changes(meeting)
    edited = ns.SymbolChange(first.item_id, first.position, first.old, "CFC/COP/WG.4/2027/1*")
    result = ns.next_session(meeting, [edited, second])
    assert result.symbol == "CFC/COP/WG.4/2027/1*"
    assert result.item("needs").documents[0].symbol == "CFC/COP/WG.4/2027/2"
    # Dropped: the coop documents keep their symbols.
    assert result.item("coop").documents[0].symbol == "CFC/COP/WG.4/2026/3"


def test_dates_job_numbers_and_timetable_days_are_cleared_bodies_kept():
    meeting = factories.two_body_meeting()
    result = ns.next_session(meeting, ns.propose_changes(meeting))
    assert (result.start, result.end, result.issue_date) == (None, None, None)
    assert result.job_number == {}
    assert result.timetable.days == []
    assert [b.id for b in result.timetable.bodies] == ["plenary", "cow"]
    assert result.timetable.max_slots_per_day == meeting.timetable.max_slots_per_day


def test_standard_items_keep_their_annotations_others_are_cleared_in_every_language():
    meeting = factories.sample_meeting()
    result = ns.next_session(meeting, [])
    assert result.item("open").annotation == meeting.item("open").annotation
    assert result.item("adoption").annotation == meeting.item("adoption").annotation
    assert result.item("needs").annotation == {}
    assert result.item("coop").annotation == {}
    # Titles, documents and every language version stay.
    assert result.languages == ["en", "fr"]
    assert [i.title for i in result.walk()] == [i.title for i in meeting.walk()]
    assert result.body == meeting.body and result.venue == meeting.venue


def test_the_annotations_cleared_are_the_caller_s_choice():
    meeting = factories.sample_meeting()
    assert ns.session_specific_items(meeting) == {"needs", "coop"}
    chosen = ns.NextSessionOptions(clear_annotations=frozenset({"coop", "open"}))
    result = ns.next_session(meeting, [], chosen)
    assert result.item("needs").annotation and result.item("adoption").annotation
    assert result.item("coop").annotation == result.item("open").annotation == {}
    nothing = ns.NextSessionOptions(clear_annotations=frozenset(), clear_dates=False)
    result = ns.next_session(meeting, [], nothing)
    assert result.item("coop").annotation == meeting.item("coop").annotation
    assert result.start == meeting.start and result.timetable == meeting.timetable


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Adoption of the report"),
        ("fr", "Adoption du rapport de la réunion"),
        ("fr", "Adoption de l’ordre du jour"),
        ("es", "Apertura del período de sesiones"),
        ("ru", "Утверждение повестки дня и организация работы"),
        ("zh", "通过报告"),
        ("ar", "افتتاح الدورة"),
    ],
)
def test_standard_items_are_recognised_in_any_language(lang, title):
    assert ns.is_standard_item(AgendaItem(title={lang: title}))


def test_a_substantive_item_is_not_standard():
    assert not ns.is_standard_item(AgendaItem(title={"en": "Review of capacity-building needs"}))
    assert not ns.is_standard_item(AgendaItem(title={"ru": "Мобилизация ресурсов"}))


def test_the_original_meeting_is_left_as_it_was():
    meeting = factories.sample_meeting()
    before = copy.deepcopy(meeting)
    ns.next_session(meeting, ns.propose_changes(meeting))
    assert meeting == before


def _with_symbols_in_annotations():
    meeting = factories.sample_meeting()
    adoption = meeting.item("adoption").annotation
    adoption["en"].append(
        "The annotations are in CFC/COP/WG.4/2026/1/Add.1; the report of the previous meeting "
        "(CFC/COP/WG.3/2025/4) and CFC/COP/WG.4/2026/2 are before it. See CFC/COP/WG.4/2026/3."
    )
    adoption["fr"].append("Voir CFC/COP/WG.4/2026/2<footnote>CFC/COP/WG.4/2026/3.</footnote>.")
    meeting.languages.append("zh")
    adoption["zh"] = ["工作组将收到CFC/COP/WG.4/2026/2号文件。"]
    return meeting


def test_symbols_of_the_series_in_kept_annotations_roll_like_the_documents():
    meeting = _with_symbols_in_annotations()
    changes = [c for c in ns.propose_changes(meeting) if c.in_annotation]
    assert [(c.lang, c.position, c.old, c.new) for c in changes] == [
        ("en", 2, "CFC/COP/WG.4/2026/1/Add.1", "CFC/COP/WG.4/2027/1/Add.1"),
        ("en", 2, "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2"),
        ("en", 2, "CFC/COP/WG.4/2026/3", "CFC/COP/WG.4/2027/3"),
        ("fr", 2, "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2"),
        ("fr", 2, "CFC/COP/WG.4/2026/3", "CFC/COP/WG.4/2027/3"),
        ("zh", 0, "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2"),
    ]
    result = ns.next_session(meeting, ns.propose_changes(meeting)).item("adoption").annotation
    assert result["en"][2] == (
        "The annotations are in CFC/COP/WG.4/2027/1/Add.1; the report of the previous meeting "
        "(CFC/COP/WG.3/2025/4) and CFC/COP/WG.4/2027/2 are before it. See CFC/COP/WG.4/2027/3."
    )
    assert result["fr"][2] == "Voir CFC/COP/WG.4/2027/2<footnote>CFC/COP/WG.4/2027/3.</footnote>."
    assert result["zh"] == ["工作组将收到CFC/COP/WG.4/2027/2号文件。"]
    # The paragraphs without symbols are as they were.
    assert result["en"][:2] == meeting.item("adoption").annotation["en"][:2]


def test_a_dropped_or_edited_change_in_an_annotation_is_applied_as_given():
    meeting = _with_symbols_in_annotations()
    changes = [c for c in ns.propose_changes(meeting) if c.in_annotation and c.lang == "en"]
    edited = ns.SymbolChange("adoption", 2, changes[1].old, "CFC/COP/WG.4/2027/9", "en")
    result = ns.next_session(meeting, [edited])
    paragraph = result.item("adoption").annotation["en"][2]
    assert "CFC/COP/WG.4/2027/9 are before it" in paragraph
    # Not chosen: written as before, also where only the start of it matches.
    assert "CFC/COP/WG.4/2026/1/Add.1" in paragraph and "CFC/COP/WG.4/2026/3." in paragraph
    assert result.item("adoption").annotation["fr"] == meeting.item("adoption").annotation["fr"]


def test_a_longer_symbol_that_starts_like_another_is_not_touched():
    meeting = factories.bare_meeting()
    meeting.symbol = "CFC/COP/WG.4/2026/1"
    meeting.items = [AgendaItem(id="x", annotation={"en": ["See CFC/COP/WG.4/2026/20."]})]
    change = ns.SymbolChange("x", 0, "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2", "en")
    keep = ns.NextSessionOptions(clear_annotations=frozenset())
    result = ns.next_session(meeting, [change], keep)
    assert result.item("x").annotation["en"] == ["See CFC/COP/WG.4/2026/20."]


def test_the_new_meeting_records_where_it_came_from():
    meeting = factories.sample_meeting()
    result = ns.next_session(
        meeting, ns.propose_changes(meeting), source="wg4-2026.agenda", today=dt.date(2026, 12, 3)
    )
    assert result.origin == Origin(
        OriginKind.NEXT_SESSION, "wg4-2026.agenda", "CFC/COP/WG.4/2026/1", dt.date(2026, 12, 3)
    )
    assert meeting.origin is None
    # The next session of that one names that one, not the first.
    again = ns.next_session(result, ns.propose_changes(result), source="wg4-2027.agenda")
    assert again.origin is not None and again.origin.symbol == "CFC/COP/WG.4/2027/1"
    assert again.origin.made == dt.date.today()


def test_the_items_cleared_are_the_ones_the_new_meeting_has_without_annotations():
    meeting = factories.sample_meeting()
    for options in (
        ns.NextSessionOptions(),
        ns.NextSessionOptions(clear_annotations=frozenset({"coop", "open"})),
        ns.NextSessionOptions(clear_annotations=frozenset()),
    ):
        result = ns.next_session(meeting, [], options)
        emptied = {i.id for i in result.walk() if meeting.item(i.id).annotation != i.annotation}
        assert emptied == options.cleared_items(meeting) & {
            i.id for i in meeting.walk() if i.annotation
        }
    assert ns.NextSessionOptions().cleared_items(meeting) == {"needs", "coop"}
