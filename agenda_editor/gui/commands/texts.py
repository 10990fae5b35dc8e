"""Undo commands that change texts: item titles, annotations, documents, masthead fields.

Typing produces many small edits; consecutive edits of the same text merge into one undo step
(``mergeWith``), so Undo takes back a burst of typing, not a single character.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agenda_editor.core.model import ReferenceDocument
from agenda_editor.gui.document import MeetingDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class _MergingCommand(QUndoCommand):
    """A text edit that merges with the next edit of the same target."""

    ID = 0
    new: Any

    def __init__(self, text: str, key: tuple[Any, ...], merge: bool) -> None:
        super().__init__(text)
        self.key = key
        self.merge = merge

    def id(self) -> int:
        return self.ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other.key != self.key or not other.merge:
            return False
        self.new = other.new
        return True


class SetItemTitleCommand(_MergingCommand):
    ID = 1001

    def __init__(
        self, document: MeetingDocument, item_id: str, lang: str, title: str, merge: bool = False
    ) -> None:
        super().__init__(_tr("Rename item"), (item_id, lang), merge)
        self.document, self.item_id, self.lang = document, item_id, lang
        self.old = document.meeting.item(item_id).title.get(lang)
        self.new = title

    def redo(self) -> None:
        self.document.set_item_title(self.item_id, self.lang, self.new)

    def undo(self) -> None:
        self.document.set_item_title(self.item_id, self.lang, self.old)


class SetAnnotationCommand(_MergingCommand):
    ID = 1002

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        lang: str,
        paragraphs: list[str],
        merge: bool = True,
    ) -> None:
        super().__init__(_tr("Edit annotation"), (item_id, lang), merge)
        self.document, self.item_id, self.lang = document, item_id, lang
        self.old = list(document.meeting.item(item_id).annotation.get(lang, []))
        self.new = list(paragraphs)

    def redo(self) -> None:
        self.document.set_annotation(self.item_id, self.lang, self.new)

    def undo(self) -> None:
        self.document.set_annotation(self.item_id, self.lang, self.old)


class SetDocumentsCommand(QUndoCommand):
    """Replace an item's list of reference documents (add, remove, edit, reorder)."""

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        documents: list[ReferenceDocument],
        text: str | None = None,
    ) -> None:
        super().__init__(text or _tr("Edit documents"))
        self.document, self.item_id = document, item_id
        self.old = copy.deepcopy(document.meeting.item(item_id).documents)
        self.new = copy.deepcopy(documents)

    def redo(self) -> None:
        self.document.set_documents(self.item_id, self.new)

    def undo(self) -> None:
        self.document.set_documents(self.item_id, self.old)


class SetMeetingFieldCommand(_MergingCommand):
    """Change a masthead field; consecutive typing in the same field merges."""

    ID = 1003

    def __init__(
        self, document: MeetingDocument, name: str, value: Any, merge: bool = False
    ) -> None:
        super().__init__(_tr("Edit meeting details"), (name,), merge)
        self.document, self.name = document, name
        self.old = copy.deepcopy(getattr(document.meeting, name))
        self.new = copy.deepcopy(value)

    def redo(self) -> None:
        self.document.set_meeting_field(self.name, self.new)

    def undo(self) -> None:
        self.document.set_meeting_field(self.name, self.old)
