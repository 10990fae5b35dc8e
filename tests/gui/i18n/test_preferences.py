"""Preferences: choosing the interface language switches it at once and is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from agenda_editor.core.model import PageSize
from agenda_editor.gui.dialogs import preferences
from agenda_editor.gui.dialogs.preferences import PreferencesDialog, edit_preferences
from agenda_editor.gui.files import AppFolders
from agenda_editor.storage.settings import Settings


def test_offers_the_system_language_and_the_six_named_in_themselves(qtbot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert [box.itemData(i) for i in range(box.count())] == [
        None,
        "ar",
        "zh",
        "en",
        "fr",
        "ru",
        "es",
    ]
    assert box.itemText(0) == "System language"
    assert box.itemText(1) == "العربية" and box.itemText(2) == "中文"
    assert dialog.ui_language() is None
    assert dialog.page_size() is PageSize.A4


def test_shows_the_stored_choices(qtbot) -> None:
    dialog = PreferencesDialog(Settings(ui_language="ru", page_size=PageSize.LETTER))
    qtbot.addWidget(dialog)
    assert dialog.ui_language() == "ru"
    assert dialog.page_size() is PageSize.LETTER


def _answer(monkeypatch, code: int, lang: str | None, size: PageSize) -> None:
    def run(dialog: PreferencesDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(lang))
        dialog.page_size_box.setCurrentIndex(dialog.page_size_box.findData(size.value))
        return code

    monkeypatch.setattr(PreferencesDialog, "exec", run)


def test_ok_saves_and_switches_without_restart(app_home, languages, monkeypatch) -> None:
    folders = AppFolders(app_home)
    _answer(monkeypatch, QDialog.DialogCode.Accepted, "ar", PageSize.LETTER)
    assert edit_preferences(None, folders, languages)
    assert languages.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    saved = Settings.load(folders.dirs)
    assert (saved.ui_language, saved.page_size) == ("ar", PageSize.LETTER)


def test_cancel_changes_nothing(app_home, languages, monkeypatch) -> None:
    folders = AppFolders(app_home)
    _answer(monkeypatch, QDialog.DialogCode.Rejected, "zh", PageSize.LETTER)
    assert not edit_preferences(None, folders, languages)
    assert languages.language == "en"
    assert not folders.dirs.settings_file.exists()
    assert folders.settings.ui_language is None


@pytest.mark.parametrize("lang", ["fr", "zh"])
def test_the_dialog_retranslates_itself(qtbot, languages, lang: str) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    english = dialog.windowTitle(), dialog.language_box.itemText(0)
    languages.apply(lang)
    assert dialog.windowTitle() != english[0]
    assert dialog.language_box.itemText(0) != english[1]
    assert dialog.language_box.itemText(4) == preferences.ENDONYMS["fr"]
