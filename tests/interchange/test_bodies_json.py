"""Bodies in the JSON interchange: the shape of the issue reads, a meeting without a body
belongs to the first, documents without bodies read and write as before, and JSON -> session
file -> JSON keeps every body."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.interchange import InterchangeError, dumps_json, read_json, to_json_dict
from agenda_editor.storage.session import load, save
from tests import factories


def document(timetable: dict[str, Any]) -> str:
    return json.dumps(
        {
            "format": "agenda-editor/1",
            "meeting": {"symbol": "E/CN.7/2027/1", "original_language": "en"},
            "items": [
                {"id": "elect", "title": "Election of officers"},
                {"id": "adopt", "title": "Adoption of the agenda"},
                {"id": "res", "title": "Draft resolutions"},
            ],
            "timetable": timetable,
        }
    )


THE_ISSUES_EXAMPLE = {
    "max_slots_per_day": 4,
    "bodies": [
        {"id": "plenary", "name": {"en": "Plenary"}},
        {"id": "cow", "name": {"en": "Committee of the Whole"}},
    ],
    "days": [
        {
            "date": "2027-03-15",
            "slots": [
                {"start": "10:00", "end": "13:00", "body": "plenary", "items": ["elect", "adopt"]},
                {"start": "10:00", "end": "13:00", "body": "cow", "items": ["res"]},
            ],
        }
    ],
}


def test_the_shape_of_the_issue_reads_and_writes_back_the_same() -> None:
    meeting = read_json(document(THE_ISSUES_EXAMPLE))
    timetable = meeting.timetable
    assert [(b.id, b.name) for b in timetable.bodies] == [
        ("plenary", {"en": "Plenary"}),
        ("cow", {"en": "Committee of the Whole"}),
    ]
    assert [(s.body, s.items) for s in timetable.days[0].slots] == [
        ("plenary", ["elect", "adopt"]),
        ("cow", ["res"]),
    ]
    assert to_json_dict(meeting)["timetable"] == THE_ISSUES_EXAMPLE


def test_a_meeting_without_body_belongs_to_the_first_body_and_days_are_grouped() -> None:
    timetable = {
        "bodies": [{"id": "cow", "name": "Committee of the Whole"}, {"id": "plenary"}],
        "max_slots_per_day": 4,
        "days": [
            {
                "date": "2027-03-15",
                "slots": [
                    {"start": "10:00", "end": "13:00", "body": "plenary", "items": ["elect"]},
                    {"start": "10:00", "end": "13:00", "items": ["res"]},
                    {"start": "15:00", "end": "18:00", "body": "plenary", "items": ["adopt"]},
                ],
            }
        ],
    }
    meeting = read_json(document(timetable))
    assert meeting.timetable.bodies[0].name == {"en": "Committee of the Whole"}
    # Grouped by body in the order of the bodies, each body's meetings in the order given.
    assert [(s.body, s.items) for s in meeting.timetable.days[0].slots] == [
        ("cow", ["res"]),
        ("plenary", ["elect"]),
        ("plenary", ["adopt"]),
    ]
    slots = to_json_dict(meeting)["timetable"]["days"][0]["slots"]
    assert [slot["body"] for slot in slots] == ["cow", "plenary", "plenary"]


def test_a_document_without_bodies_reads_as_one_unnamed_body_and_writes_without_them() -> None:
    older = {
        "max_slots_per_day": 2,
        "days": [
            {
                "date": "2027-03-15",
                "slots": [{"start": "10:00", "end": "13:00", "items": ["elect", "adopt"]}],
            }
        ],
    }
    meeting = read_json(document(older))
    assert [(b.id, b.name) for b in meeting.timetable.bodies] == [("plenary", {})]
    assert to_json_dict(meeting)["timetable"] == older
    # One named body: the name is kept, meetings still need no "body".
    meeting.timetable.bodies[0].name = {"en": "Plenary"}
    written = to_json_dict(meeting)["timetable"]
    assert written["bodies"] == [{"id": "plenary", "name": {"en": "Plenary"}}]
    assert "body" not in written["days"][0]["slots"][0]


@pytest.mark.parametrize(
    ("bodies", "slot_body", "where", "problem"),
    [
        (None, "cow", "timetable.days[0].slots[0].body", 'no body has the id "cow"'),
        ([{"id": "a"}], "b", "timetable.days[0].slots[0].body", 'the bodies are "a"'),
        ([], None, "timetable.bodies", "at least one body"),
        ([{"id": "a"}, {"id": "a"}], None, "timetable.bodies[1].id", "already used by"),
        ([{"name": "Plenary"}], None, "timetable.bodies[0].id", "required"),
        ([{"id": " "}], None, "timetable.bodies[0].id", "cannot be empty"),
        ([{"id": "a", "nmae": "x"}], None, "timetable.bodies[0].nmae", 'did you mean "name"'),
        ([{"id": 7}], None, "timetable.bodies[0].id", "expected text"),
    ],
)
def test_bad_bodies_are_named_in_the_error(
    bodies: list[Any] | None, slot_body: str | None, where: str, problem: str
) -> None:
    slot: dict[str, Any] = {"start": "10:00", "end": "13:00", "items": ["res"]}
    if slot_body is not None:
        slot["body"] = slot_body
    timetable: dict[str, Any] = {"days": [{"date": "2027-03-15", "slots": [slot]}]}
    if bodies is not None:
        timetable["bodies"] = bodies
    with pytest.raises(InterchangeError) as caught:
        read_json(document(timetable))
    assert caught.value.location == where
    assert problem in caught.value.problem


def test_json_to_session_file_and_back_keeps_every_body(tmp_path: Path) -> None:
    text = dumps_json(factories.two_body_meeting())
    path = tmp_path / "commission.agenda"
    save(read_json(text), path)
    loaded = load(path).meeting
    assert loaded == factories.two_body_meeting()
    assert dumps_json(loaded) == text
    written = json.loads(text)["timetable"]
    assert [b["name"]["fr"] for b in written["bodies"]] == ["Plénière", "Commission plénière"]
    assert [s["body"] for s in written["days"][1]["slots"]] == ["plenary", "plenary", "cow"]
