"""Lettered sub-paragraphs in the item editor: the officer marks and unmarks the paragraph at
the cursor (Ctrl+Shift+L, or the toolbar), each time one undo step, and sees it indented after
its letter in the style of the language version shown."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from agenda_editor.core import markup, numbering
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.item_editor import ItemEditor
from tests.factories import bare_meeting, item

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
L = markup.LETTERED

ENGLISH = ["The Group will consider:", "the survey of needs;", "the budget.", "It may decide."]
FRENCH = ["Le Groupe examinera:", L + "l'enquête;", L + "le budget.", "Il pourra décider."]


@pytest.fixture
def editor(qtbot) -> ItemEditor:
    meeting = bare_meeting(
        item("plan", "Planning", annotation={"en": list(ENGLISH), "fr": list(FRENCH)}),
        languages=("en", "fr"),
    )
    editor = ItemEditor(MeetingDocument(meeting))
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    editor.set_item("plan")
    return editor


def put_cursor_in(editor: ItemEditor, paragraph: int) -> None:
    edit = editor.annotation
    edit.setFocus()
    cursor = QTextCursor(edit.document().findBlockByNumber(paragraph))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    edit.setTextCursor(cursor)


def stored(editor: ItemEditor, lang: str = "en") -> list[str]:
    return editor.document.meeting.item("plan").annotation[lang]


def test_marking_paragraphs_letters_them_and_each_mark_undoes_alone(editor) -> None:
    stack = editor.document.undo_stack
    put_cursor_in(editor, 1)
    QTest.keyClick(editor.annotation, Qt.Key.Key_L, CTRL_SHIFT)
    put_cursor_in(editor, 2)
    editor.annotation.lettered_action.trigger()
    assert [markup.is_lettered(p) for p in stored(editor)] == [False, True, True, False]
    assert editor.annotation.sub_paragraph_labels() == [None, "(a)", "(b)", None]
    assert editor.annotation.lettered_action.isChecked()
    assert stack.count() == 2
    assert stack.text(0) == "Mark as lettered sub-paragraph"
    # The text itself is untouched: the letter is not typed into it.
    assert editor.annotation.toPlainText().splitlines() == ENGLISH

    stack.undo()
    assert [markup.is_lettered(p) for p in stored(editor)] == [False, True, False, False]
    assert editor.annotation.sub_paragraph_labels() == [None, "(a)", None, None]
    stack.undo()
    assert stored(editor) == ENGLISH
    stack.redo()
    stack.redo()
    assert editor.annotation.sub_paragraph_labels() == [None, "(a)", "(b)", None]

    put_cursor_in(editor, 1)
    editor.annotation.lettered_action.trigger()  # unmark: (b) becomes (a)
    assert editor.annotation.sub_paragraph_labels() == [None, None, "(a)", None]
    assert stack.text(stack.index() - 1) == "Make an ordinary paragraph"


def test_the_french_version_shows_its_own_letters_and_typing_keeps_the_mark(editor) -> None:
    editor.document.set_language("fr")
    assert editor.annotation.sub_paragraph_labels() == [None, "a)", "b)", None]
    indent = editor.annotation.document().findBlockByNumber(1).blockFormat().indent()
    assert indent == 1
    put_cursor_in(editor, 2)
    QTest.keyClicks(editor.annotation, " 2027")
    assert stored(editor, "fr")[2] == L + "le budget. 2027"
    QTest.keyClick(editor.annotation, Qt.Key.Key_Return)
    QTest.keyClicks(editor.annotation, "les suites;")
    assert stored(editor, "fr")[3] == L + "les suites;"  # the next sub-paragraph, c)
    assert editor.annotation.sub_paragraph_labels()[3] == "c)"
    assert stored(editor, "en") == ENGLISH  # the other version keeps its own paragraphs


def test_the_footnote_field_offers_no_lettering(editor) -> None:
    assert editor.annotation.lettered_action in editor.actions_for_menu()
    assert editor.footnotes.text_edit.lettered_action not in (
        editor.footnotes.text_edit.format_actions()
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(("mark", "return", "undo", "language")), st.integers(0, 9)),
        max_size=10,
    )
)
def test_the_letters_drawn_follow_every_change(editor, steps) -> None:
    for kind, n in steps:
        blocks = editor.annotation.document().blockCount()
        if kind == "mark":
            put_cursor_in(editor, n % blocks)
            editor.annotation.lettered_action.trigger()
        elif kind == "return":
            put_cursor_in(editor, n % blocks)
            QTest.keyClick(editor.annotation, Qt.Key.Key_Return)
            QTest.keyClicks(editor.annotation, "more")
        elif kind == "undo":
            editor.document.undo_stack.undo()
        else:
            editor.document.set_language(("en", "fr")[n % 2])
        lang = editor.document.language
        expected = numbering.sub_paragraph_labels(stored(editor, lang), lang)
        assert editor.annotation.sub_paragraph_labels() == expected
