"""Draws a cell of the timetable: the meeting's times, then one line per item taken up."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from agenda_editor.core.rules import Severity
from agenda_editor.gui.text_direction import direction_of_text
from agenda_editor.gui.timetable.model import (
    ENTRIES_ROLE,
    FINDINGS_ROLE,
    STATE_ROLE,
    TIMES_ROLE,
    Entry,
    Marker,
)
from agenda_editor.gui.timetable.texts import isolated

if TYPE_CHECKING:
    from agenda_editor.gui.timetable.view import TimetableView

Index = QModelIndex | QPersistentModelIndex

MARGIN = 6
MARKER_WIDTH = 16
ERROR_COLOUR = QColor(176, 0, 32)
WARNING_COLOUR = QColor(176, 110, 0)


#: How a line of a cell is aligned in an interface of each direction: on its leading side in
#: absolute terms, whatever the direction of the line's own text.
_LINE_FLAGS = {
    direction: int(
        Qt.AlignmentFlag.AlignAbsolute
        | (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        | Qt.AlignmentFlag.AlignVCenter
    )
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft)
}


@functools.lru_cache(maxsize=8192)
def _line_direction(text: str, interface: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of a cell's line, worked out once per text, not on every repaint."""
    return direction_of_text(text, interface)


def _marker_colour(markers: list[Marker]) -> QColor | None:
    if not markers:
        return None
    if any(m.severity is Severity.ERROR for m in markers):
        return ERROR_COLOUR
    return WARNING_COLOUR


class CellDelegate(QStyledItemDelegate):
    """Paints cells and tells the view which line (placement) lies under a point."""

    def __init__(self, view: TimetableView) -> None:
        super().__init__(view)
        self.view = view

    # -- geometry --------------------------------------------------------------------------

    def line_height(self) -> int:
        return QFontMetrics(self.view.font()).height() + 6

    def header_height(self) -> int:
        return QFontMetrics(self.view.font()).height() + 8

    def line_rect(self, cell: QRect, line: int) -> QRect:
        top = cell.top() + MARGIN // 2 + self.header_height() + line * self.line_height()
        return QRect(cell.left() + 1, top, cell.width() - 2, self.line_height())

    def line_at(self, cell: QRect, point: QPoint, count: int) -> tuple[int, int]:
        """(line under the point or -1, insertion position for a drop at the point)."""
        first = cell.top() + MARGIN // 2 + self.header_height()
        offset = point.y() - first
        if offset < 0:
            return -1, 0
        line = offset // self.line_height()
        if line >= count:
            return -1, count
        upper = offset % self.line_height() < self.line_height() // 2
        return line, line if upper else line + 1

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = index.model().rowCount(index)  # how many, without copying the cell's lines
        height = MARGIN + self.header_height() + max(lines, 1) * self.line_height()
        return QSize(240, height + self.line_height() // 2)

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setLayoutDirection(option.direction)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = index.data(STATE_ROLE)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        if background is not None:
            painter.fillRect(rect, background)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        font = QFont(self.view.font())
        if state != "meeting":
            self._paint_placeholder(painter, rect, palette, index, font)
            painter.restore()
            return
        markers: list[Marker] = index.data(FINDINGS_ROLE) or []
        cell_markers = [m for m in markers if m.item_id is None]
        header = QRect(rect.left(), rect.top() + MARGIN // 2, rect.width(), self.header_height())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_rect = header.adjusted(MARGIN, 0, -MARGIN - MARKER_WIDTH, 0)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
            isolated(index.data(TIMES_ROLE)),
        )
        self._paint_marker(painter, option, header, _marker_colour(cell_markers))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            rect.left() + MARGIN, header.bottom(), rect.right() - MARGIN, header.bottom()
        )
        entries: list[Entry] = index.data(ENTRIES_ROLE) or []
        day, slot = index.column(), index.row()
        picked = self.view.picked_placements()
        for line, entry in enumerate(entries):
            line_rect = self.line_rect(rect, line)
            is_picked = (day, slot, line) in picked
            if is_picked:
                painter.fillRect(
                    line_rect.adjusted(2, 1, -2, -1), palette.color(QPalette.ColorRole.Highlight)
                )
            colour = palette.color(
                QPalette.ColorRole.HighlightedText if is_picked else QPalette.ColorRole.Text
            )
            line_font = QFont(font)
            if entry.untranslated:
                line_font.setItalic(True)
                if not is_picked:
                    colour = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setFont(line_font)
            painter.setPen(colour)
            available = line_rect.adjusted(MARGIN, 0, -MARGIN - MARKER_WIDTH, 0)
            self._draw_line(painter, option, available, entry.text, line_font)
            item_markers = [m for m in markers if m.item_id == entry.item_id]
            self._paint_marker(painter, option, line_rect, _marker_colour(item_markers))
        indicator = self.view.drop_indicator()
        if indicator is not None and indicator[:2] == (day, slot):
            position = indicator[2] if indicator[2] >= 0 else len(entries)
            y = self.line_rect(rect, position).top()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawLine(rect.left() + MARGIN, y, rect.right() - MARGIN, y)
        painter.restore()

    @staticmethod
    def _draw_line(
        painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str, font: QFont
    ) -> None:
        """An item's line in the direction of its own text (an English title in the Arabic
        interface reads "2  National programmes...", cut off with "…" at its end), on the
        interface's leading side."""
        direction = _line_direction(text, option.direction)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setLayoutDirection(direction)
        flags = _LINE_FLAGS.get(option.direction, _LINE_FLAGS[Qt.LayoutDirection.LeftToRight])
        painter.drawText(rect, flags, elided)
        painter.setLayoutDirection(option.direction)

    def _paint_placeholder(
        self, painter: QPainter, rect: QRect, palette: QPalette, index: Index, font: QFont
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            text,
        )

    @staticmethod
    def _paint_marker(
        painter: QPainter, option: QStyleOptionViewItem, line: QRect, colour: QColor | None
    ) -> None:
        """A filled round mark at the trailing end of a line (mirrored right to left)."""
        if colour is None:
            return
        size = 10
        mark = QRect(line.right() - MARGIN - size, line.center().y() - size // 2 + 1, size, size)
        mark = QStyle.visualRect(option.direction, line, mark)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(mark)

    # -- tooltips --------------------------------------------------------------------------

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """The tooltip of the line under the cursor, else the cell's."""
        if event is None or not index.isValid():
            return False
        entries = index.data(ENTRIES_ROLE) or []
        line, _ = self.line_at(option.rect, event.pos(), len(entries))
        text = ""
        if line >= 0:
            child = index.model().index(line, 0, index)
            text = child.data(Qt.ItemDataRole.ToolTipRole) or ""
        cell_text = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        text = "\n".join(t for t in (text, cell_text) if t)
        if not text:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, view)
        return True
