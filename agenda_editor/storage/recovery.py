"""Unsaved work kept aside every few seconds, so that it can be offered back after a crash.

Each open meeting has a key; :meth:`RecoveryStore.write` saves it as a session file
``<key>.agenda`` in the recovery folder (atomically, like a normal save) with one extra table,
``recovery``, that says which file it belongs to and when it was written. After a normal save or
close the GUI calls :meth:`RecoveryStore.discard`; whatever is left at the next start is offered.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from agenda_editor.atomic import remove_leftovers
from agenda_editor.core.model import Meeting
from agenda_editor.storage.schema import APPLICATION_ID, database
from agenda_editor.storage.session import EXTENSION, LoadedSession, SessionWriter, load
from agenda_editor.storage.versions import SavedVersion

_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class RecoveryEntry:
    """Unsaved work found in the recovery folder."""

    key: str
    #: The session file the work belongs to (``None`` for a meeting that was never saved).
    original_path: Path | None
    saved_at: dt.datetime
    path: Path

    def load_meeting(self) -> Meeting:
        """The kept meeting (raises :class:`SessionFileError` if the entry is damaged)."""
        return load(self.path).meeting

    def load(self) -> LoadedSession:
        """The kept meeting with the named versions of its file (:class:`SessionFileError`)."""
        return load(self.path)


class RecoveryStore:
    """The recovery folder (created when first written to)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def new_key() -> str:
        """A fresh key for a newly opened meeting."""
        return uuid.uuid4().hex

    def path_for(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"a recovery key is 1-64 letters, digits, '-' or '_', not {key!r}")
        return self.folder / f"{key}{EXTENSION}"

    def write(
        self,
        key: str,
        meeting: Meeting,
        original_path: Path | None = None,
        versions: list[SavedVersion] | None = None,
        writer: SessionWriter | None = None,
    ) -> Path:
        """Keep ``meeting`` (with the named ``versions`` of its file) under ``key``, replacing
        what was kept before, in one rename.

        ``writer``: the one that wrote the previous copies of this window (a
        ``SessionWriter(copies=True)`` when they come from one MeetingCopier), which then writes
        only the rows that changed since (a whole meeting of 3,000 items is some 70 ms of
        work in the background, which the window's thread waits on for the interpreter)."""
        path = self.path_for(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        saved_at = dt.datetime.now(dt.UTC)
        original = None if original_path is None else str(Path(original_path).absolute())

        def note(conn: sqlite3.Connection) -> None:
            table = database(conn).table("recovery")
            if table.exists():
                table.delete_where()
            table.insert({"key": key, "original_path": original, "saved_at": saved_at.isoformat()})

        (writer or SessionWriter(copies=True)).save(meeting, path, versions=versions, extra=note)
        return path

    def entries(self) -> list[RecoveryEntry]:
        """What is kept, most recent first; unreadable entries are left out."""
        if not self.folder.is_dir():
            return []
        self._remove_leftovers()
        found = []
        for path in self.folder.glob(f"*{EXTENSION}"):
            if _KEY.fullmatch(path.stem):
                entry = _read_entry(path)
                if entry is not None:
                    found.append(entry)
        return sorted(found, key=lambda entry: entry.saved_at, reverse=True)

    def entries_for(self, path: Path) -> list[RecoveryEntry]:
        """What is kept for the session file ``path`` and newer than it, most recent first."""
        path = Path(path).absolute()
        try:
            modified = path.stat().st_mtime
        except OSError:
            modified = 0.0
        return [
            entry
            for entry in self.entries()
            if entry.original_path == path and entry.saved_at.timestamp() > modified
        ]

    def discard(self, key: str) -> None:
        """Forget what is kept under ``key`` (nothing happens when there is nothing)."""
        self.path_for(key).unlink(missing_ok=True)

    def _remove_leftovers(self) -> None:
        # Temporaries no live writer holds (a killed write); one being written is kept.
        remove_leftovers(self.folder)


def _read_entry(path: Path) -> RecoveryEntry | None:
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        row = conn.execute("SELECT key, original_path, saved_at FROM recovery").fetchone()
        if row is None:
            return None
        key, original, saved_at = row
        when = dt.datetime.fromisoformat(saved_at)
        return RecoveryEntry(
            key=str(key),
            original_path=None if original is None else Path(original),
            saved_at=when if when.tzinfo else when.replace(tzinfo=dt.UTC),
            path=path,
        )
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()
