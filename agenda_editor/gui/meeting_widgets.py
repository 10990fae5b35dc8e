"""Small widgets of the Meeting page: language names, the language-version selector and an
optional date field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from agenda_editor.core.languages import sort_languages
from agenda_editor.gui.document import MeetingDocument


def language_name(code: str) -> str:
    """The name of a UN language in the interface language."""
    names = {
        "ar": QCoreApplication.translate("Languages", "Arabic"),
        "zh": QCoreApplication.translate("Languages", "Chinese"),
        "en": QCoreApplication.translate("Languages", "English"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
    }
    return names.get(code, code)


class OptionalDate(QWidget):
    """A date that may be left unset: a check box and a date field with a calendar popup."""

    date_changed = Signal(object)  # dt.date | None, only on the user's changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.clicked.connect(self._on_check)
        self.edit.editingFinished.connect(self._on_edit)
        self.edit.dateChanged.connect(self._on_date_changed)
        self._updating = False
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        value: dt.date = self.edit.date().toPython()  # type: ignore[assignment]
        return value

    def set_value(self, value: dt.date | None) -> None:
        self._updating = True
        try:
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            if value is not None:
                self.edit.setDate(QDate(value.year, value.month, value.day))
        finally:
            self._updating = False

    def _on_check(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked:
            self.edit.setFocus()
        self.date_changed.emit(self.value())

    def _on_date_changed(self, _date: QDate) -> None:
        # The calendar popup changes the date without "editing finished" until focus leaves.
        if not self._updating and self.edit.calendarWidget().isVisible():
            self.date_changed.emit(self.value())

    def _on_edit(self) -> None:
        if not self._updating:
            self.date_changed.emit(self.value())


class LanguageSelector(QComboBox):
    """Chooses the language version being edited (``document.language``)."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._on_activated)
        self._connect(document)
        self.retranslate_ui()

    def set_document(self, document: MeetingDocument) -> None:
        for signal in (self.document.language_changed, self.document.reset):
            signal.disconnect(self.refresh)
        self.document.meeting_changed.disconnect(self._on_meeting_changed)
        self.document = document
        self._connect(document)
        self.refresh()

    def _connect(self, document: MeetingDocument) -> None:
        document.language_changed.connect(self.refresh)
        document.reset.connect(self.refresh)
        document.meeting_changed.connect(self._on_meeting_changed)

    def _on_meeting_changed(self, name: str) -> None:
        if name in ("languages", "original_language"):
            self.refresh()

    def refresh(self, *_args: Any) -> None:
        self.blockSignals(True)
        self.clear()
        meeting = self.document.meeting
        for code in sort_languages(meeting.languages):
            text = language_name(code)
            if code == meeting.original_language:
                text = self.tr("{0} (original)").format(text)
            self.addItem(text, code)
        self.setCurrentIndex(max(0, self.findData(self.document.language)))
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        code = self.itemData(index)
        if isinstance(code, str):
            self.document.set_language(code)

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("The language version being edited"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
