"""The check both undo property tests make of a random sequence of commands."""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand

from agenda_editor.core.model import Meeting
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.storage import session
from tests import factories

MakeCommand = Callable[..., QUndoCommand | None]


def replay_save_and_undo(
    steps: Iterable[tuple[Any, ...]],
    make_command: MakeCommand,
    meeting: Callable[[], Meeting] = factories.sample_meeting,
) -> None:
    """Push ``make_command(document, *step)`` for each step on ``meeting()`` (the sample
    meeting unless told): saved and
    opened again, the meeting is the one in memory at every step, and so is its crash-recovery
    copy (which stays as it was after later edits); undoing everything restores the start
    exactly, redoing everything brings back the end."""
    start = meeting()
    document = MeetingDocument(copy.deepcopy(start))
    # The crash-recovery copies taken on the way, with what each must stay.
    kept: list[tuple[Meeting, Meeting]] = []

    def keep() -> None:
        kept.append((document.kept_copy(), copy.deepcopy(document.meeting)))
        assert kept[-1][0] == kept[-1][1]

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meeting.agenda"
        for step in steps:
            command = make_command(document, *step)
            if command is None:
                continue
            document.push(command)
            session.save(document.meeting, path)
            assert session.load(path).meeting == document.meeting
            keep()
    end = copy.deepcopy(document.meeting)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        keep()
    assert document.meeting == start
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
        keep()
    assert document.meeting == end
    for copied, then in kept:
        assert copied == then  # later edits left each copy as the meeting was
    document.deleteLater()
