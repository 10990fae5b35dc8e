"""The undo command of Restore in File > Versions: the whole meeting as a version had it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agenda_editor.core.model import Meeting
from agenda_editor.gui.document import MeetingDocument


class RestoreVersionCommand(QUndoCommand):
    """Put the meeting of a version in place of the current one; undo brings the current one
    back (the very objects, so the steps before and after it in the history still apply)."""

    def __init__(self, document: MeetingDocument, meeting: Meeting, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Restore version “{0}”").format(name)
        )
        self.document = document
        self.other = meeting
        self.other_review: dict[tuple[str, Any], str] = {}

    def _swap(self) -> None:
        self.other, self.other_review = self.document.swap_meeting(self.other, self.other_review)

    def redo(self) -> None:
        self._swap()

    def undo(self) -> None:
        self._swap()
