"""The agenda tree as a Qt item model: a thin adapter over ``document.meeting``.

The rows are kept in a :class:`QStandardItemModel`, one row per item carrying the item's id, so
that the tree view's many structural questions (index, parent, row count, flags), asked for
every row after each change of the tree, are answered in C++ rather than by Python. What a row
shows comes from the meeting (``data``). The model never changes the meeting: renames and drops
push undo commands on the document; it follows the document's signals to keep its rows in the
meeting's shape.

A move is made by taking the row out and putting it back elsewhere (a standard item model
cannot move rows), so the model says so before and after (``item_about_to_move``,
``item_moved``): a view then keeps the current item, the selection and the expanded branches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette, QStandardItem, QStandardItemModel
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

#: Above this share of the rows with numbers shown, an edit works out every item's number in
#: one walk of the meeting rather than row by row.
ONE_WALK_SHARE = 0.3

_ROLE = Qt.ItemDataRole
#: The roles a row answers; the others are ``None``.
_ROLES = frozenset(
    int(role)
    for role in (
        _ROLE.DisplayRole, _ROLE.EditRole, _ROLE.FontRole, _ROLE.ForegroundRole,
        _ROLE.DecorationRole, _ROLE.ToolTipRole, ITEM_ID_ROLE, UNTRANSLATED_ROLE,
        UNSCHEDULED_ROLE,
    )
)  # fmt: skip


class AgendaModel(QStandardItemModel):
    """One column: "<number> <title>" of each item, in the document's language."""

    #: The item (its id) is about to be taken out of its row and put in another.
    item_about_to_move = Signal(str)
    #: The item (its id) is in its new row.
    item_moved = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(1)
        #: item id -> its row (a row that carries the id and holds the sub-items' rows).
        self._rows: dict[str, QStandardItem] = {}
        #: The ids of the branch being removed, between the announcement and the removal.
        self._removing: list[str] = []
        self._unscheduled: set[str] | None = None
        #: Paths of the numbers shown; renewed just before the rows are told to redraw, so
        #: that a row's text only changes with a ``dataChanged`` (as Qt's views expect).
        self._shown_paths: dict[str, tuple[int, ...]] = {}
        self._icon: QIcon | None = None
        self.document = document
        self._connect(document)
        self._fill()

    # -- document ------------------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self._disconnect(self.document)
        self.document = document
        self._connect(document)
        self._invalidate_all()
        self._fill()

    def _signals(self, document: MeetingDocument) -> list[tuple[Any, Any]]:
        return [
            (document.item_inserted, self._on_inserted),
            (document.item_about_to_be_removed, self._on_about_to_remove),
            (document.item_removed, self._on_removed),
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

    # -- rows ------------------------------------------------------------------------------------

    def _fill(self) -> None:
        """Rows for the whole meeting, as one reset of the model."""
        self.beginResetModel()
        # The rows change inside the reset: the views hear of the reset alone.
        blocked = self.blockSignals(True)
        try:
            root = self.invisibleRootItem()
            root.removeRows(0, root.rowCount())
            self._rows = {}
            rows = self._build(self.document.meeting.items)
            if rows:
                root.appendRows(rows)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def _build(self, items: list[AgendaItem]) -> list[QStandardItem]:
        """Rows for ``items`` and their sub-items, not yet in the model."""
        rows = []
        for item in items:
            row = QStandardItem()
            row.setData(item.id, ITEM_ID_ROLE)
            self._rows[item.id] = row
            if item.children:
                row.appendRows(self._build(item.children))
            rows.append(row)
        return rows

    def _row(self, parent_id: str) -> QStandardItem:
        """The row of the item with this id ("": the invisible root)."""
        return self._rows[parent_id] if parent_id else self.invisibleRootItem()

    def _on_inserted(self, parent: str, row: int) -> None:
        item = tree.children_of(self.document.meeting, parent or None)[row]
        self._row(parent).insertRow(row, self._build([item]))
        self._invalidate()
        self._refresh_changed()

    def _on_about_to_remove(self, parent: str, row: int) -> None:
        item = tree.children_of(self.document.meeting, parent or None)[row]
        self._removing = [node.id for node in item.walk()]

    def _on_removed(self, parent: str, row: int) -> None:
        self._row(parent).removeRow(row)
        for item_id in self._removing:
            del self._rows[item_id]
        self._removing = []
        self._invalidate()
        self._refresh_changed()

    def _on_moved(self, source: str, row: int, dest: str, dest_row: int) -> None:
        # ``dest_row`` is counted as Qt counts it, before the row leaves: a move to where the
        # row already is changes nothing.
        if source != dest or dest_row not in (row, row + 1):
            source_row = self._row(source)
            item_id = str(source_row.child(row).data(ITEM_ID_ROLE))
            self.item_about_to_move.emit(item_id)
            taken = source_row.takeRow(row)
            if source == dest and dest_row > row:
                dest_row -= 1
            self._row(dest).insertRow(dest_row, taken)
            self.item_moved.emit(item_id)
        self._invalidate()
        self._refresh_changed()

    def _on_item_changed(self, item_id: str) -> None:
        index = self.index_of(item_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def _on_meeting_changed(self, name: str) -> None:
        if name in ("languages", "original_language"):
            self._refresh_all()

    def _on_reset(self) -> None:
        self._invalidate_all()
        self._fill()

    def _refresh_changed(self, *_args: object) -> None:
        """The tree or the timetable changed: redraw the rows whose number or unscheduled
        mark changed (a rename or a drop in a long agenda does not redraw every row)."""
        shown, unscheduled = self._shown_paths, self._unscheduled
        self._invalidate()
        rows = self._rows
        # The numbers shown are read from the rows, a few calls each; when many rows have been
        # shown, one walk of the meeting for all the numbers costs less.
        many = len(shown) > len(rows) * ONE_WALK_SHARE
        path_of = self._paths().__getitem__ if many else self._row_path
        changed: set[str] = set()
        for item_id in [item_id for item_id in shown if item_id not in rows]:
            del shown[item_id]
        for item_id, path in shown.items():
            current = path_of(item_id)
            if current != path:
                shown[item_id] = current
                changed.add(item_id)
        if unscheduled is not None:
            changed |= (unscheduled ^ self._unscheduled_ids()) & rows.keys()
        parent_of = self.document.meeting.index.parent_id
        runs: dict[str | None, list[int]] = {}
        for item_id in changed:
            runs.setdefault(parent_of(item_id), []).append(rows[item_id].row())
        for parent, numbers in runs.items():
            parent_index = self.index_of(parent)
            for first, last in _runs(sorted(numbers)):
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

    def _paths(self) -> Mapping[str, tuple[int, ...]]:
        """item id -> path of rows from the top level, for the tree as it is now."""
        return numbering.item_paths(self.document.meeting)

    def item_id(self, index: AnyIndex) -> str | None:
        """The id of the item at ``index`` (``None`` for the invisible root)."""
        if not index.isValid():
            return None
        item_id = super().data(index, ITEM_ID_ROLE)
        return item_id if isinstance(item_id, str) else None

    def item_at(self, index: AnyIndex) -> AgendaItem | None:
        item_id = self.item_id(index)
        if item_id is None:
            return None
        return self.document.meeting.index.items().get(item_id)

    def index_of(self, item_id: str | None) -> QModelIndex:
        """The index of the item (the invalid root index for ``None`` or an unknown id)."""
        row = self._rows.get(item_id) if item_id is not None else None
        return self.indexFromItem(row) if row is not None else QModelIndex()

    def _path(self, item_id: str) -> tuple[int, ...]:
        shown = self._shown_paths.get(item_id)
        if shown is None:
            shown = self._shown_paths[item_id] = self._row_path(item_id)
        return shown

    def _row_path(self, item_id: str) -> tuple[int, ...]:
        """The item's path of rows from the top level (as ``numbering.item_paths`` gives it),
        read from the model's rows: no walk of the meeting."""
        path: list[int] = []
        row: QStandardItem | None = self._rows[item_id]
        while row is not None:
            path.append(row.row())
            row = row.parent()
        path.reverse()
        return tuple(path)

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

    # -- header and flags --------------------------------------------------------------------------

    # The rows' flags are the standard items' own: selectable, enabled, editable, dragged and
    # dropped on; the invisible root takes drops only.

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
        if role not in _ROLES:  # the delegate asks for alignment, check state, background...
            return None
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
