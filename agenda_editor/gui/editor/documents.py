"""The reference documents of an item: symbol and title, added, removed and reordered."""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core.model import ReferenceDocument
from agenda_editor.core.rules import symbol_fault, symbol_problem
from agenda_editor.gui.commands.texts import SetDocumentsCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.finding_texts import symbol_problem_text

SYMBOL, TITLE = 0, 1
#: On a title cell: True when the title is shown in the original language (not translated).
_UNTRANSLATED = Qt.ItemDataRole.UserRole + 1


class _Delegate(QStyledItemDelegate):
    """Edits an untranslated title from empty, not from the original-language text shown."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(_UNTRANSLATED) and isinstance(editor, QLineEdit):
            editor.setText("")
            editor.setPlaceholderText(str(index.data(Qt.ItemDataRole.DisplayRole)))
            return
        super().setEditorData(editor, index)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(_UNTRANSLATED):
            option.font.setItalic(True)


class DocumentsTable(QWidget):
    """The "Documentation" list of the current item."""

    status_message = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.item_id = ""
        self._loading = False
        self.table = QTableWidget(0, 2, self)
        self.table.setItemDelegate(_Delegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setMinimumHeight(rows.defaultSectionSize() * 4 + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SYMBOL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_document)
        self.remove_button.clicked.connect(self.remove_document)
        self.up_button.clicked.connect(lambda: self.move_document(-1))
        self.down_button.clicked.connect(lambda: self.move_document(+1))
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Symbol"), self.tr("Title")])
        self.table.setAccessibleName(self.tr("Documentation"))
        self.add_button.setText(self.tr("Add Document"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move Up"))
        self.down_button.setText(self.tr("Move Down"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self.document = document
        self.set_item("")

    def set_item(self, item_id: str) -> None:
        self.item_id = item_id
        self.reload()

    def documents(self) -> list[ReferenceDocument]:
        if not self.item_id or not self.document.meeting.has_item(self.item_id):
            return []
        return self.document.meeting.item(self.item_id).documents

    def reload(self) -> None:
        """Show the item's documents as the meeting holds them; the current cell is kept."""
        row, column = self.table.currentRow(), self.table.currentColumn()
        docs = self.documents()
        lang = self.document.language
        original = self.document.meeting.original_language
        self._loading = True
        try:
            self.table.setRowCount(len(docs))
            for r, doc in enumerate(docs):
                symbol = QTableWidgetItem(doc.symbol)
                problem = symbol_fault(doc.symbol)
                if problem:
                    symbol.setBackground(QBrush(QColor(255, 205, 200)))
                    symbol.setForeground(QBrush(QColor(120, 0, 0)))
                    symbol.setToolTip(
                        self.tr("This symbol is malformed: {0}.").format(
                            symbol_problem_text(problem)
                        )
                    )
                else:
                    symbol.setToolTip(self.tr("Document symbol, e.g. A/RES/70/1"))
                title = QTableWidgetItem(doc.title.get(lang, ""))
                if not doc.title.get(lang) and doc.title.get(original):
                    title.setText(doc.title[original])
                    title.setData(_UNTRANSLATED, True)
                    grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
                    title.setForeground(QBrush(grey))
                    title.setToolTip(self.tr("Not translated yet: the original title is shown."))
                self.table.setItem(r, SYMBOL, symbol)
                self.table.setItem(r, TITLE, title)
            if docs and row >= 0:
                self.table.setCurrentCell(min(row, len(docs) - 1), max(column, 0))
        finally:
            self._loading = False
        self.setEnabled(bool(self.item_id))
        self._update_buttons()

    def symbol_problem_at(self, row: int) -> str | None:
        docs = self.documents()
        return symbol_problem(docs[row].symbol) if 0 <= row < len(docs) else None

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), len(self.documents())
        self.add_button.setEnabled(bool(self.item_id))
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- editing -----------------------------------------------------------------------------------

    def _push(self, docs: list[ReferenceDocument], text: str) -> None:
        self.document.push(SetDocumentsCommand(self.document, self.item_id, docs, text))

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or not self.item_id:
            return
        docs = copy.deepcopy(self.documents())
        row = cell.row()
        if not 0 <= row < len(docs):
            return
        value = " ".join(cell.text().split())
        if cell.column() == SYMBOL:
            if value == docs[row].symbol:
                return
            docs[row].symbol = value
            problem = symbol_fault(value)
            if problem:
                self.status_message.emit(
                    self.tr("The symbol {0} is malformed: {1}.").format(
                        value, symbol_problem_text(problem)
                    )
                )
        else:
            lang = self.document.language
            if cell.data(_UNTRANSLATED) and value == docs[row].title.get(
                self.document.meeting.original_language
            ):
                return
            if value == docs[row].title.get(lang, ""):
                return
            if value:
                docs[row].title[lang] = value
            else:
                docs[row].title.pop(lang, None)
        self._push(docs, self.tr("Edit document"))

    def add_document(self) -> None:
        if not self.item_id:
            return
        docs = [*copy.deepcopy(self.documents()), ReferenceDocument("")]
        self._push(docs, self.tr("Add document"))
        self.table.setCurrentCell(len(docs) - 1, SYMBOL)
        self.table.setFocus()
        cell = self.table.item(len(docs) - 1, SYMBOL)
        if cell is not None:
            self.table.editItem(cell)

    def remove_document(self) -> None:
        row = self.table.currentRow()
        docs = copy.deepcopy(self.documents())
        if not 0 <= row < len(docs):
            return
        del docs[row]
        self._push(docs, self.tr("Remove document"))

    def move_document(self, step: int) -> None:
        row = self.table.currentRow()
        docs = copy.deepcopy(self.documents())
        target = row + step
        if not (0 <= row < len(docs) and 0 <= target < len(docs)):
            return
        docs[row], docs[target] = docs[target], docs[row]
        self._push(docs, self.tr("Move document"))
        self.table.setCurrentCell(target, max(self.table.currentColumn(), 0))
