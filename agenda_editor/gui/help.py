"""Help: the user guide shipped with the application (F1) and the About box, which says where
the meeting's file, the settings and the recovery data live.

The guide is local HTML in ``resources/help/guide-<lang>.html``, in the interface language (the
default locale's, which the language manager sets) in each of the six languages, and in English
where a language has no guide; it opens in a plain text browser, never on the
network.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agenda_editor import APP_NAME, __version__
from agenda_editor.gui.finding_texts import interface_language
from agenda_editor.resources import resource_path

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import HelpWindow


def guide_path(lang: str) -> Path:
    """The user guide in ``lang``, or the English one where it has no translation."""
    folder = resource_path("help")
    translated = folder / f"guide-{lang}.html"
    return translated if translated.is_file() else folder / "guide-en.html"


class GuideWindow(QDialog):
    """The user guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # local pages only
        self.browser.setOpenLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.load()

    def load(self) -> None:
        path = guide_path(interface_language())
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.setWindowTitle(self.browser.documentTitle() or self.tr("User Guide"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.load()
        super().changeEvent(event)


def _place(label: str, path: Path | None, missing: str) -> str:
    # A path reads left to right in an Arabic interface too (isolated, its slashes stay put).
    shown = f"\u2066{html.escape(str(path))}\u2069" if path is not None else ""
    where = f"<tt>{shown}</tt>" if path is not None else html.escape(missing)
    return f"<tr><td>{html.escape(label)}</td><td>{where}</td></tr>"


class Help(QObject):
    """The Help menu's User Guide (F1) and About actions."""

    def __init__(self, window: HelpWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.guide: GuideWindow | None = None
        self.guide_action = QAction(window.window())
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        window.addAction(self.guide_action)
        self.retranslate_ui()

    def show_guide(self) -> GuideWindow:
        if self.guide is None:
            self.guide = GuideWindow(self.window.window())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def about_text(self) -> str:
        folders = self.window.folders
        rows = [
            _place(self.tr("This meeting:"), self.window.document.path, self.tr("not saved yet")),
            _place(self.tr("Settings:"), folders.dirs.settings_file, ""),
            _place(self.tr("Window layout:"), folders.dirs.config / "window.ini", ""),
            _place(self.tr("Recovery data:"), folders.recovery_dir, ""),
            _place(self.tr("Words added to the dictionaries:"), folders.dirs.data / "spelling", ""),
            _place(self.tr("User guide:"), guide_path(interface_language()), ""),
        ]
        intro = QCoreApplication.translate(
            "Menus",
            "<h3>{0} {1}</h3><p>Drafts provisional agendas and annotations of "
            "intergovernmental meetings in the six official languages of the United "
            "Nations.</p>",
        ).format(APP_NAME, __version__)
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = "rtl" if rtl else "ltr"
        return f"{intro}<table dir='{direction}' cellspacing='4'>{''.join(rows)}</table>"

    def show_about(self) -> None:
        QMessageBox.about(
            self.window.window(),
            QCoreApplication.translate("Menus", "About {0}").format(APP_NAME),
            self.about_text(),
        )

    def retranslate_ui(self) -> None:
        self.guide_action.setText(self.tr("&User Guide"))
        self.guide_action.setStatusTip(
            self.tr("A short guide to drafting with {0}").format(APP_NAME)
        )
