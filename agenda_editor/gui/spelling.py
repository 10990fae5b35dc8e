"""Spelling in the item editor: misspelt words underlined in the annotation and footnote fields,
in the language of the version being edited, with suggestions and "Add to Dictionary" in the
field's context menu. The dictionaries are the system's Hunspell ones
(:mod:`agenda_editor.i18n.spelling`); Preferences says which languages have none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.i18n.spelling import DICTIONARY_NAMES, Speller, words

if TYPE_CHECKING:
    from agenda_editor.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Spelling", text)


_spellers: dict[tuple[str, Path | None], Speller] = {}


def speller(lang: str, personal_folder: Path | None = None) -> Speller:
    """The (shared) speller of ``lang``; its added words go to ``personal_folder``."""
    personal = personal_folder / f"{lang}.txt" if personal_folder is not None else None
    key = (lang, personal)
    if key not in _spellers:
        _spellers[key] = Speller(lang, personal)
    return _spellers[key]


def forget_spellers() -> None:
    """Look the dictionaries up again (tests, or after installing one)."""
    _spellers.clear()


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines, in red waves, the words that the language's dictionary does not know."""

    def __init__(self, edit: QTextEdit, current: Callable[[], Speller | None]) -> None:
        super().__init__(edit.document())
        self.current = current
        self.enabled = True
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.mark.setUnderlineColor(QColor("red"))

    def highlightBlock(self, text: str) -> None:
        checker = self.current() if self.enabled else None
        if checker is None or not checker.available:
            return
        for start, end, _word in checker.misspelt(text):
            self.setFormat(start, end - start, self.mark)


class _ContextMenu(QObject):
    """Puts the suggestions and "Add to Dictionary" on top of a field's context menu."""

    def __init__(self, edit: QTextEdit, support: Spelling) -> None:
        super().__init__(edit)
        self.edit = edit
        self.support = support
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        menu = self.edit.createStandardContextMenu(event.pos())
        ours = self.support.actions_for(self.edit, event.pos(), menu)
        if ours and menu.actions():
            first = menu.actions()[0]
            menu.insertActions(first, ours)
            menu.insertSeparator(first)
        elif ours:
            menu.addActions(ours)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True


class Spelling(QObject):
    """Spelling for the window's annotation and footnote fields, and the Check Spelling action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.personal_folder: Path | None = window.folders.dirs.data / "spelling"
        editor = window.item_editor
        self.fields: list[QTextEdit] = [editor.annotation, editor.footnotes.text_edit]
        self.highlighters = [SpellingHighlighter(f, self.current) for f in self.fields]
        self.menus = [_ContextMenu(f, self) for f in self.fields]
        self.toggle_action = QAction(window)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(True)
        self.toggle_action.setShortcut("Shift+F7")
        self.toggle_action.toggled.connect(self.set_enabled)
        window.addAction(self.toggle_action)
        self._language = ""
        self._document: object = None
        window.undo_group.activeStackChanged.connect(self._follow)
        self._follow()
        self.retranslate_ui()

    def current(self) -> Speller | None:
        lang = self.window.document.language
        return speller(lang, self.personal_folder) if lang else None

    def _follow(self, *_args: object) -> None:
        document = self.window.document
        if document is not self._document:
            self._document = document
            document.language_changed.connect(self.rehighlight)
        self.rehighlight()

    def rehighlight(self, *_args: object) -> None:
        for highlighter in self.highlighters:
            highlighter.rehighlight()

    def set_enabled(self, enabled: bool) -> None:
        for highlighter in self.highlighters:
            highlighter.enabled = enabled
        self.rehighlight()

    def misspelt_in(self, edit: QTextEdit) -> list[str]:
        """The words underlined in ``edit`` now (what a user sees marked)."""
        checker = self.current()
        if checker is None or not self.toggle_action.isChecked():
            return []
        return [word for _s, _e, word in checker.misspelt(edit.toPlainText())]

    def actions_for(self, edit: QTextEdit, pos: object, parent: QObject) -> list[QAction]:
        """Suggestions for the misspelt word at ``pos`` (viewport coordinates) and "Add"."""
        checker = self.current()
        if checker is None or not checker.available or not self.toggle_action.isChecked():
            return []
        cursor = edit.cursorForPosition(pos)  # type: ignore[arg-type]
        block = cursor.block()
        offset = cursor.position() - block.position()
        for start, end, word in words(block.text()):
            if start <= offset <= end and not checker.is_correct(word):
                return self._word_actions(edit, block.position() + start, word, parent)
        return []

    def _word_actions(self, edit: QTextEdit, at: int, word: str, parent: QObject) -> list[QAction]:
        checker = self.current()
        assert checker is not None
        result = []
        suggestions = checker.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, parent)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _=False, s=suggestion: self.replace_word(edit, at, word, s)
            )
            result.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), parent)
            none.setEnabled(False)
            result.append(none)
        add = QAction(self.tr("Add “{0}” to the Dictionary").format(word), parent)
        add.triggered.connect(lambda: self.add_word(word))
        result.append(add)
        return result

    def replace_word(self, edit: QTextEdit, at: int, word: str, suggestion: str) -> None:
        """Put ``suggestion`` in place of ``word`` at position ``at`` (one edit, one undo step)."""
        start_new_step = getattr(edit, "start_new_step", None)
        if start_new_step is not None:
            start_new_step()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(at)
        cursor.setPosition(at + len(word), QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:
            cursor.insertText(suggestion)
        if start_new_step is not None:
            start_new_step()

    def add_word(self, word: str) -> None:
        checker = self.current()
        if checker is not None:
            checker.add(word)
        self.rehighlight()

    def retranslate_ui(self) -> None:
        self.toggle_action.setText(self.tr("Check &Spelling"))
        self.toggle_action.setStatusTip(
            self.tr("Underline misspelt words in the annotation and footnotes")
        )


def dictionaries_note(parent: QWidget | None = None) -> QLabel:
    """For Preferences: which language versions have a spelling dictionary, and which none."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("spelling_note")
    lines = []
    for lang in LANGUAGES:
        checker = speller(lang)
        name = language_name(lang)
        if checker.available:
            line = _tr("{0}: Hunspell dictionary {1}").format(name, checker.dictionary)
        elif not DICTIONARY_NAMES.get(lang):
            line = _tr("{0}: no spelling check").format(name)
        else:
            line = _tr(
                "{0}: no dictionary installed; words are not checked (install the "
                "Hunspell dictionary of this language, e.g. hunspell-{1})",
            ).format(name, lang)
        lines.append(line)
    title = _tr("Spelling:")
    label.setText(f"<b>{title}</b><br>" + "<br>".join(lines))
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
