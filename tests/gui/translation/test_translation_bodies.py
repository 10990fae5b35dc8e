"""The names of the bodies meeting side by side are texts of the translation mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from agenda_editor.core import translation_status as ts
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.translation import TranslationPanel
from tests import factories


@pytest.fixture
def document() -> Iterator[MeetingDocument]:
    meeting = factories.two_body_meeting()
    meeting.languages.append("es")
    yield MeetingDocument(meeting)


def test_body_names_are_texts_only_when_several_bodies_meet() -> None:
    meeting = factories.two_body_meeting()
    refs = [r for r in ts.texts(meeting) if r.kind == "body"]
    assert refs == [ts.TextRef("body", field="plenary"), ts.TextRef("body", field="cow")]
    assert ts.text_of(meeting, refs[1], "fr") == "Commission plénière"
    meeting.timetable.bodies[1].name.pop("fr")
    assert ts.untranslated(meeting, "fr") == [refs[1]]
    single = factories.sample_meeting()
    single.timetable.bodies[0].name = {"en": "Plenary"}  # one body: never printed
    assert not [r for r in ts.texts(single) if r.kind == "body"]


def test_a_body_name_is_translated_in_the_translation_mode_and_undone(
    qtbot, document: MeetingDocument
) -> None:
    panel = TranslationPanel(document)
    qtbot.addWidget(panel)
    panel.set_target_language("es")
    rows = {}
    for index in range(panel.text_list.topLevelItemCount()):
        row = panel.text_list.topLevelItem(index)
        assert row is not None
        rows[row.data(0, Qt.ItemDataRole.UserRole + 1)] = row
    cow = ts.TextRef("body", field="cow")
    assert rows[cow].text(0) == "Timetable: name of body 2"
    assert rows[cow].text(1) == "Committee of the Whole"
    panel.text_list.setCurrentItem(rows[cow])
    panel.translation_edit.selectAll()
    panel.translation_edit.insertPlainText("Comisión Plenaria")
    assert panel.commit()
    assert document.meeting.timetable.bodies[1].name["es"] == "Comisión Plenaria"
    document.undo_stack.undo()
    assert "es" not in document.meeting.timetable.bodies[1].name
