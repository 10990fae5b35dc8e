"""The Meeting page's reissue note (issue 12): typed per language version, one undo step."""

from __future__ import annotations

from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.meeting_page import MeetingPage
from tests import factories

NOTE = "Reissued for technical reasons on 3 May 2026."


def test_the_reissue_note_is_typed_per_version_and_undone_in_one_step(qtbot):
    meeting = factories.sample_meeting()
    meeting.symbol += "*"
    document = MeetingDocument(meeting)
    page = MeetingPage(document)
    qtbot.addWidget(page)
    field = page.texts["reissue_note"]
    assert page.labels["reissue_note"].text() == "Reissue note:"
    assert "asterisk" in field.toolTip()
    qtbot.keyClicks(field, NOTE)
    assert document.meeting.reissue_note == {"en": NOTE}
    assert document.undo_stack.count() == 1  # the typing merged into one step
    document.set_language("fr")
    assert field.text() == ""
    assert field.placeholderText() == f"Not translated: {NOTE}"
    qtbot.keyClicks(field, "Nouveau tirage.")
    assert document.meeting.reissue_note == {"en": NOTE, "fr": "Nouveau tirage."}
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.meeting.reissue_note == {}
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.meeting.reissue_note == {"en": NOTE, "fr": "Nouveau tirage."}
    document.undo_stack.undo()
    document.set_language("en")
    assert field.text() == ""  # undone
