"""Spelling in the item's title and in the translation panel (issue 17), through the real window
with small Hunspell dictionaries made by the test and read by the real engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextEdit

from agenda_editor.gui import spelling
from agenda_editor.i18n import spelling as dictionaries
from tests.gui.test_spelling import underlined

WORDS = ["the", "of", "opening", "meeting", "ouverture", "de", "la", "réunion"]


@pytest.fixture
def dictionary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    for name in ("en_GB", "fr_FR"):
        (folder / f"{name}.aff").write_text("SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n", "utf-8")
        (folder / f"{name}.dic").write_text(f"{len(WORDS)}\n" + "\n".join(WORDS) + "\n", "utf-8")
    monkeypatch.setattr(dictionaries, "search_folders", lambda: [folder])
    spelling.forget_spellers()
    yield folder
    spelling.forget_spellers()


def test_the_title_underlines_misspelt_words_and_a_suggestion_replaces_one(
    window, dictionary_folder
) -> None:
    window.agenda_panel.select_item("open")
    title = window.item_editor.title_edit
    title.selectAll()
    title.insert("Openign of the meeting")  # as typed: textEdited makes the command
    assert window.document.meeting.item("open").title["en"] == "Openign of the meeting"
    line = window.menus.spelling.title
    assert line.misspelt() == ["Openign"]
    steps = window.document.undo_stack.count()
    actions = line.actions_at(3, title)
    assert actions[0].text() == "Opening"
    assert actions[-1].text() == "Add “Openign” to the Dictionary"
    actions[0].trigger()
    assert window.document.meeting.item("open").title["en"] == "Opening of the meeting"
    assert window.document.undo_stack.count() == steps + 1
    assert line.misspelt() == []
    # Spelling off: nothing marked.
    title.selectAll()
    title.insert("Openign")
    window.menus.spelling.toggle_action.setChecked(False)
    assert line.misspelt() == []


def test_the_translation_field_checks_the_language_translated_into(
    window, dictionary_folder
) -> None:
    panel = window.translation_panel
    window.document.meeting.item("open").title.pop("fr")
    window.show_tab(panel)
    panel.set_target_language("fr")
    panel.refresh()
    panel.go_to_next_untranslated()
    edit = panel.translation_edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText("Ouverture de la réuinon")
    assert underlined(edit) == ["réuinon"]
    assert window.menus.spelling.misspelt_in(edit) == ["réuinon"]
    at = edit.toPlainText().index("réuinon") + 2
    cursor = edit.textCursor()
    cursor.setPosition(at)
    actions = window.menus.spelling.actions_for(edit, edit.cursorRect(cursor).center(), edit)
    assert actions[0].text() == "réunion"
    actions[0].trigger()
    assert window.document.meeting.item("open").title["fr"] == "Ouverture de la réunion"
    assert underlined(edit) == []
    assert not isinstance(edit, QTextEdit)  # a plain text field, highlighted all the same


def test_the_title_marks_follow_the_cursor_and_go_once_the_word_is_added(
    window, dictionary_folder
) -> None:
    title, line = window.item_editor.title_edit, window.menus.spelling.title
    window.agenda_panel.select_item("open")
    title.setText("Openign of the meeting")
    for position in (0, 9, len(title.text())):
        title.setCursorPosition(position)
        assert line.misspelt() == ["Openign"]
    assert line.word_at(2) == (0, 7, "Openign")
    line.actions_at(3, title)[-1].trigger()  # Add to the Dictionary
    assert line.misspelt() == []
    title.insert(" Meetign")
    assert line.misspelt() == ["Meetign"]
