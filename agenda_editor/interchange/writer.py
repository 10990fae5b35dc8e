"""Writing a meeting as an "agenda-editor/1" JSON document.

The output is canonical: keys in a fixed order, languages in the UN order, empty optional fields
left out, two-space indentation and UTF-8 text (not ``\\u`` escapes). Reading a canonical
document and writing it again gives the same bytes, so documents diff well under version control.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from agenda_editor.atomic import replacing
from agenda_editor.core.languages import LANGUAGES, sort_languages
from agenda_editor.core.model import (
    DEFAULT_BODY_ID,
    DEFAULT_MAX_SLOTS_PER_DAY,
    MEETING_TEXT_FIELDS,
    AgendaItem,
    Body,
    Day,
    Meeting,
    ReferenceDocument,
    Slot,
    Timetable,
)
from agenda_editor.core.problems import Problem
from agenda_editor.interchange.errors import InterchangeError
from agenda_editor.interchange.reader import FORMAT, check_document


def _texts(text: Mapping[str, Any]) -> dict[str, Any]:
    """A per-language mapping in the UN order, without untranslated (empty) entries."""
    return {code: text[code] for code in LANGUAGES if text.get(code)}


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value:
        target[key] = value


def _meeting(meeting: Meeting) -> dict[str, Any]:
    out: dict[str, Any] = {"symbol": meeting.symbol, "distribution": str(meeting.distribution)}
    if meeting.issue_date is not None:
        out["date"] = meeting.issue_date.isoformat()
    out["original_language"] = meeting.original_language
    out["languages"] = sort_languages([meeting.original_language, *meeting.languages])
    for name in MEETING_TEXT_FIELDS:
        if name == "title":  # the dates come before the title, as in the masthead
            if meeting.start is not None:
                out["start"] = meeting.start.isoformat()
            if meeting.end is not None:
                out["end"] = meeting.end.isoformat()
        _put(out, name, _texts(getattr(meeting, name)))
    out["page_size"] = str(meeting.page_size)
    origin = meeting.origin
    if origin is not None:
        out["origin"] = {"kind": str(origin.kind), "source": origin.source,
                         "symbol": origin.symbol, "date": origin.made.isoformat()}  # fmt: skip
    return out


def _document(document: ReferenceDocument) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _put(out, "title", _texts(document.title))
    _put(out, "symbol", document.symbol)
    return out


def _item(item: AgendaItem) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id}
    _put(out, "title", _texts(item.title))
    _put(out, "annotation", {code: list(paras) for code, paras in _texts(item.annotation).items()})
    _put(out, "documents", [_document(document) for document in item.documents])
    _put(out, "children", [_item(child) for child in item.children])
    return out


def _slot(slot: Slot, with_body: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"start": f"{slot.start:%H:%M}", "end": f"{slot.end:%H:%M}"}
    if with_body:
        out["body"] = slot.body
    _put(out, "items", list(slot.items))
    return out


def _day(day: Day, with_body: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"date": day.date.isoformat()}
    if day.max_slots is not None:
        out["max_slots"] = day.max_slots
    _put(out, "slots", [_slot(slot, with_body) for slot in day.slots])
    return out


def _body(body: Body) -> dict[str, Any]:
    out: dict[str, Any] = {"id": body.id}
    _put(out, "name", _texts(body.name))
    return out


def _timetable(timetable: Timetable) -> dict[str, Any]:
    """The timetable; ``bodies`` only when it is not the one unnamed body of most meetings,
    and each meeting's ``body`` only when there are several."""
    default_bodies = [(b.id, _texts(b.name)) for b in timetable.bodies] == [(DEFAULT_BODY_ID, {})]
    if (
        not timetable.days
        and timetable.max_slots_per_day == DEFAULT_MAX_SLOTS_PER_DAY
        and default_bodies
    ):
        return {}
    out: dict[str, Any] = {"max_slots_per_day": timetable.max_slots_per_day}
    if not default_bodies:
        out["bodies"] = [_body(body) for body in timetable.bodies]
    with_body = len(timetable.bodies) > 1
    _put(out, "days", [_day(day, with_body) for day in timetable.days])
    return out


def to_json_dict(meeting: Meeting) -> dict[str, Any]:
    """The meeting as plain JSON data, in the canonical key order.

    Raises :class:`InterchangeError` when the result would not be a valid document (two items
    with one id, the timetable naming an item that is not on the agenda, broken annotation
    markup...): what is written can always be read back.
    """
    out: dict[str, Any] = {
        "format": FORMAT,
        "meeting": _meeting(meeting),
        "items": [_item(item) for item in meeting.items],
    }
    _put(out, "timetable", _timetable(meeting.timetable))
    try:
        check_document(out)
    except InterchangeError as error:
        raise InterchangeError(
            error.location, Problem("json-not-writable", {"detail": error.detail})
        ) from None
    return out


def dumps_json(meeting: Meeting, compact: bool = False) -> str:
    """The canonical JSON text of the meeting, ending with a newline; ``compact``: without
    indentation or spaces (the same data, written several times faster: Python's C encoder
    does not indent)."""
    data = to_json_dict(meeting)
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dump_json(meeting: Meeting, stream: IO[str]) -> None:
    """Write the meeting's canonical JSON text to an open text stream."""
    stream.write(dumps_json(meeting))


def save_json(meeting: Meeting, path: str | Path) -> None:
    """Write the meeting to a JSON file atomically.

    The text goes to a temporary file beside the target, is flushed to disk, then replaces the
    target in one step: the file is always either the complete old or the complete new document.
    A file that exists keeps its permissions. ``OSError`` if the folder cannot be written.
    """
    path = Path(path)
    data = dumps_json(meeting).encode("utf-8")
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    try:
        with replacing(path) as temporary:
            temporary.write_bytes(data)
    except OSError as error:  # name the file the user asked for, not our temporary one
        raise OSError(error.errno, error.strerror, str(path)) from error
