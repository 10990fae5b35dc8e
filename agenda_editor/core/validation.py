"""What every meeting read from outside must satisfy, checked in one place for every reader.

The JSON reader (:mod:`agenda_editor.interchange.reader`) and the session-file reader
(:mod:`agenda_editor.storage.codec`) each turn their format into a :class:`Meeting` and then pass
it through :func:`validate_meeting`; saving runs it too, so that nothing is written that could not
be read back. The JSON reader also calls the single rules (:func:`check_text`,
:func:`check_language`, :func:`check_depth`...) while it reads, to name the exact place of a
problem in the JSON text; the rules themselves live only here.

A problem is a :class:`MeetingProblem` with a location written like a JSON path of the
interchange format (``items[2].children[0].title.fr``), which names the same place in a session
file. The walk is iterative: a crafted 3,000-level tree is refused, not a ``RecursionError``.

Broken markup nesting (an unclosed ``<i>``) is not refused here: the editor lets a translator
keep such a paragraph, reports it as a finding (:mod:`agenda_editor.core.rules`), and JSON export
refuses it. What is refused is what no reader or writer can handle: text that cannot be encoded,
texts beyond :data:`MAX_TEXT_LENGTH`, unknown language codes, trees deeper than
:data:`~agenda_editor.core.model.MAX_DEPTH`, empty or repeated item and body ids, negative limits,
a timetable without a body, and meetings of bodies or entries for items that do not exist.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import MAX_DEPTH, MEETING_TEXT_FIELDS, AgendaItem, Meeting
from agenda_editor.core.problems import Problem

#: The longest text (a title, a paragraph, a symbol) a meeting may hold, in characters. A real
#: annotation paragraph is a few thousand; the limit keeps crafted files from filling memory.
MAX_TEXT_LENGTH = 1_000_000

#: The most meetings a day may be given (the window offers up to 12); a larger number is damage
#: (2**63 could not even be stored).
MAX_COUNT = 1000

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class MeetingProblem(ValueError):
    """A meeting that cannot be accepted: ``location`` (a JSON-like path), what is wrong there
    (``detail``, a :class:`~agenda_editor.core.problems.Problem`) and the same in English
    (``problem``)."""

    def __init__(self, location: str, detail: Problem) -> None:
        self.location = printable(location)
        self.detail = detail
        self.problem = printable(detail.english())
        super().__init__(f"{self.location}: {self.problem}" if self.location else self.problem)


def printable(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udxxx``, so that a message can be printed."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def quote(text: str) -> str:
    """A text as shown in a message: in double quotes, shortened, always printable."""
    shown = text if len(text) <= 60 else text[:57] + "..."
    return printable(json.dumps(shown, ensure_ascii=False))


def join(location: str, key: str) -> str:
    """Where ``key`` is inside ``location``: ``items[0]`` and ``title`` give ``items[0].title``."""
    return f"{location}.{key}" if location else key


# -- single rules -------------------------------------------------------------------------------


def text_problem(text: str) -> Problem | None:
    """Why ``text`` cannot be kept in a meeting, or ``None``; the check of paste and typing too."""
    surrogate = None if _encodable(text) else _SURROGATE.search(text)
    if surrogate:
        return Problem(
            "meeting-surrogate",
            {"code": f"{ord(surrogate.group()):04X}", "position": str(surrogate.start() + 1)},
        )
    if len(text) > MAX_TEXT_LENGTH:
        return Problem("meeting-text-too-long", {"length": len(text), "limit": MAX_TEXT_LENGTH})
    return None


def check_text(text: str, location: str) -> str:
    problem = text_problem(text)
    if problem:
        raise MeetingProblem(location, problem)
    return text


def check_language(code: str, location: str) -> str:
    if code not in LANGUAGES:
        raise MeetingProblem(
            location,
            Problem("meeting-language", {"value": quote(code), "languages": ", ".join(LANGUAGES)}),
        )
    return code


def check_depth(depth: int, location: str) -> None:
    """``depth`` counts from 1 for a top-level item."""
    if depth > MAX_DEPTH:
        raise MeetingProblem(location, Problem("meeting-too-deep", {"levels": str(MAX_DEPTH)}))


def check_id(given: str, location: str, seen: dict[str, str]) -> None:
    """An item's or a body's id: not blank and not in ``seen`` (id -> location of its owner),
    to which it is added."""
    check_text(given, location)
    if not given.strip():
        raise MeetingProblem(location, Problem("meeting-empty-id"))
    if given in seen:
        raise MeetingProblem(
            location, Problem("meeting-id-used", {"id": quote(given), "owner": seen[given]})
        )
    seen[given] = location.removesuffix(".id")


def check_count(value: int, location: str) -> int:
    """A number of meetings per day: 0 or more, and not beyond :data:`MAX_COUNT`."""
    if value < 0:
        raise MeetingProblem(location, Problem("meeting-negative", {"value": str(value)}))
    if value > MAX_COUNT:
        raise MeetingProblem(
            location, Problem("meeting-too-many", {"limit": str(MAX_COUNT), "value": str(value)})
        )
    return value


def parse_date(value: str, location: str) -> dt.date:
    """A date written ``YYYY-MM-DD``, as both file formats store it."""
    if not _DATE.fullmatch(value):
        raise MeetingProblem(location, Problem("meeting-not-date", {"value": quote(value)}))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise MeetingProblem(
            location, Problem("meeting-no-such-date", {"value": quote(value)})
        ) from None


# -- the whole meeting ------------------------------------------------------------------------


def _check_texts(texts: Mapping[str, str], location: str) -> None:
    for code, text in texts.items():
        where = join(location, code)
        check_language(code, where)
        check_text(text, where)


_LANGUAGE_SET = frozenset(LANGUAGES)


def _item_acceptable(item: AgendaItem) -> bool:
    """Whether the texts of ``item`` (not its sub-items) pass every check, tested at once.

    Saving a large meeting checks tens of thousands of texts: joined, they are searched once,
    and their locations are written only when something is wrong (:func:`_check_item`). The
    joined length within the limit means each text is; a longer one is checked text by text.
    """
    if not (item.title.keys() <= _LANGUAGE_SET and item.annotation.keys() <= _LANGUAGE_SET):
        return False
    texts = list(item.title.values())
    for paragraphs in item.annotation.values():
        texts.extend(paragraphs)
    for document in item.documents:
        if not document.title.keys() <= _LANGUAGE_SET:
            return False
        texts.append(document.symbol)
        texts.extend(document.title.values())
    joined = "".join(texts)
    return len(joined) <= MAX_TEXT_LENGTH and _encodable(joined)


def _encodable(text: str) -> bool:
    """Whether ``text`` has no lone surrogate (faster than searching for one)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_item(item: AgendaItem, location: str, ids: dict[str, str]) -> None:
    check_id(item.id, join(location, "id"), ids)
    if _item_acceptable(item):
        return
    _check_texts(item.title, join(location, "title"))
    for code, paragraphs in item.annotation.items():
        where = join(join(location, "annotation"), code)
        check_language(code, where)
        for index, paragraph in enumerate(paragraphs):
            check_text(paragraph, f"{where}[{index}]")
    for index, document in enumerate(item.documents):
        where = f"{location}.documents[{index}]"
        check_text(document.symbol, join(where, "symbol"))
        _check_texts(document.title, join(where, "title"))


#: Where an item is: its location, or where its parent is and its index there.
_Place = str | tuple["_Place", int]


def _location(place: _Place) -> str:
    """The location of an item (``items[2].children[0]``) from where it is."""
    indexes: list[int] = []
    while not isinstance(place, str):
        place, index = place
        indexes.append(index)
    return "".join((place, *(f".children[{n}]" for n in reversed(indexes))))


def validate_meeting(meeting: Meeting, checked: Callable[[AgendaItem], bool] | None = None) -> None:
    """Raise :class:`MeetingProblem` for the first thing in ``meeting`` that cannot be accepted.

    ``checked(item)``: the texts of ``item`` (not its sub-items) passed these checks before and
    have not changed since (the items a recovery copy shares with the copy before); they are
    not read again. Ids (unique), depth and the timetable are checked all the same."""
    check_text(meeting.symbol, "meeting.symbol")
    check_language(meeting.original_language, "meeting.original_language")
    for index, code in enumerate(meeting.languages):
        check_language(code, f"meeting.languages[{index}]")
    for name in MEETING_TEXT_FIELDS:
        _check_texts(getattr(meeting, name), f"meeting.{name}")
    if meeting.origin is not None:
        check_text(meeting.origin.source, "meeting.origin.source")
        check_text(meeting.origin.symbol, "meeting.origin.symbol")

    ids: dict[str, str] = {}  # id -> location of its item (check_id's owner)
    # The ids of the items not read again (``checked``) -> where they are, made into a location
    # only for a message: a recovery copy of 3,000 items has all but a few of them.
    unread: dict[str, _Place] = {}
    # Depth first, in document order, without recursion: (item, place, depth).
    pending: list[tuple[AgendaItem, _Place, int]] = [
        (item, f"items[{n}]", 1) for n, item in reversed(list(enumerate(meeting.items)))
    ]
    while pending:
        item, place, depth = pending.pop()
        if depth > MAX_DEPTH:
            check_depth(depth, _location(place))
        item_id = item.id
        if checked is not None and item_id not in unread and item_id not in ids and checked(item):
            unread[item_id] = place
            if item.children:
                pending.extend(
                    (child, (place, n), depth + 1)
                    for n, child in reversed(list(enumerate(item.children)))
                )
            continue
        if item_id in unread:  # a second item with this id: check_id names the first
            ids[item_id] = _location(unread.pop(item_id))
        location = place if isinstance(place, str) else _location(place)
        _check_item(item, location, ids)
        if item.children:
            pending.extend(
                (child, f"{location}.children[{n}]", depth + 1)
                for n, child in reversed(list(enumerate(item.children)))
            )

    timetable = meeting.timetable
    check_count(timetable.max_slots_per_day, "timetable.max_slots_per_day")
    if not timetable.bodies:
        raise MeetingProblem("timetable.bodies", Problem("meeting-no-body"))
    bodies: dict[str, str] = {}
    for index, body in enumerate(timetable.bodies):
        where = f"timetable.bodies[{index}]"
        check_id(body.id, join(where, "id"), bodies)
        _check_texts(body.name, join(where, "name"))
    for day_index, day in enumerate(timetable.days):
        where = f"timetable.days[{day_index}]"
        if day.max_slots is not None:
            check_count(day.max_slots, join(where, "max_slots"))
        for slot_index, slot in enumerate(day.slots):
            if slot.body not in bodies:
                known = ", ".join(quote(body) for body in bodies)
                raise MeetingProblem(
                    f"{where}.slots[{slot_index}].body",
                    Problem("meeting-unknown-body", {"id": quote(slot.body), "bodies": known}),
                )
            for index, item_id in enumerate(slot.items):
                if item_id not in ids and item_id not in unread:
                    raise MeetingProblem(
                        f"{where}.slots[{slot_index}].items[{index}]",
                        Problem("meeting-unknown-item", {"id": quote(item_id)}),
                    )
