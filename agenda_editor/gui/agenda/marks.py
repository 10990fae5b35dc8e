"""Small pictures drawn in code for the agenda tree (no image files to ship)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication


def unscheduled_icon() -> QIcon:
    """A small clock with a stroke through it: the item is not in the organization of work."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    painter.setPen(QPen(colour, 1.4))
    painter.drawEllipse(2, 2, 12, 12)
    painter.drawLine(8, 8, 8, 4)
    painter.drawLine(8, 8, 11, 8)
    painter.setPen(QPen(QColor(190, 60, 40), 1.6))
    painter.drawLine(2, 14, 14, 2)
    painter.end()
    return QIcon(pixmap)
