"""Find and Replace (Ctrl+F, Ctrl+H) across the agenda's titles, annotations, footnotes and
document titles, in the language version shown or in all versions.

The results are listed; activating one opens its item with the match selected. Replace changes
the chosen match, Replace All every match, each as one undo step. The search itself is
:mod:`agenda_editor.core.search`.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from agenda_editor.core import numbering, search
from agenda_editor.core.rules import Target
from agenda_editor.gui.commands.replace import ReplaceTextsCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.gui.plurals import english_s
from agenda_editor.gui.text_direction import ContentDirectionDelegate

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import FindWindow

_HIT_ROLE = Qt.ItemDataRole.UserRole


def _count(source: str, n: int) -> str:
    return english_s(QCoreApplication.translate("FindReplace", source, "", n), source, n)


class FindReplaceDialog(QDialog):
    """A window beside the main window (not modal): typing in it searches at once."""

    def __init__(self, window: FindWindow) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.setObjectName("find_replace")
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.match_case = QCheckBox(self)
        self.whole_words = QCheckBox(self)
        self.scope = QComboBox(self)
        self.results = QTreeWidget(self)
        self.results.setColumnCount(3)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        # A match keeps the direction of its own text (an English one in the Arabic interface
        # reads "…Opening of the meeting…" with its dots at its ends).
        for column in (0, 2):
            self.results.setItemDelegateForColumn(column, ContentDirectionDelegate(self.results))
        self.summary = QLabel(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        # Return in the Find field goes to the first match; it must never replace anything.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        self.find_label, self.replace_label, self.scope_label = (QLabel(self) for _ in range(3))
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)
        self.scope_label.setBuddy(self.scope)
        form = QFormLayout()
        form.addRow(self.find_label, self.find_edit)
        form.addRow(self.replace_label, self.replace_edit)
        options = QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_words)
        options.addStretch(1)
        options.addWidget(self.scope_label)
        options.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.find_edit.textChanged.connect(self.refresh)
        self.find_edit.returnPressed.connect(self._go_to_first)
        self.match_case.toggled.connect(self.refresh)
        self.whole_words.toggled.connect(self.refresh)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.results.itemActivated.connect(self._on_activated)
        self.results.currentItemChanged.connect(self._update_buttons)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self._document: MeetingDocument | None = None
        self._follow_document()
        # Every edit, undo and redo (of whichever meeting is open) refreshes the results.
        window.undo_group.indexChanged.connect(self._on_edit)
        window.undo_group.activeStackChanged.connect(self._on_edit)
        self.hits: list[search.Hit] = []
        self.retranslate_ui()
        self.resize(640, 420)

    # -- state ---------------------------------------------------------------------------------

    def query(self) -> search.Query:
        return search.Query(
            self.find_edit.text(), self.match_case.isChecked(), self.whole_words.isChecked()
        )

    def languages(self) -> list[str]:
        document = self.window_.document
        if self.scope.currentIndex() == 1:
            return list(document.meeting.languages)
        return [document.language]

    def _follow_document(self) -> None:
        """Listen to the language version of the meeting open now."""
        document = self.window_.document
        if document is self._document:
            return
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # that meeting may be gone
                self._document.language_changed.disconnect(self._on_edit)
        self._document = document
        document.language_changed.connect(self._on_edit)

    def _on_edit(self, *_args: object) -> None:
        self._follow_document()
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """List the matches of what the Find field holds."""
        self._follow_document()
        meeting = self.window_.document.meeting
        current = self.results.currentIndex().row()
        self.hits = search.find(meeting, self.query(), self.languages())
        paths = numbering.item_paths(meeting)
        self.results.clear()
        rows: list[QTreeWidgetItem] = []
        for hit in self.hits:
            place = hit.place
            ref = numbering.reference(paths[place.item_id], place.lang)
            row = QTreeWidgetItem([ref, self._where(hit), f"…{hit.before}{hit.match}{hit.after}…"])
            row.setData(0, _HIT_ROLE, len(rows))
            row.setToolTip(2, f"{hit.before}{hit.match}{hit.after}")
            rows.append(row)
        self.results.addTopLevelItems(rows)
        for column in (0, 1):
            self.results.resizeColumnToContents(column)
        if rows:
            self.results.setCurrentItem(rows[min(max(current, 0), len(rows) - 1)])
        if not self.find_edit.text():
            self.summary.setText("")
        elif self.hits:
            self.summary.setText(_count("%n match(es)", len(self.hits)))
        else:
            self.summary.setText(self.tr("No matches."))
        self._update_buttons()

    def _where(self, hit: search.Hit) -> str:
        place = hit.place
        if place.kind == "title":
            where = self.tr("Title")
        elif place.kind == "annotation":
            where = self.tr("Annotation, paragraph {0}").format(place.index + 1)
        elif place.kind == "footnote":
            where = self.tr("Footnote {0} of paragraph {1}").format(place.note + 1, place.index + 1)
        else:
            item = self.window_.document.meeting.item(place.item_id)
            where = self.tr("Document {0}").format(item.documents[place.index].symbol)
        if self.scope.currentIndex() == 1:
            where = f"{where} ({language_name(place.lang)})"
        return where

    def _update_buttons(self, *_args: object) -> None:
        has = bool(self.hits)
        self.replace_all_button.setEnabled(has)
        self.replace_button.setEnabled(has and self.current_hit() is not None)

    def current_hit(self) -> search.Hit | None:
        row = self.results.currentItem()
        if row is None:
            return None
        index = row.data(0, _HIT_ROLE)
        return self.hits[index] if isinstance(index, int) and index < len(self.hits) else None

    # -- going to a match ----------------------------------------------------------------------

    def _go_to_first(self) -> None:
        first = self.results.topLevelItem(0)
        if first is not None:
            self._on_activated(first)

    def _on_activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.results.setCurrentItem(row)
        hit = self.current_hit()
        if hit is not None:
            self.show_hit(hit)

    def show_hit(self, hit: search.Hit) -> None:
        """Open the item of ``hit`` in its language, the match selected where it can be."""
        window = self.window_
        place = hit.place
        window.go_to(Target("item", item_id=place.item_id, lang=place.lang))
        editor = window.item_editor
        if place.kind == "title":
            editor.title_edit.setSelection(hit.start, hit.end - hit.start)
        elif place.kind == "annotation":
            edit = editor.annotation
            block = edit.document().findBlockByNumber(place.index)
            flags = QTextDocument.FindFlag(0)
            if self.match_case.isChecked():
                flags |= QTextDocument.FindFlag.FindCaseSensitively
            cursor = edit.document().find(hit.match, block.position(), flags)
            if not cursor.isNull():
                edit.setTextCursor(cursor)
                edit.ensureCursorVisible()

    # -- replacing -----------------------------------------------------------------------------

    def replace_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self._replace(hit)

    def replace_all(self) -> None:
        self._replace(None)

    def _replace(self, only: search.Hit | None) -> None:
        document = self.window_.document
        langs = [only.place.lang] if only is not None else self.languages()
        replacement = self.replace_edit.text()
        changed, count = search.replace(document.meeting, self.query(), replacement, langs, only)
        if not count:
            return
        text = _count("Replace %n match(es)", count)
        document.push(ReplaceTextsCommand(document, changed, text))
        self.window_.show_status(_count("Replaced %n match(es).", count))
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def open_for(self, replacing: bool) -> None:
        """Show the window with the Find field (or the Replace field) ready for typing."""
        selected = self._selected_text()
        if selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        field = self.replace_edit if replacing and self.find_edit.text() else self.find_edit
        field.setFocus()
        field.selectAll()
        self.refresh()

    def _selected_text(self) -> str:
        """The one-line text selected in the item editor, to search for."""
        editor = self.window_.item_editor
        text = editor.annotation.textCursor().selectedText() or editor.title_edit.selectedText()
        return text if text and "\u2029" not in text and len(text) < 100 else ""

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_words.setText(self.tr("Whole &words"))
        self.scope_label.setText(self.tr("&In:"))
        index = max(self.scope.currentIndex(), 0)
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItems(
            [self.tr("The language version shown"), self.tr("All language versions")]
        )
        self.scope.setCurrentIndex(index)
        self.scope.blockSignals(False)
        self.results.setHeaderLabels([self.tr("Item"), self.tr("Where"), self.tr("Text")])
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &All"))
        self.find_edit.setPlaceholderText(
            self.tr("Titles, annotations, footnotes and document titles")
        )
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FindReplace(QObject):
    """The Edit menu's Find... (Ctrl+F) and Replace... (Ctrl+H), and their window."""

    def __init__(self, window: FindWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.dialog: FindReplaceDialog | None = None
        self.find_action = QAction(window.window())
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(lambda: self.open(False))
        self.replace_action = QAction(window.window())
        self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        self.replace_action.triggered.connect(lambda: self.open(True))
        window.addActions([self.find_action, self.replace_action])
        self.retranslate_ui()

    def open(self, replacing: bool) -> FindReplaceDialog:
        if self.dialog is None:
            self.dialog = FindReplaceDialog(self.window)
        self.dialog.open_for(replacing)
        return self.dialog

    def actions_for_menu(self) -> list[QAction | None]:
        return [self.find_action, self.replace_action]

    def retranslate_ui(self) -> None:
        self.find_action.setText(self.tr("&Find..."))
        self.find_action.setStatusTip(
            self.tr("Find text in the titles, annotations, footnotes and document titles")
        )
        self.replace_action.setText(self.tr("R&eplace..."))
        self.replace_action.setStatusTip(self.tr("Find text and replace it"))
