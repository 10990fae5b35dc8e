"""The agenda panel: the tree of items and the actions that edit it, all from the keyboard too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from agenda_editor.core import tree
from agenda_editor.core.model import MAX_DEPTH, AgendaItem
from agenda_editor.gui.agenda.model import AgendaModel
from agenda_editor.gui.agenda.view import AgendaTreeView
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.text_direction import DocumentTextDelegate

_Key = QKeySequence


@dataclass
class _KeptView:
    """How the view showed a branch the model is moving (taking out and putting back)."""

    item_id: str
    #: The branch's items that were not expanded.
    collapsed: list[str]
    #: The branch's items that were selected.
    selected: list[str]
    #: The current item if it is in the branch, else "".
    current: str
    #: Whether the selection model's signals were blocked before.
    blocked: bool


class AgendaPanel(QWidget):
    """The agenda tree with add, delete, rename, move, indent and outdent."""

    #: The current item's id, or "" when there is none.
    current_item_changed = Signal(str)
    #: What just happened ("Moved item 3 to position 2") or why something was refused.
    status_message = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = AgendaModel(document, self)
        self.view = AgendaTreeView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(DocumentTextDelegate(lambda: self.document.language, self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)

        self.add_item_action = self._action(self.add_item)
        self.add_sub_item_action = self._action(self.add_sub_item)
        self.delete_action = self._action(self.delete_items)
        self.rename_action = self._action(self.rename_current)
        self.move_up_action = self._action(lambda: self.move_current(-1))
        self.move_down_action = self._action(lambda: self.move_current(+1))
        self.indent_action = self._action(self.indent_current)
        self.outdent_action = self._action(self.outdent_current)
        self._current = ""
        #: The sub-item that Add Sub-item just added, while it is current.
        self._added_sub_item = ""

        self.view.drop_refused.connect(self.status_message)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.rowsInserted.connect(self._expand_inserted)
        self.model.item_about_to_move.connect(self._keep_view_of)
        self.model.item_moved.connect(self._restore_view_of)
        self._kept: _KeptView | None = None
        self.model.modelReset.connect(self._after_reset)
        self._watch(document)
        self.view.expandAll()
        self.retranslate_ui()
        self._update_actions()

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _watch(self, document: MeetingDocument) -> None:
        document.changed.connect(self._update_actions)

    def _shortcuts(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Indenting goes towards the trailing side: right in English, left in Arabic.
        deeper, shallower = (
            (Qt.Key.Key_Left, Qt.Key.Key_Right) if rtl else (Qt.Key.Key_Right, Qt.Key.Key_Left)
        )
        alt = Qt.KeyboardModifier.AltModifier
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        self.add_item_action.setShortcuts(
            [_Key(Qt.Modifier.CTRL | Qt.Key.Key_Return), _Key(Qt.Key.Key_Insert)]
        )
        self.add_sub_item_action.setShortcut(_Key(ctrl_shift | Qt.Key.Key_Return))
        self.delete_action.setShortcut(_Key(Qt.Key.Key_Delete))
        self.rename_action.setShortcut(_Key(Qt.Key.Key_F2))
        self.move_up_action.setShortcuts(
            [_Key(alt | Qt.Key.Key_Up), _Key(ctrl_shift | Qt.Key.Key_Up)]
        )
        self.move_down_action.setShortcuts(
            [_Key(alt | Qt.Key.Key_Down), _Key(ctrl_shift | Qt.Key.Key_Down)]
        )
        self.indent_action.setShortcuts([_Key(alt | deeper), _Key(Qt.Key.Key_Tab)])
        self.outdent_action.setShortcuts([_Key(alt | shallower), _Key(Qt.Key.Key_Backtab)])

    def retranslate_ui(self) -> None:
        self.add_item_action.setText(self.tr("&Add Item"))
        self.add_item_action.setStatusTip(self.tr("Add an item after the current one"))
        self.add_sub_item_action.setText(self.tr("Add &Sub-item"))
        self.add_sub_item_action.setStatusTip(
            self.tr("Add a sub-item at the end of the current item")
        )
        self.delete_action.setText(self.tr("&Delete Item"))
        self.delete_action.setStatusTip(self.tr("Delete the item with its sub-items"))
        self.rename_action.setText(self.tr("&Rename Item"))
        self.move_up_action.setText(self.tr("Move &Up"))
        self.move_down_action.setText(self.tr("Move Do&wn"))
        self.indent_action.setText(self.tr("&Indent (Make Sub-item)"))
        self.outdent_action.setText(self.tr("&Outdent"))
        self.view.setAccessibleName(self.tr("Agenda"))
        self._shortcuts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._shortcuts()
        super().changeEvent(event)

    def actions_for_menu(self) -> list[QAction | None]:
        """The actions in menu order; ``None`` stands for a separator."""
        return [
            self.add_item_action,
            self.add_sub_item_action,
            self.rename_action,
            self.delete_action,
            None,
            self.move_up_action,
            self.move_down_action,
            self.indent_action,
            self.outdent_action,
        ]

    # -- document and selection ------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self.document.changed.disconnect(self._update_actions)
        self.document = document
        self._watch(document)
        self.model.set_document(document)

    def _after_reset(self) -> None:
        self.view.expandAll()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._emit_current()
        self._update_actions()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._kept is not None:
            return  # a moved branch: shown as it was (_restore_view_of)
        for row in range(first, last + 1):
            index = self.model.index(row, 0, parent)
            self.view.expandRecursively(index)
        if parent.isValid():
            self.view.expand(parent)

    def _keep_view_of(self, item_id: str) -> None:
        """Note how the branch about to be moved is shown; the move goes unnoticed by the
        selection's listeners (the item editor stays on the current item)."""
        view, model, selection = self.view, self.model, self.view.selectionModel()
        collapsed, selected = [], []
        current = self.current_item_id()
        in_branch = False
        for node in self.document.meeting.item(item_id).walk():
            index = model.index_of(node.id)
            if not view.isExpanded(index):
                collapsed.append(node.id)
            if selection.isSelected(index):
                selected.append(node.id)
            in_branch = in_branch or node.id == current
        self._kept = _KeptView(
            item_id, collapsed, selected, current if in_branch else "", selection.blockSignals(True)
        )

    def _restore_view_of(self, item_id: str) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        view, model, selection = self.view, self.model, self.view.selectionModel()
        try:
            view.expandRecursively(model.index_of(item_id))
            for node_id in kept.collapsed:
                view.collapse(model.index_of(node_id))
            flags = QItemSelectionModel.SelectionFlag
            for node_id in kept.selected:
                selection.select(model.index_of(node_id), flags.Select | flags.Rows)
            if kept.current:
                selection.setCurrentIndex(model.index_of(kept.current), flags.NoUpdate)
        finally:
            selection.blockSignals(kept.blocked)

    def current_item_id(self) -> str:
        """The id of the current item, or "" when there is none."""
        return self.model.item_id(self.view.currentIndex()) or ""

    def select_item(self, item_id: str) -> None:
        index = self.model.index_of(item_id or None)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_current()
        self._update_actions()

    def _emit_current(self) -> None:
        current = self.current_item_id()
        if current != self._current:
            self._current = current
            self._added_sub_item = ""
            self.current_item_changed.emit(current)

    def _update_actions(self) -> None:
        self._emit_current()  # an undo may have removed the current item
        meeting = self.document.meeting
        item_id = self.current_item_id()
        has = bool(item_id) and meeting.has_item(item_id)
        self.add_item_action.setEnabled(True)
        self.delete_action.setEnabled(has)
        self.rename_action.setEnabled(has)
        if not has:
            for action in (
                self.add_sub_item_action, self.move_up_action, self.move_down_action,
                self.indent_action, self.outdent_action,
            ):  # fmt: skip
                action.setEnabled(False)
            return
        position = tree.position_of(meeting, item_id)
        count = len(tree.children_of(meeting, position.parent_id))
        self.add_sub_item_action.setEnabled(
            tree.depth_of(meeting, item_id) < MAX_DEPTH or item_id == self._added_sub_item
        )
        self.move_up_action.setEnabled(position.index > 0)
        self.move_down_action.setEnabled(position.index < count - 1)
        self.indent_action.setEnabled(tree.check_indent(meeting, item_id) is None)
        self.outdent_action.setEnabled(position.parent_id is not None)

    # -- actions ---------------------------------------------------------------------------------

    def _editing(self) -> bool:
        return self.view.state() == QAbstractItemView.State.EditingState

    def _reference(self, item_id: str) -> str:
        return self.model.reference(item_id)

    def _insert(self, position: tree.Position, text: str) -> None:
        item = AgendaItem()
        self.document.push(InsertItemCommand(self.document, item, position, text))
        self.select_item(item.id)
        self.status_message.emit(self.tr("Added item {0}").format(self._reference(item.id)))
        self.view.edit(self.view.currentIndex())

    def add_item(self) -> None:
        """A new item after the current one, at the same level (at the end without one)."""
        if self._editing():
            return
        meeting = self.document.meeting
        item_id = self.current_item_id()
        if item_id and meeting.has_item(item_id):
            position = tree.position_of(meeting, item_id)
            target = tree.Position(position.parent_id, position.index + 1)
        else:
            target = tree.Position(None, len(meeting.items))
        self._insert(target, self.tr("Add item"))

    def add_sub_item(self) -> None:
        """A sub-item at the end of the current item; pressed again on the sub-item it just
        added, the next sub-item of the same item ("(b)" after "(a)", not "(i)" under it)."""
        item_id = self.current_item_id()
        if self._editing() or not item_id:
            return
        meeting = self.document.meeting
        if item_id == self._added_sub_item and meeting.has_item(item_id):
            position = tree.position_of(meeting, item_id)
            target = tree.Position(position.parent_id, position.index + 1)
        elif tree.depth_of(meeting, item_id) < MAX_DEPTH:
            target = tree.Position(item_id, len(meeting.item(item_id).children))
        else:
            return
        self._insert(target, self.tr("Add sub-item"))
        self._added_sub_item = self.current_item_id()
        self._update_actions()

    def delete_items(self) -> None:
        """Delete the selected items (with their sub-items) as one undo step."""
        if self._editing():
            return
        selected = [self.view.currentIndex(), *self.view.selectionModel().selectedRows()]
        ids = self.model.ids_in(self.model.mimeData(selected))
        if not ids:
            return
        names = ", ".join(self._reference(item_id) for item_id in ids)
        # The item that takes the place of the first deleted one becomes current.
        meeting = self.document.meeting
        first = tree.position_of(meeting, ids[0])
        stack = self.document.undo_stack
        if len(ids) > 1:
            stack.beginMacro(self.tr("Delete {0} items").format(len(ids)))
        for item_id in ids:
            self.document.push(RemoveItemCommand(self.document, item_id))
        if len(ids) > 1:
            stack.endMacro()
        siblings = tree.children_of(meeting, first.parent_id)
        if siblings:
            self.select_item(siblings[min(first.index, len(siblings) - 1)].id)
        elif first.parent_id is not None:
            self.select_item(first.parent_id)
        if len(ids) == 1:
            self.status_message.emit(self.tr("Deleted item {0}").format(names))
        else:
            self.status_message.emit(self.tr("Deleted items {0}").format(names))

    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and not self._editing():
            self.view.edit(index)

    def _move(self, item_id: str, target: tree.Position, text: str) -> None:
        before = self._reference(item_id)
        self.document.push(MoveItemCommand(self.document, item_id, target, text))
        self.select_item(item_id)
        self.status_message.emit(
            self.tr("Moved item {0} to position {1}").format(before, self._reference(item_id))
        )

    def move_current(self, step: int) -> None:
        item_id = self.current_item_id()
        action = self.move_up_action if step < 0 else self.move_down_action
        if self._editing() or not item_id or not action.isEnabled():
            return
        position = tree.position_of(self.document.meeting, item_id)
        target = tree.Position(position.parent_id, position.index + step)
        self._move(
            item_id, target, self.tr("Move item up") if step < 0 else self.tr("Move item down")
        )

    def indent_current(self) -> None:
        item_id = self.current_item_id()
        if self._editing() or not item_id:
            return
        reason = tree.check_indent(self.document.meeting, item_id)
        target = tree.indent_target(self.document.meeting, item_id)
        if reason or target is None:
            self.status_message.emit(
                self.tr("Item {0} cannot be indented.").format(self._reference(item_id))
            )
            return
        self._move(item_id, target, self.tr("Indent item"))

    def outdent_current(self) -> None:
        item_id = self.current_item_id()
        if self._editing() or not item_id:
            return
        target = tree.outdent_target(self.document.meeting, item_id)
        if target is None:
            return
        self._move(item_id, target, self.tr("Outdent item"))
