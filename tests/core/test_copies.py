"""The repeated copies of a meeting (the crash-recovery copy) equal a full deep copy."""

from __future__ import annotations

import contextlib
import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_editor.core import tree
from agenda_editor.core.copies import MeetingCopier
from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument
from tests.factories import sample_meeting


def _retitle(meeting: Meeting, copier: MeetingCopier, item_id: str, title: str) -> None:
    """Give the item a new title as the document does: new texts, the copier told."""
    item = meeting.item(item_id)
    item.title = {**item.title, "en": title}
    copier.changed(meeting, item_id)


def _move(meeting: Meeting, copier: MeetingCopier, item_id: str, target: tree.Position) -> None:
    before = meeting.index.version
    origin = tree.move_item(meeting, item_id, target)
    copier.tree_changed(meeting, before, origin.parent_id, target.parent_id)


def test_a_copy_is_the_meeting_and_stays_as_it_was_after_edits() -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    first = copier.copy(meeting)
    before = copy.deepcopy(meeting)
    assert first == meeting
    item = next(meeting.walk())
    _retitle(meeting, copier, item.id, "Renamed")
    item.annotation = {**item.annotation, "en": ["A new paragraph."]}
    item.documents = [*item.documents, ReferenceDocument("A/1", {"en": "A report"})]
    copier.changed(meeting, item.id)
    second = copier.copy(meeting)
    assert second == meeting
    assert second.item(item.id).title["en"] == "Renamed"
    assert first == before


def test_a_copy_after_an_edit_keeps_the_branches_it_did_not_touch() -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    first = copier.copy(meeting)
    edited = meeting.items[0].children[0]
    _retitle(meeting, copier, edited.id, "Renamed")
    _move(meeting, copier, meeting.items[-1].id, tree.Position(None, 1))
    second = copier.copy(meeting)
    assert second == meeting
    assert second.item(edited.id) is not first.item(edited.id)
    assert second.items[0] is not first.items[0]  # an ancestor of the edited item
    # The moved branch and the untouched ones are the same objects as in the first copy.
    assert all(any(old is new for old in first.items) for new in second.items[1:])
    assert first != second


def test_the_tree_is_copied_again_even_unannounced() -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    copier.copy(meeting)
    moved = meeting.items[0]
    tree.move_item(meeting, moved.id, tree.Position(None, len(meeting.items) - 1))
    assert copier.copy(meeting) == meeting
    meeting.items[0].children.clear()
    assert copier.copy(meeting) == meeting
    # An announced edit after an unannounced one does not hide it.
    meeting.items[-1].children = []
    _move(meeting, copier, meeting.items[0].id, tree.Position(None, 1))
    assert copier.copy(meeting) == meeting


EDITS = st.lists(
    st.tuples(
        st.sampled_from(("title", "annotation", "documents", "move", "remove", "insert", "copy")),
        st.integers(0, 99),
    ),
    max_size=16,
)


@settings(max_examples=80, deadline=None)
@given(EDITS)
def test_copies_after_random_edits_equal_a_deep_copy(edits: list[tuple[str, int]]) -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    taken = [(copier.copy(meeting), copy.deepcopy(meeting))]
    for step, (kind, n) in enumerate(edits):
        ids = [item.id for item in meeting.walk()]
        if not ids:
            break
        pick = ids[n % len(ids)]
        item = meeting.item(pick)
        if kind == "title":
            _retitle(meeting, copier, pick, f"Title {n}")
        elif kind == "annotation":
            item.annotation = {**item.annotation, "en": [f"Paragraph {n}."]}
            copier.changed(meeting, pick)
        elif kind == "documents":
            item.documents = [ReferenceDocument(f"A/{n}", {"en": "Report"})]
            copier.changed(meeting, pick)
        elif kind == "move":
            parent = ids[(n // 7) % len(ids)] if n % 2 else None
            siblings = tree.children_of(meeting, parent)
            target = tree.Position(parent, n % (len(siblings) + 1))
            if tree.check_move(meeting, pick, target) is None:
                with contextlib.suppress(tree.TreeError):
                    _move(meeting, copier, pick, target)
        elif kind == "insert":
            new = AgendaItem(id=f"new{step}", title={"en": f"New {n}"})
            if tree.check_insert(meeting, new, pick) is None:
                before = meeting.index.version
                tree.insert_item(meeting, new, tree.Position(pick, 0))
                copier.tree_changed(meeting, before, pick)
        elif kind == "remove":
            parent = meeting.index.parent_id(pick)
            before = meeting.index.version
            removed, _ = tree.remove_item(meeting, pick)
            copier.removed(removed)
            copier.tree_changed(meeting, before, parent)
        else:
            taken.append((copier.copy(meeting), copy.deepcopy(meeting)))
            assert taken[-1][0] == meeting
    taken.append((copier.copy(meeting), copy.deepcopy(meeting)))
    assert taken[-1][0] == meeting
    for copied, then in taken:
        assert copied == then
