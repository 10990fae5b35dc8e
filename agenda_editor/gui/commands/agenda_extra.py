"""Undo commands for typing in the item editor, with undo steps a person would expect.

``SetAnnotationCommand`` and ``SetItemTitleCommand`` merge every consecutive edit of the same
text. While typing, that makes one giant step; these variants start a new step when asked to
(``fresh=True``: after a pause, a paragraph break, a formatting change, a footnote) and keep
merging the edits that follow into that new step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from agenda_editor.gui.commands.texts import SetAnnotationCommand, SetItemTitleCommand
from agenda_editor.gui.document import MeetingDocument


class TypeAnnotationCommand(SetAnnotationCommand):
    """An annotation edit from the editor; ``fresh`` starts a new undo step."""

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        lang: str,
        paragraphs: list[str],
        fresh: bool = False,
    ) -> None:
        super().__init__(document, item_id, lang, paragraphs, merge=True)
        self.fresh = fresh

    def mergeWith(self, other: QUndoCommand) -> bool:
        if getattr(other, "fresh", True):
            return False
        merged = super().mergeWith(other)
        if merged and self.new == self.old:
            self.setObsolete(True)
        return merged


class TypeTitleCommand(SetItemTitleCommand):
    """A title edit from the editor's title field; ``fresh`` starts a new undo step."""

    def __init__(
        self, document: MeetingDocument, item_id: str, lang: str, title: str, fresh: bool = False
    ) -> None:
        super().__init__(document, item_id, lang, title, merge=True)
        self.fresh = fresh

    def mergeWith(self, other: QUndoCommand) -> bool:
        if getattr(other, "fresh", True):
            return False
        merged = super().mergeWith(other)
        if merged and (self.new or None) == (self.old or None):
            self.setObsolete(True)
        return merged
