"""Preferences: the interface language and the page size of new meetings.

The language list names each language in itself (العربية, 中文, English, Français, Русский,
Español), so a user who cannot read the current interface still finds their own; "System
language" follows the computer's language. OK applies the language at once, no restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import PageSize
from agenda_editor.gui.spelling import dictionaries_note
from agenda_editor.storage.settings import Settings

if TYPE_CHECKING:
    from agenda_editor.gui.files import AppFolders
    from agenda_editor.gui.language import LanguageManager

#: Each interface language named in itself.
ENDONYMS = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


class PreferencesDialog(QDialog):
    """Edits a copy of the choices; :meth:`apply_to` writes them into :class:`Settings`."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language_box")
        self.language_box.addItem("", None)
        for code in LANGUAGES:
            self.language_box.addItem(ENDONYMS[code], code)
        self.page_size_box = QComboBox(self)
        self.page_size_box.setObjectName("page_size_box")
        for size in PageSize:
            self.page_size_box.addItem("", size.value)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_box)
        self.page_size_label = QLabel(self)
        self.page_size_label.setBuddy(self.page_size_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.page_size_label, self.page_size_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        # Which language versions have a spelling dictionary, and what to do where one has none.
        self.spelling_note = dictionaries_note(self)
        layout.addWidget(self.spelling_note)
        layout.addWidget(self.buttons)

        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.ui_language)))
        self.page_size_box.setCurrentIndex(
            max(0, self.page_size_box.findData(settings.page_size.value))
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language_box.setItemText(0, self.tr("System language"))
        self.language_box.setToolTip(self.tr("The language of menus, buttons and messages"))
        self.page_size_label.setText(self.tr("&Page size of new meetings:"))
        for index in range(self.page_size_box.count()):
            size = PageSize(self.page_size_box.itemData(index))
            text = self.tr("A4") if size is PageSize.A4 else self.tr("US Letter")
            self.page_size_box.setItemText(index, text)
        self.note.setText(
            self.tr(
                "The language of the documents is chosen for each meeting, in the Meeting page."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def ui_language(self) -> str | None:
        """The chosen interface language, ``None`` for the system's."""
        data = self.language_box.currentData()
        return data if data in LANGUAGES else None

    def page_size(self) -> PageSize:
        return PageSize(self.page_size_box.currentData())

    def apply_to(self, settings: Settings) -> bool:
        """Write the choices into ``settings``; ``True`` when the interface language changed."""
        changed = settings.ui_language != self.ui_language()
        settings.ui_language = self.ui_language()
        settings.page_size = self.page_size()
        return changed


def edit_preferences(parent: QWidget | None, folders: AppFolders, manager: LanguageManager) -> bool:
    """Show Preferences; on OK save the settings and switch the interface language.

    ``folders``: the window's folders and settings; ``manager``: the application's
    :func:`~agenda_editor.gui.language.language_manager`. Returns whether OK was pressed.
    """
    settings = folders.settings
    dialog = PreferencesDialog(settings, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        language_changed = dialog.apply_to(settings)
        folders.save_settings()
        if language_changed:
            manager.apply(settings.ui_language)
        return True
    finally:
        dialog.deleteLater()
