"""The meeting as data: what the user edits and what every exporter reads.

Numbers of agenda items are never stored: they follow from the position of an item in the tree
(see :mod:`agenda_editor.core.numbering`). Texts are held per language (:data:`LangText`); a
language missing from a text's mapping is an untranslated text, not an empty one.

A meeting finds its items by id in constant time (:meth:`Meeting.item`): it keeps an index of
its tree. The lists of items are :class:`ItemList` objects that tell the index when they change;
the edits of :mod:`agenda_editor.core.tree` update the index for what they moved, and any other
change of the tree (an assignment, a list changed in place) has it rebuilt at the next lookup.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, SupportsIndex, TypeVar

from agenda_editor.core.languages import LangText

T = TypeVar("T")

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


class OriginKind(enum.StrEnum):
    """How a meeting was started from another document."""

    #: File > New Session From This One, ``agenda-editor next-session``.
    NEXT_SESSION = "next-session"
    #: File > New Meeting From Existing: the agenda of another meeting, without its dates.
    EXISTING = "existing"
    #: File > Import Agenda, ``agenda-editor import``: a Word document.
    WORD = "word"
    #: The same from a text file (a PDF viewer's copy).
    TEXT = "text"
    #: The meeting a PDF made by Agenda Editor carries.
    PDF = "pdf"


@dataclass(frozen=True)
class Origin:
    """Where a meeting came from: how, the name of the file (without its folder), the symbol of
    the document it was made from (empty when it had none) and the day it was made."""

    kind: OriginKind
    source: str
    symbol: str
    made: dt.date


def new_id() -> str:
    """A fresh identifier for an agenda item."""
    return "i" + uuid.uuid4().hex[:10]


class ItemList(list["AgendaItem"]):
    """A list of agenda items that tells the index of its meeting when it changes."""

    #: The index of the meeting this list is part of (weakly: no reference cycle).
    _owner: weakref.ref[ItemIndex] | None = None

    def owner(self) -> ItemIndex | None:
        return None if self._owner is None else self._owner()

    def _changed(self) -> None:
        owner = self.owner()
        if owner is not None:
            owner.invalidate()

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        # Copies and pickles carry the items, not the index of the meeting they came from.
        return (ItemList, (list(self),))

    def append(self, item: AgendaItem) -> None:
        super().append(item)
        self._changed()

    def insert(self, index: SupportsIndex, item: AgendaItem) -> None:
        super().insert(index, item)
        self._changed()

    def extend(self, items: Iterable[AgendaItem]) -> None:
        super().extend(items)
        self._changed()

    def pop(self, index: SupportsIndex = -1) -> AgendaItem:
        item = super().pop(index)
        self._changed()
        return item

    def remove(self, item: AgendaItem) -> None:
        super().remove(item)
        self._changed()

    def clear(self) -> None:
        super().clear()
        self._changed()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._changed()

    def reverse(self) -> None:
        super().reverse()
        self._changed()

    def __setitem__(self, index: Any, value: Any) -> None:
        super().__setitem__(index, value)
        self._changed()

    def __delitem__(self, index: Any) -> None:
        super().__delitem__(index)
        self._changed()

    def __iadd__(self, items: Iterable[AgendaItem]) -> ItemList:  # type: ignore[override,misc]
        super().__iadd__(items)
        self._changed()
        return self

    def __imul__(self, n: SupportsIndex) -> ItemList:
        super().__imul__(n)
        self._changed()
        return self


def _item_list(value: Iterable[AgendaItem], owner: ItemIndex | None) -> ItemList:
    if owner is not None:
        owner.invalidate()
    if isinstance(value, ItemList) and value.owner() is None:
        return value
    return ItemList(value)


class ItemIndex:
    """Items of a meeting by id, and the id of each one's parent (``None``: top level)."""

    def __init__(self, meeting: Meeting) -> None:
        # Not a reference cycle (meeting -> index -> meeting, or its lists -> index): a copy of
        # the meeting, dropped, is freed at once, not at the garbage collector's next full pass.
        self._meeting = weakref.ref(meeting)
        self._items: dict[str, AgendaItem] | None = None
        self._parents: dict[str, str | None] = {}
        #: Counts the changes of the tree: what :meth:`derived` keeps is for one count.
        self._version = 0
        self._derived: dict[str, tuple[int, Any]] = {}

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """What ``compute()`` says about the tree (its shape and ids, not its texts), computed
        once per state of the tree: every view of an edit asks for the items' numbers."""
        self.items()  # every list of the tree now tells the index when it changes
        kept = self._derived.get(key)
        if kept is not None and kept[0] == self._version:
            value: T = kept[1]
            return value
        value = compute()
        self._derived[key] = (self._version, value)
        return value

    @property
    def version(self) -> int:
        """The count of the tree's changes (through its lists, or told by :mod:`.tree`)."""
        return self._version

    def invalidate(self) -> None:
        """The tree changed in a way the index was not told about: rebuild it when asked."""
        self._version += 1
        if self._items is not None:
            self._items = None
            self._parents = {}

    def items(self) -> dict[str, AgendaItem]:
        if self._items is None:
            self._items = {}
            meeting = self._meeting()
            assert meeting is not None, "the index outlived its meeting"
            self._adopt(meeting.items, None)
        return self._items

    def parents(self) -> Mapping[str, str | None]:
        """Every item's id -> the id of its parent (``None`` at the top level); read-only."""
        self.items()
        return self._parents

    def parent_id(self, item_id: str) -> str | None:
        """The id of the item's parent (``None`` at the top level); ``KeyError`` if unknown."""
        self.items()
        return self._parents[item_id]

    def _adopt(self, items: list[AgendaItem], parent_id: str | None) -> None:
        assert self._items is not None
        if isinstance(items, ItemList):
            items._owner = weakref.ref(self)
        for item in items:
            self._items.setdefault(item.id, item)
            self._parents.setdefault(item.id, parent_id)
            self._adopt(item.children, item.id)

    def added(self, item: AgendaItem, parent_id: str | None) -> None:
        """``item`` (with its sub-items) was put into the tree under ``parent_id``."""
        self._version += 1
        if self._items is not None:
            self._items[item.id] = item
            self._parents[item.id] = parent_id
            self._adopt(item.children, item.id)

    def removed(self, item: AgendaItem) -> None:
        """``item`` (with its sub-items) was taken out of the tree."""
        self._version += 1
        if self._items is not None:
            for node in item.walk():
                if isinstance(node.children, ItemList):
                    node.children._owner = None
                self._items.pop(node.id, None)
                self._parents.pop(node.id, None)


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
    children: list[AgendaItem] = field(default_factory=ItemList)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("children", "id"):
            # The index of the meeting holding this item (if any) no longer matches.
            old = self.__dict__.get("children")
            owner = old.owner() if isinstance(old, ItemList) else None
            if name == "children":
                value = _item_list(value, owner)
            elif owner is not None:
                owner.invalidate()
        super().__setattr__(name, value)

    def __deepcopy__(self, memo: dict[int, Any]) -> AgendaItem:
        # The recovery copy of a large meeting is taken while the user types: the texts are
        # strings (shared, as copy.deepcopy shares them), so only the containers are copied,
        # without deepcopy's dispatch for every string. Any other field is deep-copied as usual.
        new = object.__new__(AgendaItem)
        memo[id(self)] = new
        new.__dict__.update(item_fields_copy(self, memo))
        return new

    def walk(self) -> Iterator[AgendaItem]:
        """This item and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


def _copied(value: T, copies: dict[str, Any], memo: dict[int, Any]) -> T:
    """A copy of ``value`` whose fields named in ``copies`` are copied by their function there,
    the others deep-copied (set as they are, past any ``__setattr__``)."""
    new = object.__new__(type(value))
    memo[id(value)] = new
    new.__dict__.update(_fields_copy(value, copies, memo))
    return new


def _fields_copy(
    value: object, copies: dict[str, Any], memo: dict[int, Any], skip: str = ""
) -> dict[str, Any]:
    """A deep copy of the fields of ``value`` (but the one named ``skip``), by name."""
    state = {}
    for name, field_value in value.__dict__.items():
        if name != skip:
            copier = copies.get(name)
            state[name] = copier(field_value, memo) if copier else copy.deepcopy(field_value, memo)
    return state


def _same(value: T, memo: dict[int, Any]) -> T:
    return value


def _list_copy(value: list[str], memo: dict[int, Any]) -> list[str]:
    return list(value)


def _text_copy(value: LangText, memo: dict[int, Any]) -> LangText:
    return dict(value)


def _annotation_copy(value: dict[str, list[str]], memo: dict[int, Any]) -> dict[str, list[str]]:
    return {lang: list(paragraphs) for lang, paragraphs in value.items()}


def _documents_copy(
    value: list[ReferenceDocument], memo: dict[int, Any]
) -> list[ReferenceDocument]:
    return [dataclasses.replace(document, title=dict(document.title)) for document in value]


def _children_copy(value: list[AgendaItem], memo: dict[int, Any]) -> ItemList:
    return ItemList([child.__deepcopy__(memo) for child in value])


#: How :meth:`AgendaItem.__deepcopy__` copies the fields whose types it knows.
_ITEM_FIELD_COPIES: dict[str, Any] = {
    "id": _same,
    "title": _text_copy,
    "annotation": _annotation_copy,
    "documents": _documents_copy,
    "children": _children_copy,
}


def item_fields_copy(item: AgendaItem, memo: dict[int, Any], skip: str = "") -> dict[str, Any]:
    """A deep copy of the fields of ``item`` (but the one named ``skip``), by name."""
    return _fields_copy(item, _ITEM_FIELD_COPIES, memo, skip)


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

    def __deepcopy__(self, memo: dict[int, Any]) -> Timetable:
        # Each edit of the timetable copies it (the command's before and after, the document's
        # own): the dates, times, ids and texts are shared, only the containers are copied.
        return _copied(self, _TIMETABLE_FIELD_COPIES, memo)

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


#: How :meth:`Timetable.__deepcopy__` copies the fields whose types it knows, and those of its
#: days, meetings and bodies.
_SLOT_FIELD_COPIES: dict[str, Any] = {
    "start": _same, "end": _same, "items": _list_copy, "body": _same,
}  # fmt: skip
_DAY_FIELD_COPIES: dict[str, Any] = {
    "date": _same,
    "slots": lambda slots, memo: [_copied(slot, _SLOT_FIELD_COPIES, memo) for slot in slots],
    "max_slots": _same,
}
_TIMETABLE_FIELD_COPIES: dict[str, Any] = {
    "days": lambda days, memo: [_copied(day, _DAY_FIELD_COPIES, memo) for day in days],
    "max_slots_per_day": _same,
    "bodies": lambda bodies, memo: [
        _copied(body, {"id": _same, "name": _text_copy}, memo) for body in bodies
    ],
}


#: The meeting's texts held per language (fields of :class:`Meeting`, each a ``LangText``), in
#: the order of the Meeting page. The one list: the file, the JSON interchange, validation, the
#: Meeting page and translation all go by it.
MEETING_TEXT_FIELDS: tuple[str, ...] = (
    "body", "subsidiary_body", "session", "venue", "title", "job_number", "reissue_note",
)  # fmt: skip
#: Those of them a language version translates, in the same order: the job number is each
#: version's own, never a translation of the original's.
TRANSLATED_MEETING_FIELDS: tuple[str, ...] = tuple(
    name for name in MEETING_TEXT_FIELDS if name != "job_number"
)


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
    #: The note a reissued document's symbol points to with its asterisk ("Reissued for
    #: technical reasons on 3 May 2026."), printed at the foot of page 1; per language version.
    reissue_note: LangText = field(default_factory=dict)
    page_size: PageSize = PageSize.A4
    items: list[AgendaItem] = field(default_factory=ItemList)
    timetable: Timetable = field(default_factory=Timetable)
    #: Where the meeting came from, when it was started from another document.
    origin: Origin | None = None

    def __post_init__(self) -> None:
        if self.original_language not in self.languages:
            self.languages.insert(0, self.original_language)
        self.__dict__["_index"] = ItemIndex(self)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "items":
            value = _item_list(value, self.__dict__.get("_index"))
        super().__setattr__(name, value)

    def __getstate__(self) -> dict[str, Any]:
        # A copy builds its own index: the one here points at this meeting's items.
        state = dict(self.__dict__)
        state.pop("_index", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__["_index"] = ItemIndex(self)

    @property
    def index(self) -> ItemIndex:
        """The index of the tree (kept up to date by :mod:`agenda_editor.core.tree`)."""
        index: ItemIndex = self.__dict__["_index"]
        return index

    def walk(self) -> Iterator[AgendaItem]:
        """Every item and sub-item, in document order."""
        for item in self.items:
            yield from item.walk()

    def item(self, item_id: str) -> AgendaItem:
        """The item with that id; ``KeyError`` if there is none."""
        return self.index.items()[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self.index.items()
