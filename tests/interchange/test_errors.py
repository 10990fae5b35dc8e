"""Every kind of invalid document is refused with a message naming the JSON path and the problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.interchange import InterchangeError, load_json, read_json


def valid_document() -> dict[str, Any]:
    """A small valid document that each case below breaks in one place."""
    return {
        "format": "agenda-editor/1",
        "meeting": {
            "symbol": "ABC/WG.1/2026/1",
            "original_language": "en",
            "languages": ["en", "fr"],
            "date": "2026-03-20",
            "start": "2026-06-01",
            "end": "2026-06-02",
        },
        "items": [
            {"id": "org", "title": {"en": "Organizational matters"}},
            {"id": "review", "title": "Review"},
            {
                "id": "other",
                "title": {"en": "Other matters"},
                "annotation": {"en": ["First paragraph."]},
                "documents": [{"title": "A note", "symbol": "ABC/WG.1/2026/2"}],
                "children": [{"id": "sub", "title": {"en": "A sub-item"}}],
            },
        ],
        "timetable": {
            "max_slots_per_day": 2,
            "days": [
                {
                    "date": "2026-06-01",
                    "slots": [
                        {"start": "10:00", "end": "13:00", "items": ["org"]},
                        {"start": "15:00", "end": "18:00", "items": ["review", "other"]},
                    ],
                }
            ],
        },
    }


def setter(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that puts ``value`` at a dotted path (``items.2.children.0.title``)."""

    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def deleter(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[last]

    return change


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    # format and versions
    ("no format", deleter("format"), 'format: missing; expected "agenda-editor/1"'),
    (
        "other format",
        setter("format", "agenda-maker/1"),
        'format: expected "agenda-editor/1", got "agenda-maker/1"',
    ),
    (
        "newer version",
        setter("format", "agenda-editor/2"),
        'format: "agenda-editor/2" was made by a newer version of Agenda Editor; '
        'this version reads "agenda-editor/1"',
    ),
    (
        "format as number",
        setter("format", 1),
        'format: expected "agenda-editor/1", got the number 1',
    ),
    # required fields and unknown fields
    ("no meeting", deleter("meeting"), "meeting: missing; this field is required"),
    ("no items", deleter("items"), "items: missing; this field is required"),
    ("no symbol", deleter("meeting.symbol"), "meeting.symbol: missing; this field is required"),
    (
        "no original language",
        deleter("meeting.original_language"),
        "meeting.original_language: missing; this field is required",
    ),
    (
        "misspelt field",
        setter("meeting.sesion", {"en": "Sixth session"}),
        'meeting.sesion: unknown field; did you mean "session"?',
    ),
    (
        "unknown top-level field",
        setter("extras", 1),
        'extras: unknown field; expected one of "format", "meeting", "items", "timetable"',
    ),
    (
        "unknown item field",
        setter("items.2.children.0.notes", "x"),
        "items[2].children[0].notes: unknown field; ",
    ),
    # types
    ("meeting not an object", setter("meeting", []), "meeting: expected an object, got a list"),
    (
        "items not a list",
        setter("items", {}),
        "items: expected a list of agenda items, got an object",
    ),
    (
        "symbol not text",
        setter("meeting.symbol", 12),
        "meeting.symbol: expected text, got the number 12",
    ),
    (
        "sub-item title a number",
        setter("items.2.children.0.title", 5),
        "items[2].children[0].title: expected text (or a map of language codes to text), "
        "got the number 5",
    ),
    (
        "title text in a map not text",
        setter("items.0.title", {"en": None}),
        "items[0].title.en: expected text, got null",
    ),
    (
        "annotation paragraph not text",
        setter("items.2.annotation", {"en": ["ok", True]}),
        "items[2].annotation.en[1]: expected text, got true",
    ),
    (
        "languages not a list",
        setter("meeting.languages", "en"),
        'meeting.languages: expected a list of language codes, got "en"',
    ),
    (
        "documents not a list",
        setter("items.2.documents", "ABC/1"),
        'items[2].documents: expected a list of documents, got "ABC/1"',
    ),
    (
        "document symbol not text",
        setter("items.2.documents.0.symbol", ["ABC/1"]),
        "items[2].documents[0].symbol: expected text, got a list",
    ),
    # languages
    (
        "unknown original language",
        setter("meeting.original_language", "english"),
        'meeting.original_language: "english" is not a UN language code; '
        "expected one of ar, zh, en, fr, ru, es",
    ),
    (
        "unknown language in the list",
        setter("meeting.languages", ["en", "de"]),
        'meeting.languages[1]: "de" is not a UN language code',
    ),
    (
        "unknown language in a text",
        setter("meeting.body", {"en": "Conference", "EN": "Conference"}),
        'meeting.body.EN: "EN" is not a UN language code',
    ),
    (
        "unknown language in an annotation",
        setter("items.2.annotation", {"fr-CA": ["Texte."]}),
        'items[2].annotation.fr-CA: "fr-CA" is not a UN language code',
    ),
    # dates, times and values
    (
        "date in another format",
        setter("meeting.date", "20/03/2026"),
        'meeting.date: expected a date as YYYY-MM-DD, got "20/03/2026"',
    ),
    (
        "impossible date",
        setter("meeting.start", "2026-02-30"),
        'meeting.start: "2026-02-30" is not a date of the calendar',
    ),
    (
        "compact date",
        setter("meeting.end", "20260602"),
        'meeting.end: expected a date as YYYY-MM-DD, got "20260602"',
    ),
    (
        "day without a date",
        deleter("timetable.days.0.date"),
        "timetable.days[0].date: missing; this field is required",
    ),
    (
        "time without minutes",
        setter("timetable.days.0.slots.1.start", "15h"),
        'timetable.days[0].slots[1].start: expected a time as HH:MM (24-hour clock), got "15h"',
    ),
    (
        "impossible time",
        setter("timetable.days.0.slots.0.end", "24:30"),
        'timetable.days[0].slots[0].end: "24:30" is not a time of day',
    ),
    (
        "bad distribution",
        setter("meeting.distribution", "public"),
        'meeting.distribution: expected one of "general", "limited", "restricted", got "public"',
    ),
    (
        "bad page size",
        setter("meeting.page_size", "a4"),
        'meeting.page_size: expected one of "A4", "Letter", got "a4"',
    ),
    (
        "meeting limit not a whole number",
        setter("timetable.max_slots_per_day", 2.5),
        "timetable.max_slots_per_day: expected a whole number, got the number 2.5",
    ),
    (
        "day limit negative",
        setter("timetable.days.0.max_slots", -1),
        "timetable.days[0].max_slots: expected a whole number of 0 or more, got -1",
    ),
    (
        "day limit a boolean",
        setter("timetable.days.0.max_slots", True),
        "timetable.days[0].max_slots: expected a whole number, got true",
    ),
    # ids and references
    (
        "duplicate id",
        setter("items.2.children.0.id", "review"),
        'items[2].children[0].id: the id "review" is already used by items[1]',
    ),
    ("empty id", setter("items.0.id", " "), "items[0].id: an id cannot be empty"),
    (
        "timetable refers to a missing item",
        setter("timetable.days.0.slots.1.items", ["review", "xyz"]),
        'timetable.days[0].slots[1].items[1]: no agenda item has the id "xyz"',
    ),
    (
        "timetable item not text",
        setter("timetable.days.0.slots.0.items", [3]),
        "timetable.days[0].slots[0].items[0]: expected text, got the number 3",
    ),
    # markup
    (
        "unclosed italics",
        setter("items.2.annotation", {"en": ["Fine.", "An <i>open tag."]}),
        "items[2].annotation.en[1]: broken markup: ",
    ),
    (
        "footnote in a footnote",
        setter("items.2.annotation", ["A<footnote>B<footnote>C</footnote></footnote>"]),
        "items[2].annotation[0]: broken markup: ",
    ),
    # structure
    (
        "agenda too deep",
        setter(
            "items.2.children.0.children",
            [{"children": [{"children": [{"title": "Too deep"}]}]}],
        ),
        "items[2].children[0].children[0].children[0].children[0]: too deep: "
        "the agenda has at most 4 levels of items",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_invalid_documents_are_refused_with_the_path_and_the_problem(
    change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    doc = copy.deepcopy(valid_document())
    read_json(json.dumps(doc))  # the unbroken document is valid
    change(doc)
    with pytest.raises(InterchangeError) as caught:
        read_json(json.dumps(doc))
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "agenda-editor/1",\n  "meeting": {\n    "symbol": "A/1"\n    "x": 1}}',
         "invalid JSON at line 4, column 5: Expecting ',' delimiter"),
        ('{"format": "agenda-editor/1", "items": []', "invalid JSON at line 1, column "),
        ("", "the document is empty"),
        ("   \n", "the document is empty"),
        ('{"format": NaN}', "invalid JSON: NaN is not a valid JSON value"),
        ('{"format": ' + "9" * 5000 + "}", "invalid JSON: a number of 5,000 digits is too long"),
        ('{"format": 1.' + "5" * 200 + "}", "invalid JSON: a number of 202 characters is too long"),
        ("[1, 2]", "expected a JSON object at the top level, got a list"),
        ('"agenda-editor/1"', 'expected a JSON object at the top level, got "agenda-editor/1"'),
    ],
)  # fmt: skip
def test_text_that_is_not_a_json_object_is_refused(text: str, expected: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        read_json(text)
    assert str(caught.value).startswith(expected)


def test_a_key_given_twice_is_refused_rather_than_one_silently_winning() -> None:
    text = json.dumps(valid_document()).replace(
        '"symbol": "ABC/WG.1/2026/1"', '"symbol": "ABC/WG.1/2026/1", "symbol": "ABC/WG.1/2026/9"'
    )
    with pytest.raises(InterchangeError, match=r'^meeting: the field "symbol" is given more'):
        read_json(text)


def test_a_language_given_twice_in_a_text_is_refused() -> None:
    text = json.dumps(valid_document()).replace(
        '"title": {"en": "Other matters"}', '"title": {"en": "Other matters", "en": "Other"}'
    )
    with pytest.raises(InterchangeError, match=r'^items\[2\]\.title: the language "en" is given'):
        read_json(text)


def test_bytes_that_are_not_utf8_are_refused() -> None:
    data = json.dumps(valid_document(), ensure_ascii=False).replace("Review", "Révision")
    with pytest.raises(InterchangeError, match="not UTF-8 text"):
        read_json(data.encode("latin-1"))


def test_deeply_nested_json_is_refused_without_a_crash() -> None:
    with pytest.raises(InterchangeError, match="invalid JSON: nested too deeply"):
        read_json("[" * 100_000 + "]" * 100_000)


def test_errors_from_a_file_name_the_file(tmp_path: Path) -> None:
    doc = valid_document()
    doc["meeting"]["date"] = "March 2026"
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        load_json(path)
    assert (
        str(caught.value)
        == f'{path}: meeting.date: expected a date as YYYY-MM-DD, got "March 2026"'
    )
    assert caught.value.location == "meeting.date"
    assert caught.value.file == str(path)


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_json(tmp_path / "absent.json")
