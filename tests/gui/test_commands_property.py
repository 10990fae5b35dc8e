"""Random sequences of undo commands over the whole meeting (tree, texts, timetable).

At every step the meeting saved to a session file and opened again is the meeting in memory;
undoing every step restores the starting meeting exactly, and redoing them all brings back the
end state.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda_editor.core import tree
from agenda_editor.core.model import AgendaItem
from agenda_editor.core.timetable import TimetableError
from agenda_editor.gui.commands.texts import SetAnnotationCommand, SetItemTitleCommand
from agenda_editor.gui.commands.timetable import ScheduleItemsCommand, UnscheduleCommand
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from tests.gui.command_replay import replay_save_and_undo

KINDS = ("insert", "remove", "move", "title", "annotation", "schedule", "unschedule")
TEXTS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)


def _command(document: MeetingDocument, kind: str, a: int, b: int, text: str):
    meeting = document.meeting
    ids = [item.id for item in meeting.walk()]
    if not ids and kind != "insert":
        return None
    pick = ids[a % len(ids)] if ids else None
    lang = ("en", "fr")[b % 2]
    if kind == "insert":
        parent = None if pick is None or b % 3 == 0 else pick
        if parent is not None and tree.depth_of(meeting, parent) >= 4:
            parent = None
        siblings = tree.children_of(meeting, parent)
        item = AgendaItem(title={"en": text})
        return InsertItemCommand(document, item, tree.Position(parent, b % (len(siblings) + 1)))
    assert pick is not None
    if kind == "remove":
        return RemoveItemCommand(document, pick)
    if kind == "move":
        target_parent = None if b % 2 else ids[b % len(ids)]
        siblings = tree.children_of(meeting, target_parent)
        target = tree.Position(target_parent, b % (len(siblings) + 1))
        if tree.check_move(meeting, pick, target):
            return None
        origin = tree.position_of(meeting, pick)
        if origin.parent_id == target_parent and target.index >= len(siblings):
            return None  # the list is one shorter once the item has left it
        return MoveItemCommand(document, pick, target)
    if kind == "title":
        return SetItemTitleCommand(document, pick, lang, text)
    if kind == "annotation":
        return SetAnnotationCommand(document, pick, lang, [text.replace("<", "&lt;")], merge=False)
    days = meeting.timetable.days
    if not days:
        return None
    day = b % len(days)
    if kind == "schedule":
        try:
            return ScheduleItemsCommand(document, [pick], day, b % 2)
        except TimetableError:
            return None
    placed = [
        (d, s, p)
        for d, dd in enumerate(days)
        for s, slot in enumerate(dd.slots)
        for p, item_id in enumerate(slot.items)
        if item_id == pick
    ]
    if not placed:
        return None
    try:
        return UnscheduleCommand(document, placed[:1])
    except TimetableError:
        return None


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 50), st.integers(0, 50), TEXTS),
        min_size=1,
        max_size=10,
    )
)
def test_random_edits_save_reopen_equal_and_undo_all_restores(qapp, steps) -> None:
    replay_save_and_undo(steps, _command)
