"""Draws a cell of the timetable: the meeting's times, then one line per item taken up."""

from __future__ import annotations

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


def _shaped(
    text: str, width: int, metrics: QFontMetrics, interface: Qt.LayoutDirection
) -> tuple[str, Qt.LayoutDirection]:
    """A cell's line cut off with "…" to fit ``width``, and the direction of its text."""
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return elided, direction_of_text(text, interface)


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
        #: (text, width, italic) -> (the line cut to the width, its direction), for the fonts
        #: and interface direction of ``_shapes_for``.
        self._shapes: dict[tuple[str, int, bool], tuple[str, Qt.LayoutDirection]] = {}
        self._shapes_for: tuple[str, Qt.LayoutDirection] = ("", Qt.LayoutDirection.LeftToRight)

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
        return QSize(240, self.cell_height(lines))

    def cell_height(self, lines: int) -> int:
        """The height of a cell of ``lines`` lines."""
        line = self.line_height()
        return MARGIN + self.header_height() + max(lines, 1) * line + line // 2

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
        picked = {p for d, s, p in self.view.picked_placements() if (d, s) == (day, slot)}
        by_item: dict[str, list[Marker]] = {}
        for marker in markers:
            if marker.item_id is not None:
                by_item.setdefault(marker.item_id, []).append(marker)
        italic = QFont(font)
        italic.setItalic(True)
        measures = {False: QFontMetrics(font), True: QFontMetrics(italic)}
        shapes_for = (font.key(), option.direction)
        if shapes_for != self._shapes_for:
            self._shapes.clear()
            self._shapes_for = shapes_for
        text_colour = palette.color(QPalette.ColorRole.Text)
        height = self.line_height()
        first_top = rect.top() + MARGIN // 2 + self.header_height()
        # A cell of a large meeting is taller than the window: only its lines in sight are drawn.
        first, last = self._lines_in_sight(painter, first_top, height, len(entries))
        for line in range(first, last):
            entry = entries[line]
            line_rect = QRect(rect.left() + 1, first_top + line * height, rect.width() - 2, height)
            is_picked = line in picked
            if is_picked:
                painter.fillRect(
                    line_rect.adjusted(2, 1, -2, -1), palette.color(QPalette.ColorRole.Highlight)
                )
                colour = palette.color(QPalette.ColorRole.HighlightedText)
            else:
                colour = text_colour
            line_font = font
            if entry.untranslated:
                line_font = italic
                if not is_picked:
                    colour = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setFont(line_font)
            painter.setPen(colour)
            available = line_rect.adjusted(MARGIN, 0, -MARGIN - MARKER_WIDTH, 0)
            shaped = self._shape(
                entry.text, available.width(), entry.untranslated, measures[entry.untranslated]
            )
            self._draw_line(painter, option, available, entry.text, line_font, shaped)
            self._paint_marker(
                painter, option, line_rect, _marker_colour(by_item.get(entry.item_id, []))
            )
        indicator = self.view.drop_indicator()
        if indicator is not None and indicator[:2] == (day, slot):
            position = indicator[2] if indicator[2] >= 0 else len(entries)
            y = self.line_rect(rect, position).top()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawLine(rect.left() + MARGIN, y, rect.right() - MARGIN, y)
        painter.restore()

    def _lines_in_sight(
        self, painter: QPainter, first_top: int, height: int, count: int
    ) -> tuple[int, int]:
        """The range of a cell's lines (from the first's top, each ``height`` tall) that lie
        in the view's viewport when painting there; all of them on any other device."""
        viewport = self.view.viewport()
        if painter.device() is not viewport:
            return 0, count
        top, bottom = 0, viewport.height()
        first = max(0, (top - first_top) // height)
        last = min(count, (bottom - first_top) // height + 1)
        return first, max(first, last)

    @staticmethod
    def _draw_line(
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        text: str,
        font: QFont,
        shaped: tuple[str, Qt.LayoutDirection] | None = None,
    ) -> None:
        """An item's line in the direction of its own text (an English title in the Arabic
        interface reads "2  National programmes...", cut off with "…" at its end), on the
        interface's leading side. ``shaped``: the line as :meth:`_shape` gives it."""
        interface = option.direction
        if shaped is None:
            shaped = _shaped(text, rect.width(), QFontMetrics(font), interface)
        elided, direction = shaped
        if direction != interface:
            painter.setLayoutDirection(direction)
        flags = _LINE_FLAGS.get(interface, _LINE_FLAGS[Qt.LayoutDirection.LeftToRight])
        painter.drawText(rect, flags, elided)
        if direction != interface:
            painter.setLayoutDirection(interface)

    def _shape(
        self, text: str, width: int, italic: bool, metrics: QFontMetrics
    ) -> tuple[str, Qt.LayoutDirection]:
        """The line cut to ``width`` and its direction, worked out once per text and width (a
        drop repaints every cell in sight; the fonts and direction are :attr:`_shapes_for`)."""
        key = (text, width, italic)
        found = self._shapes.get(key)
        if found is None:
            if len(self._shapes) > 20000:
                self._shapes.clear()
            found = self._shapes[key] = _shaped(text, width, metrics, self._shapes_for[1])
        return found

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
