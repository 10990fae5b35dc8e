"""The agenda tree as a Qt item model: a thin adapter over ``document.meeting``.

Indexes carry an integer serial per item id (``internalId``), never a pointer to a dataclass:
the model keeps the id <-> serial maps itself, so nothing a view holds can dangle. The model
never changes the meeting: renames and drops push undo commands on the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from agenda_editor.core import numbering, tree
from agenda_editor.core.languages import RTL_LANGUAGES
from agenda_editor.core.model import MAX_DEPTH, AgendaItem
from agenda_editor.core.rules import unscheduled_items
from agenda_editor.gui.agenda.marks import unscheduled_icon
from agenda_editor.gui.commands.texts import SetItemTitleCommand
from agenda_editor.gui.commands.tree import MoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.mime import ITEM_IDS_MIME, decode_item_ids, encode_item_ids

AnyIndex = QModelIndex | QPersistentModelIndex

#: The item's id (str).
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the item has no title in the language being edited.
UNTRANSLATED_ROLE = Qt.ItemDataRole.UserRole + 2
#: True when neither the item, its ancestors nor its sub-items are in the organization of work.
UNSCHEDULED_ROLE = Qt.ItemDataRole.UserRole + 3

_NO_INDEX = QModelIndex()
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)


class AgendaModel(QAbstractItemModel):
    """One column: "<number> <title>" of each item, in the document's language."""

    def __init__(self, document: MeetingDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial_of: dict[str, int] = {}
        self._id_of: dict[int, str] = {}
        self._unscheduled: set[str] | None = None
        #: Paths of the numbers shown; renewed just before the rows are told to redraw, so
        #: that a row's text only changes with a ``dataChanged`` (as Qt's views expect).
        self._shown_paths: dict[str, tuple[int, ...]] = {}
        self._moving = False
        self._icon: QIcon | None = None
        self.document = document
        self._connect(document)

    # -- document ------------------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self.beginResetModel()
        self._disconnect(self.document)
        self.document = document
        self._connect(document)
        self._invalidate_all()
        self.endResetModel()

    def _signals(self, document: MeetingDocument) -> list[tuple[Any, Any]]:
        return [
            (document.item_about_to_be_inserted, self._on_about_to_insert),
            (document.item_inserted, self._on_inserted),
            (document.item_about_to_be_removed, self._on_about_to_remove),
            (document.item_removed, self._on_removed),
            (document.item_about_to_be_moved, self._on_about_to_move),
            (document.item_moved, self._on_moved),
            (document.item_changed, self._on_item_changed),
            (document.timetable_changed, self._refresh_changed),
            (document.language_changed, self._refresh_all),
            (document.meeting_changed, self._on_meeting_changed),
            (document.reset, self._on_reset),
        ]

    def _connect(self, document: MeetingDocument) -> None:
        for signal, slot in self._signals(document):
            signal.connect(slot)

    def _disconnect(self, document: MeetingDocument) -> None:
        for signal, slot in self._signals(document):
            signal.disconnect(slot)

    def _invalidate(self) -> None:
        self._unscheduled = None

    def _invalidate_all(self) -> None:
        self._invalidate()
        self._shown_paths = {}

    def _on_about_to_insert(self, parent: str, row: int) -> None:
        self.beginInsertRows(self.index_of(parent or None), row, row)

    def _on_inserted(self, _parent: str, _row: int) -> None:
        self._invalidate()
        self.endInsertRows()
        self._refresh_changed()

    def _on_about_to_remove(self, parent: str, row: int) -> None:
        self.beginRemoveRows(self.index_of(parent or None), row, row)

    def _on_removed(self, _parent: str, _row: int) -> None:
        self._invalidate()
        self.endRemoveRows()
        self._refresh_changed()

    def _on_about_to_move(self, source: str, row: int, dest: str, dest_row: int) -> None:
        # Qt refuses (False) a move to where the row already is; nothing then changes.
        self._moving = self.beginMoveRows(
            self.index_of(source or None), row, row, self.index_of(dest or None), dest_row
        )

    def _on_moved(self, *_args: object) -> None:
        self._invalidate()
        if self._moving:
            self._moving = False
            self.endMoveRows()
        self._refresh_changed()

    def _on_item_changed(self, item_id: str) -> None:
        index = self.index_of(item_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def _on_meeting_changed(self, name: str) -> None:
        if name in ("languages", "original_language"):
            self._refresh_all()

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._invalidate_all()
        self.endResetModel()

    def _refresh_changed(self, *_args: object) -> None:
        """The tree or the timetable changed: redraw the rows whose number or unscheduled
        mark changed (a rename or a drop in a long agenda does not redraw every row)."""
        shown, unscheduled = self._shown_paths, self._unscheduled
        self._invalidate()
        paths = self._paths()
        changed: set[str] = set()
        for item_id in [item_id for item_id in shown if item_id not in paths]:
            del shown[item_id]
        for item_id, path in shown.items():
            current = paths[item_id]
            if current != path:
                shown[item_id] = current
                changed.add(item_id)
        if unscheduled is not None:
            changed |= (unscheduled ^ self._unscheduled_ids()) & paths.keys()
        parent_of = self.document.meeting.index.parent_id
        runs: dict[str | None, list[int]] = {}
        for item_id in changed:
            runs.setdefault(parent_of(item_id), []).append(paths[item_id][-1])
        for parent, rows in runs.items():
            parent_index = self.index_of(parent)
            for first, last in _runs(sorted(rows)):
                self.dataChanged.emit(
                    self.index(first, 0, parent_index), self.index(last, 0, parent_index)
                )

    def _refresh_all(self, *_args: object) -> None:
        """Numbers and markers of every row may have changed (renumbering, timetable)."""
        self._invalidate_all()

        def refresh(parent: QModelIndex, items: list[AgendaItem]) -> None:
            if not items:
                return
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(items) - 1, 0, parent))
            for row, item in enumerate(items):
                refresh(self.index(row, 0, parent), item.children)

        refresh(QModelIndex(), self.document.meeting.items)

    # -- lookups ---------------------------------------------------------------------------------

    # The view asks for the index, flags and children of every expanded row after each change
    # of the tree: these lookups go to the meeting's own index (items and parents by id) and
    # to the items' paths, worked out once per state of the tree for every view.

    def _paths(self) -> Mapping[str, tuple[int, ...]]:
        """item id -> path of rows from the top level, for the tree as it is now."""
        return numbering.item_paths(self.document.meeting)

    def _serial(self, item_id: str) -> int:
        serial = self._serial_of.get(item_id)
        if serial is None:
            serial = len(self._serial_of) + 1
            self._serial_of[item_id] = serial
            self._id_of[serial] = item_id
        return serial

    def item_id(self, index: AnyIndex) -> str | None:
        """The id of the item at ``index`` (``None`` for the invisible root)."""
        if not index.isValid():
            return None
        return self._id_of.get(index.internalId())

    def item_at(self, index: AnyIndex) -> AgendaItem | None:
        if not index.isValid():
            return None
        return self.document.meeting.index.items().get(self._id_of.get(index.internalId(), ""))

    def index_of(self, item_id: str | None) -> QModelIndex:
        """The index of the item (the invalid root index for ``None`` or an unknown id)."""
        if item_id is None:
            return QModelIndex()
        path = self._paths().get(item_id)
        if path is None:
            return QModelIndex()
        return self.createIndex(path[-1], 0, self._serial(item_id))

    def _children(self, parent: AnyIndex) -> list[AgendaItem]:
        if not parent.isValid():
            return self.document.meeting.items
        item = self.item_at(parent)
        return item.children if item is not None else []

    def _path(self, item_id: str) -> tuple[int, ...]:
        shown = self._shown_paths.get(item_id)
        if shown is None:
            shown = self._shown_paths[item_id] = self._current_path(item_id)
        return shown

    def _current_path(self, item_id: str) -> tuple[int, ...]:
        return self._paths()[item_id]

    def _unscheduled_ids(self) -> set[str]:
        if self._unscheduled is None:
            meeting = self.document.meeting
            self._unscheduled = set(unscheduled_items(meeting))
        return self._unscheduled

    def label(self, item_id: str) -> str:
        """The item's number as the agenda list prints it in the document's language."""
        return numbering.list_label(self._path(item_id), self.document.language)

    def reference(self, item_id: str) -> str:
        """The item's full reference ("2 (a)") in the document's language."""
        return numbering.reference(self._path(item_id), self.document.language)

    # -- structure -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if parent.isValid():
            item_id = self._id_of.get(parent.internalId())
            item = self.document.meeting.index.items().get(item_id or "")
            if item is None or parent.column() != 0:
                return QModelIndex()
            children = item.children
        else:
            children = self.document.meeting.items
        if row >= len(children):
            return QModelIndex()
        item_id = children[row].id
        serial = self._serial_of.get(item_id) or self._serial(item_id)
        return self.createIndex(row, 0, serial)

    def parent(self, index: AnyIndex = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        # Asked for every persistent index (each expanded row) when rows move.
        if not index.isValid():
            return QModelIndex()
        parents = self.document.meeting.index.parents()
        parent_id = parents.get(self._id_of.get(index.internalId(), ""))
        if parent_id is None:  # at the top level, or not in the tree
            return QModelIndex()
        serial = self._serial_of.get(parent_id) or self._serial(parent_id)
        return self.createIndex(self._paths()[parent_id][-1], 0, serial)

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = _NO_INDEX) -> bool:
        if not parent.isValid():
            return bool(self.document.meeting.items)
        if parent.column() != 0:
            return False
        item = self.document.meeting.index.items().get(self._id_of.get(parent.internalId(), ""))
        return bool(item is not None and item.children)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # The view asks for every row it lays out: the flags are made once, not per call.
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Agenda")
        return None

    # -- data --------------------------------------------------------------------------------------

    def _language_name(self, lang: str) -> str:
        names = {
            "ar": self.tr("Arabic"), "zh": self.tr("Chinese"), "en": self.tr("English"),
            "fr": self.tr("French"), "ru": self.tr("Russian"), "es": self.tr("Spanish"),
        }  # fmt: skip
        return names.get(lang, lang)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        lang = self.document.language
        original = self.document.meeting.original_language
        title = item.title.get(lang, "")
        untranslated = not title
        if role == Qt.ItemDataRole.DisplayRole:
            shown = title or item.title.get(original, "")
            label = self.label(item.id)
            if not shown:
                return f"{label} {self.tr('(untitled)')}"
            if untranslated:
                if (lang in RTL_LANGUAGES) != (original in RTL_LANGUAGES):
                    # Keep the other-direction title from reordering the number around it.
                    shown = f"\u2068{shown} [{original}]\u2069"
                    return f"{label} {shown}"
                return f"{label} {shown} [{original}]"
            return f"{label} {shown}"
        if role == Qt.ItemDataRole.EditRole:
            return title
        if role == ITEM_ID_ROLE:
            return item.id
        if role == UNTRANSLATED_ROLE:
            return untranslated
        if role == UNSCHEDULED_ROLE:
            return item.id in self._unscheduled_ids()
        if role == Qt.ItemDataRole.FontRole and untranslated:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and untranslated:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.DecorationRole and item.id in self._unscheduled_ids():
            if self._icon is None:
                self._icon = unscheduled_icon()
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, untranslated)
        return None

    def _tooltip(self, item: AgendaItem, untranslated: bool) -> str:
        lang = self.document.language
        original = self.document.meeting.original_language
        title = item.title.get(lang) or item.title.get(original) or self.tr("(untitled)")
        lines = [self.tr("Item {0}: {1}").format(self.reference(item.id), title)]
        if untranslated and item.title.get(original):
            lines.append(
                self.tr("No title in {0} yet; the {1} title is shown.").format(
                    self._language_name(lang), self._language_name(original)
                )
            )
        elif untranslated:
            lines.append(self.tr("This item has no title yet."))
        if item.id in self._unscheduled_ids():
            lines.append(self.tr("Not in the organization of work."))
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        title = " ".join(value.split())
        lang = self.document.language
        if title == item.title.get(lang, ""):
            return True
        self.document.push(SetItemTitleCommand(self.document, item.id, lang, title))
        return True

    # -- drag and drop -----------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy: dropped on the timetable, an item is scheduled and stays in the agenda.
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """The selected items' ids in agenda order; a sub-item of a selected item goes with it."""
        chosen = {self.item_id(index) for index in indexes} - {None}
        order = [item.id for item in self.document.meeting.walk() if item.id in chosen]
        return encode_item_ids(self._uncarried(order))

    def ids_in(self, data: QMimeData) -> list[str]:
        """The known item ids ``data`` carries, without those a carried ancestor brings along."""
        meeting = self.document.meeting
        return self._uncarried(
            [item_id for item_id in decode_item_ids(data) if meeting.has_item(item_id)]
        )

    def _uncarried(self, ids: list[str]) -> list[str]:
        """``ids`` without repeats and without items whose ancestor is among them."""
        parent_of, wanted, result = self.document.meeting.index.parent_id, set(ids), []
        for item_id in ids:
            parent = parent_of(item_id)
            while parent is not None and parent not in wanted:
                parent = parent_of(parent)
            if parent is None and item_id not in result:
                result.append(item_id)
        return result

    def drop_problem(self, data: QMimeData, parent: AnyIndex) -> str | None:
        """Why the items carried by ``data`` cannot go under ``parent`` (``None``: they can)."""
        ids = self.ids_in(data)
        if not ids:
            return self.tr("Nothing to move: the drag carries no agenda item of this meeting.")
        parent_id = self.item_id(parent)
        meeting = self.document.meeting
        for item_id in ids:
            if tree.check_move(meeting, item_id, tree.Position(parent_id, 0)) is None:
                continue
            item = meeting.item(item_id)
            name = self.reference(item_id)
            if parent_id is not None and any(node.id == parent_id for node in item.walk()):
                return self.tr(
                    "Item {0} cannot be moved into itself or one of its own sub-items."
                ).format(name)
            return self.tr(
                "Item {0} cannot go there: the agenda allows at most {1} levels of items."
            ).format(name, MAX_DEPTH)
        return None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        if not data.hasFormat(ITEM_IDS_MIME) or column > 0:
            return False
        return self.drop_problem(data, parent) is None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Move the dragged items to ``row`` under ``parent`` (``row`` -1: as its last items)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = self.ids_in(data)
        parent_id = self.item_id(parent)
        meeting = self.document.meeting
        siblings = tree.children_of(meeting, parent_id)
        if row < 0 or row > len(siblings):
            row = len(siblings)
        # The sibling the items go before, skipping those that move themselves.
        anchor = next((s.id for s in siblings[row:] if s.id not in ids), None)
        current = [s.id for s in siblings]
        end = current.index(anchor) if anchor is not None else len(current)
        if current[max(0, end - len(ids)) : end] == ids:
            return True  # dropped where they already are: no undo step that does nothing
        stack = self.document.undo_stack
        macro = len(ids) > 1
        if macro:
            stack.beginMacro(self.tr("Move {0} items").format(len(ids)))
        try:
            for item_id in ids:
                remaining = [s.id for s in tree.children_of(meeting, parent_id) if s.id != item_id]
                index = remaining.index(anchor) if anchor is not None else len(remaining)
                target = tree.Position(parent_id, index)
                if tree.position_of(meeting, item_id) != target:
                    self.document.push(MoveItemCommand(self.document, item_id, target))
        finally:
            if macro:
                stack.endMacro()
        return True


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    result: list[tuple[int, int]] = []
    for row in rows:
        if result and result[-1][1] == row - 1:
            result[-1] = (result[-1][0], row)
        else:
            result.append((row, row))
    return result
