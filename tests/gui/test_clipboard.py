"""Cut, Copy, Paste and Duplicate of agenda items in the real window, by keyboard and from the
Edit menu, within one meeting and between two."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from agenda_editor.gui.clipboard import ITEMS_MIME, items_from_text
from tests import factories

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shown(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.agenda_panel.view.setFocus()
    return window


def key(window, letter: Qt.Key) -> None:
    QTest.keyClick(window.agenda_panel.view, letter, CTRL)


def titles(meeting, lang: str = "en") -> list[str]:
    return [item.title.get(lang, "") for item in meeting.items]


def test_copy_then_paste_adds_a_full_copy_after_the_current_item(shown) -> None:
    panel = shown.agenda_panel
    panel.select_item("coop")
    key(shown, Qt.Key.Key_C)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat(ITEMS_MIME)
    # Other programs get the numbered titles, sub-items indented.
    assert data.text().splitlines()[:2] == [
        "3. Cooperation among providers of technical assistance",
        "    (a) Exchange of information",
    ]
    panel.select_item("resources")
    key(shown, Qt.Key.Key_V)
    meeting = shown.document.meeting
    assert titles(meeting)[3:5] == [
        "Mobilization of resources",
        "Cooperation among providers of technical assistance",
    ]
    pasted, original = meeting.items[4], meeting.item("coop")
    # Everything came along, in every language, under new identifiers.
    assert pasted.id != original.id
    assert [n.title for n in pasted.walk()] == [n.title for n in original.walk()]
    assert [n.annotation for n in pasted.walk()] == [n.annotation for n in original.walk()]
    assert [n.documents for n in pasted.walk()] == [n.documents for n in original.walk()]
    assert not {n.id for n in pasted.walk()} & {n.id for n in original.walk()}
    assert panel.current_item_id() == pasted.id
    assert shown.statusBar().currentMessage() == "Pasted 1 item."
    assert shown.document.undo_stack.count() == 1
    shown.menus.undo_action.trigger()
    assert shown.document.meeting == factories.sample_meeting()


def test_cut_removes_in_one_step_and_paste_puts_the_items_back_elsewhere(shown) -> None:
    panel = shown.agenda_panel
    panel.select_item("needs")
    panel.view.selectionModel().select(
        panel.model.index_of("resources"), QItemSelectionModel.SelectionFlag.Select
    )
    edit_menu = [a.text().replace("&", "") for a in shown.menus.edit_menu.actions()]
    assert {"Cut Items", "Copy Items", "Paste Items", "Duplicate Items"} <= set(edit_menu)
    shown.menus.clipboard.cut_action.trigger()
    meeting = shown.document.meeting
    assert "Review of capacity-building needs" not in titles(meeting)
    assert "Mobilization of resources" not in titles(meeting)
    assert shown.document.undo_stack.count() == 1
    assert shown.document.undo_stack.text(0) == "Cut 2 items"
    # Their timetable placements went with them.
    placed = {i for d in meeting.timetable.days for s in d.slots for i in s.items}
    assert "needs" not in placed
    panel.select_item("report")
    shown.menus.clipboard.paste_action.trigger()
    assert titles(meeting)[-2:] == [
        "Review of capacity-building needs",
        "Mobilization of resources",
    ]
    shown.menus.undo_action.trigger()
    shown.menus.undo_action.trigger()
    assert shown.document.meeting == factories.sample_meeting()


def test_duplicate_puts_a_copy_right_after_the_item(shown) -> None:
    panel = shown.agenda_panel
    panel.select_item("coop-joint")
    key(shown, Qt.Key.Key_D)
    coop = shown.document.meeting.item("coop")
    assert [c.title["en"] for c in coop.children] == [
        "Exchange of information",
        "Joint programming",
        "Joint programming",
    ]
    copy = coop.children[2]
    assert [c.title for c in copy.children] == [
        c.title for c in shown.document.meeting.item("coop-joint").children
    ]
    assert panel.model.data(panel.model.index_of(copy.id)) == "(c) Joint programming"
    assert shown.document.undo_stack.text(0) == "Duplicate 1 item"


def test_items_copied_in_one_meeting_paste_into_another(make_window, qtbot) -> None:
    first = make_window(factories.sample_meeting())
    first.agenda_panel.select_item("open")
    first.menus.clipboard.copy_action.trigger()
    other = factories.sample_meeting()
    other.items = other.items[1:2]
    second = make_window(other)
    second.agenda_panel.select_item(other.items[0].id)
    second.menus.clipboard.paste_action.trigger()
    pasted = second.document.meeting.items[1]
    assert pasted.title == factories.sample_meeting().item("open").title  # en and fr
    assert pasted.annotation == factories.sample_meeting().item("open").annotation


def test_plain_text_lines_paste_as_new_items_in_the_language_shown(shown) -> None:
    data = QMimeData()
    data.setText("1. Election of officers\n\n(b) Adoption of the agenda\n   Other matters\n")
    QGuiApplication.clipboard().setMimeData(data)
    shown.document.set_language("fr")
    shown.agenda_panel.select_item("report")
    key(shown, Qt.Key.Key_V)
    new = shown.document.meeting.items[-3:]
    assert [item.title for item in new] == [
        {"fr": "Election of officers"},
        {"fr": "Adoption of the agenda"},
        {"fr": "Other matters"},
    ]
    assert shown.statusBar().currentMessage() == "Pasted 3 items."


def test_nothing_to_paste_and_a_broken_clipboard_are_said_not_crashed(shown) -> None:
    data = QMimeData()
    data.setData(ITEMS_MIME, json.dumps({"format": "something else"}).encode())
    QGuiApplication.clipboard().setMimeData(data)
    key(shown, Qt.Key.Key_V)
    assert shown.document.undo_stack.count() == 0
    assert shown.statusBar().currentMessage() == (
        "The clipboard holds no agenda items and no text to paste."
    )


def test_pasting_too_deep_is_refused_with_the_reason(shown) -> None:
    panel = shown.agenda_panel
    panel.select_item("coop")  # three levels deep
    key(shown, Qt.Key.Key_C)
    panel.select_item("coop-regional")  # level 3: its sibling copy of three levels, to 5
    key(shown, Qt.Key.Key_V)
    assert shown.document.undo_stack.count() == 0
    assert "at most 4 levels" in shown.statusBar().currentMessage()


def test_text_fields_keep_their_own_copy_and_paste(shown) -> None:
    title = shown.item_editor.title_edit
    title.setFocus()
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == title.text()
    assert not QGuiApplication.clipboard().mimeData().hasFormat(ITEMS_MIME)


@pytest.mark.parametrize(
    ("line", "title"),
    [("3. Adoption", "Adoption"), ("(iv) Other", "Other"), ("a) Other", "Other"),
     ("1. (a) Opening", "Opening"), ("2026 budget", "2026 budget")],
)  # fmt: skip
def test_list_labels_of_pasted_lines_are_left_out(line: str, title: str) -> None:
    assert [item.title for item in items_from_text(line, "en")] == [{"en": title}]
