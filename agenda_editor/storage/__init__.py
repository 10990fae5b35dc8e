"""The session file (one meeting = one SQLite ``.agenda`` file), locks, recovery and settings.

``session`` opens and saves session files, ``locks`` marks a file as open, ``recovery`` keeps
unsaved work for after a crash, ``settings`` holds the user's preferences and recent files.
"""

from __future__ import annotations

from agenda_editor.storage.errors import ExternalChangeError, SessionFileError
from agenda_editor.storage.session import (
    EXTENSION,
    Fingerprint,
    LoadedSession,
    load,
    read_meeting,
    save,
    write_meeting,
)

__all__ = [
    "EXTENSION",
    "ExternalChangeError",
    "Fingerprint",
    "LoadedSession",
    "SessionFileError",
    "load",
    "read_meeting",
    "save",
    "write_meeting",
]
