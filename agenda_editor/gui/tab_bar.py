"""A tab bar whose tabs are tall enough for the letters of their own texts.

The style sizes a tab by the metrics of the interface font, but Arabic letters may come from a
fallback font that reaches lower (the dots below ي): in an unselected tab, which the style draws
lower than the selected one, they were cut off by the tab's edge. Each tab here is as tall as
the ink of its text needs, plus the style's shift of unselected tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTabBar, QWidget


class InkTabBar(QTabBar):
    """Tabs that leave room for the lowest and highest letters of their texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def ink_height(self, text: str) -> int:
        """The height the letters of ``text`` take, with the fallback fonts they use."""
        metrics = QFontMetrics(self.font())
        ink = metrics.boundingRect(text.replace("&", ""))
        tight = metrics.tightBoundingRect(text.replace("&", ""))
        return max(ink.height(), tight.height(), metrics.height())

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        style = self.style()
        shift = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, None, self)
        space = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabVSpace, None, self)
        wanted = self.ink_height(self.tabText(index)) + space + 2 * abs(shift)
        if wanted > hint.height():
            hint.setHeight(wanted)
        return hint
