"""The translation mode as a translator uses it: pick a version, see what is missing, type."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from agenda_editor.core import markup, tree
from agenda_editor.core import translation_status as ts
from agenda_editor.gui.commands.tree import MoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.translation import TranslationPanel
from tests import factories


@pytest.fixture
def document() -> Iterator[MeetingDocument]:
    meeting = factories.sample_meeting()
    meeting.languages.append("es")
    yield MeetingDocument(meeting)


@pytest.fixture
def panel(qtbot, document: MeetingDocument) -> TranslationPanel:
    widget = TranslationPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def _rows(panel: TranslationPanel) -> list[tuple[ts.TextRef, str]]:
    out = []
    for index in range(panel.text_list.topLevelItemCount()):
        row = panel.text_list.topLevelItem(index)
        assert row is not None
        out.append((row.data(0, Qt.ItemDataRole.UserRole + 1), row.text(2)))
    return out


def _type(panel: TranslationPanel, text: str) -> None:
    """Replace the translation field's text as typing or pasting would."""
    panel.translation_edit.selectAll()
    panel.translation_edit.insertPlainText(text)


def _count(panel: TranslationPanel) -> tuple[int, int]:
    numbers = [int(n) for n in panel.progress_label.text().split(":")[-1].split() if n.isdigit()]
    return numbers[0], numbers[1]


def test_versions_offered_are_the_meetings_other_languages(panel: TranslationPanel) -> None:
    versions = [panel.target_box.itemData(i) for i in range(panel.target_box.count())]
    assert versions == ["fr", "es"]


def test_untranslated_texts_are_flagged_and_counted(panel, document) -> None:
    panel.set_target_language("fr")
    done, total = _count(panel)
    assert done == total == len(_rows(panel))
    document.meeting.item("open").title.pop("fr")
    document.meeting.item("needs").documents[0].title.pop("fr")
    panel.refresh()
    assert _count(panel) == (total - 2, total)
    flagged = [ref for ref, text in _rows(panel) if text == "Untranslated"]
    assert flagged == [ts.TextRef("title", "open"), ts.TextRef("document", "needs", index=0)]
    panel.set_target_language("es")
    assert _count(panel) == (0, total)
    assert all(text == "Untranslated" for _ref, text in _rows(panel))
    assert panel.progress_label.text().startswith("Spanish: 0 of ")


def test_next_untranslated_walks_the_missing_texts_with_the_shortcut(
    qtbot, panel, document
) -> None:
    document.meeting.item("open").title.pop("fr")
    document.meeting.item("report").title.pop("fr")
    panel.set_target_language("fr")
    panel.refresh()
    panel.text_list.setFocus()
    qtbot.keyClick(panel.text_list, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert panel.text_list.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == ts.TextRef(
        "title", "open"
    )
    assert panel.go_to_next_untranslated() == ts.TextRef("title", "report")
    assert panel.go_to_next_untranslated() == ts.TextRef("title", "open")  # wraps around


def test_a_typed_translation_is_one_undo_step(qtbot, panel, document) -> None:
    document.meeting.item("open").title.pop("fr")
    panel.set_target_language("fr")
    panel.refresh()
    before = _count(panel)
    panel.go_to_next_untranslated()
    assert panel.original_edit.toPlainText() == document.meeting.item("open").title["en"]
    qtbot.keyClicks(panel.translation_edit, "Ouverture de la reunion")
    panel.text_list.setFocus()  # leaving the field keeps the translation
    assert document.meeting.item("open").title["fr"] == "Ouverture de la reunion"
    assert document.undo_stack.count() == 1
    assert _count(panel) == (before[0] + 1, before[1])
    document.undo_stack.undo()
    assert "fr" not in document.meeting.item("open").title
    assert _count(panel) == before
    # The field shows the undone state and does not write its old text back.
    assert panel.translation_edit.toPlainText() == ""
    panel.text_list.setCurrentItem(panel.text_list.topLevelItem(0))
    assert document.undo_stack.index() == 0 and document.undo_stack.canRedo()


def test_paragraphs_and_documents_of_a_new_version(panel, document) -> None:
    panel.set_target_language("es")
    item = document.meeting.item("adoption")
    second = ts.TextRef("paragraph", "adoption", index=1)
    panel.text_list.setCurrentItem(panel._row_of(second))
    _type(panel, "Se dispondrá de <i>interpretación</i>.")
    assert panel.commit()
    assert item.annotation["es"] == ["", "Se dispondrá de <i>interpretación</i>."]
    document_ref = ts.TextRef("document", "needs", index=1)
    panel.text_list.setCurrentItem(panel._row_of(document_ref))
    _type(panel, "Informe del Secretario")
    panel.commit()
    needs = document.meeting.item("needs")
    assert needs.documents[1].title["es"] == "Informe del Secretario"
    assert needs.documents[1].symbol == "CFC/COP/2025/7/Rev.1"
    assert "es" not in needs.documents[0].title


def test_a_footnote_is_translated_inside_its_paragraph(panel, document) -> None:
    panel.set_target_language("fr")
    note = ts.TextRef("footnote", "needs", index=0, note=0)
    panel.text_list.setCurrentItem(panel._row_of(note))
    assert not panel.translation_edit.isReadOnly()
    _type(panel, "Réponses reçues au 1er mars 2026.")
    assert panel.commit()
    paragraph = document.meeting.item("needs").annotation["fr"][0]
    assert "<footnote>Réponses reçues au 1er mars 2026.</footnote>" in paragraph
    assert paragraph.startswith("Le Groupe de travail")
    panel.set_target_language("es")  # no paragraph yet: the footnote has no place to go
    panel.text_list.setCurrentItem(panel._row_of(note))
    assert panel.translation_edit.isReadOnly()
    assert not panel.commit()


def test_the_version_follows_the_document_language(panel, document) -> None:
    document.set_language("es")
    assert panel.target_language() == "es"
    panel.set_target_language("fr")
    assert document.language == "fr"


def test_a_meeting_with_only_its_original_says_how_to_add_a_version(qtbot) -> None:
    panel = TranslationPanel(MeetingDocument(factories.bare_meeting(factories.item("a", "A"))))
    qtbot.addWidget(panel)
    assert panel.target_language() is None
    assert "Meeting page" in panel.progress_label.text()
    assert not panel.next_action.isEnabled()
    assert panel.go_to_next_untranslated() is None


def test_switching_documents_shows_the_new_meeting(panel) -> None:
    other = factories.bare_meeting(factories.item("x", "Only item"), languages=("en", "ru"))
    panel.set_document(MeetingDocument(other))
    assert panel.target_language() == "ru"
    assert [ref for ref, _text in _rows(panel)] == [ts.TextRef("title", "x")]
    assert _count(panel) == (0, 1)


def test_labels_name_the_original_of_the_meeting_shown(panel) -> None:
    assert panel.original_label.text() == "Original (English)"
    other = factories.bare_meeting(factories.item("x", "Seul point"), languages=("en", "es"))
    other.original_language = "fr"
    other.item("x").title = {"fr": "Seul point"}
    panel.set_document(MeetingDocument(other))
    assert panel.original_label.text() == "Original (French)"


def test_only_untranslated_lists_what_is_left_to_do(panel, document) -> None:
    document.meeting.item("open").title.pop("fr")
    document.meeting.item("report").title.pop("fr")
    panel.set_target_language("fr")
    panel.refresh()
    panel.text_list.setCurrentItem(panel._row_of(ts.TextRef("title", "report")))
    panel.only_untranslated.setChecked(True)
    assert [ref for ref, _text in _rows(panel)] == [
        ts.TextRef("title", "open"),
        ts.TextRef("title", "report"),
    ]
    _type(panel, "Adoption du rapport")
    panel.commit()
    # The text just translated stays listed while it is selected, then leaves the list.
    assert len(_rows(panel)) == 2
    panel.go_to_next_untranslated()
    panel.refresh()
    assert [ref for ref, _text in _rows(panel)] == [ts.TextRef("title", "open")]
    panel.only_untranslated.setChecked(False)
    assert len(_rows(panel)) == len(ts.texts(document.meeting))


def test_a_lettered_paragraph_is_translated_without_typing_its_mark(panel, document) -> None:
    item = document.meeting.item("adoption")
    item.annotation["en"][1] = markup.set_lettered(item.annotation["en"][1], True)
    panel.set_target_language("es")
    second = ts.TextRef("paragraph", "adoption", index=1)
    panel.text_list.setCurrentItem(panel._row_of(second))
    assert not panel.original_edit.toPlainText().startswith("<")  # the mark is not shown
    _type(panel, "Se dispondrá de <i>interpretación</i>.")
    assert panel.commit()
    # Lettered like the original's paragraph, which it translates.
    assert item.annotation["es"][1] == markup.LETTERED + "Se dispondrá de <i>interpretación</i>."
    assert panel.translation_edit.toPlainText() == "Se dispondrá de <i>interpretación</i>."
    # A version's own choice is kept when its text is edited again.
    item.annotation["es"][1] = markup.set_lettered(item.annotation["es"][1], False)
    panel.text_list.setCurrentItem(panel._row_of(ts.TextRef("title", "adoption")))
    panel.text_list.setCurrentItem(panel._row_of(second))
    _type(panel, "Habrá interpretación.")
    assert panel.commit()
    assert item.annotation["es"][1] == "Habrá interpretación."


def test_renumbered_rows_are_redrawn_with_their_new_number(panel, document) -> None:
    """The list on screen is told of the rows an indent renumbered (it shows their new place)."""
    panel.set_target_language("fr")
    model = panel.text_list.model()
    told: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: told.append((first.row(), last.row())))
    second = document.meeting.items[1]
    target = tree.indent_target(document.meeting, second.id)
    assert target is not None
    document.push(MoveItemCommand(document, second.id, target))
    row = panel._row_of(ts.TextRef("title", second.id))
    assert row is not None and row.text(0) == "Item 1 (c): title"
    position = panel.text_list.indexOfTopLevelItem(row)
    assert any(first <= position <= last for first, last in told)
