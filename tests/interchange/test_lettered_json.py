"""Lettered sub-paragraphs in the JSON interchange format and in XLIFF: written and read back,
documents without them read as before, and a translation keeps the original's lettering."""

from __future__ import annotations

import json

from agenda_editor.core import markup
from agenda_editor.core.exchange import units
from agenda_editor.core.exchange_merge import merge
from agenda_editor.core.numbering import sub_paragraph_labels
from agenda_editor.interchange import read_json, to_json_dict
from agenda_editor.interchange.xliff_reader import read_xliff
from agenda_editor.interchange.xliff_writer import to_xliff
from tests.core.test_exchange import incoming, upper
from tests.factories import bare_meeting, item

L = markup.LETTERED

ENGLISH = [
    "The Group will consider:",
    L + "the <i>survey</i> of needs;",
    L + "the budget.<footnote>See annex II.</footnote>",
    "It may then decide.",
]


def meeting_with_sub_paragraphs():
    return bare_meeting(item("plan", "Planning", annotation={"en": ENGLISH}))


def test_json_round_trip_keeps_the_lettering() -> None:
    meeting = meeting_with_sub_paragraphs()
    written = to_json_dict(meeting)
    assert written["items"][0]["annotation"]["en"][1] == "<lettered/>the <i>survey</i> of needs;"
    back = read_json(json.dumps(written))
    assert back == meeting
    assert sub_paragraph_labels(back.item("plan").annotation["en"], "en") == [
        None, "(a)", "(b)", None,
    ]  # fmt: skip


def test_a_document_without_marks_reads_as_before() -> None:
    doc = {
        "format": "agenda-editor/1",
        "meeting": {"symbol": "XYZ/1", "original_language": "fr"},
        "items": [{"title": "Ouverture", "annotation": ["a) Premier point;", "Texte."]}],
    }
    paragraphs = read_json(json.dumps(doc)).items[0].annotation["fr"]
    assert paragraphs == ["a) Premier point;", "Texte."]
    assert not any(markup.is_lettered(p) for p in paragraphs)


def test_broken_markup_after_the_mark_is_refused_with_its_place() -> None:
    doc = {
        "format": "agenda-editor/1",
        "meeting": {"symbol": "XYZ/1", "original_language": "en"},
        "items": [{"title": "One", "annotation": {"en": ["<lettered/>the <b>survey;"]}}],
    }
    try:
        read_json(json.dumps(doc))
    except ValueError as error:
        assert "items[0].annotation.en[0]: broken markup: <b> is never closed" in str(error)
    else:
        raise AssertionError("broken markup was read")


def test_xliff_carries_the_text_only_and_the_translation_is_lettered_like_the_original() -> None:
    meeting = meeting_with_sub_paragraphs()
    data = to_xliff(meeting, "fr")
    assert b"lettered" not in data
    first = next(u.source for u in units(meeting, "fr") if u.id == "plan/p2")[0]
    assert isinstance(first, markup.Run) and first.text == "the "
    result = merge(meeting, incoming(meeting, "fr", upper))
    french = result.meeting.item("plan").annotation["fr"]
    assert [markup.is_lettered(p) for p in french] == [False, True, True, False]
    assert markup.plain_text(french[1]) == "THE SURVEY OF NEEDS;"
    assert sub_paragraph_labels(french, "fr") == [None, "a)", "b)", None]


def test_a_translation_already_in_place_takes_the_originals_new_mark() -> None:
    meeting = meeting_with_sub_paragraphs()
    translated = merge(meeting, incoming(meeting, "fr", upper)).meeting
    translated.item("plan").annotation["en"][3] = L + "It may then decide."
    again = merge(translated, read_xliff(to_xliff(translated, "fr")))
    french = again.meeting.item("plan").annotation["fr"]
    assert [markup.is_lettered(p) for p in french] == [False, True, True, True]
