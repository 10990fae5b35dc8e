"""Spelling in the window: misspelt words underlined in the item's title, annotation and footnote
fields, in the language of the version being edited, and in the translation panel's field, in
the language translated into, with suggestions and "Add to Dictionary" in the field's context
menu (the title, a one-line field, in :mod:`agenda_editor.gui.spelling_line`). The
dictionaries are the system's Hunspell ones (:mod:`agenda_editor.i18n.spelling`); Preferences
says which languages have none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QTextEdit, QWidget

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.i18n.spelling import DICTIONARY_NAMES, Speller, words

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import SpellingWindow

#: The rich and plain text fields that spelling underlines.
TextField = QTextEdit | QPlainTextEdit


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

    def __init__(self, edit: TextField, current: Callable[[], Speller | None]) -> None:
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

    def __init__(self, edit: TextField, support: Spelling) -> None:
        super().__init__(edit)
        self.edit = edit
        self.support = support
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not is_context_menu(event):
            return False
        menu = self.edit.createStandardContextMenu(event.pos())
        show_with_spelling(menu, self.support.actions_for(self.edit, event.pos(), menu), event)
        return True


def is_context_menu(event: QEvent) -> TypeGuard[QContextMenuEvent]:
    return event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent)


def show_with_spelling(menu: QMenu, ours: list[QAction], event: QContextMenuEvent) -> None:
    """Show a field's own context menu with the spelling actions ``ours`` on top."""
    if ours and menu.actions():
        first = menu.actions()[0]
        menu.insertActions(first, ours)
        menu.insertSeparator(first)
    elif ours:
        menu.addActions(ours)
    menu.exec(event.globalPos())
    menu.deleteLater()


def misspelt_at(checker: Speller, text: str, position: int) -> tuple[int, int, str] | None:
    """The misspelt word of ``text`` around ``position``, as (start, end, word), if any."""
    for start, end, word in words(text):
        if start <= position <= end and not checker.is_correct(word):
            return start, end, word
    return None


class Spelling(QObject):
    """Spelling for the window's annotation and footnote fields, and the Check Spelling action."""

    def __init__(self, window: SpellingWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.personal_folder: Path | None = window.folders.dirs.data / "spelling"
        editor = window.item_editor
        translation = window.translation_panel.translation_edit
        self.fields: list[TextField] = [editor.annotation, editor.footnotes.text_edit, translation]
        #: The language each field is written in (the translation's: the one translated into).
        self._languages: dict[int, Callable[[], str | None]] = {
            id(translation): window.translation_panel.target_language
        }
        self.highlighters = [
            SpellingHighlighter(f, lambda f=f: self.checker_for(f))  # type: ignore[misc]
            for f in self.fields
        ]
        self.menus = [_ContextMenu(f, self) for f in self.fields]
        from agenda_editor.gui.spelling_line import LineSpelling

        self.title = LineSpelling(editor.title_edit, self, editor.start_new_title_step)
        window.translation_panel.target_box.currentIndexChanged.connect(self.rehighlight)
        self.toggle_action = QAction(window.window())
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
        """The speller of the version being edited."""
        lang = self.window.document.language
        return speller(lang, self.personal_folder) if lang else None

    def checker_for(self, edit: object) -> Speller | None:
        """The speller of the language ``edit`` is written in, while spelling is on."""
        if not self.toggle_action.isChecked():
            return None
        language = self._languages.get(id(edit))
        if language is None:
            return self.current()
        lang = language()
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
        if hasattr(self, "title"):
            self.title.refresh()

    def set_enabled(self, enabled: bool) -> None:
        for highlighter in self.highlighters:
            highlighter.enabled = enabled
        self.rehighlight()

    def misspelt_in(self, edit: TextField) -> list[str]:
        """The words underlined in ``edit`` now (what a user sees marked)."""
        checker = self.checker_for(edit)
        if checker is None:
            return []
        return [word for _s, _e, word in checker.misspelt(edit.toPlainText())]

    def actions_for(self, edit: TextField, pos: object, parent: QObject) -> list[QAction]:
        """Suggestions for the misspelt word at ``pos`` (viewport coordinates) and "Add"."""
        checker = self.checker_for(edit)
        if checker is None or not checker.available:
            return []
        cursor = edit.cursorForPosition(pos)  # type: ignore[arg-type]
        block = cursor.block()
        found = misspelt_at(checker, block.text(), cursor.position() - block.position())
        if found is None:
            return []
        start, _end, word = found
        return self._word_actions(edit, block.position() + start, word, parent)

    def _word_actions(self, edit: TextField, at: int, word: str, parent: QObject) -> list[QAction]:
        return self.word_actions(
            word, lambda s: self.replace_word(edit, at, word, s), parent, self.checker_for(edit)
        )

    def word_actions(
        self,
        word: str,
        replace: Callable[[str], None],
        parent: QObject,
        checker: Speller | None,
    ) -> list[QAction]:
        """The suggestions for ``word`` (each calls ``replace``) and "Add to the Dictionary"."""
        assert checker is not None
        result = []
        suggestions = checker.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, parent)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            result.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), parent)
            none.setEnabled(False)
            result.append(none)
        add = QAction(self.tr("Add “{0}” to the Dictionary").format(word), parent)
        add.triggered.connect(lambda: self.add_word(word, checker))
        result.append(add)
        return result

    def replace_word(self, edit: TextField, at: int, word: str, suggestion: str) -> None:
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
        if edit is self.window.translation_panel.translation_edit:
            self.window.translation_panel.commit()  # one undo step, as leaving the field

    def add_word(self, word: str, checker: Speller | None = None) -> None:
        checker = checker or self.current()
        if checker is not None:
            checker.add(word)
        self.rehighlight()

    def retranslate_ui(self) -> None:
        self.toggle_action.setText(self.tr("Check &Spelling"))
        self.toggle_action.setStatusTip(
            self.tr("Underline misspelt words in the title, annotation, footnotes and translation")
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
