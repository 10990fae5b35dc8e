"""Document texts keep their own writing direction inside an interface of the other direction.

An English meeting edited in the Arabic interface still reads "1. Opening of the meeting", not
"Opening of the meeting .1": the base direction of a document text follows the language version
shown, while its place (right-aligned in a mirrored view) follows the interface.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from agenda_editor.core.languages import RTL_LANGUAGES


def direction_of(lang: str) -> Qt.LayoutDirection:
    """The writing direction of a language version."""
    if lang in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class DocumentTextDelegate(QStyledItemDelegate):
    """Draws item texts in the direction of the document language ``language()`` returns."""

    def __init__(self, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        interface_rtl = option.direction == Qt.LayoutDirection.RightToLeft
        text_direction = direction_of(self._language())
        if (text_direction == Qt.LayoutDirection.RightToLeft) != interface_rtl:
            # Keep the text where the interface puts it (its leading side), in absolute terms,
            # before changing the direction it is laid out in.
            side = Qt.AlignmentFlag.AlignRight if interface_rtl else Qt.AlignmentFlag.AlignLeft
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
            )
            option.direction = text_direction
