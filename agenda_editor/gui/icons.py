"""Icons of the window: the desktop theme's where there is one, Qt's built-in ones otherwise."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from agenda_editor.resources import resource_path

_SP = QStyle.StandardPixmap

#: Our name -> (freedesktop theme name, what to use when the theme has none: a Qt standard
#: pixmap, or a file of ``resources/icons``). ``None``: no built-in icon fits; without a theme
#: icon the toolbar shows the action's text.
_ICONS: dict[str, tuple[str, QStyle.StandardPixmap | str | None]] = {
    "new": ("document-new", _SP.SP_FileIcon),
    "open": ("document-open", _SP.SP_DialogOpenButton),
    "save": ("document-save", _SP.SP_DialogSaveButton),
    "save-as": ("document-save-as", _SP.SP_DialogSaveButton),
    "revert": ("document-revert", _SP.SP_BrowserReload),
    "export": ("document-export", None),
    "close": ("document-close", _SP.SP_DialogCloseButton),
    "quit": ("application-exit", _SP.SP_TitleBarCloseButton),
    # Qt's own arrows for these read as Previous and Next: our hooked arrows instead.
    "undo": ("edit-undo", "edit-undo.svg"),
    "redo": ("edit-redo", "edit-redo.svg"),
    "about": ("help-about", _SP.SP_MessageBoxInformation),
    "error": ("dialog-error", _SP.SP_MessageBoxCritical),
    "warning": ("dialog-warning", _SP.SP_MessageBoxWarning),
    "info": ("dialog-information", _SP.SP_MessageBoxInformation),
}


def icon(name: str) -> QIcon:
    """The icon called ``name`` in :data:`_ICONS` (an empty icon for an unknown name)."""
    entry = _ICONS.get(name)
    if entry is None:
        return QIcon()
    theme_name, fallback = entry
    themed = QIcon.fromTheme(theme_name)
    if not themed.isNull() or fallback is None:
        return themed
    if isinstance(fallback, str):
        return QIcon(str(resource_path("icons") / fallback))
    return QApplication.style().standardIcon(fallback)


def application_icon() -> QIcon:
    """The application's own icon from ``resources/icons`` (empty when none is bundled)."""
    folder = resource_path("icons")
    result = QIcon()
    for pattern in ("agenda-editor*.png", "agenda-editor*.svg", "app*.png", "app*.svg"):
        for path in sorted(folder.glob(pattern)):
            result.addFile(str(path))
    return result
