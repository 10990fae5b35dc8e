"""The reissue note travels with the meeting (issue 12): JSON interchange files keep it, and the
translation exchange (XLIFF) has it as a unit to translate and merges it back."""

from __future__ import annotations

import json

from agenda_editor.core.exchange import units
from agenda_editor.core.exchange_merge import merge
from agenda_editor.interchange import dumps_json, read_json
from agenda_editor.interchange.xliff_reader import read_xliff
from agenda_editor.interchange.xliff_writer import to_xliff
from tests.factories import sample_meeting

NOTE = "Reissued for technical reasons on 3 May 2026."


def test_json_keeps_the_reissue_note() -> None:
    meeting = sample_meeting()
    meeting.symbol += "*"
    meeting.reissue_note = {"en": NOTE, "fr": "Nouveau tirage pour raisons techniques."}
    text = dumps_json(meeting)
    assert json.loads(text)["meeting"]["reissue_note"]["en"] == NOTE
    assert read_json(text) == meeting
    without = sample_meeting()
    assert "reissue_note" not in json.loads(dumps_json(without))["meeting"]


def test_the_note_is_a_unit_of_the_translation_exchange() -> None:
    meeting = sample_meeting()
    meeting.reissue_note = {"en": NOTE}
    unit = next(u for u in units(meeting, "fr") if u.id == "meeting/reissue_note")
    assert unit.target is None and "reissue note" in unit.where
    data = to_xliff(meeting, "fr").decode()
    assert NOTE in data
    translated = data.replace(
        f"<source>{NOTE}</source>",
        f'<source>{NOTE}</source><target state="translated">Nouveau tirage.</target>',
    )
    assert translated != data
    result = merge(meeting, read_xliff(translated.encode()))
    assert result.meeting.reissue_note == {"en": NOTE, "fr": "Nouveau tirage."}
