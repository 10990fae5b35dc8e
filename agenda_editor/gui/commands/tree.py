"""Undo commands that change the agenda tree."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agenda_editor.core import tree
from agenda_editor.core.model import AgendaItem
from agenda_editor.core.timetable import Placement
from agenda_editor.gui.commands import texts
from agenda_editor.gui.document import MeetingDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class InsertItemCommand(QUndoCommand):
    """Add an item (with any sub-items it carries) at a position of the tree.

    A new item without a title takes the naming that follows (typed in the tree or in the
    editor) into the same undo step: adding an item and giving it its title is one action.
    """

    def __init__(
        self,
        document: MeetingDocument,
        item: AgendaItem,
        position: tree.Position,
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or _tr("Add item"), parent)
        self.document = document
        self.item = copy.deepcopy(item)
        self.position = position
        self.untitled = not any(item.title.values())
        self.stamp = texts.clock()
        self.redos = 0  # 1 once pushed; more after an undo and redo

    def id(self) -> int:
        return texts.TITLE_ID if self.untitled else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The new item's first title, and the typing that goes on naming it (not a rename
        later, nor anything after an undo and redo of the addition)."""
        if not isinstance(other, texts.SetItemTitleCommand) or other.item_id != self.item.id:
            return False
        naming = not any(self.item.title.values())
        typing_on = other.merge and other.stamp - self.stamp <= texts.LONG_PAUSE
        if self.redos > 1 or not (naming or typing_on):
            return False
        self.item.title = dict(self.document.meeting.item(self.item.id).title)
        self.stamp = other.stamp
        return True

    def redo(self) -> None:
        self.document.insert_item(copy.deepcopy(self.item), self.position)
        self.redos += 1

    def undo(self) -> None:
        self.document.remove_item(self.item.id)


class RemoveItemCommand(QUndoCommand):
    """Delete an item with its sub-items and their timetable placements, as one undo step.

    Both parts live in this one command rather than in child commands: PySide does not keep
    the Python side of child ``QUndoCommand`` objects reliably.
    """

    def __init__(self, document: MeetingDocument, item_id: str, text: str | None = None) -> None:
        super().__init__(text or _tr("Delete item"))
        self.document = document
        self.item_id = item_id
        self.ids = [node.id for node in document.meeting.item(item_id).walk()]
        self.placements: list[Placement] = []
        self.removed: tuple[AgendaItem, tree.Position] | None = None

    def redo(self) -> None:
        self.placements = self.document.remove_placements(self.ids)
        self.removed = self.document.remove_item(self.item_id)

    def undo(self) -> None:
        assert self.removed is not None
        item, position = self.removed
        self.document.insert_item(item, position)
        self.document.restore_placements(self.placements)


class MoveItemCommand(QUndoCommand):
    """Move an item to another place in the tree (reorder, indent, outdent, drag and drop)."""

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        target: tree.Position,
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or _tr("Move item"), parent)
        self.document = document
        self.item_id = item_id
        self.target = target
        self.origin: tree.Position | None = None

    def redo(self) -> None:
        self.origin = self.document.move_item(self.item_id, self.target)

    def undo(self) -> None:
        assert self.origin is not None
        self.document.move_item(self.item_id, self.origin)
