"""The item editor driven as a user would: typing, formatting, footnotes, paste, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.annotation_edit import ANNOTATION_MIME
from agenda_editor.gui.editor.item_editor import ItemEditor
from tests import factories

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def editor(qtbot, document: MeetingDocument) -> ItemEditor:
    editor = ItemEditor(document)
    qtbot.addWidget(editor)
    editor.resize(700, 600)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def annotation(document: MeetingDocument, item_id: str, lang: str = "en") -> list[str]:
    return document.meeting.item(item_id).annotation.get(lang, [])


def type_at_end(editor: ItemEditor, text: str) -> None:
    edit = editor.annotation
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(edit, text)


def test_shows_the_item_number_title_annotation_and_footnotes(editor, document) -> None:
    editor.set_item("needs")
    assert editor.number_label.text() == "2."
    assert editor.title_edit.text() == "Review of capacity-building needs"
    assert editor.annotation.toPlainText().startswith("The Working Group will have before it")
    # Item 1 (b) has the first footnote of the agenda: this one prints as footnote 2.
    assert editor.footnotes.list.count() == 1
    assert editor.footnotes.list.item(0).text().startswith("2  Replies received by 1 March")
    assert editor.documents.table.rowCount() == 2
    document.set_language("fr")
    assert editor.title_edit.text() == "Examen des besoins de renforcement des capacités"


def test_typing_becomes_the_annotation_and_undoes_in_one_step(editor, document) -> None:
    editor.set_item("open")
    before = list(annotation(document, "open"))
    type_at_end(editor, " It will close at 6 p.m.")
    assert annotation(document, "open")[-1].endswith("10 a.m. It will close at 6 p.m.")
    assert document.undo_stack.count() == 1  # the burst of typing merged
    document.undo_stack.undo()
    assert annotation(document, "open") == before
    assert editor.annotation.toPlainText() == before[0]
    assert document.undo_stack.count() == 1  # the editor did not answer the undo with an edit
    document.undo_stack.redo()
    assert editor.annotation.toPlainText().endswith("It will close at 6 p.m.")


def test_a_new_paragraph_starts_a_new_undo_step(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "First.")
    QTest.keyClick(editor.annotation, Qt.Key.Key_Return)
    QTest.keyClicks(editor.annotation, "Second.")
    assert annotation(document, "resources") == ["First.", "Second."]
    document.undo_stack.undo()
    assert annotation(document, "resources") == ["First."]
    document.undo_stack.undo()
    assert annotation(document, "resources") == []
    assert editor.annotation.toPlainText() == ""


def test_bold_and_italic_from_the_keyboard(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "Funds ")
    QTest.keyClick(editor.annotation, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(editor.annotation, "must")
    QTest.keyClick(editor.annotation, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(editor.annotation, " be ")
    QTest.keyClick(editor.annotation, Qt.Key.Key_I, CTRL)
    QTest.keyClicks(editor.annotation, "found")
    assert annotation(document, "resources") == ["Funds <b>must</b> be <i>found</i>"]


def test_formatting_a_selection(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "CO2 levels")
    cursor = editor.annotation.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    editor.annotation.setTextCursor(cursor)
    QTest.keyClick(editor.annotation, Qt.Key.Key_Equal, CTRL)
    assert annotation(document, "resources") == ["CO<sub>2</sub> levels"]
    document.undo_stack.undo()
    assert annotation(document, "resources") == ["CO2 levels"]


def test_insert_a_footnote_and_type_its_text(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "Pledges were made")
    QTest.keyClick(editor.annotation, Qt.Key.Key_F, CTRL | ALT)
    # The footnote's own text field has the focus: type the footnote there.
    field = editor.footnotes.text_edit
    assert field.hasFocus()
    QTest.keyClicks(field, "See ")
    QTest.keyClick(field, Qt.Key.Key_I, CTRL)
    QTest.keyClicks(field, "Records")
    type_at_end(editor, ".")
    assert annotation(document, "resources") == [
        "Pledges were made<footnote>See <i>Records</i></footnote>."
    ]
    # Footnotes 1 to 3 come earlier in the agenda (items 1 (b) and 2): this one is the fourth.
    assert editor.footnotes.list.item(0).text() == "3  See Records"


def test_footnotes_number_through_the_agenda_and_renumber(editor, document) -> None:
    editor.set_item("needs")
    assert editor.footnotes.list.item(0).text().startswith("2  ")
    editor.set_item("resources")
    type_at_end(editor, "Text")
    editor.annotation.insert_footnote("A note")
    assert editor.footnotes.list.item(0).text() == "3  A note"
    # Removing the footnote of item 2 renumbers this one.
    editor.set_item("needs")
    editor.remove_footnote(0)
    assert "<footnote>" not in annotation(document, "needs")[0]
    editor.set_item("resources")
    assert editor.footnotes.list.item(0).text() == "2  A note"


def test_editing_a_footnote_text_from_the_list(editor, document) -> None:
    editor.set_item("adoption")
    editor.footnotes.list.setCurrentRow(0)
    field = editor.footnotes.text_edit
    assert field.toPlainText() == "See CFC/COP/2025/9, chap. I."
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(field, " and annex")
    assert (
        "<footnote>See CFC/COP/2025/9, chap. I. and annex</footnote>"
        in annotation(document, "adoption")[0]
    )
    document.undo_stack.undo()
    assert field.toPlainText() == "See CFC/COP/2025/9, chap. I."


def test_typing_after_a_footnote_mark_types_text(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "A")
    editor.annotation.insert_footnote("note")
    type_at_end(editor, "B")
    assert annotation(document, "resources") == ["A<footnote>note</footnote>B"]


def test_paste_from_a_word_processor_keeps_only_bold_and_italic(editor, document) -> None:
    editor.set_item("resources")
    data = QMimeData()
    data.setHtml(
        '<html><body><p><font face="Comic Sans MS" color="#ff0000">Coloured</font> '
        '<b>bold</b> <i>italic</i> <a href="https://example.org">a link</a>'
        '<img src="https://example.org/logo.png"></p>'
        "<table border=1><tr><td>first cell</td><td><b>second</b> cell</td></tr></table>"
        "</body></html>"
    )
    data.setText("Coloured bold italic a link")
    editor.annotation.setFocus()
    editor.annotation.insertFromMimeData(data)
    assert annotation(document, "resources") == [
        "Coloured <b>bold</b> <i>italic</i> a link",
        "first cell",
        "<b>second</b> cell",
    ]
    document.undo_stack.undo()
    assert annotation(document, "resources") == []


def test_copy_and_paste_inside_the_editor_keeps_footnotes(editor, document) -> None:
    editor.set_item("adoption")
    edit = editor.annotation
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    copied = edit.createMimeDataFromSelection()
    assert copied.hasFormat(ANNOTATION_MIME)
    assert "<footnote>" not in copied.html() and "<i>" in copied.html()
    editor.set_item("resources")
    editor.annotation.insertFromMimeData(copied)
    assert annotation(document, "resources") == [annotation(document, "adoption")[0]]


def test_title_typing_merges_and_undo_restores(editor, document) -> None:
    editor.set_item("report")
    editor.title_edit.setFocus()
    editor.title_edit.end(False)
    QTest.keyClicks(editor.title_edit, " of the meeting")
    assert document.meeting.item("report").title["en"] == "Adoption of the report of the meeting"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert editor.title_edit.text() == "Adoption of the report"


def test_undo_of_another_item_leaves_the_shown_text_alone(editor, document) -> None:
    editor.set_item("open")
    type_at_end(editor, " Later.")
    editor.set_item("resources")
    document.undo_stack.undo()
    assert editor.annotation.toPlainText() == ""
    assert not annotation(document, "open")[0].endswith("Later.")


def test_an_item_deleted_elsewhere_empties_the_editor(editor, document) -> None:
    from agenda_editor.gui.commands.tree import RemoveItemCommand

    editor.set_item("report")
    document.push(RemoveItemCommand(document, "report"))
    assert editor.current_item_id() == ""
    assert not editor.annotation.isEnabled()


def test_ctrl_z_in_a_field_undoes_the_document_history(editor, document) -> None:
    editor.set_item("open")
    before = list(annotation(document, "open"))
    type_at_end(editor, " More.")
    QTest.keyClick(editor.annotation, Qt.Key.Key_Z, CTRL)
    assert annotation(document, "open") == before
    editor.title_edit.setFocus()
    QTest.keyClicks(editor.title_edit, "!")
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Z, CTRL)
    assert document.meeting.item("open").title["en"] == "Opening of the meeting"
    assert editor.title_edit.text() == "Opening of the meeting"


def test_superscript_shortcut(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "1")
    QTest.keyClick(editor.annotation, Qt.Key.Key_Equal, CTRL | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(editor.annotation, "st")
    assert annotation(document, "resources") == ["1<sup>st</sup>"]


def test_double_click_on_a_footnote_mark_opens_its_text(qtbot, editor) -> None:
    editor.set_item("adoption")
    edit = editor.annotation
    mark = edit.footnote_marks()[0][0]
    cursor = edit.textCursor()
    cursor.setPosition(mark)
    rect = edit.cursorRect(cursor)
    QTest.mouseDClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.footnotes.current() == 0
    assert QApplication.focusWidget() is editor.footnotes.text_edit


def test_an_untranslated_annotation_shows_the_original_to_translate_from(editor, document) -> None:
    del document.meeting.item("open").annotation["fr"]
    document.set_language("fr")
    editor.set_item("open")
    assert editor.annotation.toPlainText() == ""
    assert "will be opened on Thursday" in editor.annotation.placeholderText()
    editor.set_item("adoption")
    assert "will be opened" not in editor.annotation.placeholderText()


def test_undo_puts_the_cursor_where_the_text_changed(editor, document) -> None:
    editor.set_item("resources")
    type_at_end(editor, "Funds were pledged.")
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert editor.annotation.textCursor().position() == len("Funds were pledged.")
    editor.annotation.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClicks(editor.annotation, "New ")
    editor.annotation.moveCursor(QTextCursor.MoveOperation.End)
    document.undo_stack.undo()
    assert editor.annotation.toPlainText() == "Funds were pledged."
    assert editor.annotation.textCursor().position() == 0


def test_changed_until() -> None:
    from agenda_editor.gui.editor.annotation_edit import changed_until

    assert changed_until("abc", "abXc") == 3
    assert changed_until("abXc", "abc") == 2
    assert changed_until("aaa", "aaaa") == 4
    assert changed_until("same", "same") == 0


def test_switching_documents_shows_the_item_the_tree_chose_first(editor, qapp) -> None:
    other = MeetingDocument(factories.bare_meeting(factories.item("x", "Only item")))
    editor.set_item("x")  # the tree of the new meeting spoke before the editor switched
    assert editor.current_item_id() == ""
    editor.set_document(other)
    assert editor.current_item_id() == "x"
    assert editor.title_edit.text() == "Only item"
