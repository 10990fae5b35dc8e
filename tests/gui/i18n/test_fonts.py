"""The bundled fonts let the interface show Arabic and Chinese on a machine without them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QImage, QPainter

from agenda_editor.gui.fonts import register_bundled_fonts


def _drawn(text: str) -> QImage:
    """``text`` drawn in the application font."""
    image = QImage(400, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QGuiApplication.font())
    painter.drawText(QRect(QPoint(0, 0), image.size()), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    """How many pixels are dark."""
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 128
    )


def test_bundled_families_are_registered_and_follow_the_interface_font(qapp) -> None:
    families = {f for names in register_bundled_fonts().values() for f in names}
    assert {"Amiri", "Droid Sans Fallback"} <= families
    assert families <= set(QFontDatabase.families())
    assert {"Amiri", "Droid Sans Fallback"} <= set(QGuiApplication.font().families())
    register_bundled_fonts()  # a second call adds nothing twice
    assert QGuiApplication.font().families().count("Amiri") == 1


def test_chinese_and_arabic_draw_real_glyphs(qapp) -> None:
    register_bundled_fonts()
    # A missing glyph draws the same empty box for every character: two different texts of the
    # same length would then look the same.
    assert _drawn("议程项目") != _drawn("临时议程")
    assert _drawn("البند") != _drawn("الدورة")
    assert _ink(_drawn("议程")) > 0 and _ink(_drawn("البند")) > 0
