"""A rich-text field restricted to what an annotation may hold.

Paragraphs, bold, italic, superscript, subscript and (in the annotation itself, not inside a
footnote) footnote marks, drawn as their number as it will print, and lettered sub-paragraphs,
indented with their letter drawn in the indent as the language version prints it. Pasted text
keeps bold, italic, superscript and subscript and nothing else. The field has no undo of its
own: the document's undo stack is the only history.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QUndoStack,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from agenda_editor.core import markup, numbering, validation
from agenda_editor.gui.editor import conversion

#: Our own clipboard format: the selection as a JSON list of markup paragraphs.
ANNOTATION_MIME = "application/x-agenda-editor-annotation"


def history_key(event: QKeyEvent) -> bool:
    """Whether the key is Undo or Redo (which act on the document, not on one field)."""
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


def is_history_override(event: QEvent) -> bool:
    """A shortcut override for Undo or Redo: the field lets the window's Undo/Redo (the
    document's history) take it instead of its own."""
    overriding = event.type() == QEvent.Type.ShortcutOverride
    return overriding and isinstance(event, QKeyEvent) and history_key(event)


def handle_history_key(event: QKeyEvent, undo_stack: QUndoStack | None) -> bool:
    """Undo or Redo on the document's history when ``event`` is one of their keys."""
    if not history_key(event):
        return False
    if undo_stack is not None:
        if event.matches(QKeySequence.StandardKey.Undo):
            undo_stack.undo()
        else:
            undo_stack.redo()
    return True


def changed_until(before: str, after: str) -> int:
    """Where the change from ``before`` to ``after`` ends, in ``after`` (0 if none)."""
    if before == after:
        return 0
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and before[len(before) - 1 - suffix] == after[len(after) - 1 - suffix]
    ):
        suffix += 1
    return len(after) - suffix


class FootnoteMarks(QPyTextObject):
    """Draws a footnote mark as its number, raised and small, in the link colour."""

    def __init__(self, number_at: Callable[[int], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number_at = number_at

    def _font(self, fmt: QTextFormat) -> QFont:
        font = QFont(fmt.toCharFormat().font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * 0.72)
        return font

    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(self._font(format))
        text = str(self._number_at(posInDocument))
        full = QFontMetricsF(format.toCharFormat().font())
        return QSizeF(metrics.horizontalAdvance(text) + 3, full.ascent())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        painter.save()
        font = self._font(format)
        painter.setFont(font)
        widget = self.parent()
        palette = widget.palette() if isinstance(widget, QWidget) else QPalette()
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        metrics = QFontMetricsF(font)
        text = str(self._number_at(posInDocument))
        painter.drawText(QPointF(rect.left() + 1.5, rect.top() + metrics.ascent()), text)
        painter.restore()


class AnnotationEdit(QTextEdit):
    """Rich text with only the annotation's formats; emits ``edited(fresh)`` on every change."""

    #: The user changed the text; ``fresh`` asks for a new undo step (new paragraph,
    #: formatting, paste, footnote).
    edited = Signal(bool)
    #: The cursor is now just after the footnote mark number n (0-based), or -1.
    footnote_at_cursor = Signal(int)
    #: The user asked to edit the footnote n (0-based), e.g. by double-clicking its mark.
    footnote_activated = Signal(int)
    #: A paste was refused; the message says why.
    paste_refused = Signal(str)
    #: The user asked to mark (True) or unmark the paragraph n (0-based) as a lettered
    #: sub-paragraph; the item editor makes it an undo step.
    lettered_requested = Signal(int, bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        footnotes: bool = True,
        single_paragraph: bool = False,
    ) -> None:
        super().__init__(parent)
        self.allow_footnotes = footnotes
        self.single_paragraph = single_paragraph
        #: The language version shown: its style of letters for sub-paragraphs.
        self.language = "en"
        self.setUndoRedoEnabled(False)
        #: The document's history, for Undo/Redo keys when no window action takes them.
        self.undo_stack: QUndoStack | None = None
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._loading = False
        self._fresh = True
        self._blocks = 1
        #: Number of the first footnote of this text in the whole agenda, minus one.
        self.footnote_offset = 0
        self._marks = FootnoteMarks(self._footnote_number, self)
        self.document().documentLayout().registerHandler(conversion.FOOTNOTE_OBJECT, self._marks)
        #: Counts the changes of the text (its paragraphs' lettering too): the letters drawn
        #: at each paint are worked out once per count and language.
        self._revision = 0
        self._labels: tuple[tuple[int, str], list[str | None]] | None = None
        self.document().contentsChanged.connect(self._text_revised)
        self.textChanged.connect(self._on_text_changed)
        self.currentCharFormatChanged.connect(self._on_char_format_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

        self.bold_action = self._action(self.toggle_bold, "Ctrl+B")
        self.italic_action = self._action(self.toggle_italic, "Ctrl+I")
        self.superscript_action = self._action(
            lambda: self.toggle_alignment("sup"), "Ctrl+Shift+=", "Ctrl+Shift++"
        )
        self.subscript_action = self._action(lambda: self.toggle_alignment("sub"), "Ctrl+=")
        self.footnote_action = self._action(self.insert_footnote, "Ctrl+Alt+F")
        self.footnote_action.setVisible(footnotes)
        self.lettered_action = self._action(self.toggle_lettered, "Ctrl+Shift+L")
        self.lettered_action.setCheckable(True)
        self.lettered_action.setVisible(not single_paragraph)
        for action in (self.bold_action, self.italic_action):
            action.setCheckable(True)
        look = QFont(self.font())
        look.setBold(True)
        self.bold_action.setFont(look)
        look = QFont(self.font())
        look.setItalic(True)
        self.italic_action.setFont(look)
        self.superscript_action.setCheckable(True)
        self.subscript_action.setCheckable(True)
        self.retranslate_ui()

    def _action(self, slot: Callable[[], object], *keys: str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.bold_action.setText(self.tr("&Bold"))
        self.italic_action.setText(self.tr("&Italic"))
        self.superscript_action.setText(self.tr("Su&perscript"))
        self.subscript_action.setText(self.tr("Su&bscript"))
        self.footnote_action.setText(self.tr("Insert &Footnote"))
        self.footnote_action.setStatusTip(self.tr("Insert a footnote at the cursor"))
        self.lettered_action.setText(self.tr("&Lettered Sub-paragraph"))
        self.lettered_action.setStatusTip(
            self.tr(
                "Mark the paragraph at the cursor as a lettered sub-paragraph, printed "
                "indented after its letter, or make it an ordinary paragraph again"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def format_actions(self) -> list[QAction]:
        actions = [
            self.bold_action,
            self.italic_action,
            self.superscript_action,
            self.subscript_action,
        ]
        if self.allow_footnotes:
            actions.append(self.footnote_action)
        if not self.single_paragraph:
            actions.append(self.lettered_action)
        return actions

    # -- content ---------------------------------------------------------------------------------

    def paragraphs(self) -> list[str]:
        """The text as annotation markup, one string per paragraph."""
        paragraphs = conversion.to_markup(self.document())
        return paragraphs if self.allow_footnotes else conversion.strip_footnotes(paragraphs)

    def set_paragraphs(self, paragraphs: list[str], follow_change: bool = False) -> None:
        """Show these paragraphs without reporting an edit.

        The cursor stays where it was; with ``follow_change`` (an undo or redo) it goes to
        the end of the text that changed, as a word processor does.
        """
        cursor = self.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        before = self.document().toRawText()
        self._loading = True
        try:
            conversion.set_markup(self.document(), paragraphs)
            last = max(0, self.document().characterCount() - 1)
            after = self.document().toRawText()
            if follow_change and after != before:  # (a paragraph lettered: the cursor stays)
                position = anchor = changed_until(before, after)
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(anchor, last))
            cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self._blocks = self.document().blockCount()
        finally:
            self._loading = False
        self._fresh = True
        self._update_checks()
        if follow_change:
            self.ensureCursorVisible()

    def is_loading(self) -> bool:
        return self._loading

    def start_new_step(self) -> None:
        """The next edit starts a new undo step."""
        self._fresh = True

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        # Pauses are the undo commands' business (commands/texts.py); a new paragraph is ours.
        blocks = self.document().blockCount()
        fresh = self._fresh or blocks != self._blocks
        self._fresh = False
        self._blocks = blocks
        self.edited.emit(fresh)

    # -- formats ---------------------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        self._fresh = True
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)
        self._update_checks()

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = "b" in conversion.formats_of(self.currentCharFormat())
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self._merge(fmt)

    def toggle_alignment(self, which: str) -> None:
        fmt = QTextCharFormat()
        on = which in conversion.formats_of(self.currentCharFormat())
        alignment = QTextCharFormat.VerticalAlignment
        if on:
            fmt.setVerticalAlignment(alignment.AlignNormal)
        elif which == "sup":
            fmt.setVerticalAlignment(alignment.AlignSuperScript)
        else:
            fmt.setVerticalAlignment(alignment.AlignSubScript)
        self._merge(fmt)

    def _on_char_format_changed(self, fmt: QTextCharFormat) -> None:
        if conversion.is_footnote(fmt) and not self.textCursor().hasSelection():
            # Typing after a footnote mark types text, not another mark. (With a selection,
            # setting the format would reformat the selected text: not wanted.)
            self.setCurrentCharFormat(conversion.clean_format(fmt))
        self._update_checks()

    def _update_checks(self) -> None:
        self.lettered_action.setChecked(conversion.is_lettered_block(self.textCursor().block()))
        formats = conversion.formats_of(self.currentCharFormat())
        self.bold_action.setChecked("b" in formats)
        self.italic_action.setChecked("i" in formats)
        self.superscript_action.setChecked("sup" in formats)
        self.subscript_action.setChecked("sub" in formats)

    # -- lettered sub-paragraphs -----------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Letter sub-paragraphs in the style of ``lang`` ("(a)", "a)", "(أ)")."""
        if lang != self.language:
            self.language = lang
            self.viewport().update()

    def toggle_lettered(self) -> None:
        """Ask for the paragraph at the cursor to become (or stop being) a sub-paragraph."""
        if self.single_paragraph or self.isReadOnly():
            return
        block = self.textCursor().block()
        self._fresh = True
        self.lettered_requested.emit(block.blockNumber(), not conversion.is_lettered_block(block))

    def _text_revised(self) -> None:
        self._revision += 1

    def sub_paragraph_labels(self) -> list[str | None]:
        """The letter of each paragraph of the text (``None``: an ordinary paragraph)."""
        key = (self._revision, self.language)
        if self._labels is not None and self._labels[0] == key:
            return list(self._labels[1])
        marks = []
        block = self.document().begin()
        while block.isValid():
            marks.append(markup.LETTERED if conversion.is_lettered_block(block) else "")
            block = block.next()
        labels = numbering.sub_paragraph_labels(marks, self.language)
        self._labels = (key, labels)
        return list(labels)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        labels = self.sub_paragraph_labels()
        if not any(labels):
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        gap = metrics.horizontalAdvance(" ")
        block = self.document().begin()
        for label in labels:
            layout = block.layout()
            if label and layout is not None and layout.lineCount():
                line = layout.lineAt(0)
                origin = layout.position()
                baseline = origin.y() + line.y() + line.ascent() + dy
                width = metrics.horizontalAdvance(label)
                if block.textDirection() == Qt.LayoutDirection.RightToLeft:
                    x = origin.x() + line.x() + line.width() + gap
                else:
                    x = origin.x() + line.x() - gap - width
                painter.drawText(QPointF(x + dx, baseline), label)
            block = block.next()
        painter.end()

    # -- footnotes -------------------------------------------------------------------------------

    def footnote_marks(self) -> list[tuple[int, list[markup.Run]]]:
        return conversion.footnote_marks(self.document())

    def _footnote_number(self, position: int) -> int:
        raw = self.document().toRawText()[:position]
        return self.footnote_offset + raw.count(conversion.OBJECT_CHARACTER) + 1

    def set_footnote_offset(self, offset: int) -> None:
        """Footnotes before this text in the agenda: the marks renumber from ``offset + 1``."""
        if offset != self.footnote_offset:
            self.footnote_offset = offset
            self.document().markContentsDirty(0, self.document().characterCount())
            self.viewport().update()

    def insert_footnote(self, text: str = "") -> int:
        """Insert a footnote mark at the cursor; returns its index among the text's footnotes."""
        if not self.allow_footnotes or self.isReadOnly():
            return -1
        self._fresh = True
        cursor = self.textCursor()
        cursor.insertText(conversion.OBJECT_CHARACTER, conversion.footnote_format(text))
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(conversion.clean_format(cursor.charFormat()))
        self._fresh = True
        return self.footnote_before(cursor.position())

    def set_footnote_text(self, number: int, footnote_markup: str) -> None:
        """Change the text of the footnote ``number`` (0-based) of this text."""
        marks = self.footnote_marks()
        if not 0 <= number < len(marks):
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(marks[number][0])
        cursor.setPosition(marks[number][0] + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = cursor.charFormat()
        fmt.setProperty(conversion.FOOTNOTE_PROPERTY, footnote_markup)
        cursor.setCharFormat(fmt)

    def footnote_before(self, position: int) -> int:
        """The index of the footnote whose mark is just before ``position``, or -1."""
        for number, (mark, _runs) in enumerate(self.footnote_marks()):
            if mark == position - 1:
                return number
        return -1

    def _on_cursor_moved(self) -> None:
        self.lettered_action.setChecked(conversion.is_lettered_block(self.textCursor().block()))
        if not self._loading:
            self.footnote_at_cursor.emit(self.footnote_before(self.textCursor().position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cursor = self.cursorForPosition(event.position().toPoint())
        for position in (cursor.position() + 1, cursor.position()):
            number = self.footnote_before(position)
            if number >= 0:
                self.footnote_activated.emit(number)
                return
        super().mouseDoubleClickEvent(event)

    # -- keys ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if is_history_override(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if handle_history_key(event, self.undo_stack):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.single_paragraph:
                event.ignore()
                return
            # A line break inside a paragraph is not something the document can print:
            # Shift+Return starts a paragraph, as Return does. After a sub-paragraph comes the
            # next one, as in a word processor's list.
            cursor = self.textCursor()
            lettered = conversion.is_lettered_block(cursor.block())
            cursor.insertBlock(conversion.paragraph_format(lettered))
            self.ensureCursorVisible()
            return
        super().keyPressEvent(event)

    # -- clipboard -------------------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        paragraphs = conversion.markup_between(
            self.document(), cursor.selectionStart(), cursor.selectionEnd()
        )
        data = QMimeData()
        data.setData(ANNOTATION_MIME, json.dumps(paragraphs).encode())
        data.setHtml(conversion.to_html(paragraphs))
        data.setText(
            "\n".join(markup.plain_text(p) for p in conversion.strip_footnotes(paragraphs))
        )
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(ANNOTATION_MIME) or source.hasHtml() or source.hasText()

    def _incoming(self, source: QMimeData) -> list[str]:
        paragraphs: list[str] = []
        if source.hasFormat(ANNOTATION_MIME):
            try:
                value = json.loads(bytes(source.data(ANNOTATION_MIME).data()).decode())
            except (ValueError, UnicodeDecodeError):
                value = None
            if isinstance(value, list):
                paragraphs = [p for p in value if isinstance(p, str) and not markup.validate(p)]
            if any(validation.text_problem(paragraph) for paragraph in paragraphs):
                # Only this format is read by Python itself: Qt drops such characters silently.
                self.paste_refused.emit(
                    self.tr(
                        "Not pasted: the text holds a character that cannot be stored (a lone "
                        "surrogate) or is too long. Copy it again from its source."
                    )
                )
                return []
        elif source.hasHtml():
            paragraphs = conversion.html_to_markup(source.html())
        elif source.hasText():
            paragraphs = conversion.text_to_markup(source.text())
        if not self.allow_footnotes:
            paragraphs = conversion.strip_footnotes(paragraphs)
        if self.single_paragraph and paragraphs:
            paragraphs = [" ".join(paragraphs)]
        return paragraphs

    def insertFromMimeData(self, source: QMimeData) -> None:
        paragraphs = self._incoming(source)
        if not paragraphs or self.isReadOnly():
            return
        self._fresh = True
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        conversion.insert_markup(cursor, paragraphs)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._fresh = True
