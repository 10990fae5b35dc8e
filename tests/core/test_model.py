"""The meeting as data: lookup of items, language versions and per-day limits."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import gc
import weakref

import pytest

from agenda_editor.core.languages import LANGUAGES, is_language, sort_languages, text_in
from agenda_editor.core.model import (
    DEFAULT_MAX_SLOTS_PER_DAY,
    MEETING_TEXT_FIELDS,
    TRANSLATED_MEETING_FIELDS,
    AgendaItem,
    Body,
    Day,
    Meeting,
    ReferenceDocument,
    Timetable,
    new_id,
)
from tests.factories import SAMPLE_ORDER, SAMPLE_START


def test_walk_visits_items_in_document_order(sample_meeting: Meeting) -> None:
    assert [node.id for node in sample_meeting.walk()] == list(SAMPLE_ORDER)
    coop = sample_meeting.item("coop")
    assert [node.id for node in coop.walk()] == [
        "coop",
        "coop-info",
        "coop-joint",
        "coop-regional",
        "coop-national",
    ]


def test_items_are_found_at_any_depth(sample_meeting: Meeting) -> None:
    assert sample_meeting.item("coop-national").title["fr"] == "Programmes nationaux"
    assert sample_meeting.has_item("coop-national")
    assert not sample_meeting.has_item("ghost")
    with pytest.raises(KeyError):
        sample_meeting.item("ghost")


def test_the_original_language_is_always_one_of_the_versions() -> None:
    meeting = Meeting(symbol="A/1/2", original_language="fr", languages=["en"])
    assert meeting.languages == ["fr", "en"]
    kept = Meeting(symbol="A/1/2", original_language="en", languages=["en", "fr"])
    assert kept.languages == ["en", "fr"]


def test_new_ids_are_distinct() -> None:
    assert len({new_id() for _ in range(1000)}) == 1000
    assert AgendaItem().id != AgendaItem().id


def test_a_day_uses_its_own_limit_or_the_timetable_default() -> None:
    timetable = Timetable()
    assert timetable.max_slots_per_day == DEFAULT_MAX_SLOTS_PER_DAY == 2
    assert timetable.limit_for(Day(SAMPLE_START)) == 2
    assert timetable.limit_for(Day(SAMPLE_START, max_slots=3)) == 3
    assert timetable.limit_for(Day(SAMPLE_START, max_slots=0)) == 0


def test_equal_meetings_compare_equal_and_any_change_shows(sample_meeting: Meeting) -> None:
    other = copy.deepcopy(sample_meeting)
    assert other == sample_meeting
    other.item("coop-regional").annotation["en"] = ["New."]
    assert other != sample_meeting


def test_languages_in_un_order() -> None:
    assert LANGUAGES == ("ar", "zh", "en", "fr", "ru", "es")
    assert sort_languages(["es", "en", "ar", "en", "xx"]) == ["ar", "en", "es"]
    assert is_language("zh") and not is_language("de")


def test_a_missing_or_empty_translation_reads_as_none() -> None:
    text = {"en": "Opening", "fr": ""}
    assert text_in(text, "en") == "Opening"
    assert text_in(text, "fr") is None
    assert text_in(text, "ru") is None


def test_lookups_follow_every_change_of_the_tree(sample_meeting: Meeting) -> None:
    """The index by id never answers for a tree that changed under it, however it changed."""
    meeting = sample_meeting
    coop = meeting.item("coop")
    # Changed in place, by assignment, by a new id: found (or not) as the tree now stands.
    coop.children.append(AgendaItem(id="added", title={"en": "Added"}))
    assert meeting.item("added").title == {"en": "Added"}
    coop.children.pop()
    assert not meeting.has_item("added")
    coop.children = [AgendaItem(id="only")]
    assert meeting.has_item("only") and not meeting.has_item("coop-info")
    meeting.item("only").id = "renamed"
    assert meeting.has_item("renamed") and not meeting.has_item("only")
    meeting.items = [AgendaItem(id="alone")]
    assert [node.id for node in meeting.walk()] == ["alone"]
    assert meeting.has_item("alone") and not meeting.has_item("coop")


def test_a_copy_has_its_own_index(sample_meeting: Meeting) -> None:
    twin = copy.deepcopy(sample_meeting)
    assert twin == sample_meeting
    assert twin.item("coop") is not sample_meeting.item("coop")
    twin.item("coop").children.clear()
    assert not twin.has_item("coop-info")
    assert sample_meeting.has_item("coop-info")
    assert twin != sample_meeting


def _mutable_parts(value: object, seen: dict[int, object]) -> dict[int, object]:
    """Every container and object reachable from ``value`` (strings, numbers, dates left out)."""
    if isinstance(value, str | int | float | dt.date | dt.time | enum.Enum) or value is None:
        return seen
    if id(value) in seen:
        return seen
    seen[id(value)] = value
    if isinstance(value, dict):
        for key, inner in value.items():
            _mutable_parts(key, seen)
            _mutable_parts(inner, seen)
    elif isinstance(value, list | tuple):
        for inner in value:
            _mutable_parts(inner, seen)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _mutable_parts(getattr(value, field.name), seen)
    return seen


def test_a_copy_shares_nothing_the_user_can_change(sample_meeting: Meeting) -> None:
    item = sample_meeting.item("coop")
    item.documents.append(ReferenceDocument("A/1", {"en": "Report", "fr": "Rapport"}))
    item.annotation["fr"] = ["Un paragraphe."]
    twin = copy.deepcopy(sample_meeting)
    assert twin == sample_meeting
    original = _mutable_parts(sample_meeting, {})
    shared = [part for key, part in _mutable_parts(twin, {}).items() if key in original]
    assert shared == []
    twin.item("coop").documents[-1].title["en"] = "Changed"
    twin.item("coop").annotation["fr"].append("Autre.")
    assert item.documents[-1].title["en"] == "Report"
    assert item.annotation["fr"] == ["Un paragraphe."]


def test_a_dropped_copy_is_freed_at_once_without_the_garbage_collector(
    sample_meeting: Meeting,
) -> None:
    gc.disable()
    try:
        twin = copy.deepcopy(sample_meeting)
        assert twin.item("coop-info").id == "coop-info"  # its index is built
        gone = weakref.ref(twin)
        gone_item = weakref.ref(twin.item("coop"))
        del twin
        assert gone() is None and gone_item() is None  # no reference cycle kept them
    finally:
        gc.enable()


def test_the_list_of_the_meeting_s_texts_is_every_text_of_the_meeting_in_order() -> None:
    # Saving, the JSON interchange, validation, the Meeting page and translation go by this
    # list: a text added to the meeting and left out of it would be silently dropped.
    texts = [f.name for f in dataclasses.fields(Meeting) if f.type == "LangText"]
    assert list(MEETING_TEXT_FIELDS) == texts
    assert texts == [
        "body", "subsidiary_body", "session", "venue", "title", "job_number", "reissue_note",
    ]  # fmt: skip
    assert TRANSLATED_MEETING_FIELDS == (
        "body", "subsidiary_body", "session", "venue", "title", "reissue_note",
    )  # fmt: skip


def test_a_copied_timetable_is_equal_and_shares_nothing_the_user_can_change(
    sample_meeting: Meeting,
) -> None:
    timetable = sample_meeting.timetable
    timetable.bodies = [Body("plenary", {"en": "Plenary"}), Body("cow", {"en": "Committee"})]
    timetable.days[0].max_slots = 3
    timetable.days[0].slots[-1].body = "cow"
    twin = copy.deepcopy(timetable)
    assert twin == timetable
    original = _mutable_parts(timetable, {})
    assert [part for key, part in _mutable_parts(twin, {}).items() if key in original] == []
    twin.days[0].slots[0].items.append("coop")
    twin.bodies[1].name["fr"] = "Commission"
    assert "coop" not in timetable.days[0].slots[0].items
    assert timetable.bodies[1].name == {"en": "Committee"}
