"""Writing a meeting into a session database and reading it back, on a connection.

These functions know the tables, not files: :mod:`agenda_editor.storage.session` adds the file
handling (atomic save, read-only open, checks). They work just as well on ``:memory:``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from agenda_editor.core.model import (
    MEETING_TEXT_FIELDS,
    AgendaItem,
    Body,
    Day,
    Distribution,
    Meeting,
    Origin,
    OriginKind,
    PageSize,
    ReferenceDocument,
    Slot,
    Timetable,
)
from agenda_editor.core.problems import Problem
from agenda_editor.core.timetable import group_by_body
from agenda_editor.core.validation import MeetingProblem, parse_date, validate_meeting
from agenda_editor.storage import migrations
from agenda_editor.storage.errors import MeetingNotStorableError, SessionContentError
from agenda_editor.storage.schema import (
    APPLICATION_ID,
    application_id,
    create_base_schema,
    user_version,
)

T = TypeVar("T")


def write_meeting(conn: sqlite3.Connection, meeting: Meeting, *, checked: bool = False) -> None:
    """Create the session tables in the empty database on ``conn`` and store ``meeting``.

    Raises :class:`MeetingNotStorableError` (and writes nothing) when the meeting cannot be
    stored as it is: two items with the same id, or a timetable entry for an unknown item.
    ``checked``: the caller has just run :func:`check_storable` on it (not run twice).
    """
    if not checked:
        check_storable(meeting)
    create_session_tables(conn)
    rows = ItemRows()
    for item, parent_id, position in item_places(meeting):
        rows.add(item, parent_id, position)
    for table, table_rows in (small_rows(meeting) | rows.tables()).items():
        insert_rows(conn, table, table_rows)
    conn.commit()


def create_session_tables(conn: sqlite3.Connection) -> None:
    """Create the tables of the current schema, empty, in the empty database on ``conn``."""
    if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise ValueError("write_meeting needs an empty database")
    create_base_schema(conn)
    migrations.MIGRATIONS.upgrade(conn)
    conn.execute("DELETE FROM body")  # the default body the migration to version 2 adds


def check_storable(meeting: Meeting, checked: Callable[[AgendaItem], bool] | None = None) -> None:
    """Raise :class:`MeetingNotStorableError` when ``meeting`` cannot be stored as it is.

    What is stored must read back: the checks of every reader (:func:`validate_meeting`) apply.
    ``checked``: the items whose texts passed them before, unchanged (:func:`validate_meeting`).
    """
    seen: set[str] = set()
    for item in meeting.walk():
        if item.id in seen:
            raise MeetingNotStorableError(_problem("stored-same-item-id", id=repr(item.id)))
        seen.add(item.id)
    body_ids: set[str] = set()
    for body in meeting.timetable.bodies:
        if body.id in body_ids:
            raise MeetingNotStorableError(_problem("stored-same-body-id", id=repr(body.id)))
        body_ids.add(body.id)
    if not body_ids:
        raise MeetingNotStorableError(_problem("stored-no-body"))
    for day in meeting.timetable.days:
        for slot in day.slots:
            if slot.body not in body_ids:
                raise MeetingNotStorableError(
                    _problem("stored-slot-body", date=day.date.isoformat(), body=repr(slot.body))
                )
            for item_id in slot.items:
                if item_id not in seen:
                    raise MeetingNotStorableError(
                        _problem("stored-slot-item", date=day.date.isoformat(), id=repr(item_id))
                    )
    try:
        validate_meeting(meeting, checked)
    except MeetingProblem as error:
        raise MeetingNotStorableError(_whole(error)) from None


#: The columns of every table a meeting is stored in, in the order of the rows' tuples.
COLUMNS: dict[str, tuple[str, ...]] = {
    "meeting": ("id", "symbol", "original_language", "distribution", "issue_date",
                "start_date", "end_date", "page_size"),
    "meeting_language": ("position", "lang"),
    "meeting_text": ("field", "lang", "text"),
    "timetable": ("id", "max_slots_per_day"),
    "body": ("id", "position"),
    "body_name": ("body_id", "lang", "text"),
    "day": ("id", "position", "date", "max_slots"),
    "slot": ("id", "day_id", "position", "start_time", "end_time", "body_id"),
    "placement": ("slot_id", "position", "item_id"),
    "origin": ("id", "kind", "source", "symbol", "made"),
    "item": ("id", "parent_id", "position"),
    "item_title": ("item_id", "lang", "text"),
    "annotation": ("id", "item_id", "lang"),
    "annotation_paragraph": ("annotation_id", "position", "markup"),
    "document": ("id", "item_id", "position", "symbol"),
    "document_title": ("document_id", "lang", "text"),
}  # fmt: skip

#: The tables that do not hold items: a few hundred rows at most, besides the timetable's
#: placements (one per item at most).
SMALL_TABLES = tuple(table for table in COLUMNS if table not in ("item", "item_title",
    "annotation", "annotation_paragraph", "document", "document_title"))  # fmt: skip

#: Rows as tuples in the order of their table's columns: a large meeting has 100,000 of them.
Rows = list[tuple[Any, ...]]


def small_rows(meeting: Meeting) -> dict[str, Rows]:
    """The rows of every table in :data:`SMALL_TABLES` that store ``meeting``."""
    timetable = meeting.timetable
    rows: dict[str, Rows] = {
        "meeting": [
            (1, meeting.symbol, meeting.original_language, meeting.distribution.value,
             _iso(meeting.issue_date), _iso(meeting.start), _iso(meeting.end),
             meeting.page_size.value)
        ],
        "meeting_language": list(enumerate(meeting.languages)),
        "meeting_text": [
            (name, lang, text)
            for name in MEETING_TEXT_FIELDS
            for lang, text in getattr(meeting, name).items()
        ],
        "timetable": [(1, timetable.max_slots_per_day)],
        "body": [(body.id, n) for n, body in enumerate(timetable.bodies)],
        "body_name": [
            (body.id, lang, text) for body in timetable.bodies for lang, text in body.name.items()
        ],
        "day": [], "slot": [], "placement": [], "origin": [],
    }  # fmt: skip
    slots = rows["slot"]
    for day_position, day in enumerate(timetable.days):
        day_id = day_position + 1
        rows["day"].append((day_id, day_position, day.date.isoformat(), day.max_slots))
        for slot_position, slot in enumerate(day.slots):
            slot_id = len(slots) + 1
            slots.append((slot_id, day_id, slot_position, slot.start.isoformat(),
                          slot.end.isoformat(), slot.body))  # fmt: skip
            rows["placement"].extend((slot_id, n, item_id) for n, item_id in enumerate(slot.items))
    origin = meeting.origin
    if origin is not None:
        rows["origin"].append(
            (1, origin.kind.value, origin.source, origin.symbol, origin.made.isoformat())
        )
    return rows


def item_places(meeting: Meeting) -> Iterator[tuple[AgendaItem, str | None, int]]:
    """Every item of ``meeting`` with the id of its parent and its position there."""
    stack: list[tuple[str | None, list[AgendaItem]]] = [(None, meeting.items)]
    while stack:
        parent_id, children = stack.pop()
        for position, item in enumerate(children):
            yield item, parent_id, position
            stack.append((item.id, item.children))


class ItemRows:
    """The rows of the item tables, gathered item by item; annotations and documents are
    numbered on from ``annotation_id`` and ``document_id``."""

    def __init__(self, annotation_id: int = 1, document_id: int = 1) -> None:
        self.items: Rows = []
        self.titles: Rows = []
        self.annotations: Rows = []
        self.paragraphs: Rows = []
        self.documents: Rows = []
        self.document_titles: Rows = []
        self.next_annotation = annotation_id
        self.next_document = document_id

    def add(self, item: AgendaItem, parent_id: str | None, position: int) -> None:
        """The rows of ``item`` (not of its sub-items)."""
        self.items.append((item.id, parent_id, position))
        self.add_content(item)

    def add_content(self, item: AgendaItem) -> tuple[range, range]:
        """The rows of the texts and documents of ``item``; returns the ids its annotations
        and documents were given."""
        item_id = item.id
        first_annotation, first_document = self.next_annotation, self.next_document
        self.titles.extend((item_id, lang, text) for lang, text in item.title.items())
        annotation_id = first_annotation
        for lang, texts in item.annotation.items():
            self.annotations.append((annotation_id, item_id, lang))
            self.paragraphs.extend((annotation_id, n, markup) for n, markup in enumerate(texts))
            annotation_id += 1
        document_id = first_document
        for n, document in enumerate(item.documents):
            self.documents.append((document_id, item_id, n, document.symbol))
            self.document_titles.extend(
                (document_id, lang, text) for lang, text in document.title.items()
            )
            document_id += 1
        self.next_annotation, self.next_document = annotation_id, document_id
        return range(first_annotation, annotation_id), range(first_document, document_id)

    def tables(self) -> dict[str, Rows]:
        return {
            "item": self.items,
            "item_title": self.titles,
            "annotation": self.annotations,
            "annotation_paragraph": self.paragraphs,
            "document": self.documents,
            "document_title": self.document_titles,
        }


def insert_rows(conn: sqlite3.Connection, table: str, rows: Rows) -> None:
    """Insert many rows of ``table``, given as tuples in the order of :data:`COLUMNS`.

    Straight to SQLite: sqlite-utils' ``insert_all`` inspects every value (to turn lists into
    JSON), which made writing a large meeting several times slower (see
    ``benchmarks/storage_save.py``); our values are plain text and numbers.
    """
    if not rows:
        return
    columns = COLUMNS[table]
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


# Reading ------------------------------------------------------------------------------------

_REFERENCES = {
    ("placement", "item"): "stored-placement-item",
    ("placement", "slot"): "stored-placement-slot",
    ("slot", "day"): "stored-slot-day",
    ("slot", "body"): "stored-slot-missing-body",
    ("body_name", "body"): "stored-name-body",
    ("item", "item"): "stored-item-parent",
}


def read_meeting(conn: sqlite3.Connection) -> Meeting:
    """The meeting stored in the session database on ``conn`` (which is only read).

    The database must be at the current schema version. Raises :class:`SessionContentError`
    when it is not a session database or its content does not fit together.
    """
    try:
        return _read_meeting(conn)
    except sqlite3.Error as error:
        raise SessionContentError(_problem("stored-sqlite", detail=str(error))) from error
    except KeyError as error:
        raise SessionContentError(_problem("stored-missing-key", key=str(error))) from error


def _read_meeting(conn: sqlite3.Connection) -> Meeting:
    if application_id(conn) != APPLICATION_ID:
        raise SessionContentError(_problem("stored-not-ours"))
    version, latest = user_version(conn), migrations.MIGRATIONS.latest
    if version != latest:
        raise SessionContentError(
            _problem("stored-schema", version=str(version), latest=str(latest))
        )
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        code = _REFERENCES.get((table, parent))
        if code is None:
            raise SessionContentError(_problem("stored-refers", table=table, parent=parent))
        raise SessionContentError(_problem(code))

    row = _single(conn, "SELECT * FROM meeting", _what("meeting"))
    meeting = Meeting(
        symbol=_text(row["symbol"], _what("the-document-symbol")),
        original_language=_text(row["original_language"], _what("the-original-language")),
        distribution=_enum(Distribution, row["distribution"], _what("distribution")),
        issue_date=_optional(row["issue_date"], _date, _what("date-of-issue")),
        start=_optional(row["start_date"], _date, _what("first-day")),
        end=_optional(row["end_date"], _date, _what("last-day")),
        page_size=_enum(PageSize, row["page_size"], _what("page-size")),
    )
    meeting.languages = [
        _text(lang, _what("a-language"))
        for (lang,) in conn.execute("SELECT lang FROM meeting_language ORDER BY position")
    ]
    for name, lang, text in conn.execute(
        "SELECT field, lang, text FROM meeting_text ORDER BY rowid"
    ):
        if name not in MEETING_TEXT_FIELDS:
            raise SessionContentError(_problem("stored-text-kind", kind=repr(name)))
        getattr(meeting, name)[_text(lang, _what("a-language"))] = _text(
            text, Problem("stored-what-field", {"field": name})
        )
    meeting.items = _read_items(conn)
    meeting.timetable = _read_timetable(conn)
    meeting.origin = _read_origin(conn)
    try:
        validate_meeting(meeting)
    except MeetingProblem as error:
        raise SessionContentError(_whole(error)) from None
    return meeting


def _read_items(conn: sqlite3.Connection) -> list[AgendaItem]:
    items: dict[str, AgendaItem] = {}
    children: dict[str | None, list[AgendaItem]] = {}
    rows = conn.execute("SELECT id, parent_id FROM item ORDER BY position, rowid").fetchall()
    for item_id, parent_id in rows:
        item = AgendaItem(id=_text(item_id, _what("an-item-id")))
        items[item.id] = item
        children.setdefault(parent_id, []).append(item)
    for parent_id, kids in children.items():
        if parent_id is not None:
            items[parent_id].children = kids
    reached = 0
    pending = list(children.get(None, []))
    while pending:
        reached += 1
        pending.extend(pending.pop().children)
    if reached != len(items):
        raise SessionContentError(_problem("stored-item-cycle"))

    for item_id, lang, text in conn.execute(
        "SELECT item_id, lang, text FROM item_title ORDER BY rowid"
    ):
        items[item_id].title[_text(lang, _what("a-language"))] = _text(text, _what("an-item-title"))
    annotations: dict[int, list[str]] = {}
    for annotation_id, item_id, lang in conn.execute(
        "SELECT id, item_id, lang FROM annotation ORDER BY id"
    ):
        paragraphs: list[str] = []
        items[item_id].annotation[_text(lang, _what("a-language"))] = paragraphs
        annotations[annotation_id] = paragraphs
    for annotation_id, markup in conn.execute(
        "SELECT annotation_id, markup FROM annotation_paragraph ORDER BY annotation_id, position"
    ):
        annotations[annotation_id].append(_text(markup, _what("an-annotation-paragraph")))
    documents: dict[int, ReferenceDocument] = {}
    for document_id, item_id, symbol in conn.execute(
        "SELECT id, item_id, symbol FROM document ORDER BY item_id, position, id"
    ):
        document = ReferenceDocument(symbol=_text(symbol, _what("a-document-symbol")))
        items[item_id].documents.append(document)
        documents[document_id] = document
    for document_id, lang, text in conn.execute(
        "SELECT document_id, lang, text FROM document_title ORDER BY rowid"
    ):
        documents[document_id].title[_text(lang, _what("a-language"))] = _text(
            text, _what("a-document-title")
        )
    return children.get(None, [])


def _read_origin(conn: sqlite3.Connection) -> Origin | None:
    rows = conn.execute("SELECT kind, source, symbol, made FROM origin").fetchall()
    if not rows:
        return None
    if len(rows) > 1:
        raise SessionContentError(_problem("stored-origins"))
    kind, source, symbol, made = rows[0]
    return Origin(
        _enum(OriginKind, kind, _what("origin")),
        _text(source, _what("the-file-the-meeting-came-from")),
        _text(symbol, _what("the-symbol-the-meeting-came-from")),
        _date(made, _what("the-date-the-meeting-was-made")),
    )


def _read_timetable(conn: sqlite3.Connection) -> Timetable:
    row = _single(conn, "SELECT max_slots_per_day FROM timetable", _what("timetable"))
    timetable = Timetable(
        max_slots_per_day=_int(row["max_slots_per_day"], _what("meetings-per-day"))
    )
    bodies: dict[str, Body] = {}
    for (body_id,) in conn.execute("SELECT id FROM body ORDER BY position, rowid"):
        bodies[body_id] = Body(_text(body_id, _what("a-body-id")))
    for body_id, lang, text in conn.execute(
        "SELECT body_id, lang, text FROM body_name ORDER BY rowid"
    ):
        bodies[body_id].name[_text(lang, _what("a-language"))] = _text(text, _what("a-body-s-name"))
    if not bodies:
        raise SessionContentError(_problem("stored-timetable-no-body"))
    timetable.bodies = list(bodies.values())
    days: dict[int, Day] = {}
    for day_id, date, max_slots in conn.execute(
        "SELECT id, date, max_slots FROM day ORDER BY position, id"
    ):
        day = Day(
            date=_date(date, _what("a-day-of-the-timetable")),
            max_slots=_optional(max_slots, _int, _what("meetings-on-a-day")),
        )
        days[day_id] = day
        timetable.days.append(day)
    slots: dict[int, Slot] = {}
    for slot_id, day_id, start, end, body_id in conn.execute(
        "SELECT id, day_id, start_time, end_time, body_id FROM slot ORDER BY day_id, position, id"
    ):
        slot = Slot(_time(start, _what("a-start-time")), _time(end, _what("an-end-time")))
        slot.body = timetable.first_body if body_id is None else _text(body_id, _what("a-body-id"))
        days[day_id].slots.append(slot)
        slots[slot_id] = slot
    for slot_id, item_id in conn.execute(
        "SELECT slot_id, item_id FROM placement ORDER BY slot_id, position"
    ):
        slots[slot_id].items.append(_text(item_id, _what("an-item-id")))
    group_by_body(timetable)
    return timetable


def _problem(code: str, **params: str | Problem) -> Problem:
    return Problem(code, params)


def _what(name: str) -> Problem:
    """What a stored value is, named in words of its own (``stored-what-*``)."""
    return Problem(f"stored-what-{name}")


def _whole(error: MeetingProblem) -> Problem:
    """``error`` as one problem: where it is and what is wrong there."""
    if not error.location:
        return error.detail
    return _problem("stored-at", location=error.location, detail=error.detail)


def _single(conn: sqlite3.Connection, sql: str, what: Problem) -> dict[str, Any]:
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    rows = cursor.fetchall()
    if len(rows) != 1:
        code = "stored-no-record" if not rows else "stored-records"
        raise SessionContentError(_problem(code, what=what))
    return dict(zip(names, rows[0], strict=True))


def _text(value: object, what: Problem) -> str:
    if not isinstance(value, str):
        raise SessionContentError(_problem("stored-not-text", what=what, value=repr(value)))
    return value


def _int(value: object, what: Problem) -> int:
    if not isinstance(value, int):
        raise SessionContentError(_problem("stored-not-count", what=what, value=repr(value)))
    return value


def _date(value: object, what: Problem) -> dt.date:
    try:
        return parse_date(_text(value, what), what.english())
    except MeetingProblem as error:
        raise SessionContentError(
            _problem("stored-not-date", what=what, detail=error.detail)
        ) from None


def _time(value: object, what: Problem) -> dt.time:
    try:
        return dt.time.fromisoformat(_text(value, what))
    except ValueError as error:
        raise SessionContentError(
            _problem("stored-not-time", what=what, value=repr(value))
        ) from error


def _optional(value: object, convert: Callable[[object, Problem], T], what: Problem) -> T | None:
    return None if value is None else convert(value, what)


def _enum(kind: Callable[[str], T], value: object, what: Problem) -> T:
    try:
        return kind(_text(value, what))
    except ValueError as error:
        raise SessionContentError(
            _problem("stored-unknown-value", what=what, value=repr(value))
        ) from error
