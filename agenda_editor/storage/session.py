"""Session files: opening them without ever changing them, and saving them atomically.

:func:`load` reads a ``.agenda`` file through a read-only connection, checks that it is ours,
complete and of a version we know, copies it into memory (where an older schema is upgraded) and
reads the meeting. :func:`save` writes a complete new database beside the target, makes it
durable and puts it in place with one ``os.replace``: the file on disk is always the whole old or
the whole new meeting. With the :class:`Fingerprint` returned by :func:`load` (or by the previous
:func:`save`), :func:`save` refuses to overwrite a file that someone else changed meanwhile.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from agenda_editor.atomic import replacing
from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.core.pauses import without_collections
from agenda_editor.core.problems import Problem
from agenda_editor.storage import migrations, untrusted
from agenda_editor.storage.codec import check_storable, read_meeting, write_meeting
from agenda_editor.storage.errors import (
    ExternalChangeError,
    MeetingNotStorableError,
    SessionFileError,
)
from agenda_editor.storage.incremental import LastSave
from agenda_editor.storage.versions import SavedVersion, read_versions, write_versions

__all__ = [
    "EXTENSION",
    "ExternalChangeError",
    "Fingerprint",
    "LoadedSession",
    "SessionFileError",
    "SessionWriter",
    "fingerprint",
    "load",
    "read_meeting",
    "replace_versions",
    "save",
    "write_meeting",
]

#: The extension of session files.
EXTENSION = ".agenda"

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass
class LoadedSession:
    """A meeting read from a file, with the file's fingerprint for a later :func:`save`."""

    meeting: Meeting
    fingerprint: Fingerprint
    path: Path
    #: The schema version of the file on disk; older than the current one until it is saved.
    file_version: int
    #: The named versions kept in the file, oldest first (``storage/versions.py``).
    versions: list[SavedVersion] = field(default_factory=list)


def fingerprint(path: Path | str) -> Fingerprint:
    """Size, modification time and SHA-256 of the file (``OSError`` when it cannot be read)."""
    return _read_fingerprint(Path(path))[0]


def _still(path: Path, expected: Fingerprint) -> None:
    """Raise :class:`ExternalChangeError` unless the file at ``path`` still matches ``expected``."""
    try:
        current = fingerprint(path)
    except FileNotFoundError:
        raise ExternalChangeError(path, "session-moved") from None
    if current != expected:
        raise ExternalChangeError(path)


def _read_fingerprint(path: Path) -> tuple[Fingerprint, bytes]:
    """The fingerprint and the first bytes (the SQLite header) of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        info = os.fstat(stream.fileno())
        header = stream.read(untrusted.HEADER_SIZE)
        digest.update(header)
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest()), header


def _open_problem(path: Path, error: OSError) -> SessionFileError:
    if not path.exists():
        return SessionFileError(path, "session-missing")
    if path.is_dir():
        return SessionFileError(path, "session-folder")
    if isinstance(error, PermissionError):
        return SessionFileError(path, "session-permission")
    return SessionFileError(path, "session-unreadable", detail=error.strerror or error)


def load(path: Path | str) -> LoadedSession:
    """Read the session file at ``path``; the file is never modified.

    Raises :class:`SessionFileError` (whose message names the file and the problem) when it is
    missing, unreadable, not a session file, truncated or damaged, from a newer version of the
    program, or when its content does not fit together.
    """
    path = Path(path)
    for _attempt in range(3):
        try:
            before, header = _read_fingerprint(path)
        except OSError as error:
            raise _open_problem(path, error) from error
        version = _check_header(path, header, before.size)
        with without_collections():
            meeting, versions = _read_database(path, version)
        try:
            after = fingerprint(path)
        except OSError as error:
            raise _open_problem(path, error) from error
        if after == before:
            return LoadedSession(meeting, before, path, version, versions)
    raise SessionFileError(path, "session-unsteady")


def _check_header(path: Path, header: bytes, size: int) -> int:
    """Check the SQLite header of a file; returns its schema version."""
    try:
        return untrusted.header_version(header, size)
    except untrusted.Refused as refused:
        raise SessionFileError(path, refused.problem.code, **refused.problem.params) from None


def _read_database(path: Path, version: int) -> tuple[Meeting, list[SavedVersion]]:
    """Check the schema, copy the database into memory, upgrade and read it.

    Runs no SQL that the file holds and never writes beside it (see :mod:`.untrusted`); every
    failure is a :class:`SessionFileError`.
    """
    _refuse_journals(path)
    deadline = untrusted.Deadline(untrusted.READ_TIME_LIMIT)
    try:
        return _read_guarded(path, version, deadline)
    except untrusted.READ_FAILURES as error:
        problem = untrusted.failure_problem(deadline, error)
        raise SessionFileError(path, problem.code, **problem.params) from error


def _refuse_journals(path: Path) -> None:
    """Refuse a file beside which a journal holds changes another program never finished."""
    journals = untrusted.leftover_journals(path)
    if journals:
        names = ", ".join(f"“{journal.name}”" for journal in journals)
        raise SessionFileError(path, "session-journal", journals=names)


def _read_guarded(
    path: Path, version: int, deadline: untrusted.Deadline
) -> tuple[Meeting, list[SavedVersion]]:
    memory = sqlite3.connect(":memory:")
    try:
        try:
            source = untrusted.open_read_only(path)
        except sqlite3.Error as error:
            problem = Problem("session-cannot-open", {"detail": str(error)})
            raise untrusted.Refused(problem) from error
        try:
            return untrusted.read_checked(
                source,
                version,
                deadline,
                lambda conn: (read_meeting(conn), read_versions(conn)),
                into=memory,
            )
        finally:
            source.close()
    finally:
        memory.close()


def save(
    meeting: Meeting,
    path: Path | str,
    expected: Fingerprint | None = None,
    *,
    force: bool = False,
    versions: list[SavedVersion] | None = None,
) -> Fingerprint:
    """Write ``meeting`` (and its named ``versions``, oldest first) to ``path`` atomically;
    returns the new file's fingerprint.

    With ``expected`` (the fingerprint from :func:`load` or the previous save), raises
    :class:`ExternalChangeError` and writes nothing when the file on disk no longer matches it;
    ``force=True`` overwrites anyway. Other failures raise :class:`SessionFileError`; in every
    failure the file on disk is left as it was. :class:`SessionWriter` saves the same, faster
    when it saves the same meeting again.
    """
    path = Path(path)
    _check_before_save(meeting, path, expected, force)
    return write_database_file(
        path, lambda conn: write_session(conn, meeting, versions or [], checked=True)
    )


class SessionWriter:
    """Saves one meeting again and again, as :func:`save` does, writing to SQLite only the
    rows that changed since its last save (``storage/incremental.py``).

    Each save still writes a whole new file and renames it into place; only the database in
    memory it is copied from is kept between saves (some megabytes for a large meeting).
    """

    def __init__(self, copies: bool = False) -> None:
        """``copies``: the meetings it saves are read-only copies of one meeting, taken one
        after another by a :class:`~agenda_editor.core.copies.MeetingCopier` (the recovery
        copies): an item that is the same object as in the copy saved before has the same
        texts, which are then neither checked nor compared again."""
        self._last: LastSave | None = None
        self._copies = copies

    def save(
        self,
        meeting: Meeting,
        path: Path | str,
        expected: Fingerprint | None = None,
        *,
        force: bool = False,
        versions: list[SavedVersion] | None = None,
        extra: Callable[[sqlite3.Connection], None] | None = None,
    ) -> Fingerprint:
        """Save as :func:`save` does (same arguments, same errors). ``extra`` writes further
        rows of the caller's own into the database before it is put in place (the recovery
        folder's note of what a copy is); it is kept between saves, so ``extra`` replaces
        what it wrote the last time."""
        path = Path(path)
        last, self._last = self._last, None
        unchanged = None
        if self._copies and last is not None:
            written = last.written.get

            def unchanged(item: AgendaItem) -> bool:
                return written(item.id) is item

        try:
            _check_before_save(meeting, path, expected, force, unchanged)
            if path.is_dir():
                raise SessionFileError(path, "session-save-folder")
        except BaseException:
            self._last = last  # nothing written: the next save goes on from it
            raise
        with _save_failures(path):
            try:
                if last is None:
                    last = LastSave(meeting, versions or [])
                else:
                    last.update(meeting, versions or [], unchanged)
                if extra is not None:
                    extra(last.conn)
                    last.conn.commit()
            except BaseException:
                if last is not None:
                    last.close()  # half changed: the next save starts from scratch
                raise
            self._last = last
            return _put_in_place(path, last.conn)

    def forget(self) -> None:
        """Drop the database of the last save (the next save writes every row)."""
        if self._last is not None:
            self._last.close()
            self._last = None


def _check_before_save(
    meeting: Meeting,
    path: Path,
    expected: Fingerprint | None,
    force: bool,
    checked: Callable[[AgendaItem], bool] | None = None,
) -> None:
    """What :func:`save` checks before writing anything (``checked``: see check_storable)."""
    try:
        check_storable(meeting, checked)
    except MeetingNotStorableError as error:
        raise SessionFileError(path, "session-not-saved", detail=error) from error
    if expected is not None and not force:
        try:
            current: Fingerprint | None = fingerprint(path)
        except FileNotFoundError:
            current = None
        except OSError as error:
            raise _open_problem(path, error) from error
        if current is None:
            raise ExternalChangeError(path, "session-moved")
        if current != expected:
            raise ExternalChangeError(path)


def replace_versions(
    path: Path | str, expected: Fingerprint | None, versions: list[SavedVersion]
) -> Fingerprint:
    """Rewrite the file at ``path`` with other named ``versions`` and the meeting it holds on
    disk (unsaved changes in the window stay unsaved); returns the new fingerprint.

    Only the versions table is written again: the file is read once, checked as :func:`load`
    checks it (header, journals, schema, damage), and its copy with the new versions goes in
    place as :func:`save` puts a file (temporary file, flushed, one ``os.replace``), so a
    process killed meanwhile leaves the old file or the new one. A file of an older format is
    upgraded by a full save of the meeting it holds instead.

    Raises :class:`ExternalChangeError` when the file no longer matches ``expected``, and
    :class:`SessionFileError` when it cannot be read or written.
    """
    path = Path(path)
    try:
        current, data = _read_whole(path)
    except OSError as error:
        raise _open_problem(path, error) from error
    if expected is not None and current != expected:
        raise ExternalChangeError(path)
    version = _check_header(path, data[: untrusted.HEADER_SIZE], len(data))
    if version != migrations.MIGRATIONS.latest:
        loaded = load(path)
        if loaded.fingerprint != current:
            raise ExternalChangeError(path)
        return save(loaded.meeting, path, loaded.fingerprint, versions=versions)
    _refuse_journals(path)
    deadline = untrusted.Deadline(untrusted.READ_TIME_LIMIT)

    def rewrite(conn: sqlite3.Connection) -> None:
        try:
            untrusted.harden(conn, deadline)
            problem = untrusted.check(conn, version)
            if problem:
                raise untrusted.Refused(problem)
        except untrusted.READ_FAILURES as error:
            problem = untrusted.failure_problem(deadline, error)
            raise SessionFileError(path, problem.code, **problem.params) from error
        conn.set_progress_handler(None, 0)  # checked: what follows is our own SQL
        conn.execute("DELETE FROM snapshot")
        write_versions(conn, versions)
        conn.commit()
        conn.execute("VACUUM")  # the space of the versions deleted is given back

    return write_database_file(path, rewrite, start=data, unchanged=current)


def _read_whole(path: Path) -> tuple[Fingerprint, bytes]:
    """The fingerprint and the content of a file, read once."""
    with path.open("rb") as stream:
        info = os.fstat(stream.fileno())
        data = stream.read()
    digest = hashlib.sha256(data).hexdigest()
    return Fingerprint(info.st_size, info.st_mtime_ns, digest), data


def write_session(
    conn: sqlite3.Connection,
    meeting: Meeting,
    versions: list[SavedVersion],
    *,
    checked: bool = False,
) -> None:
    """Store ``meeting`` and its named ``versions`` in the empty database on ``conn``;
    ``checked``: the caller has just run :func:`check_storable` on the meeting."""
    write_meeting(conn, meeting, checked=checked)
    write_versions(conn, versions)


def write_database_file(
    path: Path,
    build: Callable[[sqlite3.Connection], None],
    *,
    start: bytes | None = None,
    unchanged: Fingerprint | None = None,
) -> Fingerprint:
    """Build a database in memory with ``build`` (from the database ``start`` if given, else
    empty) and put it at ``path`` atomically and durably.

    The database goes to a temporary file in the same folder, which is flushed to disk and then
    renamed over ``path``; the folder is flushed too. With ``unchanged``, the file at ``path``
    must still have that fingerprint just before it is replaced (:class:`ExternalChangeError`).
    On failure the temporary file is removed and ``path`` is untouched; the error is a
    :class:`SessionFileError`.
    """
    if path.is_dir():
        raise SessionFileError(path, "session-save-folder")
    memory = sqlite3.connect(":memory:")
    try:
        with _save_failures(path):
            if start is not None:
                memory.deserialize(start)
            build(memory)
            memory.commit()
            return _put_in_place(path, memory, unchanged)
    finally:
        memory.close()


def _put_in_place(
    path: Path, memory: sqlite3.Connection, unchanged: Fingerprint | None = None
) -> Fingerprint:
    """Copy the database ``memory`` to a new file and rename it over ``path``."""
    with replacing(path) as temporary:
        target = sqlite3.connect(temporary)
        try:
            memory.backup(target)
        finally:
            target.close()
        result = fingerprint(temporary)
        if unchanged is not None:
            _still(path, unchanged)
    return result


@contextlib.contextmanager
def _save_failures(path: Path) -> Iterator[None]:
    """Turn what can go wrong while writing ``path`` into a :class:`SessionFileError`."""
    try:
        yield
    except OSError as error:
        if isinstance(error, PermissionError):
            raise SessionFileError(path, "session-save-permission") from error
        raise SessionFileError(
            path, "session-save-failed", detail=error.strerror or error
        ) from error
    except sqlite3.Error as error:
        raise SessionFileError(path, "session-save-sqlite", detail=error) from error
    except (MeetingNotStorableError, UnicodeError) as error:
        raise SessionFileError(path, "session-not-saved", detail=error) from error
