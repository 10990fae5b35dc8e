"""JSON -> meeting -> JSON gives back the same text; what the writer omits and in what order."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from agenda_editor.core.model import AgendaItem, Distribution, Meeting, PageSize, Timetable
from agenda_editor.interchange import (
    InterchangeError,
    dump_json,
    dumps_json,
    load_json,
    read_json,
    save_json,
    to_json_dict,
)
from agenda_editor.resources import sample_path
from agenda_editor.storage import session
from tests import factories


def test_the_bundled_sample_round_trips_to_identical_text() -> None:
    text = sample_path().read_text(encoding="utf-8")
    assert dumps_json(read_json(text)) == text


def test_a_rich_meeting_built_in_code_survives_the_round_trip() -> None:
    meeting = factories.sample_meeting()
    meeting.distribution = Distribution.RESTRICTED
    meeting.page_size = PageSize.LETTER
    meeting.issue_date = dt.date(2026, 3, 2)
    meeting.timetable.days[1].max_slots = 3
    text = dumps_json(meeting)
    again = read_json(text)
    assert again == meeting
    assert dumps_json(again) == text


def test_session_file_round_trip_gives_identical_json(tmp_path: Path) -> None:
    text = sample_path().read_text(encoding="utf-8")
    session.save(read_json(text), tmp_path / "meeting.agenda")
    assert dumps_json(session.load(tmp_path / "meeting.agenda").meeting) == text


def minimal(**meeting: object) -> dict[str, object]:
    return {
        "format": "agenda-editor/1",
        "meeting": {"symbol": "ABC/1", "original_language": "en", **meeting},
        "items": [],
    }


def test_a_minimal_document_leaves_out_every_empty_optional_field() -> None:
    written = to_json_dict(read_json(json.dumps(minimal())))
    assert written == {
        "format": "agenda-editor/1",
        "meeting": {
            "symbol": "ABC/1",
            "distribution": "general",
            "original_language": "en",
            "languages": ["en"],
            "page_size": "A4",
        },
        "items": [],
    }


def test_keys_come_in_the_documented_order_whatever_the_input_order() -> None:
    doc = minimal(
        page_size="Letter", end="2026-06-02", start="2026-06-01", venue="Vienna", date="2026-03-20"
    )
    doc["timetable"] = {
        "days": [{"slots": [{"end": "13:00", "start": "10:00"}], "date": "2026-06-01"}]
    }
    doc["items"] = [{"children": [{"title": "Sub"}], "title": "Item", "id": "a"}]
    written = to_json_dict(read_json(json.dumps(doc)))
    assert list(written) == ["format", "meeting", "items", "timetable"]
    assert list(written["meeting"]) == [
        "symbol", "distribution", "date", "original_language", "languages", "venue", "start",
        "end", "page_size",
    ]  # fmt: skip
    assert list(written["items"][0]) == ["id", "title", "children"]
    assert list(written["timetable"]) == ["max_slots_per_day", "days"]
    assert list(written["timetable"]["days"][0]["slots"][0]) == ["start", "end"]


def test_languages_are_written_in_the_un_order() -> None:
    doc = minimal(
        languages=["es", "ru", "fr", "zh", "ar"],
        body={"es": "Conferencia", "ru": "Конференция", "en": "Conference", "ar": "المؤتمر"},
    )
    written = to_json_dict(read_json(json.dumps(doc)))["meeting"]
    assert written["languages"] == ["ar", "zh", "en", "fr", "ru", "es"]
    assert list(written["body"]) == ["ar", "en", "ru", "es"]


def test_text_is_written_as_utf8_not_escapes() -> None:
    doc = minimal(languages=["en", "fr"], venue={"en": "Vienna", "fr": "Genève"})
    text = dumps_json(read_json(json.dumps(doc)))
    assert '"fr": "Genève"' in text
    assert "\\u" not in text
    assert text.endswith("}\n")


def test_a_plain_string_is_the_original_languages_text() -> None:
    doc = minimal(original_language="fr", session="Sixième session")
    doc["items"] = [{"id": "a", "title": "Questions d'organisation", "annotation": ["Texte."]}]
    meeting = read_json(json.dumps(doc))
    assert meeting.session == {"fr": "Sixième session"}
    assert meeting.items[0].title == {"fr": "Questions d'organisation"}
    assert meeting.items[0].annotation == {"fr": ["Texte."]}


def test_empty_texts_are_untranslated_not_empty_strings() -> None:
    doc = minimal(languages=["en", "fr"], venue={"en": "Vienna", "fr": ""})
    doc["items"] = [{"id": "a", "title": {"en": "Item", "fr": ""}, "annotation": {"fr": []}}]
    meeting = read_json(json.dumps(doc))
    assert meeting.venue == {"en": "Vienna"}
    assert meeting.items[0].title == {"en": "Item"}
    assert meeting.items[0].annotation == {}


def test_languages_default_to_those_the_texts_are_written_in() -> None:
    doc = minimal(body={"en": "Conference", "fr": "Conférence"})
    doc["items"] = [{"title": "Item", "annotation": {"ru": ["Текст."]}}]
    assert read_json(json.dumps(doc)).languages == ["en", "fr", "ru"]


def test_the_original_language_is_always_a_language_version() -> None:
    meeting = read_json(json.dumps(minimal(original_language="fr", languages=["en"])))
    assert meeting.languages == ["en", "fr"]


def test_missing_ids_are_generated_unique_and_then_kept() -> None:
    doc = minimal()
    doc["items"] = [{"title": "One", "children": [{"title": "One a"}]}, {"id": "two"}]
    meeting = read_json(json.dumps(doc))
    ids = [item.id for item in meeting.walk()]
    assert ids[2] == "two"
    assert len(set(ids)) == 3 and all(ids)
    assert [item.id for item in read_json(dumps_json(meeting)).walk()] == ids


def test_annotation_paragraphs_are_kept_exactly_as_given() -> None:
    paragraphs = [
        "Plain &amp; <b>bold</b>, an <img src=x> that is text, a lone & and  two spaces.",
        "Area in km<sup>2</sup><footnote>See <i>Report</i>, para. 3.</footnote>.",
        "",
    ]
    doc = minimal()
    doc["items"] = [{"id": "a", "annotation": {"en": paragraphs}}]
    meeting = read_json(json.dumps(doc))
    assert meeting.items[0].annotation["en"] == paragraphs
    assert to_json_dict(meeting)["items"][0]["annotation"]["en"] == paragraphs


def test_timetable_defaults_and_per_day_limits() -> None:
    doc = minimal()
    doc["items"] = [{"id": "a"}]
    doc["timetable"] = {"days": [{"date": "2026-06-01", "max_slots": 3}, {"date": "2026-06-02"}]}
    meeting = read_json(json.dumps(doc))
    assert meeting.timetable.max_slots_per_day == 2
    assert [day.max_slots for day in meeting.timetable.days] == [3, None]
    written = to_json_dict(meeting)["timetable"]
    assert written["days"] == [{"date": "2026-06-01", "max_slots": 3}, {"date": "2026-06-02"}]


def test_an_empty_default_timetable_is_left_out_but_a_changed_limit_is_kept() -> None:
    meeting = Meeting(symbol="ABC/1", original_language="en", items=[AgendaItem(id="a")])
    assert "timetable" not in to_json_dict(meeting)
    meeting.timetable = Timetable(max_slots_per_day=3)
    assert to_json_dict(meeting)["timetable"] == {"max_slots_per_day": 3}
    assert read_json(dumps_json(meeting)).timetable.max_slots_per_day == 3


@pytest.mark.parametrize("kind", ["text", "bytes", "text stream", "binary stream", "bom"])
def test_read_json_accepts_text_bytes_and_streams(kind: str) -> None:
    text = sample_path().read_text(encoding="utf-8")
    data = text.encode("utf-8")
    source: object = {
        "text": text,
        "bytes": data,
        "text stream": io.StringIO(text),
        "binary stream": io.BytesIO(data),
        "bom": b"\xef\xbb\xbf" + data,
    }[kind]
    assert read_json(source) == read_json(text)  # type: ignore[arg-type]
    assert read_json(text).symbol == "MDC/COP/WG.1/2026/1"


def test_dump_json_writes_the_canonical_text_to_a_stream() -> None:
    meeting = factories.sample_meeting()
    stream = io.StringIO()
    dump_json(meeting, stream)
    assert stream.getvalue() == dumps_json(meeting)


def test_save_json_writes_a_file_that_loads_back(tmp_path: Path) -> None:
    meeting = factories.sample_meeting()
    path = tmp_path / "meeting.json"
    save_json(meeting, path)
    assert load_json(path) == meeting
    assert path.read_text(encoding="utf-8") == dumps_json(meeting)
    assert os.listdir(tmp_path) == ["meeting.json"]


def test_save_json_replaces_a_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "meeting.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    save_json(factories.sample_meeting(), path)
    assert path.read_text(encoding="utf-8").startswith('{\n  "format": "agenda-editor/1"')
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_failed_save_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "meeting.json"
    path.write_text("the old meeting", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        save_json(factories.sample_meeting(), path)
    assert path.read_text(encoding="utf-8") == "the old meeting"
    assert os.listdir(tmp_path) == ["meeting.json"]


def test_save_json_into_a_missing_folder_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "absent" / "meeting.json"
    with pytest.raises(FileNotFoundError) as caught:
        save_json(factories.sample_meeting(), target)
    assert caught.value.filename == str(target)


def test_a_meeting_that_would_not_read_back_is_not_written(tmp_path: Path) -> None:
    meeting = factories.sample_meeting()
    first_meeting = meeting.timetable.days[0].slots[0].items
    first_meeting.append("gone")
    path = tmp_path / "meeting.json"
    path.write_text("the old meeting", encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        save_json(meeting, path)
    assert str(caught.value) == (
        f"timetable.days[0].slots[0].items[{len(first_meeting) - 1}]: cannot be written as JSON: "
        'no agenda item has the id "gone"'
    )
    assert path.read_text(encoding="utf-8") == "the old meeting"
    assert os.listdir(tmp_path) == ["meeting.json"]


def test_broken_markup_is_reported_when_writing() -> None:
    meeting = factories.sample_meeting()
    meeting.items[1].annotation["fr"] = ["Un <b>texte."]
    with pytest.raises(InterchangeError, match=r"^items\[1\]\.annotation\.fr\[0\]: cannot be"):
        to_json_dict(meeting)


def test_save_json_onto_a_folder_names_it_and_leaves_it(tmp_path: Path) -> None:
    folder = tmp_path / "meeting.json"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        save_json(factories.sample_meeting(), folder)
    assert caught.value.filename == str(folder)
    assert folder.is_dir() and os.listdir(tmp_path) == ["meeting.json"]
