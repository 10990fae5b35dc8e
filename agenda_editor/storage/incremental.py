"""The database of a meeting's last save, kept in memory and brought up to date row by row.

Writing every row of a large meeting again at each save is most of a save's time (3,000 items:
some 45 ms of SQLite inserts). :class:`LastSave` keeps the in-memory database of the last save
with what it holds, and at the next save changes only the rows whose item, text or table
changed; the session file is then still written whole from it, to a new file put in place
(``session.SessionWriter``), never changed in place.

The database holds the same rows as one written from scratch (:func:`codec.write_meeting`)
but for the numbers that tie an annotation's paragraphs and a document's titles to it: those
of an item whose texts changed are new numbers, where a save from scratch counts them in
order. They are read back to the same meeting (``tests/storage/test_incremental.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.storage.codec import (
    SMALL_TABLES,
    ItemRows,
    Rows,
    create_session_tables,
    insert_rows,
    item_places,
    small_rows,
)
from agenda_editor.storage.versions import SavedVersion, write_versions


def content_key(item: AgendaItem) -> tuple[Any, ...]:
    """What the rows of ``item``'s texts and documents are made of, as a value to compare."""
    annotation, documents = item.annotation, item.documents
    return (
        tuple(item.title.items()),
        tuple([(lang, tuple(texts)) for lang, texts in annotation.items()]) if annotation else (),
        tuple([(doc.symbol, tuple(doc.title.items())) for doc in documents]) if documents else (),
    )


@dataclass
class _Content:
    """The rows an item's texts and documents were written as."""

    key: tuple[Any, ...]
    annotations: range
    documents: range


class LastSave:
    """The database of a meeting as last saved, in memory, and the rows it holds.

    Made by writing a whole meeting; :meth:`update` brings it to another meeting. After a
    failure of either the database may be half written: :meth:`close` it and make a new one.
    """

    def __init__(self, meeting: Meeting, versions: list[SavedVersion]) -> None:
        """Write ``meeting`` (checked with ``codec.check_storable``) and ``versions``."""
        self.conn = sqlite3.connect(":memory:")
        # What a later save deletes is overwritten: the file copied from here keeps no trace
        # of a deleted text in its free space.
        self.conn.execute("PRAGMA secure_delete = ON")
        create_session_tables(self.conn)
        self.small = small_rows(meeting)
        for table in SMALL_TABLES:
            insert_rows(self.conn, table, self.small[table])
        rows = ItemRows()
        self.places: dict[str, tuple[str | None, int]] = {}
        self.contents: dict[str, _Content] = {}
        #: Item id -> the item object written (the one :meth:`update`'s ``unchanged`` is asked
        #: about: a read-only copy's item is the same object while its texts are the same).
        self.written: dict[str, AgendaItem] = {}
        for item, parent_id, position in item_places(meeting):
            self.places[item.id] = (parent_id, position)
            self.written[item.id] = item
            self.contents[item.id] = _Content(content_key(item), *rows.add_content(item))
        rows.items = [(item_id, *place) for item_id, place in self.places.items()]
        for table, table_rows in rows.tables().items():
            insert_rows(self.conn, table, table_rows)
        self.next_annotation, self.next_document = rows.next_annotation, rows.next_document
        write_versions(self.conn, versions)
        self.versions = list(versions)
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def update(
        self,
        meeting: Meeting,
        versions: list[SavedVersion],
        unchanged: Callable[[AgendaItem], bool] | None = None,
    ) -> None:
        """Change the database into that of ``meeting`` (checked) and ``versions``.

        ``unchanged(item)``: the texts of ``item`` are those last written for its id, known
        without comparing them (see :attr:`written`)."""
        conn = self.conn
        small = small_rows(meeting)
        for table in SMALL_TABLES:
            if small[table] != self.small[table]:
                conn.execute(f'DELETE FROM "{table}"')
                insert_rows(conn, table, small[table])
        self.small = small

        places: dict[str, tuple[str | None, int]] = {}
        rows = ItemRows(self.next_annotation, self.next_document)
        contents = self.contents
        stale: list[tuple[str, _Content]] = []
        written: dict[str, AgendaItem] = {}
        for item, parent_id, position in item_places(meeting):
            item_id = item.id
            places[item_id] = (parent_id, position)
            written[item_id] = item
            if unchanged is not None and unchanged(item):
                continue
            key = content_key(item)
            content = contents.get(item_id)
            if content is not None and content.key == key:
                continue
            if content is not None:
                stale.append((item_id, content))
            contents[item_id] = _Content(key, *rows.add_content(item))
        gone = self.places.keys() - places.keys()
        stale.extend((item_id, contents.pop(item_id)) for item_id in gone)
        self._delete(stale, gone)
        moved = [
            (*place, item_id)
            for item_id, place in places.items()
            if item_id in self.places and self.places[item_id] != place
        ]
        conn.executemany('UPDATE "item" SET parent_id = ?, position = ? WHERE id = ?', moved)
        rows.items = [(item_id, *place) for item_id, place in places.items()
                      if item_id not in self.places]  # fmt: skip
        for table, table_rows in rows.tables().items():
            insert_rows(conn, table, table_rows)
        self.places = places
        self.written = written
        self.next_annotation, self.next_document = rows.next_annotation, rows.next_document

        if versions != self.versions:
            conn.execute("DELETE FROM snapshot")
            write_versions(conn, versions)
            self.versions = list(versions)
        conn.commit()

    def _delete(self, stale: list[tuple[str, _Content]], gone: set[str]) -> None:
        """Delete the rows of the ``stale`` contents (item id, content) and of the items
        ``gone``."""
        if not stale:
            return
        conn = self.conn
        annotations: Rows = [(n,) for _, content in stale for n in content.annotations]
        documents: Rows = [(n,) for _, content in stale for n in content.documents]
        owners: Rows = [(item_id,) for item_id, _ in stale]
        conn.executemany('DELETE FROM "annotation_paragraph" WHERE annotation_id = ?', annotations)
        conn.executemany('DELETE FROM "annotation" WHERE id = ?', annotations)
        conn.executemany('DELETE FROM "document_title" WHERE document_id = ?', documents)
        conn.executemany('DELETE FROM "document" WHERE id = ?', documents)
        conn.executemany('DELETE FROM "item_title" WHERE item_id = ?', owners)
        conn.executemany('DELETE FROM "item" WHERE id = ?', [(item_id,) for item_id in gone])
