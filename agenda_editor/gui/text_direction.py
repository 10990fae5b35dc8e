"""Document texts keep their own writing direction inside an interface of the other direction.

An English meeting edited in the Arabic interface still reads "1. Opening of the meeting", not
"Opening of the meeting .1": the base direction of a document text follows the language version
shown, while its place (right-aligned in a mirrored view) follows the interface.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from agenda_editor.core.languages import RTL_LANGUAGES


def direction_of(lang: str) -> Qt.LayoutDirection:
    """The writing direction of a language version."""
    if lang in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def direction_of_text(
    text: str, default: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """The writing direction of ``text`` by its first strongly directed letter (as the Unicode
    bidi algorithm finds a paragraph's direction); ``default`` where it has none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return default


def keep_place(option: QStyleOptionViewItem, text_direction: Qt.LayoutDirection) -> None:
    """Lay the option's text out in ``text_direction`` while keeping it where the interface
    puts it (its leading side, in absolute terms)."""
    interface_rtl = option.direction == Qt.LayoutDirection.RightToLeft
    if (text_direction == Qt.LayoutDirection.RightToLeft) != interface_rtl:
        side = Qt.AlignmentFlag.AlignRight if interface_rtl else Qt.AlignmentFlag.AlignLeft
        option.displayAlignment = (
            Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
        )
        option.direction = text_direction


class ContentDirectionDelegate(QStyledItemDelegate):
    """Draws each text in the direction of its own content: an English footnote in the Arabic
    interface keeps its full stop at its end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        keep_place(option, direction_of_text(option.text, option.direction))


class DocumentTextDelegate(QStyledItemDelegate):
    """Draws item texts in the direction of the document language ``language()`` returns."""

    def __init__(self, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        keep_place(option, direction_of(self._language()))
