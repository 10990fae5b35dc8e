"""Reading a SQLite file that may be damaged or crafted, without running any SQL it contains.

A SQLite database carries SQL of its own: views, triggers, generated columns, expression indexes
and virtual tables run when they are read or written. A crafted ``.agenda`` could hang the
program (an endless recursive view), fill its memory (a view returning a 900 MB blob) or run
functions it should not. So a session file is read only like this:

- nothing is read while a journal (``-wal``, ``-journal``) lies beside it: its changes are neither
  applied nor thrown away, the user is told (:func:`leftover_journals`);
- the file is opened read-only and ``immutable``: SQLite takes no lock, creates no ``-shm`` and
  leaves any file beside it as it is, so reading leaves the folder byte for byte unchanged;
- before any table is read, every object of its schema must be one of ours: a plain table or a
  plain index of a session file (:func:`foreign_object`); views, triggers, virtual tables,
  generated columns, expression or partial indexes and unknown tables are refused;
- every connection involved is hardened (:func:`harden`): ``trusted_schema`` off, SQLite's
  defensive mode where the module offers it, CHECK constraints not evaluated, a limit on the size
  of a single value (:data:`MAX_VALUE_BYTES`), and a :class:`Deadline` that interrupts any
  statement once reading has taken :data:`READ_TIME_LIMIT` seconds.

The named versions kept in a file (``storage/versions.py``) are session databases of their own,
read through the same steps as the file (:func:`header_version`, :func:`read_checked`,
:func:`failure_problem`), with limits of their own on their number and size; each says a
problem in its own words.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from agenda_editor.core.problems import Problem
from agenda_editor.core.validation import MAX_TEXT_LENGTH
from agenda_editor.storage import migrations
from agenda_editor.storage.errors import SessionContentError
from agenda_editor.storage.schema import (
    APPLICATION_ID,
    BASE_VERSION,
    SQLITE_HEADER,
    create_base_schema,
)

#: Reading a session file (checks, copy, upgrade, meeting) is given up after this many seconds.
#: A real meeting reads in a few milliseconds (see ``benchmarks/fuzz_readers.py``).
READ_TIME_LIMIT = 5.0

#: The largest single value (text or blob) SQLite hands over while reading, in bytes: the longest
#: text a meeting may hold, in UTF-8, with room to spare.
MAX_VALUE_BYTES = 4 * MAX_TEXT_LENGTH + 1024

#: Tables a session file may have besides the meeting's: recovery copies (``storage/recovery``)
#: say in ``recovery`` which file they belong to.
EXTRA_TABLES = frozenset({"recovery"})

#: Tables SQLite itself adds (``ANALYZE`` statistics, ``AUTOINCREMENT`` counters); plain data.
SQLITE_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})

#: Journals SQLite leaves beside a database whose writer stopped before finishing.
JOURNAL_SUFFIXES = ("-wal", "-journal")

_OPEN_OPTIONS = "?mode=ro&immutable=1"
_PROGRESS_STEPS = 10_000

#: The size of the SQLite header, in bytes.
HEADER_SIZE = 100

_Read = TypeVar("_Read")


class Refused(Exception):
    """Reading a database stopped: ``problem`` (a ``session-*`` code, no file named) says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def header_version(header: bytes, size: int) -> int:
    """The schema version in ``header`` (the first bytes of a database of ``size`` bytes).

    Raises :class:`Refused` when the database is empty, not SQLite, cut short, another
    program's, or of a schema version this program cannot read.
    """
    if size == 0:
        raise Refused(Problem("session-empty"))
    if not header.startswith(SQLITE_HEADER[: len(header)]) or len(header) < len(SQLITE_HEADER):
        raise Refused(Problem("session-not-ours"))
    if len(header) < HEADER_SIZE:
        raise Refused(Problem("session-truncated"))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise Refused(Problem("session-other-program"))
    version = int.from_bytes(header[60:64], "big")
    latest = migrations.MIGRATIONS.latest
    if version > latest:
        raise Refused(Problem("session-newer", {"version": str(version), "latest": str(latest)}))
    if version < BASE_VERSION:
        raise Refused(Problem("session-unknown-format", {"version": str(version)}))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if page_size < 512 or size % page_size or (counter_valid and size < pages * page_size):
        raise Refused(Problem("session-truncated"))
    return version


def read_checked(
    source: sqlite3.Connection,
    version: int,
    deadline: Deadline,
    read: Callable[[sqlite3.Connection], _Read],
    *,
    into: sqlite3.Connection | None = None,
) -> _Read:
    """Harden and check the database on ``source`` (schema ``version``), copy it ``into`` a
    connection of our own if one is given, upgrade that copy (or ``source``) and ``read`` it.

    Raises :class:`Refused` for a database unfit to read (:func:`check`), that cannot be
    upgraded (``session-unreadable``) or whose content does not fit together
    (``session-inconsistent``); anything else ``read`` or SQLite raise passes through, for
    :func:`failure_problem`.
    """
    harden(source, deadline)
    problem = check(source, version)
    if problem:
        raise Refused(problem)
    conn = source
    if into is not None:
        source.backup(into)
        harden(into, deadline)
        conn = into
    try:
        migrations.MIGRATIONS.upgrade(conn)
    except migrations.MigrationError as error:
        raise Refused(Problem("session-unreadable", {"detail": error.problem})) from error
    try:
        return read(conn)
    except SessionContentError as error:
        raise Refused(Problem("session-inconsistent", {"detail": error.problem})) from error


#: What reading a damaged or crafted database can raise besides :class:`Refused`.
READ_FAILURES = (
    Refused, sqlite3.Error, UnicodeError, ValueError, OverflowError, MemoryError, RecursionError,
)  # fmt: skip


def failure_problem(deadline: Deadline, error: Exception) -> Problem:
    """The problem to say for ``error`` (one of :data:`READ_FAILURES`) raised while reading
    under ``deadline``."""
    causes: list[BaseException] = []
    cause: BaseException | None = error
    while cause is not None and len(causes) < 10:
        causes.append(cause)
        cause = cause.__cause__
    if deadline.expired:
        return Problem("session-slow", {"seconds": f"{deadline.seconds:g}"})
    if any(isinstance(cause, sqlite3.DataError) and "too big" in str(cause) for cause in causes):
        return Problem("session-huge-value", {"megabytes": str(MAX_VALUE_BYTES // 1_000_000)})
    if isinstance(error, Refused):
        return error.problem
    if isinstance(error, sqlite3.Error):
        return Problem("session-damaged", {"detail": str(error)})
    if isinstance(error, UnicodeDecodeError) and isinstance(error.object, bytes):
        # SQLite's own message about the file held bytes of the file that are not text.
        report = error.object.decode("utf-8", "replace")[:160]
        return Problem("session-damaged-sqlite", {"detail": report})
    return Problem("session-damaged", {"detail": f"{type(error).__name__}: {error}"})


def leftover_journals(path: Path) -> list[Path]:
    """The non-empty journals beside ``path``: changes another program did not finish."""
    found = []
    for suffix in JOURNAL_SUFFIXES:
        journal = path.with_name(path.name + suffix)
        try:
            if journal.is_file() and journal.stat().st_size > 0:
                found.append(journal)
        except OSError:
            found.append(journal)
    return found


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` that never writes beside it (``sqlite3.Error``)."""
    conn = sqlite3.connect(path.absolute().as_uri() + _OPEN_OPTIONS, uri=True)
    # Names and check messages of a damaged file can hold any bytes: decode them, do not fail.
    conn.text_factory = _lenient_text
    return conn


class Deadline:
    """Interrupts every statement of the connections it guards once ``seconds`` have passed."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds
        self.seconds = seconds
        self.expired = False

    def _check(self) -> int:
        if time.monotonic() > self.ends:
            self.expired = True
            return 1
        return 0

    def guard(self, conn: sqlite3.Connection) -> None:
        conn.set_progress_handler(self._check, _PROGRESS_STEPS)


def harden(conn: sqlite3.Connection, deadline: Deadline) -> None:
    """Settings under which reading ``conn`` runs no SQL of the file and stays bounded."""
    conn.execute("PRAGMA trusted_schema = OFF")
    # quick_check would evaluate CHECK constraints, which are SQL of the file.
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12 and later
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    deadline.guard(conn)


@functools.cache
def _our_objects(
    registry: migrations.Migrations, version: int
) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the tables and named indexes of a session file at schema ``version``."""
    tables: set[str] = set()
    indexes: set[str] = set()
    conn = sqlite3.connect(":memory:")
    try:
        create_base_schema(conn)
        registry.upgrade(conn, to=version)
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
            (tables if kind == "table" else indexes).add(name)
    finally:
        conn.close()
    return frozenset(tables | EXTRA_TABLES | SQLITE_TABLES), frozenset(indexes)


def check(conn: sqlite3.Connection, version: int) -> Problem | None:
    """What makes the database on ``conn`` (schema ``version``) unfit to read, or ``None``: an
    object that is not ours (:func:`foreign_object`, code ``session-foreign``) or damage that
    ``PRAGMA quick_check`` finds (``session-damaged-sqlite``)."""
    foreign = foreign_object(conn, version)
    if foreign:
        return Problem("session-foreign", {"detail": foreign})
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        lines = [line for line in "\n".join(problems).splitlines() if "***" not in line]
        first = lines[0] if lines else problems[0]
        return Problem("session-damaged-sqlite", {"detail": first[:160]})
    return None


def _words(sql: str) -> str:
    return " ".join(sql.split()).lower()


def foreign_object(conn: sqlite3.Connection, version: int) -> str | None:
    """What in the schema on ``conn`` is not part of a session file of schema ``version``, or
    ``None`` if nothing is.

    Only reads the schema (``sqlite_master`` and pragmas about it): no table is read and no SQL
    that the file holds is run.
    """
    tables, indexes = _our_objects(migrations.MIGRATIONS, version)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        words = _words(sql or "")
        if kind in ("view", "trigger"):
            return f"a {kind} ({name!r})"
        if kind == "table":
            if not words.startswith("create table "):
                return f"a table of an unusual kind ({name!r})"
            if name not in tables:
                return f"an unknown table ({name!r})"
        elif kind == "index":
            if table not in tables:
                return f"an index on an unknown table ({name!r})"
            if sql is not None and (
                name not in indexes
                or not words.startswith(("create index ", "create unique index "))
            ):
                return f"an unknown index ({name!r})"
        else:
            return f"an object of an unknown kind ({kind!r}, {name!r})"
    for kind, name, _table, _sql in rows:
        if kind == "table" and not name.startswith("sqlite_"):
            for column in conn.execute("SELECT name, hidden FROM pragma_table_xinfo(?)", (name,)):
                if column[1]:
                    return f"a computed column ({name}.{column[0]})"
            for index in conn.execute("SELECT name, partial FROM pragma_index_list(?)", (name,)):
                if index[1]:
                    return f"a partial index ({index[0]!r})"
                for part in conn.execute("SELECT cid FROM pragma_index_xinfo(?)", (index[0],)):
                    if part[0] == -2:
                        return f"an index on an expression ({index[0]!r})"
    return None
