"""The footnotes of the annotation being edited: a numbered list and the selected one's text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import markup
from agenda_editor.gui.editor import conversion
from agenda_editor.gui.editor.annotation_edit import AnnotationEdit
from agenda_editor.gui.text_direction import ContentDirectionDelegate


class FootnotesPanel(QWidget):
    """Lists the annotation's footnotes as they will be numbered; edits the selected one."""

    #: The text of footnote n (0-based) was edited: (n, its markup).
    footnote_edited = Signal(int, str)
    #: The user chose footnote n in the list.
    footnote_chosen = Signal(int)
    #: The user asked to remove footnote n.
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(72)
        # Each footnote in the direction of its own text, whatever the interface's.
        self.list.setItemDelegate(ContentDirectionDelegate(self.list))
        self.text_label = QLabel(self)
        self.text_edit = AnnotationEdit(self, footnotes=False, single_paragraph=True)
        self.text_edit.setMaximumHeight(56)
        self.text_edit.setEnabled(False)
        self.text_label.setBuddy(self.text_edit)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.text_label)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.text_edit)

        self._numbers: list[int] = []
        self._texts: list[str] = []
        self._updating = False
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.text_edit.edited.connect(self._on_text_edited)
        self.remove_button.clicked.connect(
            lambda: self.remove_requested.emit(self.list.currentRow())
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Footnotes (Ctrl+Alt+F inserts one at the cursor)"))
        self.remove_button.setText(self.tr("Remove Footnote"))
        self.text_edit.setPlaceholderText(self.tr("Text of the footnote"))
        self.text_edit.setAccessibleName(self.tr("Footnote text"))
        self.list.setAccessibleName(self.tr("Footnotes"))
        self._update_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def current(self) -> int:
        return self.list.currentRow()

    def set_footnotes(self, first_number: int, footnotes: list[list[markup.Run]]) -> None:
        """Show the footnotes, numbered from ``first_number``; the selection is kept."""
        texts = [conversion.runs_markup(runs) for runs in footnotes]
        numbers = list(range(first_number, first_number + len(texts)))
        row = self.list.currentRow()
        self._updating = True
        try:
            if numbers != self._numbers or len(texts) != len(self._texts):
                self.list.clear()
                for number, text in zip(numbers, texts, strict=True):
                    self.list.addItem(QListWidgetItem(self._line(number, text)))
            else:
                for index, text in enumerate(texts):
                    self.list.item(index).setText(self._line(numbers[index], text))
            self._numbers, self._texts = numbers, texts
            row = min(row, len(texts) - 1)
            self.list.setCurrentRow(row)
        finally:
            self._updating = False
        self._show_row(row)

    def _line(self, number: int, text: str) -> str:
        plain = markup.plain_text(text) if not markup.validate(text) else text
        return f"{number}  " + (plain or self.tr("(empty: type its text below)"))

    def choose(self, row: int) -> None:
        """Select footnote ``row`` (-1: none) without telling the editor to move."""
        self._updating = True
        try:
            self.list.setCurrentRow(row)
        finally:
            self._updating = False
        self._show_row(row)

    def _on_row_changed(self, row: int) -> None:
        if self._updating:
            return
        self._show_row(row)
        if row >= 0:
            self.footnote_chosen.emit(row)

    def _show_row(self, row: int) -> None:
        valid = 0 <= row < len(self._texts)
        self.text_edit.setEnabled(valid)
        self.remove_button.setEnabled(valid)
        wanted = [self._texts[row]] if valid and self._texts[row] else []
        if self.text_edit.paragraphs() != wanted:
            self.text_edit.set_paragraphs(wanted)
        self._update_label()

    def _update_label(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._numbers):
            self.text_label.setText(self.tr("Text of footnote {0}:").format(self._numbers[row]))
        else:
            self.text_label.setText(self.tr("Select a footnote to edit its text."))

    def _on_text_edited(self, _fresh: bool) -> None:
        row = self.list.currentRow()
        if self._updating or not 0 <= row < len(self._texts):
            return
        paragraphs = self.text_edit.paragraphs()
        text = paragraphs[0] if paragraphs else ""
        self._texts[row] = text
        self.list.item(row).setText(self._line(self._numbers[row], text))
        self.footnote_edited.emit(row, text)

    def focus_text(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
