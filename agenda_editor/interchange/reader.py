"""Reading a meeting from an "agenda-editor/1" JSON document, checking every value on the way.

The reader accepts exactly what ``docs/interchange.md`` describes and nothing else: an unknown
field is an error (so a misspelt field name is caught rather than silently dropped), and every
error names the JSON path of the faulty value and what is wrong with it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import IO, Any, NoReturn

from agenda_editor.core import markup, validation
from agenda_editor.core.languages import LANGUAGES, LangText, sort_languages
from agenda_editor.core.model import (
    DEFAULT_BODY_ID,
    DEFAULT_MAX_SLOTS_PER_DAY,
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
    new_id,
)
from agenda_editor.core.pauses import without_collections
from agenda_editor.core.problems import Problem
from agenda_editor.core.timetable import group_by_body
from agenda_editor.interchange.errors import InterchangeError

#: The format this version reads and writes.
FORMAT = "agenda-editor/1"
FORMAT_VERSION = 1

_FORMAT_PATTERN = re.compile(r"agenda-editor/([0-9]+)")
_TIME_PATTERN = re.compile(r"([0-9]{2}):([0-9]{2})")

TOP_FIELDS = ("format", "meeting", "items", "timetable")
MEETING_FIELDS = (
    "symbol", "distribution", "date", "original_language", "languages", "body",
    "subsidiary_body", "session", "venue", "start", "end", "title", "job_number", "reissue_note",
    "page_size", "origin",
)  # fmt: skip
ORIGIN_FIELDS = ("kind", "source", "symbol", "date")
ITEM_FIELDS = ("id", "title", "annotation", "documents", "children")
DOCUMENT_FIELDS = ("title", "symbol")
TIMETABLE_FIELDS = ("max_slots_per_day", "bodies", "days")
BODY_FIELDS = ("id", "name")
DAY_FIELDS = ("date", "max_slots", "slots")
SLOT_FIELDS = ("start", "end", "body", "items")

Source = str | bytes | IO[str] | IO[bytes]


class _Object(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once."""

    def __init__(self) -> None:
        super().__init__()
        self.duplicates: list[str] = []


def _object_hook(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object()
    for key, value in pairs:
        if key in result:
            result.duplicates.append(key)
        result[key] = value
    return result


class _ConstantError(ValueError):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.english())


def _reject_constant(name: str) -> NoReturn:
    raise _ConstantError(Problem("json-constant", {"name": name}))


#: Longer numbers are refused (Python refuses to convert more than 4,300 digits anyway).
_MAX_DIGITS = 100


def _parse_int(text: str) -> int:
    if len(text) > _MAX_DIGITS:
        raise _ConstantError(Problem("json-long-number", {"digits": len(text)}))
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > _MAX_DIGITS:
        raise _ConstantError(Problem("json-long-decimal", {"characters": len(text)}))
    return float(text)


def _fail(location: str, code: str, **params: str | Problem) -> NoReturn:
    raise InterchangeError(location, Problem(code, params))


_join = validation.join
_quote = validation.quote
_LANGUAGE_SET = frozenset(LANGUAGES)


def _describe(value: Any) -> str | Problem:
    """How a JSON value is named in a message: a text in quotes, ``null``, ``true`` and
    ``false`` as they are, the others in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return Problem("json-value-number", {"number": str(value)})
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, list):
        return Problem("json-value-list")
    return Problem("json-value-object")


def _choices(values: Iterable[str]) -> str:
    return ", ".join(f'"{value}"' for value in values)


def _object(
    value: Any, location: str, fields: tuple[str, ...], required: Collection[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(location, "json-not-object", value=_describe(value))
    if isinstance(value, _Object) and value.duplicates:
        _fail(location, "json-repeated-field", field=value.duplicates[0])
    for key in value:
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            if close:
                _fail(_join(location, key), "json-unknown-field-like", field=close[0])
            _fail(_join(location, key), "json-unknown-field", fields=_choices(fields))
    for key in required:
        if key not in value:
            _fail(_join(location, key), "json-required")
    return value


def _text(value: Any, location: str) -> str:
    if not isinstance(value, str):
        _fail(location, "json-not-text", value=_describe(value))
    return validation.check_text(value, location)


def _fine_text(value: Any) -> bool:
    """Whether ``value`` is a text :func:`_text` accepts. Checked first, so that a location
    is written only for a value that has something wrong (tens of thousands of texts in a
    large meeting)."""
    return isinstance(value, str) and validation.text_problem(value) is None


def _text_in(value: Any, location: str, key: str) -> str:
    """:func:`_text` of the value at ``key`` inside ``location``."""
    return value if _fine_text(value) else _text(value, _join(location, key))


def _list(value: Any, location: str, code: str) -> list[Any]:
    """A list; ``code`` is the problem of another value ("expected a list of ...")."""
    if not isinstance(value, list):
        _fail(location, code, value=_describe(value))
    return value


def _count(value: Any, location: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(location, "json-not-count", value=_describe(value))
    return validation.check_count(value, location)


def _date(value: Any, location: str) -> dt.date:
    if not isinstance(value, str):
        _fail(location, "meeting-not-date", value=_describe(value))
    return validation.parse_date(value, location)


def _time(value: Any, location: str) -> dt.time:
    match = _TIME_PATTERN.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        _fail(location, "json-not-time", value=_describe(value))
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        _fail(location, "json-no-such-time", value=_quote(value))
    return dt.time(hour, minute)


def _language(value: Any, location: str) -> str:
    return validation.check_language(_text(value, location), location)


def _enum_value(value: Any, location: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        _fail(location, "json-not-choice", choices=_choices(allowed), value=_describe(value))
    return value


def _origin(value: Any, location: str) -> Origin:
    raw = _object(value, location, ORIGIN_FIELDS, required=("kind", "date"))
    allowed = tuple(kind.value for kind in OriginKind)
    kind = OriginKind(_enum_value(raw["kind"], _join(location, "kind"), allowed))
    source = _text(raw.get("source", ""), _join(location, "source"))
    symbol = _text(raw.get("symbol", ""), _join(location, "symbol"))
    return Origin(kind, source, symbol, _date(raw["date"], _join(location, "date")))


class _Reader:
    """One reading of one document: knows the original language and the item ids seen so far."""

    def __init__(self) -> None:
        self.original = ""
        self.languages_used: set[str] = set()
        self.ids: dict[str, str] = {}  # id -> location of the item that has it
        self.bodies: dict[str, str] = {}  # body id -> location of the body that has it
        self.first_body = DEFAULT_BODY_ID

    # -- texts ------------------------------------------------------------------------------

    def _language_map(self, value: Any, location: str, code: str) -> dict[str, Any]:
        """A map of language codes; ``code`` is the problem of another value."""
        if not isinstance(value, dict):
            _fail(location, code, value=_describe(value))
        if isinstance(value, _Object) and value.duplicates:
            _fail(location, "json-repeated-language", lang=value.duplicates[0])
        for code in value:
            if code not in _LANGUAGE_SET:  # a known code is a fine text too
                _language(code, _join(location, code))
        return value

    def text(self, value: Any, location: str) -> LangText:
        """A text per language; a plain string is the original language's text."""
        if isinstance(value, str):
            value = {self.original: value}
        mapping = self._language_map(value, location, "json-not-texts")
        result = {}
        for code in LANGUAGES:
            if code in mapping:
                text = _text_in(mapping[code], location, code)
                if text:
                    result[code] = text
                    self.languages_used.add(code)
        return result

    def _paragraphs(self, value: Any, location: str) -> list[str]:
        if isinstance(value, str):
            value = [value]
        paragraphs = _list(value, location, "json-list-paragraphs")
        for index, paragraph in enumerate(paragraphs):
            if _fine_text(paragraph) and markup.markup_problem(paragraph) is None:
                continue
            where = f"{location}[{index}]"
            _text(paragraph, where)
            problem = markup.markup_problem(paragraph)
            if problem:
                _fail(where, "json-markup", detail=problem)
        return list(paragraphs)

    def annotation(self, value: Any, location: str) -> dict[str, list[str]]:
        """Paragraphs per language; a plain list (or string) is the original language's."""
        if isinstance(value, list | str):
            paragraphs = self._paragraphs(value, location)
            value = {self.original: paragraphs}
            if paragraphs:
                self.languages_used.add(self.original)
            return value if paragraphs else {}
        mapping = self._language_map(value, location, "json-not-paragraphs")
        result = {}
        for code in LANGUAGES:
            if code in mapping:
                paragraphs = self._paragraphs(mapping[code], _join(location, code))
                if paragraphs:
                    result[code] = paragraphs
                    self.languages_used.add(code)
        return result

    # -- the document -----------------------------------------------------------------------

    def document(self, doc: Any) -> Meeting:
        if not isinstance(doc, dict):
            _fail("", "json-top-not-object", value=_describe(doc))
        _check_format(doc)
        _object(doc, "", TOP_FIELDS, required=("meeting", "items"))
        meeting = self.meeting(doc["meeting"])
        meeting.items = self.items(doc["items"], "items", 1)
        if "timetable" in doc:
            meeting.timetable = self.timetable(doc["timetable"], "timetable")
        if "languages" not in doc["meeting"]:
            meeting.languages = sort_languages([meeting.original_language, *self.languages_used])
        return meeting

    def meeting(self, value: Any) -> Meeting:
        raw = _object(value, "meeting", MEETING_FIELDS, required=("symbol", "original_language"))
        self.original = _language(raw["original_language"], "meeting.original_language")
        languages = [self.original]
        if "languages" in raw:
            listed = _list(raw["languages"], "meeting.languages", "json-list-languages")
            languages += [
                _language(code, f"meeting.languages[{index}]") for index, code in enumerate(listed)
            ]
        meeting = Meeting(
            symbol=_text(raw["symbol"], "meeting.symbol"),
            original_language=self.original,
            languages=sort_languages(languages),
        )
        if "distribution" in raw:
            allowed = tuple(d.value for d in Distribution)
            distribution = _enum_value(raw["distribution"], "meeting.distribution", allowed)
            meeting.distribution = Distribution(distribution)
        if "page_size" in raw:
            allowed = tuple(p.value for p in PageSize)
            page_size = _enum_value(raw["page_size"], "meeting.page_size", allowed)
            meeting.page_size = PageSize(page_size)
        if "date" in raw:
            meeting.issue_date = _date(raw["date"], "meeting.date")
        if "start" in raw:
            meeting.start = _date(raw["start"], "meeting.start")
        if "end" in raw:
            meeting.end = _date(raw["end"], "meeting.end")
        for name in MEETING_TEXT_FIELDS:
            if name in raw:
                setattr(meeting, name, self.text(raw[name], f"meeting.{name}"))
        if "origin" in raw:
            meeting.origin = _origin(raw["origin"], "meeting.origin")
        return meeting

    def items(self, value: Any, location: str, depth: int) -> list[AgendaItem]:
        raw = _list(value, location, "json-list-items")
        return [self.item(entry, f"{location}[{index}]", depth) for index, entry in enumerate(raw)]

    def item(self, value: Any, location: str, depth: int) -> AgendaItem:
        raw = _object(value, location, ITEM_FIELDS)
        validation.check_depth(depth, location)
        if "id" in raw:
            item_id = _text(raw["id"], _join(location, "id"))
        else:
            item_id = new_id()
            while item_id in self.ids:
                item_id = new_id()
        validation.check_id(item_id, _join(location, "id"), self.ids)
        item = AgendaItem(id=item_id)
        if "title" in raw:
            item.title = self.text(raw["title"], _join(location, "title"))
        if "annotation" in raw:
            item.annotation = self.annotation(raw["annotation"], _join(location, "annotation"))
        if "documents" in raw:
            where = _join(location, "documents")
            documents = _list(raw["documents"], where, "json-list-documents")
            item.documents = [
                self.reference_document(entry, f"{where}[{index}]")
                for index, entry in enumerate(documents)
            ]
        if "children" in raw:
            item.children = self.items(raw["children"], _join(location, "children"), depth + 1)
        return item

    def reference_document(self, value: Any, location: str) -> ReferenceDocument:
        raw = _object(value, location, DOCUMENT_FIELDS)
        symbol = _text(raw["symbol"], _join(location, "symbol")) if "symbol" in raw else ""
        title = self.text(raw["title"], _join(location, "title")) if "title" in raw else {}
        return ReferenceDocument(symbol=symbol, title=title)

    def timetable(self, value: Any, location: str) -> Timetable:
        raw = _object(value, location, TIMETABLE_FIELDS)
        timetable = Timetable()
        if "max_slots_per_day" in raw:
            timetable.max_slots_per_day = _count(
                raw["max_slots_per_day"], _join(location, "max_slots_per_day")
            )
        else:
            timetable.max_slots_per_day = DEFAULT_MAX_SLOTS_PER_DAY
        if "bodies" in raw:
            where = _join(location, "bodies")
            bodies = _list(raw["bodies"], where, "json-list-bodies")
            if not bodies:
                _fail(where, "json-no-bodies")
            timetable.bodies = [self.body(entry, f"{where}[{n}]") for n, entry in enumerate(bodies)]
        else:
            self.bodies = {timetable.first_body: location}
        self.first_body = timetable.first_body
        if "days" in raw:
            where = _join(location, "days")
            days = _list(raw["days"], where, "json-list-days")
            timetable.days = [self.day(entry, f"{where}[{n}]") for n, entry in enumerate(days)]
        group_by_body(timetable)
        return timetable

    def body(self, value: Any, location: str) -> Body:
        raw = _object(value, location, BODY_FIELDS, required=("id",))
        where = _join(location, "id")
        body_id = _text(raw["id"], where)
        validation.check_id(body_id, where, self.bodies)
        name = self.text(raw["name"], _join(location, "name")) if "name" in raw else {}
        return Body(body_id, name)

    def day(self, value: Any, location: str) -> Day:
        raw = _object(value, location, DAY_FIELDS, required=("date",))
        day = Day(date=_date(raw["date"], _join(location, "date")))
        if "max_slots" in raw:
            day.max_slots = _count(raw["max_slots"], _join(location, "max_slots"))
        if "slots" in raw:
            where = _join(location, "slots")
            slots = _list(raw["slots"], where, "json-list-meetings")
            day.slots = [self.slot(entry, f"{where}[{n}]") for n, entry in enumerate(slots)]
        return day

    def slot(self, value: Any, location: str) -> Slot:
        raw = _object(value, location, SLOT_FIELDS, required=("start", "end"))
        slot = Slot(
            start=_time(raw["start"], _join(location, "start")),
            end=_time(raw["end"], _join(location, "end")),
            body=self.first_body,
        )
        if "body" in raw:
            where = _join(location, "body")
            slot.body = _text(raw["body"], where)
            if slot.body not in self.bodies:
                known = _choices(self.bodies)
                _fail(where, "meeting-unknown-body", id=_quote(slot.body), bodies=known)
        if "items" in raw:
            where = _join(location, "items")
            ids = _list(raw["items"], where, "json-list-item-ids")
            for index, item_id in enumerate(ids):
                _text(item_id, f"{where}[{index}]")
            slot.items = list(ids)  # that they name agenda items is checked with the meeting
        return slot


def check_document(doc: Any) -> Meeting:
    """Check parsed JSON data (dicts, lists, text, numbers) as a document; returns its meeting.

    Ends with the checks every reader shares (:func:`validation.validate_meeting`).
    """
    try:
        meeting = _Reader().document(doc)
        validation.validate_meeting(meeting)
    except validation.MeetingProblem as problem:
        raise InterchangeError(problem.location, problem.detail) from None
    return meeting


def _check_format(doc: dict[str, Any]) -> None:
    if "format" not in doc:
        _fail("format", "json-format-missing", expected=FORMAT)
    value = doc["format"]
    if value == FORMAT:
        return
    match = _FORMAT_PATTERN.fullmatch(value) if isinstance(value, str) else None
    if match and int(match.group(1)) > FORMAT_VERSION:
        _fail("format", "json-format-newer", value=_quote(value), expected=FORMAT)
    _fail("format", "json-format-other", expected=FORMAT, value=_describe(value))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InterchangeError("", Problem("json-not-utf8", {"offset": str(error.start)})) from None


def read_json(source: Source) -> Meeting:
    """The meeting in a JSON document given as text, bytes or an open (text or binary) stream.

    Raises :class:`InterchangeError` naming the JSON path and the problem when the document is
    not a valid "agenda-editor/1" meeting.
    """
    data = source.read() if not isinstance(source, str | bytes) else source
    text = _decode(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    if not text.strip():
        raise InterchangeError("", Problem("json-empty"))
    with without_collections():
        try:
            doc = json.loads(
                text,
                object_pairs_hook=_object_hook,
                parse_constant=_reject_constant,
                parse_int=_parse_int,
                parse_float=_parse_float,
            )
        except json.JSONDecodeError as error:
            where = {"line": str(error.lineno), "column": str(error.colno), "detail": error.msg}
            raise InterchangeError("", Problem("json-syntax", where)) from None
        except _ConstantError as error:
            raise InterchangeError("", error.problem) from None
        except RecursionError:
            raise InterchangeError("", Problem("json-too-deep")) from None
        return check_document(doc)


def load_json(path: str | Path) -> Meeting:
    """The meeting in a JSON file; errors name the file. ``OSError`` if it cannot be read."""
    path = Path(path)
    data = path.read_bytes()
    try:
        return read_json(data)
    except InterchangeError as error:
        raise error.in_file(str(path)) from None
