"""The grid widget under synthetic drag events, clicks and keys (never ``QDrag.exec``)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from agenda_editor.gui import mime
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.panel import TimetablePanel
from agenda_editor.gui.timetable.view import TimetableView

COPY_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
NO_BUTTONS = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def line_point(view: TimetableView, day: int, slot: int, line: int, upper: bool = True) -> QPoint:
    """A point on an item line of a cell (its upper or lower half), in viewport coordinates."""
    cell = view.visualRect(view.model().index(slot, day))
    rect = view.itemDelegate().line_rect(cell, line)  # type: ignore[attr-defined]
    y = rect.top() + (2 if upper else rect.height() - 3)
    return QPoint(rect.center().x(), y)


def _event(kind: type, point: QPoint, data: QMimeData, modifiers: Qt.KeyboardModifier):
    """A drag event; PySide6 before 6.12 takes a QPoint for some kinds, later a QPointF."""
    try:
        return kind(QPointF(point), COPY_MOVE, data, NO_BUTTONS, modifiers)
    except TypeError:
        return kind(point, COPY_MOVE, data, NO_BUTTONS, modifiers)


def send_move(
    view: TimetableView,
    point: QPoint,
    data: QMimeData,
    modifiers: Qt.KeyboardModifier = NO_KEYS,
    action: Qt.DropAction = Qt.DropAction.MoveAction,
) -> QDragMoveEvent:
    enter = _event(QDragEnterEvent, point, data, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    move = _event(QDragMoveEvent, point, data, modifiers)
    move.setDropAction(action)
    QApplication.sendEvent(view.viewport(), move)
    return move


def send_drop(
    view: TimetableView,
    point: QPoint,
    data: QMimeData,
    modifiers: Qt.KeyboardModifier = NO_KEYS,
) -> QDropEvent:
    """A drop as Qt delivers it: after the drag entered and moved over the point."""
    send_move(view, point, data, modifiers)
    event = _event(QDropEvent, point, data, modifiers)
    QApplication.sendEvent(view.viewport(), event)
    return event


def slot_items(document: MeetingDocument, day: int, slot: int) -> list[str]:
    return list(document.meeting.timetable.days[day].slots[slot].items)


def test_drag_from_the_tree_over_a_cell_is_accepted_as_a_copy_and_drops(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    view = panel.view
    data = mime.encode_item_ids(["coop-info"])
    point = line_point(view, 1, 1, 0, upper=False)  # lower half of "report": after it
    move = send_move(view, point, data)
    assert move.isAccepted()
    assert move.dropAction() == Qt.DropAction.CopyAction  # the tree must not remove the item
    assert view.drop_indicator() == (1, 1, 1)
    event = send_drop(view, point, data)
    assert event.isAccepted()
    assert slot_items(document, 1, 1) == ["report", "coop-info"]
    assert view.drop_indicator() is None
    assert view.current_cell() == (1, 1)


def test_refused_drag_says_why_while_dragging(
    panel: TimetablePanel, document: MeetingDocument, qtbot
) -> None:
    view = panel.view
    data = mime.encode_item_ids(["needs"])
    with qtbot.waitSignal(panel.status_message) as message:
        move = send_move(view, line_point(view, 0, 0, 0), data)
    assert not move.isAccepted()
    assert message.args == ["Item 2 is already taken up in that meeting."]
    event = send_drop(view, line_point(view, 0, 0, 0), data)
    assert not event.isAccepted()
    assert slot_items(document, 0, 0) == ["open", "adoption", "needs"]


def test_drag_at_the_day_limit_is_refused_with_the_limit(
    panel: TimetablePanel, document: MeetingDocument, qtbot
) -> None:
    timetable = document.meeting.timetable
    timetable.days[1].max_slots = 3
    document.set_timetable(timetable)
    view = panel.view
    closed = view.visualRect(panel.model.index(2, 0)).center()
    with qtbot.waitSignal(panel.status_message) as message:
        move = send_move(view, closed, mime.encode_item_ids(["coop-info"]))
    assert not move.isAccepted()
    assert "allows at most 2 meeting" in message.args[0]


def test_drag_between_cells_moves_and_ctrl_copies(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    view = panel.view
    data = mime.encode_placements([(0, 0, 0)])  # "open"
    send_drop(view, line_point(view, 1, 1, 0), data)
    assert slot_items(document, 0, 0) == ["adoption", "needs"]
    assert slot_items(document, 1, 1) == ["open", "report"]
    assert view.picked_placements() == [(1, 1, 0)]
    copy = mime.encode_placements([(1, 1, 1)])  # "report"
    ctrl = Qt.KeyboardModifier.ControlModifier
    move = send_move(view, line_point(view, 1, 0, 0), copy, modifiers=ctrl)
    assert move.dropAction() == Qt.DropAction.CopyAction
    send_drop(view, line_point(view, 1, 0, 0), copy, modifiers=ctrl)
    assert slot_items(document, 1, 0) == ["report", "coop", "resources"]
    assert slot_items(document, 1, 1) == ["open", "report"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert slot_items(document, 0, 0) == ["open", "adoption", "needs"]


def test_click_picks_a_line_and_delete_unschedules_it(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    view = panel.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, line_point(view, 0, 0, 1))
    assert view.picked_placements() == [(0, 0, 1)]
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        line_point(view, 0, 0, 2),
    )
    assert view.picked_placements() == [(0, 0, 1), (0, 0, 2)]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert slot_items(document, 0, 0) == ["open"]
    assert document.undo_stack.undoText() == "Unschedule items 1 (b), 2"
    document.undo_stack.undo()
    assert slot_items(document, 0, 0) == ["open", "adoption", "needs"]


def test_dragging_out_onto_another_widget_unschedules_but_cancelling_does_not(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    view = panel.view
    elsewhere = QWidget()
    view.finish_drag(Qt.DropAction.IgnoreAction, None, [(1, 1, 0)])  # Escape
    view.finish_drag(Qt.DropAction.IgnoreAction, view.viewport(), [(1, 1, 0)])  # refused here
    assert slot_items(document, 1, 1) == ["report"]
    view.finish_drag(Qt.DropAction.IgnoreAction, elsewhere, [(1, 1, 0)])
    assert slot_items(document, 1, 1) == []
    document.undo_stack.undo()
    assert slot_items(document, 1, 1) == ["report"]


def test_keyboard_goes_through_the_lines_of_a_cell_and_alt_moves_them(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    view = panel.view
    panel.select_slot(0, 0)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.picked_placements() == [(0, 0, 0)]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.picked_placements() == [(0, 0, 1)]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert slot_items(document, 0, 0) == ["open", "needs", "adoption"]
    assert view.picked_placements() == [(0, 0, 2)]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last
    assert slot_items(document, 0, 0) == ["open", "needs", "adoption"]
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert slot_items(document, 0, 0) == ["adoption", "open", "needs"]
    assert document.undo_stack.undoText() == "Move item 1 (b) to Thursday, 11 June, 10:00–13:00"
    # Past the last line, Down goes on to the next meeting of the day.
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.current_cell() == (0, 1)
    assert view.picked_placements() == []


def test_a_plain_click_on_one_of_several_picked_lines_picks_only_it(
    panel: TimetablePanel,
) -> None:
    view = panel.view
    view.set_picked([(0, 0, 0), (0, 0, 1)])
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, line_point(view, 0, 0, 1))
    assert view.picked_placements() == [(0, 0, 1)]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, QPoint(5, 500))
    assert view.picked_placements() == []


def test_a_cell_taller_than_the_window_shows_the_same_lines_however_far_it_is_scrolled(
    panel: TimetablePanel, document: MeetingDocument, monkeypatch
) -> None:
    """Only a cell's lines in sight are drawn: what the window shows is what drawing all of
    them shows, at the top, in the middle and at the end of a long meeting."""
    timetable = document.meeting.timetable
    ids = [item.id for item in document.meeting.walk()]
    timetable.days[0].slots[0].items = ids * 3  # the later times round: "(continued)"
    document.set_timetable(timetable)
    document.set_language("fr")  # untranslated titles are drawn in italics
    view = panel.view
    panel.resize(1000, 360)
    view.set_picked([(0, 0, 1), (0, 0, 2 * len(ids) + 3)])
    QApplication.processEvents()
    cell = view.model().index(0, 0)
    assert view.visualRect(cell).height() > 2 * view.viewport().height()

    def drawn() -> object:
        QApplication.processEvents()
        return view.viewport().grab().toImage()

    delegate = view.itemDelegate()
    bar = view.verticalScrollBar()
    for mode in (
        QAbstractItemView.ScrollMode.ScrollPerItem,
        QAbstractItemView.ScrollMode.ScrollPerPixel,
    ):
        view.setVerticalScrollMode(mode)
        for value in (0, bar.maximum() // 3, bar.maximum()):
            bar.setValue(value)
            in_sight = drawn()
            with monkeypatch.context() as every_line:
                every_line.setattr(
                    type(delegate), "_lines_in_sight", lambda _s, _p, _t, _h, count: (0, count)
                )
                view.viewport().update()
                assert drawn() == in_sight


def test_each_row_is_as_tall_as_its_tallest_cell_after_drops_and_their_undo(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    """The view measures a row from its cells' numbers of lines: the height Qt's table view
    gives from the delegate's size of every cell, through drops that make a cell taller, an
    indent that renumbers the lines and the undo of all of them."""
    from PySide6.QtWidgets import QTableView

    from agenda_editor.core import tree
    from agenda_editor.gui.commands.tree import MoveItemCommand

    view, model = panel.view, panel.model
    header = view.verticalHeader()

    def check() -> None:
        QApplication.processEvents()
        for row in range(model.rowCount()):
            measured = QTableView.sizeHintForRow(view, row)  # each cell's size hint
            assert view.sizeHintForRow(row) == measured
            assert view.rowHeight(row) == max(measured, header.sectionSizeHint(row))

    check()
    dropped = 0
    for n, item in enumerate(document.meeting.walk()):
        data, cell = mime.encode_item_ids([item.id]), model.index(n % 2, 0)
        if model.drop_refusal(data, Qt.DropAction.CopyAction, -1, cell) is None:
            assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, cell)
            dropped += 1
            check()
    assert dropped >= 3
    second = document.meeting.items[1].id
    target = tree.indent_target(document.meeting, second)
    assert target is not None
    document.push(MoveItemCommand(document, second, target))
    check()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        check()


def test_what_a_row_made_taller_or_shorter_repaints_is_what_a_full_repaint_shows(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    """A drop makes its row taller and repaints it from where it grew (and everything below);
    what the window then shows, on screen, equals a repaint of the whole grid: with a selected
    cell in the row, with the placeholder of a day without interpretation there, scrolled or
    not, and when the undo makes the row shorter again."""
    from PySide6.QtGui import QImage

    from agenda_editor.gui.commands.timetable import SetDayLimitCommand

    view, model = panel.view, panel.model
    panel.resize(1000, 420)
    bar = view.verticalScrollBar()

    def on_screen() -> QImage:
        for _ in range(3):
            QApplication.processEvents()
        return panel.screen().grabWindow(panel.winId()).toImage()

    def repainted_whole() -> QImage:
        view.viewport().update()
        return on_screen()

    def drop_all(row: int, scrolled: bool) -> int:
        drops = 0
        for item in document.meeting.walk():
            data, cell = mime.encode_item_ids([item.id]), model.index(row, 0)
            if model.drop_refusal(data, Qt.DropAction.CopyAction, -1, cell) is not None:
                continue
            if scrolled:
                bar.setValue(bar.maximum() // 2)
            before = view.rowHeight(row)
            assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, cell)
            shown = on_screen()
            assert shown == repainted_whole()
            drops += view.rowHeight(row) != before
        return drops

    for scrolled in (False, True):
        view.setCurrentIndex(model.index(0, 1))  # a selected cell in the row
        assert drop_all(0, scrolled) >= 3
        document.push(SetDayLimitCommand(document, 0, 3))  # a third row, of day 0 only
        assert model.cell_state(1, 2) == "closed"
        assert drop_all(2, scrolled) >= 3
        while document.undo_stack.canUndo():
            document.undo_stack.undo()
            shown = on_screen()
            assert shown == repainted_whole()
