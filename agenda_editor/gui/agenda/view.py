"""The tree view of the agenda: drag and drop that says why a drop is refused."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip, QTreeView, QWidget

from agenda_editor.gui.agenda.model import AgendaModel
from agenda_editor.gui.mime import ITEM_IDS_MIME


class AgendaTreeView(QTreeView):
    """A tree of agenda items; items are dragged within it (move) or out to the timetable."""

    #: A drop was refused here: the reason, for the status bar.
    drop_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self._last_refusal = ""

    def agenda_model(self) -> AgendaModel | None:
        model = self.model()
        return model if isinstance(model, AgendaModel) else None

    # -- drag ------------------------------------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Start the drag ourselves: the model moves items by command, never by removing rows."""
        model = self.agenda_model()
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if model is None or not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData(indexes))
        drag.exec(supportedActions, Qt.DropAction.MoveAction)

    # -- drop ------------------------------------------------------------------------------------

    def _ours(self, event: QDropEvent) -> bool:
        return event.source() is self and event.mimeData().hasFormat(ITEM_IDS_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._ours(event):
            event.ignore()
            return
        self._last_refusal = ""
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._ours(event):
            event.ignore()
            return
        super().dragMoveEvent(event)
        if not event.isAccepted():
            self._explain_refusal(event)
        elif self._last_refusal:
            self._last_refusal = ""
            QToolTip.hideText()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._ours(event):
            event.ignore()
            return
        super().dropEvent(event)  # the model pushes the moves as undo commands
        self._last_refusal = ""

    def drop_parent_at(self, pos: QPoint) -> QModelIndex:
        """The index a drop at ``pos`` would go under, as the drop indicator shows it."""
        index = self.indexAt(pos)
        if not index.isValid():
            return QModelIndex()
        where = self.dropIndicatorPosition()
        if where == QAbstractItemView.DropIndicatorPosition.OnItem:
            return index
        if where == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return QModelIndex()
        return index.parent()

    def _explain_refusal(self, event: QDragMoveEvent) -> None:
        model = self.agenda_model()
        if model is None:
            return
        reason = model.drop_problem(
            event.mimeData(), self.drop_parent_at(event.position().toPoint())
        )
        if reason and reason != self._last_refusal:
            self._last_refusal = reason
            self.drop_refused.emit(reason)
            QToolTip.showText(
                self.viewport().mapToGlobal(event.position().toPoint()), reason, self.viewport()
            )
