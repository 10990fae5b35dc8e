"""The bundled fonts, registered with Qt so that every script shows on a bare machine.

A machine without Arabic or Chinese fonts would show boxes for the Arabic and Chinese texts of a
meeting and for the Arabic and Chinese interface. ``resources/fonts`` carries Amiri (Arabic) and
Droid Sans Fallback (Chinese); they are added to the application's fonts and appended to the
family list of the application font, so text in the interface font borrows their glyphs where
the system font has none (PySide6 does not expose ``addApplicationFallbackFontFamily``).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from agenda_editor.resources import resource_path

log = logging.getLogger(__name__)

#: Font files of resources/fonts; the first of each family joins the interface's fallbacks.
BUNDLED_FONTS: tuple[str, ...] = ("Amiri-Regular.ttf", "Amiri-Bold.ttf", "DroidSansFallback.ttf")

_registered: dict[str, list[str]] = {}


def register_bundled_fonts() -> dict[str, list[str]]:
    """Add the bundled fonts to Qt (once); returns file name -> the families it provides.

    Needs a QGuiApplication. A missing or unreadable font file is logged and skipped: the
    interface then uses whatever fonts the system has.
    """
    for name in BUNDLED_FONTS:
        if name in _registered:
            continue
        path = resource_path("fonts", name)
        if not path.is_file():
            log.warning("bundled font %s is missing", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        _registered[name] = list(families)
    _add_fallbacks([f for families in _registered.values() for f in families])
    return dict(_registered)


def _add_fallbacks(families: list[str]) -> None:
    """Put ``families`` after the application font's own families (once each)."""
    font = QGuiApplication.font()
    # The resolved family ("DejaVu Sans"), not an alias like "Sans Serif" that a family list
    # would skip, handing Latin text to the first fallback.
    current = [QFontInfo(font).family()]
    wanted = current + [f for f in dict.fromkeys(families) if f not in current]
    if wanted != current:
        font = QFont(font)
        font.setFamilies(wanted)
        QGuiApplication.setFont(font)
