"""One undo step per action, in the real window: adding and naming an item, typing a sentence
slowly (a step ends at a pause on a word boundary, never inside a word)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from agenda_editor.gui.commands import texts
from tests import factories

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shown(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


@pytest.fixture
def slow_clock(monkeypatch: pytest.MonkeyPatch):
    """The typing rules' clock, advanced by hand: ``advance(seconds)`` is a pause."""
    now = [1000.0]
    monkeypatch.setattr(texts, "clock", lambda: now[0])

    def advance(seconds: float) -> None:
        now[0] += seconds

    return advance


def steps(window) -> list[str]:
    stack = window.document.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_adding_an_item_and_typing_its_title_is_one_undo_step(shown, qtbot) -> None:
    panel = shown.agenda_panel
    panel.select_item("needs")
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_Return, CTRL)
    new_id = panel.current_item_id()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "Election of officers")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    meeting = shown.document.meeting
    qtbot.waitUntil(lambda: meeting.item(new_id).title == {"en": "Election of officers"})
    assert steps(shown) == ["Add item"]
    shown.menus.undo_action.trigger()
    assert shown.document.meeting == factories.sample_meeting()
    shown.menus.redo_action.trigger()
    assert shown.document.meeting.item(new_id).title == {"en": "Election of officers"}
    # A later rename of the same item is its own step.
    panel.select_item(new_id)
    shown.document.undo_stack.push(
        texts.SetItemTitleCommand(shown.document, new_id, "en", "Election of the Bureau")
    )
    assert steps(shown) == ["Add item", "Rename item"]


def test_add_sub_item_twice_adds_b_after_a_not_i_under_a(shown, qtbot) -> None:
    panel = shown.agenda_panel
    panel.select_item("resources")
    panel.view.setFocus()
    for title in ("Voluntary contributions", "Partnerships"):
        QTest.keyClick(panel.view, Qt.Key.Key_Return, CTRL | SHIFT)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        QTest.keyClicks(editor, title)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    item = shown.document.meeting.item("resources")
    assert [child.title["en"] for child in item.children] == [
        "Voluntary contributions",
        "Partnerships",
    ]
    assert all(not child.children for child in item.children)
    assert panel.model.data(panel.model.index_of(item.children[1].id)) == "(b) Partnerships"
    assert steps(shown) == ["Add sub-item", "Add sub-item"]
    # Elsewhere, on an item it did not just add, it still adds a sub-item under it.
    panel.select_item(item.children[0].id)
    QTest.keyClick(panel.view, Qt.Key.Key_Return, CTRL | SHIFT)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    assert len(shown.document.meeting.item(item.children[0].id).children) == 1


def type_slowly(widget, words: list[str], advance) -> None:
    """A typist who pauses 3 s after every word and 2 s in the middle of each."""
    for word in words:
        half = len(word) // 2
        QTest.keyClicks(widget, word[:half])
        advance(2.0)
        QTest.keyClicks(widget, word[half:])
        advance(3.0)


def test_a_slowly_typed_sentence_undoes_word_group_by_word_group(shown, slow_clock) -> None:
    shown.agenda_panel.select_item("open")
    edit = shown.item_editor.annotation
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    before = list(shown.document.meeting.item("open").annotation["en"])
    words = [" The", " session", " will", " close", " before", " noon."]
    type_slowly(edit, words, slow_clock)
    text = shown.document.meeting.item("open").annotation["en"][-1]
    assert text.endswith("The session will close before noon.")
    # One step per word typed after a pause (never a word cut in two), not one per burst.
    assert steps(shown) == ["Edit annotation"] * len(words)
    shown.menus.undo_action.trigger()
    assert shown.document.meeting.item("open").annotation["en"][-1].endswith("close before")
    for _ in words[1:]:
        shown.menus.undo_action.trigger()
    assert shown.document.meeting.item("open").annotation["en"] == before


def test_typing_without_long_pauses_is_one_step_and_a_long_pause_starts_another(
    shown, slow_clock
) -> None:
    shown.agenda_panel.select_item("open")
    title = shown.item_editor.title_edit
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, " and welc")
    slow_clock(1.0)
    QTest.keyClicks(title, "ome")
    assert steps(shown) == ["Rename item"]
    slow_clock(texts.LONG_PAUSE + 1)
    QTest.keyClicks(title, "s")  # inside a word, but after a long pause
    assert steps(shown) == ["Rename item", "Rename item"]
    assert shown.document.meeting.item("open").title["en"].endswith("and welcomes")


@pytest.mark.parametrize(
    ("before", "after", "boundary"),
    [
        ("The se", "The session", False),
        ("The", "The ", True),
        ("The ", "The s", True),
        ("", "T", True),
        ("The session", "The sessio", False),
        ("The session", "The session.", True),
    ],
)
def test_word_boundaries(before: str, after: str, boundary: bool) -> None:
    assert texts.at_word_boundary(before, after) is boundary
