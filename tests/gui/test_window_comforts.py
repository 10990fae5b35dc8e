"""Rough edges of the window a new user hit: the wheel over the Meeting page's fields, the undo
history squeezing the tree, Undo/Redo icons and tooltips."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QIcon, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle

from agenda_editor.gui.main_window import MIN_TREE_WIDTH


def wheel(widget, steps: int = -3) -> None:
    """Turn the mouse wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_meeting_page_instead_of_changing_a_date(window, qtbot) -> None:
    window.resize(1000, 420)  # short: the Meeting page scrolls
    window.show()
    window.show_tab(window.meeting_page)
    page = window.meeting_page
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    end = window.document.meeting.end
    field = page.end.edit
    assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not focus it
    bar = page.verticalScrollBar()
    bar.setValue(0)
    wheel(field)
    assert window.document.meeting.end == end
    assert window.document.undo_stack.count() == 0
    assert bar.value() > 0  # the page scrolled
    # Focused, the field takes the wheel as usual.
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setCurrentSection(field.Section.DaySection)
    wheel(field, 1)
    field.editingFinished.emit()
    assert window.document.meeting.end == end + dt.timedelta(days=1)


def test_opening_the_undo_history_leaves_the_tree_its_width(window, qtbot) -> None:
    window.resize(1280, 800)
    window.show()
    QTest.qWait(20)
    before = window.splitter.sizes()[0]
    window.menus.undo_view_action.trigger()
    qtbot.waitUntil(lambda: window.undo_dock.isVisible())
    QTest.qWait(20)
    assert window.splitter.sizes()[0] >= min(before, MIN_TREE_WIDTH) >= 200
    assert window.undo_dock.width() >= 200


def test_undo_and_redo_have_their_own_icons_and_tooltips_name_the_keys(window) -> None:
    undo, redo = window.menus.undo_action, window.menus.redo_action
    assert undo.toolTip() == "Undo (Ctrl+Z)"
    assert redo.toolTip().startswith("Redo (Ctrl+")
    assert window.menus.save_action.toolTip() == "Save (Ctrl+S)"
    window.agenda_panel.select_item("open")
    window.agenda_panel.delete_action.trigger()
    assert undo.toolTip() == "Undo Delete item (Ctrl+Z)"
    # Without a desktop theme: our hooked arrows, not Qt's back and forward arrows.
    arrows = (
        QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
        QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
    )
    for act, arrow in zip((undo, redo), arrows, strict=True):
        picture = image(act.icon())
        assert not picture.isNull() and picture != image(arrow)
    assert image(undo.icon()) != image(redo.icon())


def image(icon: QIcon) -> QImage:
    return icon.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
