"""The user's folders and preferences, injectable so that tests and screenshots use their own."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from agenda_editor.storage.settings import AppDirs, Settings, SettingsError

log = logging.getLogger(__name__)

#: Environment variable that moves every user folder (settings, recovery...) under one root.
HOME_ENV = "AGENDA_EDITOR_HOME"


class AppFolders:
    """The user's folders (:class:`AppDirs`) and preferences (:class:`Settings`), injected.

    ``root`` (or the ``AGENDA_EDITOR_HOME`` environment variable) replaces the platform's
    folders, for tests, screenshots and portable use.
    """

    def __init__(self, root: Path | None = None) -> None:
        if root is None and os.environ.get(HOME_ENV):
            root = Path(os.environ[HOME_ENV])
        self.root = root
        self.dirs = AppDirs(root)
        self.settings = Settings.load(self.dirs)
        if self.settings.problem:
            log.warning("%s", self.settings.problem)

    @property
    def recovery_dir(self) -> Path:
        return self.dirs.recovery

    def save_settings(self) -> None:
        try:
            self.settings.save(self.dirs)
        except SettingsError as error:
            log.warning("%s", error)

    def window_settings(self) -> QSettings:
        """Dock and splitter layout of the window, in an INI file beside the settings."""
        self.dirs.config.mkdir(parents=True, exist_ok=True)
        return QSettings(str(self.dirs.config / "window.ini"), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        return list(self.settings.recent_files)

    def add_recent(self, path: Path) -> None:
        """Remember ``path`` first in Open Recent and as the session to reopen next time."""
        self.settings.add_recent(path)
        self.settings.last_session = Path(path).absolute()
        self.save_settings()

    def remove_recent(self, path: Path) -> None:
        self.settings.remove_recent(path)
        self.save_settings()

    def last_session(self) -> Path | None:
        """The session to reopen at start, if it still exists."""
        last = self.settings.last_session
        return last if last is not None and last.is_file() else None
