"""The grid widget: picks items inside cells, drags them, and says why a drop is refused."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    SIGNAL,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QRegion,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from agenda_editor.gui import mime
from agenda_editor.gui.timetable.delegate import CellDelegate
from agenda_editor.gui.timetable.model import TimetableModel
from agenda_editor.gui.timetable.texts import tr

Where = tuple[int, int, int]
Index = QModelIndex | QPersistentModelIndex


def _line(index: Index) -> bool:
    """Whether ``index`` is a line of a cell (a placement), not a cell."""
    return index.parent().isValid()


class RowHeader(QHeaderView):
    """The grid's row header, each row as tall as its tallest cell.

    A change of the lines of a cell alone does not resize the rows: the model announces
    the cell as well whenever its lines change (a range of lines would have the header
    measure every cell of the grid again, for each cell of a renumbered agenda)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        # As the header a table view makes for itself.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def dataChanged(self, topLeft: Index, bottomRight: Index, /, roles: Sequence[int] = ()) -> None:
        if not _line(topLeft):
            super().dataChanged(topLeft, bottomRight, roles)


class TimetableView(QTableView):
    """Cells of (day, meeting); a click picks an item line, Ctrl/Shift extend the pick."""

    #: A hint while dragging (why a drop is refused, or what it will do); "" when done.
    drop_hint = Signal(str)
    #: The user asked to unschedule these placements (Delete, or a drag out of the grid).
    unschedule_requested = Signal(list)
    #: Alt+Up/Down: move these placements one place up (-1) or down (+1) in their meeting.
    reorder_requested = Signal(list, int)
    #: Something was dropped and scheduled; the message to show.
    dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = CellDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setVerticalHeader(RowHeader(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)  # the delegate draws where the items will go
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(200)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._picked: list[Where] = []
        #: While a drop runs: the lines it inserted, kept where later steps move them.
        self._inserted: list[Where] | None = None
        self._indicator: Where | None = None
        self._press_on_picked: Where | None = None
        self._take_row_resizes()

    def _take_row_resizes(self) -> None:
        """Repaint a row made taller or shorter from where it changed (see
        :meth:`_rows_resized`) instead of from its top, as the table view's own ``rowResized``
        does: a drop into a meeting of a large grid repainted every cell in sight. Only when
        that is the header's one receiver of ``sectionResized`` (Qt keeps the connection, so
        it is taken with all the receivers)."""
        #: Rows resized since the last repaint: the height each kept (the lesser).
        self._resized: dict[int, int] = {}
        self._offset = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._rows_resized)
        header = self.verticalHeader()
        if header.receivers(SIGNAL("sectionResized(int,int,int)")) == 1:
            header.sectionResized.disconnect()
            header.sectionResized.connect(self._row_resized)

    def _row_resized(self, row: int, old: int, new: int) -> None:
        if not self._resized:  # where the rows were before these resizes scroll them
            self._offset = self.verticalHeader().offset()
        self._resized[row] = min(old, new, self._resized.get(row, old))
        self._resize_timer.start()

    def _rows_resized(self) -> None:
        """What the table view does after rows were resized (the scroll bars follow), but
        the viewport is repainted from each row's kept height down: above it a cell is drawn
        as before (from its top, and the model announces a cell whose lines changed), except
        one drawn from its whole height (a placeholder centred in it, a selected cell's frame).
        """
        resized, self._resized = self._resized, {}
        model, viewport = self.timetable_model(), self.viewport()
        self.updateGeometries()
        moved = self.verticalHeader().offset() != self._offset  # scrolled: the rows moved
        if model is None or moved or max(resized, default=0) >= model.rowCount():
            viewport.update()
            return
        width, height = viewport.width(), viewport.height()
        top = height
        region = QRegion()
        ends = (self.columnAt(0), self.columnAt(width - 1))
        first = min(ends) if min(ends) >= 0 else 0
        last = max(ends) if min(ends) >= 0 else model.columnCount() - 1
        selection = self.selectionModel()
        for row, kept in resized.items():
            top = min(top, self.rowViewportPosition(row) + kept - 1)
            for column in range(first, last + 1):
                cell = model.index(row, column)
                if model.cell_state(column, row) != "meeting" or selection.isSelected(cell):
                    region += self.visualRect(cell)
        top = max(top, 0)
        if top < height:
            region += QRect(0, top, width, height - top)
        viewport.update(region)

    def timetable_model(self) -> TimetableModel | None:
        model = self.model()
        return model if isinstance(model, TimetableModel) else None

    def setModel(self, model: TimetableModel | None) -> None:  # type: ignore[override]
        old = self.timetable_model()
        if old is not None:
            old.modelReset.disconnect(self._after_reset)
            old.rowsInserted.disconnect(self._lines_inserted)
            old.rowsRemoved.disconnect(self._lines_removed)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._after_reset)
            model.rowsInserted.connect(self._lines_inserted)
            model.rowsRemoved.connect(self._lines_removed)
        self._after_reset()

    def dataChanged(self, topLeft: Index, bottomRight: Index, /, roles: Sequence[int] = ()) -> None:
        """Lines are drawn by their cell, which the model announces too when they change."""
        if not _line(topLeft):
            super().dataChanged(topLeft, bottomRight, roles)

    def sizeHintForRow(self, row: int) -> int:
        """The height of the row's tallest cell, as the table view would measure each cell
        with the delegate (whose height depends only on the cell's number of lines), without
        asking for each cell's size hint: the header measures every row again after each
        announced change."""
        model = self.timetable_model()
        if model is None or not 0 <= row < model.rowCount():
            return super().sizeHintForRow(row)
        hint = self._delegate.cell_height(model.most_lines(row))
        return hint + 1 if self.showGrid() else hint

    def _after_reset(self) -> None:
        self._picked = []
        self.resizeRowsToContents()
        self.viewport().update()

    def _lines_inserted(self, cell: QModelIndex, first: int, last: int) -> None:
        """Lines came into a cell: picked positions no longer say which items they were."""
        self._picked = []
        if self._inserted is None or not cell.isValid() or cell.parent().isValid():
            return
        day, slot, count = cell.column(), cell.row(), last - first + 1
        self._inserted = [
            (d, s, p + count if (d, s) == (day, slot) and p >= first else p)
            for d, s, p in self._inserted
        ]
        self._inserted += [(day, slot, p) for p in range(first, last + 1)]

    def _lines_removed(self, cell: QModelIndex, first: int, last: int) -> None:
        self._picked = []
        if self._inserted is None or not cell.isValid() or cell.parent().isValid():
            return
        day, slot, count = cell.column(), cell.row(), last - first + 1
        kept = [w for w in self._inserted if w[:2] != (day, slot) or not first <= w[2] <= last]
        self._inserted = [
            (d, s, p - count if (d, s) == (day, slot) and p > last else p) for d, s, p in kept
        ]

    # -- picking items inside cells ----------------------------------------------------------

    def picked_placements(self) -> list[Where]:
        """The picked lines, as places in the grid (day, row, line)."""
        return list(self._picked)

    def set_picked(self, placements: list[Where]) -> None:
        """Pick lines given as places in the grid (see :meth:`TimetableModel.to_grid`)."""
        self._picked = sorted(set(placements))
        self.viewport().update()

    def grid_cell(self) -> tuple[int, int] | None:
        """(day, row) of the current cell in the grid."""
        index = self.currentIndex()
        if not index.isValid() or index.parent().isValid():
            return None
        return index.column(), index.row()

    def current_cell(self) -> tuple[int, int] | None:
        """(day, slot) of the current cell: the meeting it shows, or ``len(day.slots)`` and
        beyond for a meeting that could be added there."""
        model, cell = self.timetable_model(), self.grid_cell()
        if model is None or cell is None:
            return None
        return cell[0], model.slot_of(*cell)

    def selected_placements(self) -> list[Where]:
        """The picked lines, else every item of the current cell, as placements (day, slot,
        position in the meeting)."""
        model, cell = self.timetable_model(), self.grid_cell()
        if model is None:
            return []
        if self._picked:
            return model.to_slots(self._picked)
        if cell is None:
            return []
        return model.to_slots([(cell[0], cell[1], p) for p in range(len(model.entries(*cell)))])

    def line_at(self, point: QPoint) -> tuple[QModelIndex, int, int]:
        """(cell under the point, line under it or -1, insertion position there)."""
        index = self.indexAt(point)
        model = self.timetable_model()
        if not index.isValid() or model is None:
            return QModelIndex(), -1, -1
        count = len(model.entries(index.column(), index.row()))
        line, position = self._delegate.line_at(self.visualRect(index), point, count)
        return index, line, position

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index, line, _ = self.line_at(event.position().toPoint())
        modifiers = event.modifiers()
        if index.isValid() and line >= 0:
            where = (index.column(), index.row(), line)
            same_cell = [p for p in self._picked if p[:2] == where[:2]]
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                picked = [p for p in same_cell if p != where]
                if where not in same_cell:
                    picked.append(where)
                self.set_picked(picked)
            elif modifiers & Qt.KeyboardModifier.ShiftModifier and same_cell:
                anchor = same_cell[0][2]
                low, high = sorted((anchor, line))
                self.set_picked([(where[0], where[1], p) for p in range(low, high + 1)])
            elif where not in self._picked:
                self.set_picked([where])
            else:
                # Kept for a drag of all the picked lines; a click without one picks this one.
                self._press_on_picked = where
        else:
            self.set_picked([])
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_on_picked is not None:
            self.set_picked([self._press_on_picked])
            self._press_on_picked = None
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Delete here unschedules, even if the window has a Delete shortcut for the tree.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            placements = self.selected_placements()
            if placements:
                self.unschedule_requested.emit(placements)
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._key_in_cell(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _key_in_cell(self, event: QKeyEvent) -> bool:
        """Up/Down go from line to line inside a cell (Alt: move the picked items), then on
        to the next cell; returns whether the key was used inside the cell."""
        model, cell = self.timetable_model(), self.grid_cell()
        if model is None or cell is None:
            return False
        count = len(model.entries(*cell))
        step = -1 if event.key() == Qt.Key.Key_Up else 1
        lines = [p for d, s, p in self._picked if (d, s) == cell]
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            if lines and 0 <= (min(lines) if step < 0 else max(lines)) + step < count:
                self.reorder_requested.emit(model.to_slots([(*cell, p) for p in lines]), step)
            return True
        if not count:
            return False
        if not lines:
            target = count - 1 if step < 0 else 0
        else:
            target = (min(lines) if step < 0 else max(lines)) + step
        if not 0 <= target < count:
            self.set_picked([])
            return False
        self.set_picked([(*cell, target)])
        return True

    # -- dragging out ------------------------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the picked items (or the whole cell); the model never removes rows itself."""
        self._press_on_picked = None
        placements = self.selected_placements()
        if not placements:
            return
        drag = QDrag(self)
        drag.setMimeData(mime.encode_placements(placements))
        result = drag.exec(
            Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction
        )
        self.finish_drag(result, drag.target(), placements)

    def finish_drag(self, result: Qt.DropAction, target: object, placements: list[Where]) -> None:
        """A drag dropped on another widget that refused it (the agenda tree, an empty panel)
        unschedules; a drag cancelled (Escape, outside the window) changes nothing."""
        if result != Qt.DropAction.IgnoreAction or target is None:
            return
        if target is self.viewport() or target is self:
            return
        self.unschedule_requested.emit(placements)

    # -- drops -------------------------------------------------------------------------------

    @staticmethod
    def _ours(data: QMimeData) -> bool:
        return data.hasFormat(mime.ITEM_IDS_MIME) or data.hasFormat(mime.PLACEMENTS_MIME)

    def _action(self, event: QDropEvent) -> Qt.DropAction:
        data = event.mimeData()
        if data.hasFormat(mime.PLACEMENTS_MIME):
            # Ctrl copies (the item continues there); otherwise the placements move.
            copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            return Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction
        # From the agenda: the items stay in the agenda, so the drag must not be a move.
        if event.possibleActions() & Qt.DropAction.CopyAction:
            return Qt.DropAction.CopyAction
        return event.proposedAction()

    def _unscheduling(self, event: QDropEvent, index: QModelIndex) -> bool:
        """A drag of our own placements over the grid's empty space: dropping unschedules."""
        return (
            not index.isValid()
            and event.source() is self
            and event.mimeData().hasFormat(mime.PLACEMENTS_MIME)
        )

    def _evaluate(self, event: QDropEvent) -> tuple[QModelIndex, int, Qt.DropAction, str | None]:
        model = self.timetable_model()
        index, _line, position = self.line_at(event.position().toPoint())
        action = self._action(event)
        if model is None:
            return index, position, action, tr("There is no timetable.")
        if self._unscheduling(event, index):
            return index, position, action, None
        reason = model.drop_refusal(event.mimeData(), action, position, index)
        return index, position, action, reason

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ours(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._ours(event.mimeData()):
            event.ignore()
            return
        index, position, action, reason = self._evaluate(event)
        if reason:
            self._set_indicator(None)
            event.ignore()
            self.drop_hint.emit(reason)
            QToolTip.showText(
                self.viewport().mapToGlobal(event.position().toPoint()), reason, self.viewport()
            )
            return
        QToolTip.hideText()
        if self._unscheduling(event, index):
            self._set_indicator(None)
            self.drop_hint.emit(tr("Drop here to unschedule."))
        else:
            self._set_indicator((index.column(), index.row(), position))
            copying = action == Qt.DropAction.CopyAction and event.source() is self
            self.drop_hint.emit(
                tr("Drop to continue the item(s) in this meeting.")
                if copying
                else tr("Drop to take up the item(s) in this meeting.")
            )
        event.setDropAction(action)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_indicator(None)
        QToolTip.hideText()
        self.drop_hint.emit("")
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_indicator(None)
        QToolTip.hideText()
        model = self.timetable_model()
        index, position, action, reason = self._evaluate(event)
        if model is None or not self._ours(event.mimeData()) or reason:
            self.drop_hint.emit(reason or "")
            event.ignore()
            return
        if self._unscheduling(event, index):
            self.unschedule_requested.emit(mime.decode_placements(event.mimeData()))
            event.setDropAction(action)
            event.accept()
            return
        self._inserted = []
        try:
            dropped = model.dropMimeData(event.mimeData(), action, position, 0, index)
            inserted = self._inserted
        finally:
            self._inserted = None
        if not dropped:
            event.ignore()
            return
        event.setDropAction(action)
        event.accept()
        if inserted:  # what the drop placed is picked, and its meeting is the current cell
            day, slot, _line = inserted[0]
            self.setCurrentIndex(model.index(slot, day))
            self.set_picked(inserted)
        self.dropped.emit(model.document.undo_stack.undoText())
        self.drop_hint.emit("")

    def drop_indicator(self) -> Where | None:
        return self._indicator

    def _set_indicator(self, where: Where | None) -> None:
        if where != self._indicator:
            self._indicator = where
            self.viewport().update()
