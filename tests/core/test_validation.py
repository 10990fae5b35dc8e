"""One validation step for every reader: the JSON reader and the session reader refuse the same
meetings with the same words, and what cannot be read back is not written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument
from agenda_editor.core.validation import MAX_TEXT_LENGTH, MeetingProblem, validate_meeting
from agenda_editor.interchange import InterchangeError, dumps_json, read_json
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.recovery import RecoveryStore
from agenda_editor.storage.session import load, save


def chain(levels: int) -> AgendaItem:
    item = AgendaItem(id=f"l{levels}", title={"en": f"Level {levels}"})
    for level in range(levels - 1, 0, -1):
        item = AgendaItem(id=f"l{level}", title={"en": f"Level {level}"}, children=[item])
    return item


def meeting_with(*items: AgendaItem) -> Meeting:
    return Meeting(symbol="A/1", original_language="en", items=list(items))


def session_problem(path: Path) -> str:
    with pytest.raises(SessionFileError) as caught:
        load(path)
    return str(caught.value).split("has inconsistent content: ", 1)[1]


def json_problem(doc: dict[str, Any]) -> str:
    with pytest.raises(InterchangeError) as caught:
        read_json(json.dumps(doc))
    return str(caught.value)


def test_both_readers_refuse_a_fifth_level_with_the_same_words(tmp_path: Path) -> None:
    path = tmp_path / "deep.agenda"
    save(meeting_with(chain(4)), path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO item VALUES ('l5', 'l4', 0)")
    conn.commit()
    conn.close()
    doc = json.loads(dumps_json(meeting_with(chain(4))))
    doc["items"][0]["children"][0]["children"][0]["children"][0]["children"] = [{"id": "l5"}]
    expected = (
        "items[0].children[0].children[0].children[0].children[0]: too deep: "
        "the agenda has at most 4 levels of items"
    )
    assert session_problem(path) == expected
    assert json_problem(doc) == expected


def test_both_readers_refuse_an_unknown_language_with_the_same_words(tmp_path: Path) -> None:
    path = tmp_path / "lang.agenda"
    save(meeting_with(chain(1)), path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE item_title SET lang = 'de'")
    conn.commit()
    conn.close()
    doc = json.loads(dumps_json(meeting_with(chain(1))))
    doc["items"][0]["title"] = {"de": "Level 1"}
    expected = 'items[0].title.de: "de" is not a UN language code; expected one of '
    assert session_problem(path).startswith(expected)
    assert json_problem(doc).startswith(expected)


def test_a_deep_chain_is_refused_without_recursion() -> None:
    item = AgendaItem(id="deep0")
    top = item
    for level in range(1, 5000):
        child = AgendaItem(id=f"deep{level}")
        item.children = [child]
        item = child
    with pytest.raises(MeetingProblem, match="too deep") as caught:
        validate_meeting(meeting_with(top))
    assert caught.value.location.count("children") == 4


# -- text that cannot be stored ---------------------------------------------------------------


def valid_document() -> dict[str, Any]:
    return {
        "format": "agenda-editor/1",
        "meeting": {"symbol": "A/1", "original_language": "en"},
        "items": [{"id": "a", "title": "Opening"}, {"id": "b", "title": {"en": "Other"}}],
    }


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (("items", 0, "title"), "items[0].title.en: the text contains a character that cannot be "
                                "stored (a lone surrogate, U+D800, at character 4)"),
        (("items", 1, "title", "en"), "items[1].title.en: the text contains a character that "
                                      "cannot be stored (a lone surrogate, U+D800"),
        (("meeting", "symbol"), "meeting.symbol: the text contains a character that cannot be"),
        (("items", 0, "id"), "items[0].id: the text contains a character that cannot be"),
    ],
)  # fmt: skip
def test_json_with_a_lone_surrogate_is_refused(where: tuple[Any, ...], expected: str) -> None:
    doc = valid_document()
    target: Any = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = "Ope\ud800ning"
    text = json.dumps(doc)  # ASCII: the surrogate is the escape \ud800, as a crafted file has it
    assert "\\ud800" in text
    with pytest.raises(InterchangeError) as caught:
        read_json(text)
    assert str(caught.value).startswith(expected)


def test_a_surrogate_in_a_field_name_gives_a_printable_message() -> None:
    text = json.dumps(valid_document()).replace('"symbol": "A/1"', '"symbol": "A/1", "\\udcff": 1')
    with pytest.raises(InterchangeError) as caught:
        read_json(text)
    message = str(caught.value)
    assert message.startswith("meeting.\\udcff: unknown field")
    message.encode("utf-8")  # printable on any terminal


def test_an_overlong_text_is_refused() -> None:
    doc = valid_document()
    doc["items"][0]["title"] = "x" * (MAX_TEXT_LENGTH + 1)
    assert "is too long: 1,000,001 characters" in json_problem(doc)


def test_texts_long_together_are_kept_when_each_is_within_the_limit() -> None:
    half = "é" * (MAX_TEXT_LENGTH // 2 + 1)
    item = AgendaItem(id="a", title={"en": half}, annotation={"en": [half, half]})
    validate_meeting(meeting_with(item))  # accepted: the limit is per text


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda item: item.annotation.setdefault("fr", []).extend(["Bon.", "Ma\udfffl"]),
         "items[0].children[1].annotation.fr[1]: the text contains a character that cannot be "
         "stored (a lone surrogate, U+DFFF, at character 3)"),
        (lambda item: item.documents.append(ReferenceDocument("A/\ud801", {"en": "Report"})),
         "items[0].children[1].documents[0].symbol: the text contains a character"),
        (lambda item: item.title.update({"ar": "\u0645\ud800"}),
         "items[0].children[1].title.ar: the text contains a character"),
        (lambda item: item.annotation.update({"de": ["Gut."]}),
         "items[0].children[1].annotation.de: \"de\" is not a UN language code"),
    ],
)  # fmt: skip
def test_a_bad_text_deep_in_the_agenda_is_named_by_its_place(
    change: Callable[[AgendaItem], object], expected: str
) -> None:
    child = AgendaItem(id="b2", title={"en": "Sub", "ar": "\u0641\u0631\u0639"})
    change(child)
    parent = AgendaItem(id="b", title={"en": "Item"}, children=[AgendaItem(id="b1"), child])
    with pytest.raises(MeetingProblem) as caught:
        validate_meeting(meeting_with(parent, AgendaItem(id="c")))
    assert str(caught.value).startswith(expected)


def unstorable() -> Meeting:
    return meeting_with(AgendaItem(id="a", title={"en": "Bad \ud800 text"}))


def test_save_refuses_a_lone_surrogate_with_our_error(tmp_path: Path) -> None:
    path = tmp_path / "m.agenda"
    with pytest.raises(SessionFileError) as caught:
        save(unstorable(), path)
    assert str(path) in str(caught.value)
    assert "items[0].title.en: the text contains a character that cannot be stored" in str(
        caught.value
    )
    assert list(tmp_path.iterdir()) == []


def test_the_recovery_copy_fails_with_our_error_too(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    with pytest.raises(SessionFileError, match="cannot be stored"):
        store.write("k", unstorable())
    assert store.entries() == []


def test_a_number_too_large_to_store_is_refused_by_reading_and_saving(tmp_path: Path) -> None:
    doc = valid_document()
    doc["timetable"] = {"max_slots_per_day": 2**63}
    assert json_problem(doc) == (
        "timetable.max_slots_per_day: expected a whole number of at most 1000, "
        "got 9223372036854775808"
    )
    meeting = meeting_with(chain(1))
    meeting.timetable.max_slots_per_day = 2**63  # made an export to .agenda die on OverflowError
    with pytest.raises(SessionFileError, match="at most 1000"):
        save(meeting, tmp_path / "m.agenda")


def test_items_known_to_be_checked_still_have_their_ids_and_depth_checked() -> None:
    """An item the caller knows passed before (a recovery copy's unchanged item) is not read
    again for its texts, but a second item with its id or a fifth level is still refused, at
    the same place and with the same message as when every item is read."""
    import datetime as dt

    from agenda_editor.core.model import Day, Timetable
    from tests.factories import bare_meeting, item, slot

    def refusal(meeting: Meeting, checked: object) -> str:
        with pytest.raises(MeetingProblem) as refused:
            validate_meeting(meeting, checked)  # type: ignore[arg-type]
        return str(refused.value)

    every = None
    none_read = lambda _item: True  # noqa: E731
    twice = bare_meeting(item("a", "First"), item("b", "Second", None, item("a", "Third")))
    assert "items[1].children[0].id" in refusal(twice, every)
    assert "items[0]" in refusal(twice, every)  # the first item with that id
    assert refusal(twice, none_read) == refusal(twice, every)
    first_read = lambda given: given.title["en"] != "First"  # noqa: E731
    assert refusal(twice, first_read) == refusal(twice, every)
    deep = bare_meeting(item("1", "1", None, item("2", "2", None, item("3", "3", None,
                        item("4", "4", None, item("5", "5"))))))  # fmt: skip
    assert "items[0].children[0].children[0].children[0].children[0]" in refusal(deep, every)
    assert refusal(deep, none_read) == refusal(deep, every)
    changed = bare_meeting(item("a", "Opening \ud800"), item("b", "Closing \ud800"))
    assert "items[1]" in refusal(changed, lambda given: given.id == "a")
    # The timetable may take up items that were not read again, and no other.
    held = bare_meeting(item("a", "First", None, item("b", "Second")))
    held.timetable = Timetable(days=[Day(dt.date(2026, 5, 4), [slot("10:00", "13:00", "b")])])
    validate_meeting(held, none_read)
    held.timetable.days[0].slots[0].items.append("c")
    assert refusal(held, none_read) == refusal(held, every)
