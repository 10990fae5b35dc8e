"""The reference documents table: add, edit, validate, reorder, remove, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.documents import SYMBOL, TITLE
from agenda_editor.gui.editor.item_editor import ItemEditor
from tests import factories


@pytest.fixture
def editor(qtbot, document: MeetingDocument) -> ItemEditor:
    editor = ItemEditor(document)
    qtbot.addWidget(editor)
    editor.set_item("needs")
    return editor


def symbols(document: MeetingDocument, item_id: str = "needs") -> list[str]:
    return [d.symbol for d in document.meeting.item(item_id).documents]


def test_lists_symbols_and_titles_in_the_language_shown(editor, document) -> None:
    table = editor.documents.table
    assert [table.item(r, SYMBOL).text() for r in range(table.rowCount())] == symbols(document)
    assert table.item(0, TITLE).text().startswith("Overview of the capacity-building needs")
    document.set_language("fr")
    assert table.item(0, TITLE).text().startswith("Aperçu des besoins")


def test_add_type_a_symbol_and_undo(editor, document) -> None:
    panel = editor.documents
    panel.add_button.click()
    assert symbols(document) == ["CFC/COP/WG.4/2026/2", "CFC/COP/2025/7/Rev.1", ""]
    panel.table.item(2, SYMBOL).setText("CFC/COP/WG.4/2026/INF/1")
    panel.table.item(2, TITLE).setText("List of participants")
    added = document.meeting.item("needs").documents[2]
    assert added.symbol == "CFC/COP/WG.4/2026/INF/1"
    assert added.title == {"en": "List of participants"}
    for _ in range(3):
        document.undo_stack.undo()
    assert document.meeting == factories.sample_meeting()


def test_a_malformed_symbol_is_marked_and_explained(editor, document) -> None:
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    table = editor.documents.table
    table.item(0, SYMBOL).setText("CFC COP 2")
    cell = table.item(0, SYMBOL)
    assert "malformed" in cell.toolTip() and "spaces" in cell.toolTip()
    assert cell.background().style() != Qt.BrushStyle.NoBrush
    assert messages and "spaces" in messages[-1]
    assert editor.documents.symbol_problem_at(1) is None
    assert table.item(1, SYMBOL).background().style() == Qt.BrushStyle.NoBrush


def test_reorder_and_remove(editor, document) -> None:
    panel = editor.documents
    panel.table.setCurrentCell(0, SYMBOL)
    assert not panel.up_button.isEnabled()
    panel.down_button.click()
    assert symbols(document) == ["CFC/COP/2025/7/Rev.1", "CFC/COP/WG.4/2026/2"]
    assert panel.table.currentRow() == 1
    panel.remove_button.click()
    assert symbols(document) == ["CFC/COP/2025/7/Rev.1"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert symbols(document) == ["CFC/COP/WG.4/2026/2", "CFC/COP/2025/7/Rev.1"]


def test_an_untranslated_title_shows_the_original_and_edits_from_empty(editor, document) -> None:
    del document.meeting.item("needs").documents[1].title["fr"]
    document.set_language("fr")
    cell = editor.documents.table.item(1, TITLE)
    assert cell.text().startswith("Report of the Secretary")
    assert cell.font().italic() or cell.toolTip()
    cell.setText("Rapport du Secrétaire")
    assert document.meeting.item("needs").documents[1].title["fr"] == "Rapport du Secrétaire"
    assert document.meeting.item("needs").documents[1].title["en"].startswith("Report of")
