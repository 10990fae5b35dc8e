"""The meeting as data: what the user edits and what every exporter reads.

Numbers of agenda items are never stored: they follow from the position of an item in the tree
(see :mod:`agenda_editor.core.numbering`). Texts are held per language (:data:`LangText`); a
language missing from a text's mapping is an untranslated text, not an empty one.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from agenda_editor.core.languages import LangText

#: How deep the agenda tree may go: items (1), sub-items (a), and two deeper levels (i), a.
MAX_DEPTH = 4

#: Default number of plenary meetings per day (interpretation usually covers two).
DEFAULT_MAX_SLOTS_PER_DAY = 2

#: The id of the one unnamed body of a timetable that names no bodies.
DEFAULT_BODY_ID = "plenary"


class Distribution(enum.StrEnum):
    GENERAL = "general"
    LIMITED = "limited"
    RESTRICTED = "restricted"


class PageSize(enum.StrEnum):
    A4 = "A4"
    LETTER = "Letter"


def new_id() -> str:
    """A fresh identifier for an agenda item."""
    return "i" + uuid.uuid4().hex[:10]


@dataclass
class ReferenceDocument:
    """A document listed under "Documentation": its title per language and its symbol."""

    symbol: str
    title: LangText = field(default_factory=dict)


@dataclass
class AgendaItem:
    """An agenda item or sub-item.

    ``annotation`` maps a language to its paragraphs; each paragraph is annotation markup
    (see :mod:`agenda_editor.core.markup`).
    """

    id: str = field(default_factory=new_id)
    title: LangText = field(default_factory=dict)
    annotation: dict[str, list[str]] = field(default_factory=dict)
    documents: list[ReferenceDocument] = field(default_factory=list)
    children: list[AgendaItem] = field(default_factory=list)

    def walk(self) -> Iterator[AgendaItem]:
        """This item and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Body:
    """A body that meets during the session (the plenary, a Committee of the Whole, a working
    group...): a stable ``id`` and a name per language. The one body of most meetings has no
    name: the annex then prints as a single sequence of meetings."""

    id: str = DEFAULT_BODY_ID
    name: LangText = field(default_factory=dict)


def new_body_id() -> str:
    """A fresh identifier for a body."""
    return "b" + uuid.uuid4().hex[:10]


@dataclass
class Slot:
    """One meeting of a day (e.g. 10:00-13:00) of one body (its id), and the agenda items
    taken up in it, in order."""

    start: dt.time
    end: dt.time
    items: list[str] = field(default_factory=list)
    body: str = DEFAULT_BODY_ID


@dataclass
class Day:
    """A day of the meeting; ``max_slots`` of ``None`` means the timetable's default.

    ``slots`` holds the meetings of every body, grouped by body in the timetable's order of
    bodies, each body's in time order; the limit counts them all (interpretation is shared).
    """

    date: dt.date
    slots: list[Slot] = field(default_factory=list)
    max_slots: int | None = None


def _default_bodies() -> list[Body]:
    return [Body()]


@dataclass
class Timetable:
    """The proposed organization of work: the bodies that meet (at least one) and the days."""

    days: list[Day] = field(default_factory=list)
    max_slots_per_day: int = DEFAULT_MAX_SLOTS_PER_DAY
    bodies: list[Body] = field(default_factory=_default_bodies)

    def limit_for(self, day: Day) -> int:
        return day.max_slots if day.max_slots is not None else self.max_slots_per_day

    @property
    def first_body(self) -> str:
        """The id of the first body (where a meeting goes when none is named)."""
        return self.bodies[0].id if self.bodies else DEFAULT_BODY_ID

    def body_index(self, body_id: str) -> int:
        """The position of the body with that id; past the last body if there is none."""
        for n, body in enumerate(self.bodies):
            if body.id == body_id:
                return n
        return len(self.bodies)

    def has_body(self, body_id: str) -> bool:
        return any(body.id == body_id for body in self.bodies)

    @property
    def parallel(self) -> bool:
        """Whether more than one body meets (the annex then has one column per body)."""
        return len(self.bodies) > 1


@dataclass
class Meeting:
    """A meeting and its provisional agenda and annotations, in all its language versions."""

    symbol: str
    original_language: str
    languages: list[str] = field(default_factory=list)
    distribution: Distribution = Distribution.GENERAL
    issue_date: dt.date | None = None
    body: LangText = field(default_factory=dict)
    subsidiary_body: LangText = field(default_factory=dict)
    session: LangText = field(default_factory=dict)
    venue: LangText = field(default_factory=dict)
    start: dt.date | None = None
    end: dt.date | None = None
    #: An empty title means the language's default ("Provisional agenda and annotations").
    title: LangText = field(default_factory=dict)
    job_number: LangText = field(default_factory=dict)
    page_size: PageSize = PageSize.A4
    items: list[AgendaItem] = field(default_factory=list)
    timetable: Timetable = field(default_factory=Timetable)

    def __post_init__(self) -> None:
        if self.original_language not in self.languages:
            self.languages.insert(0, self.original_language)

    def walk(self) -> Iterator[AgendaItem]:
        """Every item and sub-item, in document order."""
        for item in self.items:
            yield from item.walk()

    def item(self, item_id: str) -> AgendaItem:
        """The item with that id; ``KeyError`` if there is none."""
        for candidate in self.walk():
            if candidate.id == item_id:
                return candidate
        raise KeyError(item_id)

    def has_item(self, item_id: str) -> bool:
        return any(candidate.id == item_id for candidate in self.walk())
