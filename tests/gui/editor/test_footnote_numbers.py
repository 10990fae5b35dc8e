"""The item editor numbers its footnotes after all those above it, after any edits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda_editor.core import markup, tree
from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.gui.commands.texts import SetAnnotationCommand
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.item_editor import ItemEditor
from tests import factories


def footnotes_above(meeting: Meeting, lang: str, item_id: str) -> int:
    """Counted from scratch: the footnotes of every paragraph above the item."""
    count = 0
    for item in meeting.walk():
        if item.id == item_id:
            break
        for paragraph in item.annotation.get(lang, []):
            count += len(markup.footnotes(paragraph))
    return count


KINDS = ("notes", "insert", "remove", "move", "show", "language", "undo", "redo")
STEPS = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(0, 99), st.integers(0, 3)), max_size=14
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_the_first_footnote_number_is_the_count_of_those_above(qtbot, steps) -> None:
    document = MeetingDocument(factories.sample_meeting())
    editor = ItemEditor(document)
    qtbot.addWidget(editor)
    editor.set_item("needs")
    for kind, n, notes in steps:
        meeting = document.meeting
        ids = [item.id for item in meeting.walk()]
        pick = ids[n % len(ids)] if ids else ""
        lang = document.language
        if kind == "notes" and pick:
            text = "Text" + "".join(f"<footnote>Note {k}</footnote>" for k in range(notes))
            document.push(SetAnnotationCommand(document, pick, lang, [text], merge=False))
        elif kind == "insert":
            item = AgendaItem(title={"en": "New"}, annotation={"en": ["<footnote>N</footnote>"]})
            position = tree.Position(None, n % (len(meeting.items) + 1))
            document.push(InsertItemCommand(document, item, position))
        elif kind == "remove" and pick and pick != editor.item_id:
            document.push(RemoveItemCommand(document, pick))
        elif kind == "move" and pick:
            target = tree.Position(None, n % len(meeting.items))
            if tree.check_move(meeting, pick, target) is None:
                document.push(MoveItemCommand(document, pick, target))
        elif kind == "show" and pick:
            editor.set_item(pick)
        elif kind == "language":
            document.set_language(("en", "fr")[n % 2])
        elif kind == "undo":
            document.undo_stack.undo()
        elif kind == "redo":
            document.undo_stack.redo()
        if editor.item_id:
            expected = footnotes_above(document.meeting, document.language, editor.item_id)
            assert editor.annotation.footnote_offset == expected
    document.undo_stack.clear()
