"""The tables of a session file (schema version 1) and the values that mark a file as ours.

A session file is a SQLite database. ``PRAGMA application_id`` holds :data:`APPLICATION_ID`, the
ASCII of "AGED", so that any tool (and we) can tell our files from other SQLite databases, and
``PRAGMA user_version`` holds the schema version. Later versions change the schema only through
:mod:`agenda_editor.storage.migrations`, so a new file is always "version 1 plus every migration".
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

#: "AGED" in ASCII, read as a big-endian 32-bit integer (0x41474544).
APPLICATION_ID = int.from_bytes(b"AGED", "big")

#: The schema that :func:`create_base_schema` creates.
BASE_VERSION = 1

#: Every SQLite database file starts with these 16 bytes.
SQLITE_HEADER = b"SQLite format 3\x00"


def database(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils view of ``conn`` that runs no plugins and changes no settings.

    sqlite-utils is imported here, when a database is first written: its import (click,
    dateutil, pluggy...) took a tenth of the window's start, which writes no session file.
    """
    from sqlite_utils import Database

    return Database(conn, recursive_triggers=False, execute_plugins=False)


def create_base_schema(conn: sqlite3.Connection) -> None:
    """Create the version 1 tables in an empty database and stamp it as ours, version 1."""
    db = database(conn)
    db.table("meeting").create(
        {
            "id": int,
            "symbol": str,
            "original_language": str,
            "distribution": str,
            "issue_date": str,
            "start_date": str,
            "end_date": str,
            "page_size": str,
        },
        pk="id",
        not_null=["symbol", "original_language", "distribution", "page_size"],
    )
    db.table("meeting_language").create(
        {"position": int, "lang": str}, pk="position", not_null=["lang"]
    )
    db.table("meeting_text").create(
        {"field": str, "lang": str, "text": str},
        pk=("field", "lang"),
        not_null=["field", "lang", "text"],
    )
    db.table("item").create(
        {"id": str, "parent_id": str, "position": int},
        pk="id",
        foreign_keys=[("parent_id", "item", "id")],
        not_null=["position"],
    )
    db.table("item_title").create(
        {"item_id": str, "lang": str, "text": str},
        pk=("item_id", "lang"),
        foreign_keys=[("item_id", "item", "id")],
        not_null=["item_id", "lang", "text"],
    )
    db.table("annotation").create(
        {"id": int, "item_id": str, "lang": str},
        pk="id",
        foreign_keys=[("item_id", "item", "id")],
        not_null=["item_id", "lang"],
    )
    db.table("annotation").create_index(["item_id", "lang"], unique=True)
    db.table("annotation_paragraph").create(
        {"annotation_id": int, "position": int, "markup": str},
        pk=("annotation_id", "position"),
        foreign_keys=[("annotation_id", "annotation", "id")],
        not_null=["annotation_id", "position", "markup"],
    )
    db.table("document").create(
        {"id": int, "item_id": str, "position": int, "symbol": str},
        pk="id",
        foreign_keys=[("item_id", "item", "id")],
        not_null=["item_id", "position", "symbol"],
    )
    db.table("document_title").create(
        {"document_id": int, "lang": str, "text": str},
        pk=("document_id", "lang"),
        foreign_keys=[("document_id", "document", "id")],
        not_null=["document_id", "lang", "text"],
    )
    db.table("timetable").create(
        {"id": int, "max_slots_per_day": int}, pk="id", not_null=["max_slots_per_day"]
    )
    db.table("day").create(
        {"id": int, "position": int, "date": str, "max_slots": int},
        pk="id",
        not_null=["position", "date"],
    )
    db.table("slot").create(
        {"id": int, "day_id": int, "position": int, "start_time": str, "end_time": str},
        pk="id",
        foreign_keys=[("day_id", "day", "id")],
        not_null=["day_id", "position", "start_time", "end_time"],
    )
    db.table("placement").create(
        {"slot_id": int, "position": int, "item_id": str},
        pk=("slot_id", "position"),
        foreign_keys=[("slot_id", "slot", "id"), ("item_id", "item", "id")],
        not_null=["slot_id", "position", "item_id"],
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {BASE_VERSION}")
    conn.commit()


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
