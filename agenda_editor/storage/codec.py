"""Writing a meeting into a session database and reading it back, on a connection.

These functions know the tables, not files: :mod:`agenda_editor.storage.session` adds the file
handling (atomic save, read-only open, checks). They work just as well on ``:memory:``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

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
    database,
    user_version,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


def write_meeting(conn: sqlite3.Connection, meeting: Meeting, *, checked: bool = False) -> None:
    """Create the session tables in the empty database on ``conn`` and store ``meeting``.

    Raises :class:`MeetingNotStorableError` (and writes nothing) when the meeting cannot be
    stored as it is: two items with the same id, or a timetable entry for an unknown item.
    ``checked``: the caller has just run :func:`check_storable` on it (not run twice).
    """
    if not checked:
        check_storable(meeting)
    if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise ValueError("write_meeting needs an empty database")
    create_base_schema(conn)
    migrations.MIGRATIONS.upgrade(conn)
    db = database(conn)
    db.table("meeting").insert(
        {
            "id": 1,
            "symbol": meeting.symbol,
            "original_language": meeting.original_language,
            "distribution": meeting.distribution.value,
            "issue_date": _iso(meeting.issue_date),
            "start_date": _iso(meeting.start),
            "end_date": _iso(meeting.end),
            "page_size": meeting.page_size.value,
        }
    )
    _insert(
        db,
        "meeting_language",
        [{"position": n, "lang": lang} for n, lang in enumerate(meeting.languages)],
    )
    _insert(
        db,
        "meeting_text",
        [
            {"field": name, "lang": lang, "text": text}
            for name in MEETING_TEXT_FIELDS
            for lang, text in getattr(meeting, name).items()
        ],
    )
    _write_items(db, meeting)
    _write_timetable(db, meeting.timetable)
    origin = meeting.origin
    if origin is not None:
        row = {"id": 1, "kind": origin.kind.value, "source": origin.source,
               "symbol": origin.symbol, "made": origin.made.isoformat()}  # fmt: skip
        _insert(db, "origin", [row])
    conn.commit()


def check_storable(meeting: Meeting) -> None:
    """Raise :class:`MeetingNotStorableError` when ``meeting`` cannot be stored as it is.

    What is stored must read back: the checks of every reader (:func:`validate_meeting`) apply.
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
        validate_meeting(meeting)
    except MeetingProblem as error:
        raise MeetingNotStorableError(_whole(error)) from None


def _write_items(db: Database, meeting: Meeting) -> None:
    # Rows as tuples in the order of their columns: a large meeting has 100,000 of them.
    items: list[tuple[Any, ...]] = []
    titles: list[tuple[Any, ...]] = []
    annotations: list[tuple[Any, ...]] = []
    paragraphs: list[tuple[Any, ...]] = []
    documents: list[tuple[Any, ...]] = []
    document_titles: list[tuple[Any, ...]] = []
    stack: list[tuple[str | None, list[AgendaItem]]] = [(None, meeting.items)]
    while stack:
        parent_id, children = stack.pop()
        for position, item in enumerate(children):
            item_id = item.id
            items.append((item_id, parent_id, position))
            titles.extend((item_id, lang, text) for lang, text in item.title.items())
            for lang, texts in item.annotation.items():
                annotation_id = len(annotations) + 1
                annotations.append((annotation_id, item_id, lang))
                paragraphs.extend((annotation_id, n, markup) for n, markup in enumerate(texts))
            for n, document in enumerate(item.documents):
                document_id = len(documents) + 1
                documents.append((document_id, item_id, n, document.symbol))
                document_titles.extend(
                    (document_id, lang, text) for lang, text in document.title.items()
                )
            stack.append((item_id, item.children))
    _insert_rows(db, "item", ("id", "parent_id", "position"), items)
    _insert_rows(db, "item_title", ("item_id", "lang", "text"), titles)
    _insert_rows(db, "annotation", ("id", "item_id", "lang"), annotations)
    _insert_rows(db, "annotation_paragraph", ("annotation_id", "position", "markup"), paragraphs)
    _insert_rows(db, "document", ("id", "item_id", "position", "symbol"), documents)
    _insert_rows(db, "document_title", ("document_id", "lang", "text"), document_titles)


def _write_timetable(db: Database, timetable: Timetable) -> None:
    db.table("timetable").insert({"id": 1, "max_slots_per_day": timetable.max_slots_per_day})
    db.conn.execute("DELETE FROM body")  # the default body the migration to version 2 adds
    _insert(db, "body", [{"id": body.id, "position": n} for n, body in enumerate(timetable.bodies)])
    _insert(
        db,
        "body_name",
        [
            {"body_id": body.id, "lang": lang, "text": text}
            for body in timetable.bodies
            for lang, text in body.name.items()
        ],
    )
    days: list[dict[str, Any]] = []
    slots: list[dict[str, Any]] = []
    placements: list[dict[str, Any]] = []
    for day_position, day in enumerate(timetable.days):
        day_id = day_position + 1
        days.append(
            {"id": day_id, "position": day_position, "date": day.date.isoformat(),
             "max_slots": day.max_slots}
        )  # fmt: skip
        for slot_position, slot in enumerate(day.slots):
            slot_id = len(slots) + 1
            slots.append(
                {"id": slot_id, "day_id": day_id, "position": slot_position,
                 "start_time": slot.start.isoformat(), "end_time": slot.end.isoformat(),
                 "body_id": slot.body}
            )  # fmt: skip
            placements.extend(
                {"slot_id": slot_id, "position": n, "item_id": item_id}
                for n, item_id in enumerate(slot.items)
            )
    _insert(db, "day", days)
    _insert(db, "slot", slots)
    _insert(db, "placement", placements)


def _insert(db: Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Insert many rows at once.

    sqlite-utils' ``insert_all`` inspects every value (to turn lists into JSON), which made
    writing a large meeting several times slower (see ``benchmarks/storage_save.py``); our
    values are plain text and numbers, and every row of a table has the same keys.
    """
    rows = list(rows)
    if not rows:
        return
    columns = list(rows[0])
    _insert_rows(db, table, columns, [tuple(row[column] for column in columns) for row in rows])


def _insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert many rows given as tuples of the values of ``columns``, in that order."""
    if not rows:
        return
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


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
