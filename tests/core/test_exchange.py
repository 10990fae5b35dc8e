"""Translation exchange units and merging a translation back (no file format involved)."""

from __future__ import annotations

import copy

import pytest

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.core.exchange import ExchangeError, NoteMark, units
from agenda_editor.core.exchange_merge import IncomingUnit, Translation, merge
from agenda_editor.core.model import Meeting, ReferenceDocument
from tests.factories import sample_meeting, two_body_meeting

Run = markup.Run


def english_only() -> Meeting:
    meeting = sample_meeting()
    for text in (meeting.body, meeting.subsidiary_body, meeting.session, meeting.venue):
        text.pop("fr", None)
    meeting.title.pop("fr", None)
    for item in meeting.walk():
        item.title.pop("fr", None)
        item.annotation.pop("fr", None)
        for document in item.documents:
            document.title.pop("fr", None)
    meeting.languages = ["en"]
    return meeting


def incoming(meeting: Meeting, lang: str, change=lambda unit, target: target) -> Translation:
    """A translation as a tool would send it back: every unit's source as target, passed
    through ``change``."""
    return Translation(
        meeting.symbol,
        meeting.original_language,
        lang,
        [
            IncomingUnit(unit.id, list(unit.source), change(unit, list(unit.source)))
            for unit in units(meeting, lang)
        ],
    )


def upper(_unit: object, target: list) -> list:
    return [Run(p.text.upper(), p.formats) if isinstance(p, Run) else p for p in target]


def test_units_follow_the_document_with_ids_made_from_ours() -> None:
    meeting = sample_meeting()
    found = units(meeting, "es")
    ids = [unit.id for unit in found]
    assert ids[:6] == [
        "meeting/body",
        "meeting/subsidiary_body",
        "meeting/session",
        "meeting/venue",
        "meeting/title",
        "org/title",
    ]
    assert len(ids) == len(set(ids)) == len(ts.texts(meeting))
    assert "adoption/p1" in ids and "adoption/p1/fn1" in ids
    by_id = {unit.id: unit for unit in found}
    assert by_id["adoption/p1/fn1"].where == "Item 1 (b), annotation paragraph 1, footnote 1"
    assert all(unit.target is None for unit in found)  # no Spanish version yet
    paragraph = by_id["needs/p1"].source
    assert NoteMark(1) in paragraph and not any(isinstance(p, markup.Footnote) for p in paragraph)
    # Moving the item elsewhere keeps its ids.
    meeting.items.reverse()
    assert {unit.id for unit in units(meeting, "es")} == set(ids)


def test_document_titles_are_named_by_symbol_or_by_place_when_it_is_ambiguous() -> None:
    meeting = sample_meeting()
    item = next(item for item in meeting.walk() if len(item.documents) >= 1)
    symbol = item.documents[0].symbol
    assert f"{item.id}/doc/{symbol}" in {unit.id for unit in units(meeting, "fr")}
    item.documents.append(ReferenceDocument(symbol, {"en": "Same symbol twice"}))
    ids = {unit.id for unit in units(meeting, "fr")}
    assert f"{item.id}/doc#1" in ids and f"{item.id}/doc#{len(item.documents)}" in ids


def test_a_full_translation_creates_a_complete_new_version() -> None:
    meeting = english_only()
    result = merge(meeting, incoming(meeting, "es", upper))
    assert result.skipped == []
    merged = result.meeting
    assert merged.languages == ["en", "es"]
    assert ts.progress(merged, "es").complete
    assert merged.venue["es"] == "VIENNA"
    paragraph = merged.item("needs").annotation["es"][0]
    notes = markup.footnotes(paragraph)
    assert [note.plain for note in notes] == [
        markup.footnotes(meeting.item("needs").annotation["en"][0])[0].plain.upper()
    ]
    assert "<b>1 MARCH 2026</b>" in paragraph  # the formatting inside the footnote survives
    assert "es" not in meeting.languages  # the meeting given is not changed


def test_the_translator_decides_where_the_footnote_goes() -> None:
    meeting = english_only()

    def note_first(unit, target):
        if unit.id != "needs/p1":
            return target
        return [NoteMark(1), *[p for p in target if not isinstance(p, NoteMark)]]

    paragraph = merge(meeting, incoming(meeting, "fr", note_first)).meeting.item("needs")
    assert paragraph.annotation["fr"][0].startswith("<footnote>Replies received")


def test_source_changed_since_export_keeps_ours_reports_both_and_asks_for_review() -> None:
    meeting = sample_meeting()
    sent = incoming(meeting, "fr", upper)
    meeting.item("open").annotation["en"][0] = "The meeting will be opened on Friday."
    result = merge(meeting, sent)
    ref = ts.TextRef("paragraph", "open", index=0)
    assert result.meeting.item("open").annotation["fr"] == meeting.item("open").annotation["fr"]
    [skipped] = result.skipped
    assert skipped.unit_id == "open/p1" and "changed" in skipped.reason
    assert skipped.ours == "The meeting will be opened on Friday."
    assert skipped.theirs.startswith("The meeting of the Working Group will be opened")
    assert skipped.translation.startswith("THE MEETING OF THE WORKING GROUP")
    assert result.review == {ref: skipped.translation}
    assert result.meeting.item("org").title["fr"] == "ORGANIZATIONAL MATTERS"  # others merged


def test_unknown_and_duplicate_ids_and_forbidden_markup_are_reported_unit_by_unit() -> None:
    meeting = sample_meeting()
    translation = incoming(meeting, "fr", upper)
    by_id = {unit.id: unit for unit in translation.units}
    by_id["org/title"].target = [Run("Questions", frozenset({"b"}))]
    by_id["needs/p1"].target = [Run("Sans note")]
    by_id["needs/p1/fn1"].target = [Run("a"), NoteMark(1)]
    translation.units.append(IncomingUnit("gone/title", [Run("Gone")], [Run("Parti")]))
    translation.units.append(copy.deepcopy(by_id["open/title"]))
    before = copy.deepcopy(meeting)
    result = merge(meeting, translation)
    reasons = {skipped.unit_id: skipped.reason for skipped in result.skipped}
    assert "plain" in reasons["org/title"]
    assert "lost the place of footnote 1" in reasons["needs/p1"]
    assert "footnote" in reasons["needs/p1/fn1"]
    assert "no text of the meeting" in reasons["gone/title"]
    assert "more than one unit" in reasons["open/title"]
    merged = result.meeting
    assert merged.item("needs").annotation["fr"][0] == before.item("needs").annotation["fr"][0]
    assert merged.item("org").title["fr"] == before.item("org").title["fr"]
    assert merged.item("open").title["fr"] == before.item("open").title["fr"]


def test_a_file_for_another_meeting_or_language_is_refused() -> None:
    meeting = sample_meeting()
    other = incoming(meeting, "fr")
    other.meeting_symbol = "A/OTHER/1"
    with pytest.raises(ExchangeError, match="A/OTHER/1"):
        merge(meeting, other)
    with pytest.raises(ExchangeError, match="not into 'es'"):
        merge(meeting, incoming(meeting, "fr"), lang="es")
    with pytest.raises(ExchangeError, match="original language"):
        merge(meeting, incoming(meeting, "en"))
    with pytest.raises(ExchangeError, match="not one of"):
        merge(meeting, incoming(meeting, "de"))
    assert merge(meeting, incoming(meeting, "fr-FR")).lang == "fr"


def test_a_copied_source_marked_new_is_not_taken_as_a_translation() -> None:
    meeting = english_only()
    translation = incoming(meeting, "ru")
    for unit in translation.units:
        unit.state = "needs-translation"
    result = merge(meeting, translation)
    assert result.filled == [] and "ru" not in result.meeting.languages


def test_body_names_are_units_and_merge_into_the_timetable() -> None:
    meeting = two_body_meeting()
    found = {unit.id: unit for unit in units(meeting, "es")}
    assert found["body/cow"].where == "Organization of work, name of body 2"
    assert [unit.id for unit in units(meeting, "es")][-2:] == ["body/plenary", "body/cow"]
    result = merge(meeting, incoming(meeting, "es", upper))
    names = {body.id: body.name.get("es") for body in result.meeting.timetable.bodies}
    assert names == {"plenary": "PLENARY", "cow": "COMMITTEE OF THE WHOLE"}
    assert ts.TextRef("body", field="cow") in result.filled
