"""The editor of the selected agenda item: title, annotation with footnotes, documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import markup, numbering
from agenda_editor.gui.commands.texts import (
    SetLetteredCommand,
    TypeAnnotationCommand,
    TypeTitleCommand,
)
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor import conversion
from agenda_editor.gui.editor.annotation_edit import (
    AnnotationEdit,
    handle_history_key,
    is_history_override,
)
from agenda_editor.gui.editor.documents import DocumentsTable
from agenda_editor.gui.editor.footnote_numbers import FootnoteNumbers
from agenda_editor.gui.editor.footnotes import FootnotesPanel


class HistoryLineEdit(QLineEdit):
    """A line edit whose Undo/Redo keys act on the document's history, not on the field's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack: QUndoStack | None = None

    def event(self, event: QEvent) -> bool:
        if is_history_override(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_history_key(event, self.undo_stack):
            super().keyPressEvent(event)


def canonical(paragraphs: list[str]) -> list[str]:
    """Paragraphs written the one way the editor writes them (to compare texts, not spellings)."""
    return [markup.keep_mark(p, markup.serialize(conversion.parse_lenient(p))) for p in paragraphs]


class ItemEditor(QWidget):
    """Edits one item (``set_item``) in the document's language; every edit is an undo command."""

    status_message = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.item_id = ""
        self._requested = ""

        self.number_label = QLabel(self)
        font = QFont(self.number_label.font())
        font.setBold(True)
        self.number_label.setFont(font)
        self.title_edit = HistoryLineEdit(self)
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_edit)
        self.annotation_label = QLabel(self)
        self.annotation = AnnotationEdit(self)
        self.annotation_label.setBuddy(self.annotation)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.annotation.format_actions():
            self.toolbar.addAction(action)
        self.footnotes = FootnotesPanel(self)
        self.documents_label = QLabel(self)
        self.documents = DocumentsTable(document, self)
        self.documents_label.setBuddy(self.documents.table)

        title_row = QHBoxLayout()
        title_row.addWidget(self.number_label)
        title_row.addWidget(self.title_edit, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title_label)
        top_layout.addLayout(title_row)
        top_layout.addWidget(self.annotation_label)
        top_layout.addWidget(self.toolbar)
        top_layout.addWidget(self.annotation, 1)
        top_layout.addWidget(self.footnotes)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.documents_label)
        bottom_layout.addWidget(self.documents, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.title_edit.textEdited.connect(self._on_title_edited)
        self.annotation.edited.connect(self._on_annotation_edited)
        self.annotation.footnote_at_cursor.connect(self._on_footnote_at_cursor)
        self.annotation.footnote_activated.connect(self._edit_footnote)
        self.annotation.footnote_action.triggered.connect(self._after_footnote_inserted)
        self.footnotes.footnote_edited.connect(self.annotation.set_footnote_text)
        self.footnotes.footnote_chosen.connect(self._go_to_footnote)
        self.footnotes.remove_requested.connect(self.remove_footnote)
        self.documents.status_message.connect(self.status_message)
        self.annotation.paste_refused.connect(self.status_message)
        self.annotation.lettered_requested.connect(self._set_lettered)
        self._title_fresh = True
        self._fresh_pending = True
        self._footnote_numbers = FootnoteNumbers()
        self._connect(document)
        self.retranslate_ui()
        self.set_item("")

    # -- document ----------------------------------------------------------------------------------

    def _signals(self, document: MeetingDocument) -> list[tuple[Any, Any]]:
        return [
            (document.item_changed, self._on_item_changed),
            (document.item_inserted, self._on_tree_changed),
            (document.item_removed, self._on_tree_changed),
            (document.item_moved, self._on_tree_changed),
            (document.language_changed, self._reload),
            (document.meeting_changed, self._on_meeting_changed),
            (document.reset, self._on_reset),
        ]

    def _connect(self, document: MeetingDocument) -> None:
        for signal, slot in self._signals(document):
            signal.connect(slot)
        for field in (self.title_edit, self.annotation, self.footnotes.text_edit):
            field.undo_stack = document.undo_stack

    def set_document(self, document: MeetingDocument) -> None:
        for signal, slot in self._signals(self.document):
            signal.disconnect(slot)
        self.document = document
        self._footnote_numbers.forget()
        self._connect(document)
        self.documents.set_document(document)
        # The tree may have chosen an item of the new meeting before this editor switched.
        self.set_item(self._requested)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("&Title"))
        self.annotation_label.setText(self.tr("&Annotation"))
        self.documents_label.setText(self.tr("&Documentation"))
        self.title_edit.setAccessibleName(self.tr("Item title"))
        self.annotation.setAccessibleName(self.tr("Annotation"))
        self._reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def actions_for_menu(self) -> list[QAction | None]:
        """The formatting actions (bold, italic, superscript, subscript, footnote)."""
        return list(self.annotation.format_actions())

    # -- showing an item ---------------------------------------------------------------------------

    def current_item_id(self) -> str:
        return self.item_id

    def set_item(self, item_id: str) -> None:
        """Show the item ``item_id`` ("" shows nothing)."""
        self._requested = item_id
        if item_id and not self.document.meeting.has_item(item_id):
            item_id = ""
        changed = item_id != self.item_id
        self.item_id = item_id
        if changed:
            self._fresh_pending = self._title_fresh = True
            self.annotation.moveCursor(self.annotation.textCursor().MoveOperation.Start)
        self._reload()

    def _has_item(self) -> bool:
        return bool(self.item_id) and self.document.meeting.has_item(self.item_id)

    def _reload(self, *_args: object) -> None:
        """Show the item as the meeting holds it now."""
        has = self._has_item()
        for widget in (self.title_edit, self.annotation, self.toolbar, self.footnotes):
            widget.setEnabled(has)
        self.documents.set_item(self.item_id if has else "")
        if not has:
            self.number_label.setText("")
            self.title_edit.setText("")
            self.title_edit.setPlaceholderText(self.tr("Select an item of the agenda"))
            self.annotation.set_paragraphs([])
            self.annotation.setPlaceholderText("")
            self._refresh_footnotes()
            return
        self._show_number()
        self._show_title()
        self._show_annotation()

    def _show_number(self) -> None:
        path = numbering.path_of(self.document.meeting, self.item_id)
        self.number_label.setText(numbering.list_label(path, self.document.language))

    def _show_title(self) -> None:
        item = self.document.meeting.item(self.item_id)
        title = item.title.get(self.document.language, "")
        if self.title_edit.text().strip() != title:
            position = self.title_edit.cursorPosition()
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(min(position, len(title)))
            self._title_fresh = True
        original = item.title.get(self.document.meeting.original_language, "")
        if not title and original:
            self.title_edit.setPlaceholderText(self.tr("Not translated: {0}").format(original))
        else:
            self.title_edit.setPlaceholderText(self.tr("Title of the item"))

    def _stored_annotation(self) -> list[str]:
        item = self.document.meeting.item(self.item_id)
        return list(item.annotation.get(self.document.language, []))

    def _show_annotation(self, follow_change: bool = False) -> None:
        self.annotation.set_language(self.document.language)
        stored = self._stored_annotation()
        if canonical(self.annotation.paragraphs()) != canonical(stored):
            self.annotation.set_paragraphs(stored, follow_change)
        self.annotation.setPlaceholderText(self._annotation_placeholder())
        self._refresh_footnotes()

    def _annotation_placeholder(self) -> str:
        """Empty in a translation: the original's text, to translate from."""
        original_lang = self.document.meeting.original_language
        item = self.document.meeting.item(self.item_id)
        original = item.annotation.get(original_lang, [])
        if self.document.language == original_lang or not original:
            return self.tr("Annotation of the item (optional)")
        text = "\n".join(markup.plain_text(p) if not markup.validate(p) else p for p in original)
        return self.tr("Not translated yet. The original reads:\n{0}").format(text)

    def _footnotes_before(self) -> int:
        """How many footnotes print before this item's annotation (in the language shown)."""
        return self._footnote_numbers.before(
            self.document.meeting, self.document.language, self.item_id
        )

    def _refresh_footnotes(self) -> None:
        offset = self._footnotes_before() if self._has_item() else 0
        self.annotation.set_footnote_offset(offset)
        self.footnotes.set_footnotes(
            offset + 1, [runs for _, runs in self.annotation.footnote_marks()]
        )

    # -- reacting to the document ------------------------------------------------------------------

    def _on_item_changed(self, item_id: str) -> None:
        self._footnote_numbers.changed(item_id)
        if item_id == self.item_id and self._has_item():
            self._show_title()
            self._show_annotation(follow_change=True)
            self.documents.reload()
        elif self._has_item():
            self._refresh_footnotes()  # footnotes of an item above renumber this one's

    def _on_tree_changed(self, *_args: object) -> None:
        if self.item_id and not self._has_item():
            self.set_item("")
        elif self._has_item():
            self._show_number()
            self._refresh_footnotes()

    def _on_meeting_changed(self, name: str) -> None:
        if name in ("languages", "original_language"):
            self._reload()

    def _on_reset(self) -> None:
        self._footnote_numbers.forget()
        self.set_item(self.item_id)

    # -- edits -----------------------------------------------------------------------------------

    def start_new_title_step(self) -> None:
        """The next change of the title is an undo step of its own (a spelling correction)."""
        self._title_fresh = True

    def _on_title_edited(self, text: str) -> None:
        if not self._has_item():
            return
        command = TypeTitleCommand(
            self.document, self.item_id, self.document.language, text.strip(), self._title_fresh
        )
        self._title_fresh = False
        self.document.push(command)

    def _set_lettered(self, index: int, lettered: bool) -> None:
        if not self._has_item():
            return
        self.document.push(
            SetLetteredCommand(self.document, self.item_id, self.document.language, index, lettered)
        )
        self._fresh_pending = True

    def _on_annotation_edited(self, fresh: bool) -> None:
        if not self._has_item():
            return
        paragraphs = self.annotation.paragraphs()
        # A paragraph break shows in the markup only once the new paragraph has text:
        # the new undo step it asked for starts then.
        self._fresh_pending = self._fresh_pending or fresh
        if canonical(paragraphs) != canonical(self._stored_annotation()):
            self.document.push(
                TypeAnnotationCommand(
                    self.document,
                    self.item_id,
                    self.document.language,
                    paragraphs,
                    self._fresh_pending,
                )
            )
            self._fresh_pending = False
        self._refresh_footnotes()

    def _after_footnote_inserted(self) -> None:
        number = self.annotation.footnote_before(self.annotation.textCursor().position())
        if number >= 0:
            self.footnotes.choose(number)
            self.footnotes.focus_text()

    def _on_footnote_at_cursor(self, number: int) -> None:
        if number >= 0:
            self.footnotes.choose(number)

    def _go_to_footnote(self, number: int) -> None:
        marks = self.annotation.footnote_marks()
        if 0 <= number < len(marks):
            cursor = self.annotation.textCursor()
            cursor.setPosition(marks[number][0] + 1)
            self.annotation.setTextCursor(cursor)
            self.annotation.ensureCursorVisible()

    def _edit_footnote(self, number: int) -> None:
        self.footnotes.choose(number)
        self.footnotes.focus_text()

    def remove_footnote(self, number: int) -> None:
        marks = self.annotation.footnote_marks()
        if not 0 <= number < len(marks):
            return
        self.annotation.start_new_step()
        cursor = self.annotation.textCursor()
        cursor.setPosition(marks[number][0])
        cursor.setPosition(marks[number][0] + 1, cursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.annotation.start_new_step()
