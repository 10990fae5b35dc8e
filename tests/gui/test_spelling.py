"""Spelling in the real window, with a small Hunspell dictionary made by the test and read by the
real Hunspell engine: misspelt words underlined in the version being edited, suggestions and
"Add to Dictionary" in the context menu, and Preferences' note on languages without one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from agenda_editor.gui import spelling
from agenda_editor.gui.dialogs.preferences import PreferencesDialog
from agenda_editor.i18n import spelling as dictionaries

WORDS = ["the", "meeting", "will", "open", "at", "noon", "colour", "réunion", "sera", "ouverte"]


@pytest.fixture
def dictionary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Only the test's dictionaries: en_GB and fr_FR of a few words each."""
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    for name in ("en_GB", "fr_FR"):
        (folder / f"{name}.aff").write_text("SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n", "utf-8")
        (folder / f"{name}.dic").write_text(f"{len(WORDS)}\n" + "\n".join(WORDS) + "\n", "utf-8")
    monkeypatch.setattr(dictionaries, "search_folders", lambda: [folder])
    spelling.forget_spellers()
    yield folder
    spelling.forget_spellers()


def underlined(edit) -> list[str]:
    """The words drawn with the spelling underline."""
    block = edit.document().firstBlock()
    found = []
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return found


def type_annotation(window, text: str) -> None:
    edit = window.item_editor.annotation
    edit.selectAll()
    edit.textCursor().insertText(text)


def test_misspelt_words_are_underlined_and_a_suggestion_replaces_them(window, dictionary_folder):
    window.show()
    window.agenda_panel.select_item("open")
    edit = window.item_editor.annotation
    type_annotation(window, "The meetnig will open at noon, UNEP says.")
    assert underlined(edit) == ["meetnig", "says"]  # an acronym in capitals is left alone
    steps = window.document.undo_stack.count()
    at = edit.toPlainText().index("meetnig") + 2
    cursor = QTextCursor(edit.document())
    cursor.setPosition(at)
    actions = window.menus.spelling.actions_for(edit, edit.cursorRect(cursor).center(), edit)
    texts = [a.text() for a in actions]
    assert texts[0] == "meeting"
    assert texts[-1] == "Add “meetnig” to the Dictionary"
    actions[0].trigger()
    assert window.document.meeting.item("open").annotation["en"] == [
        "The meeting will open at noon, UNEP says."
    ]
    assert window.document.undo_stack.count() == steps + 1  # one step
    assert underlined(edit) == ["says"]


def test_add_to_dictionary_is_kept_in_the_personal_word_list(window, dictionary_folder):
    window.agenda_panel.select_item("open")
    type_annotation(window, "The meeting says.")
    window.menus.spelling.add_word("says")
    assert underlined(window.item_editor.annotation) == []
    personal = window.folders.dirs.data / "spelling" / "en.txt"
    assert personal.read_text(encoding="utf-8") == "says\n"
    spelling.forget_spellers()  # as at the next start
    assert spelling.speller("en", personal.parent).is_correct("says")


def test_the_version_edited_chooses_the_dictionary(window, dictionary_folder):
    window.agenda_panel.select_item("open")
    window.document.set_language("fr")
    type_annotation(window, "La réunion sera ouvrte.")
    assert underlined(window.item_editor.annotation) == ["La", "ouvrte"]
    # Russian has no dictionary here: nothing is marked, rather than everything.
    window.menus.spelling.toggle_action.setChecked(False)
    assert underlined(window.item_editor.annotation) == []


def test_preferences_say_which_languages_have_no_dictionary(qtbot, dictionary_folder, app_dirs):
    dialog = PreferencesDialog(app_dirs.settings)
    qtbot.addWidget(dialog)
    note = dialog.spelling_note.text()
    assert "English: Hunspell dictionary en_GB" in note
    assert "French: Hunspell dictionary fr_FR" in note
    assert "Russian: no dictionary installed; words are not checked" in note
    assert "hunspell-ru" in note
    assert "Chinese: no spelling check" in note
