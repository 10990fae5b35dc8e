"""Named versions of a meeting kept inside its session file ("sent to the Bureau", "Rev.1").

A version is a row of the ``snapshot`` table (schema version 4): its name, when it was made, and
the meeting as it was then, stored as a complete session database of its own (what
:func:`~agenda_editor.storage.codec.write_meeting` writes), compressed with zlib. Why a database
and not rows beside the meeting's or a JSON text: the codec that writes and checks the meeting is
the one that writes and checks its versions, so everything a meeting holds now or later is kept
without a second format to keep in step, and a version made by an older program carries its own
schema version and is upgraded by the same migrations when it is read.

Versions are read lazily: opening a file reads their names and dates and keeps their bytes as
they are (saving writes them back unchanged); the meeting of a version is read only when it is
compared or restored, through the same checks as a file (:mod:`agenda_editor.storage.untrusted`),
so that a damaged or crafted version is refused with a message and never harms the file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import zlib
from dataclasses import dataclass

from agenda_editor.core.model import Meeting
from agenda_editor.core.problems import Problem
from agenda_editor.storage import untrusted
from agenda_editor.storage.codec import read_meeting, write_meeting
from agenda_editor.storage.errors import SessionContentError

#: How the meeting of a version is encoded (``snapshot.encoding``).
ENCODING = "agenda-session+zlib"

#: At most this many versions in a file; a file with more is refused (damaged or crafted).
MAX_VERSIONS = 200

#: The longest name of a version, in characters.
MAX_NAME_LENGTH = 200

#: The largest meeting of a version once uncompressed, in bytes (a real one is some 100 kB).
MAX_DATABASE_BYTES = 64 * 1024 * 1024

#: All versions of a file together, compressed, in bytes.
MAX_TOTAL_BYTES = 256 * 1024 * 1024


class VersionError(ValueError):
    """A version that cannot be made or read: ``problem`` says why (``str()`` in English)."""

    def __init__(self, code: str, **params: str | int | Problem) -> None:
        self.problem = Problem(code, params)
        super().__init__(self.problem.english())


@dataclass(frozen=True)
class SavedVersion:
    """A named version: its name, when it was made (UTC) and its meeting, encoded."""

    name: str
    created: dt.datetime
    data: bytes

    def meeting(self) -> Meeting:
        """The meeting as it was (:class:`VersionError` if the version is damaged)."""
        return read_version(self.data)


def check_name(name: str) -> Problem | None:
    """Why ``name`` cannot name a version, or ``None``."""
    if not name.strip():
        return Problem("version-no-name")
    if len(name) > MAX_NAME_LENGTH:
        return Problem("version-long-name", {"limit": str(MAX_NAME_LENGTH)})
    if any(ord(char) < 32 for char in name):
        return Problem("version-name-lines")
    return None


def make_version(meeting: Meeting, name: str, created: dt.datetime | None = None) -> SavedVersion:
    """A version of ``meeting`` as it is now (:class:`VersionError` for a bad name)."""
    problem = check_name(name)
    if problem:
        raise VersionError(problem.code, **problem.params)
    conn = sqlite3.connect(":memory:")
    try:
        write_meeting(conn, meeting)
        conn.commit()
        conn.execute("VACUUM")
        data = zlib.compress(conn.serialize(), 6)
    finally:
        conn.close()
    if len(data) > untrusted.MAX_VALUE_BYTES:
        raise VersionError(
            "version-too-large",
            size=str(len(data) // 1_000_000),
            limit=str(untrusted.MAX_VALUE_BYTES // 1_000_000),
        )
    when = created or dt.datetime.now(dt.UTC)
    return SavedVersion(name.strip(), when.astimezone(dt.UTC), data)


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        result = inflater.decompress(data, MAX_DATABASE_BYTES)
    except zlib.error as error:
        raise VersionError("version-not-zlib", detail=str(error)) from error
    if inflater.unconsumed_tail:
        raise VersionError("version-inflates", limit=str(MAX_DATABASE_BYTES // 1_000_000))
    if not inflater.eof or inflater.unused_data:
        raise VersionError("version-cut-short")
    return result


#: What a version is said to be for each problem that reading it as a session database finds
#: (:mod:`.untrusted`); a ``version-*`` problem is said as it is.
_SAID = {
    "session-empty": "version-no-meeting",
    "session-not-ours": "version-no-meeting",
    "session-truncated": "version-no-meeting",
    "session-other-program": "version-not-ours",
    "session-newer": "version-newer",
    "session-unknown-format": "version-unknown-format",
    "session-foreign": "version-foreign",
    "session-damaged-sqlite": "version-sqlite",
    "session-unreadable": "version-unreadable",
    "session-inconsistent": "version-inconsistent",
    "session-slow": "version-slow",
    "session-damaged": "version-damaged",
    "session-huge-value": "version-huge-value",
}


def _refusal(problem: Problem) -> VersionError:
    return VersionError(_SAID.get(problem.code, problem.code), **problem.params)


def read_version(data: bytes) -> Meeting:
    """The meeting of a version's bytes, checked as a file is (:class:`VersionError`)."""
    database = _inflate(data)
    deadline = untrusted.Deadline(untrusted.READ_TIME_LIMIT)
    conn = sqlite3.connect(":memory:")
    try:
        version = untrusted.header_version(database[: untrusted.HEADER_SIZE], len(database))
        conn.deserialize(database)
        return untrusted.read_checked(conn, version, deadline, _read_alone)
    except untrusted.READ_FAILURES as error:
        raise _refusal(untrusted.failure_problem(deadline, error)) from error
    finally:
        conn.close()


def _read_alone(conn: sqlite3.Connection) -> Meeting:
    """The meeting of a version, which keeps no versions of its own."""
    if conn.execute("SELECT 1 FROM snapshot LIMIT 1").fetchone():
        raise untrusted.Refused(Problem("version-nested"))
    return read_meeting(conn)


# -- in the session file -----------------------------------------------------------------------


def write_versions(conn: sqlite3.Connection, versions: list[SavedVersion]) -> None:
    """Store ``versions`` (oldest first) in the session database on ``conn``."""
    conn.executemany(
        "INSERT INTO snapshot (position, name, created, encoding, meeting) VALUES (?, ?, ?, ?, ?)",
        [
            (n, version.name, version.created.isoformat(), ENCODING, version.data)
            for n, version in enumerate(versions)
        ],
    )


def read_versions(conn: sqlite3.Connection) -> list[SavedVersion]:
    """The versions kept in the session database on ``conn`` (current schema), oldest first.

    Raises :class:`SessionContentError` when there are more than :data:`MAX_VERSIONS`, too many
    bytes of them, or a row that is not a version (the meetings themselves are read later).
    """
    (count,) = conn.execute("SELECT count(*) FROM snapshot").fetchone()
    if count > MAX_VERSIONS:
        raise SessionContentError(
            Problem("stored-versions", {"count": str(count), "limit": str(MAX_VERSIONS)})
        )
    (total,) = conn.execute("SELECT coalesce(sum(length(meeting)), 0) FROM snapshot").fetchone()
    if total > MAX_TOTAL_BYTES:
        size, limit = str(total // 1_000_000), str(MAX_TOTAL_BYTES // 1_000_000)
        raise SessionContentError(Problem("stored-versions-size", {"size": size, "limit": limit}))
    found = []
    rows = conn.execute(
        "SELECT name, created, encoding, meeting FROM snapshot ORDER BY position, rowid"
    )
    for n, (name, created, encoding, data) in enumerate(rows, start=1):
        if not isinstance(name, str) or check_name(name):
            raise SessionContentError(Problem("stored-version-name", {"n": str(n)}))
        named = {"n": str(n), "name": repr(name)}
        if encoding != ENCODING:
            raise SessionContentError(Problem("stored-version-encoding", named))
        if not isinstance(data, bytes):
            raise SessionContentError(Problem("stored-version-empty", named))
        try:
            when = dt.datetime.fromisoformat(str(created))
        except ValueError:
            raise SessionContentError(Problem("stored-version-date", named)) from None
        when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        found.append(SavedVersion(name, when.astimezone(dt.UTC), data))
    return found
