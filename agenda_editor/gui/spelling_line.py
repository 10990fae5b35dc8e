"""Spelling in a one-line field (the item's title): misspelt words underlined, suggestions and
"Add to the Dictionary" in its context menu; a correction is an undo step of its own.

A ``QLineEdit`` has no syntax highlighter; it draws formats that an input method gives it, so the
underlines are sent as an input-method event without any text to compose (the field's text and
undo are untouched). The formats count from the cursor, so they are sent again whenever the
text or the cursor moves; the words are checked again only when the text changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QColor, QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import QLineEdit

from agenda_editor.gui.spelling import Spelling, is_context_menu, misspelt_at, show_with_spelling
from agenda_editor.i18n.spelling import Speller


class LineSpelling(QObject):
    """Underlines and the context menu of spelling for one ``QLineEdit``."""

    def __init__(
        self, edit: QLineEdit, support: Spelling, new_step: Callable[[], None] | None = None
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        #: Makes the next edit of the field an undo step of its own (not merged with typing).
        self.new_step = new_step or (lambda: None)
        self.support = support
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.mark.setUnderlineColor(QColor("red"))
        #: The words underlined now, as (start, end, word) in the field's text.
        self.marked: list[tuple[int, int, str]] = []
        #: The text that ``marked`` was checked in.
        self._checked: str | None = None
        self._sending = False
        edit.textChanged.connect(self.refresh)
        edit.cursorPositionChanged.connect(self._cursor_moved)
        edit.installEventFilter(self)

    def checker(self) -> Speller | None:
        checker = self.support.checker_for(self.edit)
        return checker if checker is not None and checker.available else None

    def refresh(self, *_args: object) -> None:
        """Check the field's text now and underline its misspelt words (the text, the language
        or the dictionary changed)."""
        if self._sending:
            return
        checker = self.checker()
        text = self.edit.text()
        self.marked = list(checker.misspelt(text)) if checker is not None else []
        self._checked = text
        self._underline()

    def _cursor_moved(self, *_args: object) -> None:
        # The underlines count from the cursor: sent again, the words checked only once.
        if self._sending:
            return
        if self.edit.text() != self._checked:
            self.refresh()
        else:
            self._underline()

    def _underline(self) -> None:
        cursor = self.edit.cursorPosition()
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [
            QInputMethodEvent.Attribute(kind, start - cursor, end - start, self.mark)
            for start, end, _word in self.marked
        ]
        self._sending = True
        try:
            QCoreApplication.sendEvent(self.edit, QInputMethodEvent("", attributes))
        finally:
            self._sending = False

    def misspelt(self) -> list[str]:
        """The words underlined (what a user sees marked)."""
        return [word for _s, _e, word in self.marked]

    def word_at(self, position: int) -> tuple[int, int, str] | None:
        """The misspelt word around the text position ``position``, if any."""
        checker = self.checker()
        return None if checker is None else misspelt_at(checker, self.edit.text(), position)

    def actions_at(self, position: int, parent: QObject) -> list[QAction]:
        found = self.word_at(position)
        if found is None:
            return []
        start, _end, word = found
        return self.support.word_actions(
            word, lambda s: self.replace(start, word, s), parent, self.checker()
        )

    def replace(self, start: int, word: str, suggestion: str) -> None:
        """Put ``suggestion`` in place of ``word`` as if typed (the field's edit: one step)."""
        if self.edit.text()[start : start + len(word)] != word:
            return
        self.new_step()
        self.edit.setSelection(start, len(word))
        self.edit.insert(suggestion)  # emits textEdited: the editor makes its command
        self.new_step()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not is_context_menu(event):
            return False
        menu = self.edit.createStandardContextMenu()
        ours = self.actions_at(self.edit.cursorPositionAt(event.pos()), menu)
        show_with_spelling(menu, ours, event)
        return True
