"""Upgrades of the session schema: one function per step from version N to N + 1.

Version 1 is the first schema (:func:`agenda_editor.storage.schema.create_base_schema`). A later
version adds a step with ``@MIGRATIONS.register(1)`` (from 1 to 2), and so on. A step receives the
connection and changes the schema and data with plain SQL; it must not commit: the registry runs
each step in its own transaction together with the new ``user_version``, and rolls it back if the
step fails.

The user's file itself is never migrated in place. Opening copies the database into memory and
upgrades the copy; saving writes a complete new file at the latest version (see
:mod:`agenda_editor.storage.session`). So an old file stays readable by the old program until the
user saves it with the new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from agenda_editor.core.markup import LETTERED
from agenda_editor.core.model import DEFAULT_BODY_ID
from agenda_editor.core.problems import Problem, ProblemError
from agenda_editor.storage.schema import BASE_VERSION, user_version

Migration = Callable[[sqlite3.Connection], None]


class MigrationError(ProblemError):
    """A database that cannot be brought to the current schema; its problem says why."""


class Migrations:
    """An ordered registry of schema steps starting at ``base_version``."""

    def __init__(self, base_version: int = BASE_VERSION) -> None:
        self.base_version = base_version
        self._steps: dict[int, Migration] = {}

    @property
    def latest(self) -> int:
        """The schema version that files are written at and upgraded to."""
        return self.base_version + len(self._steps)

    def register(self, from_version: int) -> Callable[[Migration], Migration]:
        """Decorator adding the step from ``from_version`` to ``from_version + 1``.

        Steps must be registered in order, without gaps, each exactly once.
        """

        def decorator(step: Migration) -> Migration:
            if from_version != self.latest:
                raise ValueError(
                    f"the next migration must start at version {self.latest}, not {from_version}"
                )
            self._steps[from_version] = step
            return step

        return decorator

    def upgrade(self, conn: sqlite3.Connection, to: int | None = None) -> int:
        """Bring the database on ``conn`` to :attr:`latest` (or to ``to``); returns the version
        it was at.

        Raises :class:`MigrationError` for a version older than the base or newer than the
        latest, and when a step fails (that step is rolled back; earlier steps stay applied).
        """
        found = user_version(conn)
        if found > self.latest:
            raise MigrationError(
                Problem("schema-newer", {"version": str(found), "latest": str(self.latest)})
            )
        if found < self.base_version:
            raise MigrationError(Problem("schema-unknown", {"version": str(found)}))
        if conn.in_transaction:
            conn.commit()
        for version in range(found, self.latest if to is None else min(to, self.latest)):
            step = self._steps[version]
            try:
                conn.execute("BEGIN")
                step(conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
                conn.commit()
            except Exception as error:
                conn.rollback()
                params = {"version": str(version), "next": str(version + 1), "detail": str(error)}
                raise MigrationError(Problem("schema-step-failed", params)) from error
        return found

    def copy(self) -> Migrations:
        """A registry with the same steps, to which more may be registered (for tests)."""
        other = Migrations(self.base_version)
        other._steps = dict(self._steps)
        return other


#: The migrations of the application.
MIGRATIONS = Migrations()


@MIGRATIONS.register(1)
def add_bodies(conn: sqlite3.Connection) -> None:
    """Version 2: the bodies that meet (plenary, Committee of the Whole...), each meeting of a
    day belonging to one. A version 1 file had one unnamed body: every meeting is its."""
    conn.execute("CREATE TABLE body (id TEXT PRIMARY KEY, position INTEGER NOT NULL)")
    conn.execute(
        "CREATE TABLE body_name (body_id TEXT NOT NULL REFERENCES body(id), lang TEXT NOT NULL, "
        "text TEXT NOT NULL, PRIMARY KEY (body_id, lang))"
    )
    conn.execute("ALTER TABLE slot ADD COLUMN body_id TEXT REFERENCES body(id)")
    conn.execute("INSERT INTO body (id, position) VALUES (?, 0)", (DEFAULT_BODY_ID,))
    conn.execute("UPDATE slot SET body_id = ?", (DEFAULT_BODY_ID,))


@MIGRATIONS.register(2)
def add_lettered_sub_paragraphs(conn: sqlite3.Connection) -> None:
    """Version 3: an annotation paragraph whose markup starts with ``<lettered/>`` is a lettered
    sub-paragraph. Before, those characters were literal text: such a paragraph (only a hand-made
    file could hold one) keeps its text, its "<" written as "&lt;". The version keeps a program
    that does not know the mark from opening the file and printing it as text."""
    conn.execute(
        "UPDATE annotation_paragraph SET markup = '&lt;' || substr(markup, 2) "
        "WHERE substr(markup, 1, ?) = ?",
        (len(LETTERED), LETTERED),
    )


@MIGRATIONS.register(3)
def add_versions(conn: sqlite3.Connection) -> None:
    """Version 4: named versions of the meeting ("sent to the Bureau", "Rev.1"), each the
    meeting as it was, encoded as a session database of its own (see ``storage/versions.py``).
    An older file has none."""
    conn.execute(
        "CREATE TABLE snapshot (position INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "created TEXT NOT NULL, encoding TEXT NOT NULL, meeting BLOB NOT NULL)"
    )


@MIGRATIONS.register(4)
def add_reissue_note(conn: sqlite3.Connection) -> None:
    """Version 5: the meeting may have a reissue note (``meeting_text`` rows of the field
    ``reissue_note``), the note at the foot of page 1 that a symbol's asterisk points to. No
    table changes; the version keeps a program that does not know the field from refusing the
    file as damaged (it says the file is of a newer format instead)."""


@MIGRATIONS.register(5)
def add_origin(conn: sqlite3.Connection) -> None:
    """Version 6: where the meeting came from (the next session of another meeting, an imported
    Word or text file, a PDF of ours), at most one row. An older file says nothing of it."""
    conn.execute(
        "CREATE TABLE origin (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, "
        "symbol TEXT NOT NULL, made TEXT NOT NULL)"
    )
