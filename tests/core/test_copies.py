"""The repeated copies of a meeting (the crash-recovery copy) equal a full deep copy."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_editor.core import tree
from agenda_editor.core.copies import MeetingCopier
from agenda_editor.core.model import ReferenceDocument
from tests.factories import sample_meeting


def test_a_copy_is_the_meeting_and_stays_as_it_was_after_edits() -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    first = copier.copy(meeting)
    before = copy.deepcopy(meeting)
    assert first == meeting
    item = next(meeting.walk())
    item.title["en"] = "Renamed"
    item.annotation["en"] = ["A new paragraph."]
    item.documents.append(ReferenceDocument("A/1", {"en": "A report"}))
    copier.changed(item.id)
    second = copier.copy(meeting)
    assert second == meeting
    assert second.item(item.id).title["en"] == "Renamed"
    assert first == before


def test_the_tree_is_copied_again_even_unannounced() -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    copier.copy(meeting)
    moved = meeting.items[0]
    tree.move_item(meeting, moved.id, tree.Position(None, len(meeting.items) - 1))
    meeting.items[0].children.clear()
    assert copier.copy(meeting) == meeting


EDITS = st.lists(
    st.tuples(st.sampled_from(("title", "annotation", "move", "remove")), st.integers(0, 99)),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(EDITS)
def test_copies_after_random_edits_equal_a_deep_copy(edits: list[tuple[str, int]]) -> None:
    meeting = sample_meeting()
    copier = MeetingCopier()
    taken = [(copier.copy(meeting), copy.deepcopy(meeting))]
    for kind, n in edits:
        ids = [item.id for item in meeting.walk()]
        if not ids:
            break
        pick = ids[n % len(ids)]
        if kind == "title":
            meeting.item(pick).title["en"] = f"Title {n}"
        elif kind == "annotation":
            meeting.item(pick).annotation.setdefault("en", []).append(f"Paragraph {n}.")
        elif kind == "move":
            target = tree.Position(None, n % len(meeting.items))
            if tree.check_move(meeting, pick, target) is None:
                tree.move_item(meeting, pick, target)
        else:
            tree.remove_item(meeting, pick)
        copier.changed(pick)
        taken.append((copier.copy(meeting), copy.deepcopy(meeting)))
        assert taken[-1][0] == meeting
    for copied, then in taken:
        assert copied == then
