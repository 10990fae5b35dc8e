"""The crash-recovery copies of an open meeting (``MeetingDocument.kept_copy``) are snapshots.

Copies are taken at random moments between random edits, undos and redos: each equals a deep
copy of the meeting taken at the same moment, and still does after every later edit.
"""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand

from agenda_editor.core import tree
from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument
from agenda_editor.gui.commands.texts import (
    SetAnnotationCommand,
    SetDocumentsCommand,
    SetItemTitleCommand,
)
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from tests.factories import sample_meeting

STEPS = st.lists(
    st.tuples(
        st.sampled_from(
            ("title", "annotation", "documents", "insert", "remove", "move", "undo", "redo")
            + ("copy",) * 3
        ),
        st.integers(0, 999),
    ),
    max_size=30,
)


def _command(document: MeetingDocument, kind: str, n: int) -> QUndoCommand | None:
    meeting = document.meeting
    ids = [item.id for item in meeting.walk()]
    pick = ids[n % len(ids)] if ids else None
    if kind == "insert":
        parent = pick if pick is not None and n % 3 and tree.depth_of(meeting, pick) < 4 else None
        siblings = tree.children_of(meeting, parent)
        new = AgendaItem(title={"en": f"New {n}"})
        return InsertItemCommand(document, new, tree.Position(parent, n % (len(siblings) + 1)))
    if pick is None:
        return None
    if kind == "title":
        return SetItemTitleCommand(document, pick, ("en", "fr")[n % 2], f"Title {n}" * (n % 3))
    if kind == "annotation":
        paragraphs = [f"Paragraph {k} of {n}." for k in range(n % 3)]
        return SetAnnotationCommand(document, pick, "en", paragraphs, merge=False)
    if kind == "documents":
        documents = [*meeting.item(pick).documents, ReferenceDocument(f"A/{n}", {"en": "Note"})]
        return SetDocumentsCommand(document, pick, documents[n % 2 :])
    if kind == "remove":
        return RemoveItemCommand(document, pick)
    parent = None if n % 2 else ids[(n // 2) % len(ids)]
    siblings = [child for child in tree.children_of(meeting, parent) if child.id != pick]
    target = tree.Position(parent, n % (len(siblings) + 1))
    if tree.check_move(meeting, pick, target):
        return None
    return MoveItemCommand(document, pick, target)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STEPS)
def test_recovery_copies_stay_as_the_meeting_was(
    qapp: object, steps: list[tuple[str, int]]
) -> None:
    document = MeetingDocument(sample_meeting())
    taken: list[tuple[Meeting, Meeting]] = []
    for kind, n in steps:
        if kind == "copy":
            taken.append((document.kept_copy(), copy.deepcopy(document.meeting)))
            assert taken[-1][0] == taken[-1][1]
        elif kind == "undo":
            document.undo_stack.undo()
        elif kind == "redo":
            document.undo_stack.redo()
        else:
            command = _command(document, kind, n)
            if command is not None:
                document.push(command)
    assert document.kept_copy() == document.meeting
    for copied, then in taken:
        assert copied == then
    document.undo_stack.clear()
    document.deleteLater()
