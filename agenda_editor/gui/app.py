"""Starting the desktop application: the QApplication, the window, and what to open first."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from agenda_editor import APP_NAME, __version__, interchange, single_instance
from agenda_editor.gui.dialogs.recovery import offer_recovery
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.files import AppFolders
from agenda_editor.gui.icons import application_icon
from agenda_editor.gui.main_window import MainWindow
from agenda_editor.resources import sample_path

log = logging.getLogger(__name__)

ORGANIZATION = "Agenda Editor"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication, created with the application's name and icon if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.agendaeditor.AgendaEditor")
    window_icon = application_icon()
    if not window_icon.isNull():
        app.setWindowIcon(window_icon)
    return app


def open_sample(window: MainWindow) -> bool:
    """Show the bundled sample meeting as an untitled document (Save asks for a name)."""
    path = sample_path()
    try:
        meeting = interchange.load_json(path)
    except (OSError, interchange.InterchangeError) as error:
        log.warning("the sample meeting cannot be read: %s", error)
        return False
    document = MeetingDocument(meeting)
    # Named as what it is, so that nobody takes it for a meeting of their own.
    document.display_name = QCoreApplication.translate("App", "Sample Meeting")
    window.files.adopt(document)
    window.show_status(
        QCoreApplication.translate(
            "App", "This is the sample meeting: try anything, then File > New starts your own"
        )
    )
    return True


def build_window(
    path: Path | None = None, folders: AppFolders | None = None, *, recover: bool = True
) -> MainWindow:
    """The main window with ``path`` open, else what was recovered, the last file, or the
    sample meeting."""
    folders = folders or AppFolders()
    window = MainWindow(folders)
    if path is not None:
        window.files.open_path(Path(path), ask=False, offer_recovery=recover)
        return window
    offered = recover and bool(window.files.recovery.entries())
    if offered and offer_recovery(window):
        return window
    last = folders.last_session()
    if last is not None and window.files.open_path(
        last, ask=False, offer_recovery=recover and not offered
    ):
        return window
    open_sample(window)
    return window


def run(
    path: Path | None = None, argv: Sequence[str] | None = None, home: Path | None = None
) -> int:
    """Start the application; returns its exit code (the command line calls it).

    ``home`` (or the ``AGENDA_EDITOR_HOME`` environment variable) puts the settings, recent
    files and recovery data in that folder instead of the user's own.
    """
    app = application(argv)
    try:
        folders = AppFolders(home)
    except Exception as error:  # never a traceback in the user's face
        log.exception("the settings could not be read")
        return _could_not_start(error)
    # One running copy per settings folder (and display): another profile keeps its own.
    instance = _single_instance([str(path)] if path else [], folders.dirs.config)
    if instance is False:
        return 0  # a running copy took the file
    try:
        _interface_language(folders)
        window = build_window(path, folders)
    except Exception as error:  # never a traceback in the user's face
        log.exception("the window could not be opened")
        return _could_not_start(error)
    if instance is not None:
        instance.files_received.connect(window.open_files)
    opener = FileOpenFilter(window, app)
    app.installEventFilter(opener)
    window.show()
    return app.exec()


class FileOpenFilter(QObject):
    """Opens files the desktop hands over as events (macOS Finder double-click, Dock drop)."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self.window.open_files([path])
                return True
        return super().eventFilter(watched, event)


def _could_not_start(error: Exception) -> int:
    """Say why the application cannot start (never a traceback); the exit status."""
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate("App", "{0} could not start: {1}").format(APP_NAME, error),
    )
    return 1


def _interface_language(folders: AppFolders) -> None:
    """Show the interface in the language chosen in Preferences (or the system's)."""
    from agenda_editor.gui.language import setup_interface_language

    manager = setup_interface_language(folders.settings.ui_language)
    if manager.problem:
        log.warning("interface language: %s", manager.problem)


def _single_instance(
    paths: list[str], settings_folder: Path
) -> single_instance.SingleInstance | Literal[False]:
    """The listening single-instance guard; ``False`` when a running copy took ``paths``."""
    instance = single_instance.SingleInstance(
        single_instance.APP_ID, settings_folder=settings_folder
    )
    if instance.try_forward(paths):
        return False
    instance.listen()
    return instance
