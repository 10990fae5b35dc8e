"""The user's folders (from platformdirs) and preferences (a JSON file in the config folder).

Tests and portable installs pass a ``root`` to :class:`AppDirs` so that nothing is written to the
real user folders. A settings file that cannot be understood is moved aside to
``settings.json.bad`` and defaults are used: a broken preferences file never stops the program.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from agenda_editor.atomic import replacing
from agenda_editor.core.model import PageSize

APP_NAME = "agenda-editor"

#: How many recently opened files are remembered.
MAX_RECENT = 10

#: The value of the ``format`` key of the settings file.
SETTINGS_FORMAT = "agenda-editor-settings/1"


class AppDirs:
    """Where the program keeps configuration, data and state (recovery files, logs)."""

    def __init__(self, root: Path | None = None) -> None:
        if root is None:
            self.config = platformdirs.user_config_path(APP_NAME, appauthor=False)
            self.data = platformdirs.user_data_path(APP_NAME, appauthor=False)
            self.state = platformdirs.user_state_path(APP_NAME, appauthor=False)
        else:
            root = Path(root)
            self.config, self.data, self.state = root / "config", root / "data", root / "state"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def recovery(self) -> Path:
        """The folder of :class:`agenda_editor.storage.recovery.RecoveryStore`."""
        return self.state / "recovery"


class SettingsError(Exception):
    """Settings that could not be saved; the message names the file and the reason."""


def _same_path(first: Path, second: Path) -> bool:
    return os.path.normcase(first) == os.path.normcase(second)


@dataclass
class Settings:
    """The user's preferences."""

    #: The interface language (a language code), ``None`` for the system's language.
    ui_language: str | None = None
    #: The session open when the program last closed (``None`` if that file no longer exists).
    last_session: Path | None = None
    #: ``QWidget.saveGeometry()`` of the main window.
    window_geometry: bytes | None = None
    #: The page size of new meetings.
    page_size: PageSize = PageSize.A4
    #: Recently opened session files, most recent first (files that no longer exist are dropped
    #: when the settings are read).
    recent_files: list[Path] = field(default_factory=list)
    #: Why the stored settings were not (all) used, for the program to tell the user; else None.
    problem: str | None = field(default=None, compare=False)

    def add_recent(self, path: Path | str) -> None:
        """Put ``path`` first in the recent files (once), keeping at most :data:`MAX_RECENT`."""
        path = Path(path).absolute()
        others = [p for p in self.recent_files if not _same_path(p, path)]
        self.recent_files = [path, *others][:MAX_RECENT]

    def remove_recent(self, path: Path | str) -> None:
        path = Path(path).absolute()
        self.recent_files = [p for p in self.recent_files if not _same_path(p, path)]

    def to_json(self) -> dict[str, Any]:
        geometry = self.window_geometry
        return {
            "format": SETTINGS_FORMAT,
            "ui_language": self.ui_language,
            "last_session": None if self.last_session is None else str(self.last_session),
            "window_geometry": None if geometry is None else base64.b64encode(geometry).decode(),
            "page_size": self.page_size.value,
            "recent_files": [str(path) for path in self.recent_files],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Settings from parsed JSON; values of the wrong kind are replaced by defaults."""
        settings = cls()
        ignored = []
        language = data.get("ui_language")
        if isinstance(language, str) and language:
            settings.ui_language = language
        elif language is not None:
            ignored.append("ui_language")
        last = data.get("last_session")
        if isinstance(last, str) and last:
            settings.last_session = Path(last) if Path(last).is_file() else None
        elif last is not None:
            ignored.append("last_session")
        geometry = data.get("window_geometry")
        if isinstance(geometry, str):
            try:
                settings.window_geometry = base64.b64decode(geometry, validate=True)
            except (binascii.Error, ValueError):
                ignored.append("window_geometry")
        elif geometry is not None:
            ignored.append("window_geometry")
        try:
            settings.page_size = PageSize(data.get("page_size", PageSize.A4.value))
        except ValueError:
            ignored.append("page_size")
        recent = data.get("recent_files", [])
        if not isinstance(recent, list):
            ignored.append("recent_files")
            recent = []
        for entry in reversed(recent):
            if isinstance(entry, str) and entry and Path(entry).is_file():
                settings.add_recent(entry)
        if ignored:
            settings.problem = "some settings were not understood and were reset: " + ", ".join(
                ignored
            )
        return settings

    @classmethod
    def load(cls, dirs: AppDirs) -> Settings:
        """The saved settings, or defaults (with :attr:`problem` set when the file was bad)."""
        path = dirs.settings_file
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as error:
            if isinstance(error, UnicodeDecodeError):
                return _set_aside(path, "it is not text")
            defaults = cls()
            defaults.problem = f'the settings file "{path}" cannot be read ({error}); '
            defaults.problem += "default settings are used"
            return defaults
        try:
            data = json.loads(text)
        except ValueError as error:
            return _set_aside(path, f"it is not valid JSON: {error}")
        if not isinstance(data, dict):
            return _set_aside(path, "it does not hold a settings object")
        if data.get("format") != SETTINGS_FORMAT:
            return _set_aside(path, f"its format is {data.get('format')!r}")
        return cls.from_json(data)

    def save(self, dirs: AppDirs) -> None:
        """Write the settings atomically; :class:`SettingsError` when that is impossible."""
        path = dirs.settings_file
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(self.to_json(), indent=2, ensure_ascii=False)
            with replacing(path) as temporary:
                temporary.write_text(text, encoding="utf-8")
        except OSError as error:
            reason = error.strerror or str(error)
            raise SettingsError(f'the settings could not be saved to "{path}": {reason}') from error


def _set_aside(path: Path, reason: str) -> Settings:
    """Move a bad settings file to ``settings.json.bad`` and return defaults that say so."""
    bad = path.with_name(path.name + ".bad")
    defaults = Settings()
    try:
        os.replace(path, bad)
        moved = f'it was moved to "{bad}"'
    except OSError:
        moved = "it could not be moved aside"
    defaults.problem = (
        f'the settings file "{path}" was not understood ({reason}); {moved} and default '
        "settings are used"
    )
    return defaults
