"""The agenda panel driven from the keyboard and by drag and drop, as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyledItemDelegate

from agenda_editor.gui.agenda.panel import AgendaPanel
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.mime import encode_item_ids
from tests import factories

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(qtbot, document: MeetingDocument) -> AgendaPanel:
    panel = AgendaPanel(document)
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.view.setFocus()
    return panel


def top(document: MeetingDocument) -> list[str]:
    return [item.id for item in document.meeting.items]


def children(document: MeetingDocument, item_id: str) -> list[str]:
    return [item.id for item in document.meeting.item(item_id).children]


def key(panel: AgendaPanel, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(panel.view, key, modifiers)


def test_keyboard_indent_outdent_and_move(panel: AgendaPanel, document) -> None:
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    panel.select_item("needs")
    key(panel, Qt.Key.Key_Tab)  # becomes the last sub-item of item 1
    assert children(document, "org") == ["open", "adoption", "needs"]
    assert messages[-1] == "Moved item 2 to position 1 (c)"
    assert panel.current_item_id() == "needs"
    key(panel, Qt.Key.Key_Up, ALT)
    assert children(document, "org") == ["open", "needs", "adoption"]
    key(panel, Qt.Key.Key_Down, CTRL | SHIFT)
    assert children(document, "org") == ["open", "adoption", "needs"]
    key(panel, Qt.Key.Key_Left, ALT)  # outdent: right after its former parent
    assert top(document)[:2] == ["org", "needs"]
    key(panel, Qt.Key.Key_Right, ALT)
    assert children(document, "org")[-1] == "needs"
    key(panel, Qt.Key.Key_Backtab)
    assert top(document) == ["org", "needs", "coop", "resources", "report"]
    # Every step is undone in turn, and redone.
    for _ in range(document.undo_stack.count()):
        document.undo_stack.undo()
    assert document.meeting == factories.sample_meeting()
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert top(document) == ["org", "needs", "coop", "resources", "report"]


def test_actions_are_enabled_only_when_possible(panel: AgendaPanel) -> None:
    panel.select_item("org")
    assert not panel.move_up_action.isEnabled()
    assert panel.move_down_action.isEnabled()
    assert not panel.indent_action.isEnabled()  # nothing above it to go under
    assert not panel.outdent_action.isEnabled()
    panel.select_item("coop-national")  # level 3 of 4
    assert panel.add_sub_item_action.isEnabled()
    assert panel.indent_action.isEnabled()
    panel.select_item("coop-joint")  # its sub-items would go deeper than allowed? no: level 4
    assert panel.indent_action.isEnabled()
    panel.select_item("report")
    assert not panel.move_down_action.isEnabled()


def test_tab_on_an_item_that_cannot_be_indented_changes_nothing(panel, document) -> None:
    panel.select_item("org")
    key(panel, Qt.Key.Key_Tab)
    assert document.undo_stack.count() == 0


def test_add_item_and_sub_item_by_keyboard_then_type_the_title(qtbot, panel, document) -> None:
    panel.select_item("needs")
    key(panel, Qt.Key.Key_Return, CTRL)
    new_id = panel.current_item_id()
    assert top(document)[2] == new_id
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the title is typed in place at once
    QTest.keyClicks(editor, "Election of officers")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.meeting.item(new_id).title == {"en": "Election of officers"})
    assert panel.model.data(panel.model.index_of(new_id)) == "3. Election of officers"
    assert (
        panel.model.data(panel.model.index_of("coop"))
        == "4. Cooperation among providers of technical assistance"
    )

    panel.view.setFocus()
    key(panel, Qt.Key.Key_Return, CTRL | SHIFT)
    sub_id = panel.current_item_id()
    assert children(document, new_id) == [sub_id]
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert panel.view.isExpanded(panel.model.index_of(new_id))
    document.undo_stack.undo()  # the sub-item
    document.undo_stack.undo()  # the title
    document.undo_stack.undo()  # the item
    assert document.meeting == factories.sample_meeting()


def test_delete_by_keyboard_removes_sub_items_and_placements_in_one_step(panel, document) -> None:
    panel.select_item("coop")
    key(panel, Qt.Key.Key_Delete)
    assert "coop" not in top(document)
    assert not document.meeting.has_item("coop-regional")
    assert all("coop" not in s.items for d in document.meeting.timetable.days for s in d.slots)
    assert panel.current_item_id() == "resources"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.meeting == factories.sample_meeting()
    # The restored branch is shown expanded again.
    assert panel.view.isExpanded(panel.model.index_of("coop-joint"))


def test_rename_in_place_with_f2(qtbot, panel, document) -> None:
    panel.select_item("report")
    key(panel, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Adoption of the report"
    editor.selectAll()
    QTest.keyClicks(editor, "Adoption of the final report")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: document.meeting.item("report").title["en"] == "Adoption of the final report"
    )
    document.undo_stack.undo()
    assert document.meeting.item("report").title["en"] == "Adoption of the report"


def test_expansion_is_kept_across_moves(panel, document) -> None:
    panel.view.collapse(panel.model.index_of("org"))
    panel.select_item("coop")
    key(panel, Qt.Key.Key_Up, ALT)
    assert top(document)[1] == "coop"
    assert panel.view.isExpanded(panel.model.index_of("coop"))
    assert panel.view.isExpanded(panel.model.index_of("coop-joint"))
    assert not panel.view.isExpanded(panel.model.index_of("org"))


def expanded(panel: AgendaPanel, document) -> dict[str, bool]:
    view, model = panel.view, panel.model
    return {item.id: view.isExpanded(model.index_of(item.id)) for item in document.meeting.walk()}


def selected(panel: AgendaPanel) -> list[str]:
    rows = panel.view.selectionModel().selectedRows()
    return sorted(panel.model.item_id(index) or "" for index in rows)


def test_undo_and_redo_of_a_move_leave_current_item_selection_and_branches_alone(
    panel, document
) -> None:
    """A moved branch is taken out of the tree and put back: the view shows it as it was, and
    the item being edited elsewhere stays current without a word to the item editor."""
    panel.view.collapse(panel.model.index_of("coop-joint"))
    panel.select_item("coop")
    panel.move_current(-1)
    shown = expanded(panel, document)
    assert not shown["coop-joint"] and shown["coop"]
    panel.select_item("report")
    changes: list[str] = []
    panel.current_item_changed.connect(changes.append)
    document.undo_stack.undo()
    assert top(document)[1:3] == ["needs", "coop"]
    assert expanded(panel, document) == shown
    assert (panel.current_item_id(), selected(panel)) == ("report", ["report"])
    panel.select_item("coop-regional")  # inside the branch that moves
    changes.clear()
    document.undo_stack.redo()
    assert top(document)[1] == "coop"
    assert (panel.current_item_id(), selected(panel)) == ("coop-regional", ["coop-regional"])
    document.undo_stack.undo()
    assert (panel.current_item_id(), selected(panel)) == ("coop-regional", ["coop-regional"])
    assert changes == []


def test_moving_the_current_item_keeps_it_current_without_announcing_it_again(
    panel, document
) -> None:
    panel.select_item("needs")
    changes: list[str] = []
    panel.current_item_changed.connect(changes.append)
    panel.move_current(+1)
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert top(document)[1:3] == ["coop", "needs"]
    assert (panel.current_item_id(), selected(panel)) == ("needs", ["needs"])
    assert changes == []
    key(panel, Qt.Key.Key_Down)  # the keyboard goes on from where the item now is
    assert panel.current_item_id() == "resources"


def test_items_dropped_together_stay_selected_through_undo(panel, document) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model, selection = panel.model, panel.view.selectionModel()
    panel.select_item("needs")
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(model.index_of("resources"), flags)
    data = model.mimeData(selection.selectedRows())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of("coop"))
    assert children(document, "coop")[:2] == ["needs", "resources"]
    assert selected(panel) == ["needs", "resources"]
    document.undo_stack.undo()
    assert top(document) == ["org", "needs", "coop", "resources", "report"]
    assert selected(panel) == ["needs", "resources"]
    assert panel.current_item_id() == "needs"


def test_a_drop_into_a_collapsed_item_leaves_it_collapsed(panel, document) -> None:
    model = panel.model
    panel.view.collapse(model.index_of("org"))
    data = encode_item_ids(["report"])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of("org"))
    assert children(document, "org")[-1] == "report"
    assert not panel.view.isExpanded(model.index_of("org"))
    assert panel.view.isExpanded(model.index_of("coop"))


def test_current_item_is_signalled(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.current_item_changed) as blocker:
        panel.select_item("coop-info")
    assert blocker.args == ["coop-info"]
    assert panel.current_item_id() == "coop-info"


def test_drag_within_the_tree_moves_and_undoes(panel, document) -> None:
    model = panel.model
    data = model.mimeData([model.index_of("report")])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of("coop"))
    assert children(document, "coop")[0] == "report"
    document.undo_stack.undo()
    assert top(document)[-1] == "report"


def _drag_move(panel: AgendaPanel, data: QMimeData, target_id: str) -> QDragMoveEvent:
    point = panel.view.visualRect(panel.model.index_of(target_id)).center()
    move, button, none = (
        Qt.DropAction.MoveAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:  # PySide 6.12 wants a QPointF and the event type; earlier versions a QPoint only
        event = QDragMoveEvent(QPointF(point), move, data, button, none, QEvent.Type.DragMove)  # type: ignore[call-overload]
    except TypeError:
        event = QDragMoveEvent(point, move, data, button, none)
    event.source = lambda: panel.view
    return event


def test_a_refused_drop_tells_why(panel) -> None:
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    data = encode_item_ids(["coop"])  # kept alive: the event only points to it
    event = _drag_move(panel, data, "coop-regional")
    panel.view.dragMoveEvent(event)
    assert not event.isAccepted()
    assert messages == ["Item 3 cannot be moved into itself or one of its own sub-items."]


def test_actions_for_menu_lists_every_action_with_a_shortcut(panel) -> None:
    actions = [a for a in panel.actions_for_menu() if a is not None]
    assert len(actions) == 8
    assert all(not a.shortcut().isEmpty() and a.text() for a in actions)


def test_set_document_shows_the_other_meeting(qtbot, panel) -> None:
    other = MeetingDocument(factories.bare_meeting(factories.item("x", "Only item")))
    with qtbot.waitSignal(panel.current_item_changed):
        panel.set_document(other)
    assert panel.current_item_id() == "x"


def test_alt_arrows_follow_the_writing_direction(panel, document) -> None:
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.select_item("needs")
    key(panel, Qt.Key.Key_Left, ALT)  # towards the trailing side in Arabic: indent
    assert children(document, "org")[-1] == "needs"
    key(panel, Qt.Key.Key_Right, ALT)
    assert top(document)[1] == "needs"


def _event(kind, panel: AgendaPanel, data: QMimeData, point):
    move, button = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    try:
        event = kind(QPointF(point), move, data, button, none)
    except TypeError:
        event = kind(point, move, data, button, none)
    event.source = lambda: panel.view
    return event


def test_drag_and_drop_events_on_the_view_move_the_item(panel, document) -> None:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    data = panel.model.mimeData([panel.model.index_of("report")])
    rect = panel.view.visualRect(panel.model.index_of("needs"))
    point = rect.topLeft() + QPoint(20, 1)  # the upper edge: above item 2
    view = panel.view
    enter = _event(QDragEnterEvent, panel, data, point)
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    move = _event(QDragMoveEvent, panel, data, point)
    view.dragMoveEvent(move)
    assert move.isAccepted()
    view.dropEvent(_event(QDropEvent, panel, data, point))
    assert top(document) == ["org", "report", "needs", "coop", "resources"]
    assert document.undo_stack.count() == 1


def test_an_english_version_reads_left_to_right_in_the_arabic_interface(qtbot, document) -> None:
    """In a mirrored tree "1. Organizational matters" stayed laid out right to left, which put
    the number's full stop on the wrong side; the text keeps its own direction, right-aligned."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    panel = AgendaPanel(document)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    index = panel.model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
