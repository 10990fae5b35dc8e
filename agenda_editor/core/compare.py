"""What changed between two states of a meeting (two saved versions, or a version and now).

:func:`compare` matches agenda items by id, so an item keeps its identity when it is renamed,
moved or renumbered. It reports, for each item that differs:

- added (only in the new meeting) or removed (only in the old one);
- moved: put under another item, or taken out of the order of its sister items (the fewest
  items that explain the new order count as moved: moving one item up moves only it, even
  though every item between its old and new place changes number);
- renumbered: not moved, but with another number because items before it came, went or moved
  (the sub-items of a moved item are renumbered with it);
- its texts changed, per language and word by word: title, annotation paragraphs, their
  footnotes, and the titles of its documents (documents added and removed by symbol).

It also reports the meeting's fields that changed (per-language texts word by word), the days
of the timetable added and removed, where each item is taken up in the timetable, and the
bodies that meet added, removed and renamed.

Numbers are given as paths (``(1, 0)`` is item 2 (a)); each language writes them its own way
(:func:`agenda_editor.core.numbering.reference`).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from agenda_editor.core import markup
from agenda_editor.core.languages import sort_languages
from agenda_editor.core.model import AgendaItem, Body, Meeting, ReferenceDocument, Timetable
from agenda_editor.core.numbering import item_paths
from agenda_editor.core.word_diff import Piece, word_diff


class Status(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    RENUMBERED = "renumbered"
    #: Same place and number; only texts changed.
    KEPT = "kept"


class Part(enum.StrEnum):
    """Which text of an item changed."""

    TITLE = "title"
    ANNOTATION = "annotation"
    FOOTNOTES = "footnotes"
    DOCUMENT = "document"
    #: The name of a body of the timetable (``symbol``: its id).
    BODY = "body_name"


@dataclass(frozen=True)
class TextChange:
    """A text that differs in one language; ``old``/``new`` of ``None``: there was none."""

    part: str
    lang: str
    old: str | None
    new: str | None
    pieces: tuple[Piece, ...]
    #: For a document title: the document's symbol.
    symbol: str = ""
    #: The words are the same; only bold, italic and the like changed.
    formatting_only: bool = False


@dataclass(frozen=True)
class ItemChange:
    """An agenda item that differs between the two meetings."""

    id: str
    status: Status
    #: Its path in the old and the new meeting (``None`` where it is not).
    old_path: tuple[int, ...] | None
    new_path: tuple[int, ...] | None
    #: Its title per language: the new one, or the old one for a removed item.
    title: Mapping[str, str]
    texts: tuple[TextChange, ...] = ()
    documents_added: tuple[str, ...] = ()
    documents_removed: tuple[str, ...] = ()


def follows_parent(change: ItemChange) -> bool:
    """Whether a renumbered sub-item changed number only because its parent did ("3 (a)"
    became "5 (a)": same place under the same parent); a report may leave it to its parent."""
    old, new = change.old_path, change.new_path
    return (
        change.status == Status.RENUMBERED
        and old is not None
        and new is not None
        and len(old) == len(new) > 1
        and old[-1] == new[-1]
    )


@dataclass(frozen=True)
class FieldChange:
    """A field of the meeting that is not a text per language (symbol, dates, languages...)."""

    name: str
    old: str
    new: str


#: One meeting of a day: its date, start, end and the id of its body.
Sitting = tuple[dt.date, dt.time, dt.time, str]


@dataclass(frozen=True)
class PlacementChange:
    """An item taken up in other meetings of the timetable than before."""

    item_id: str
    #: (date, start, end, body id) of each meeting that takes it up, in order.
    old: tuple[Sitting, ...]
    new: tuple[Sitting, ...]


@dataclass(frozen=True)
class Comparison:
    """Everything that differs from ``old`` to ``new``; empty when they are alike."""

    items: tuple[ItemChange, ...] = ()
    #: Per-language texts of the meeting (``part`` is the field's name: "venue", "title"...).
    meeting_texts: tuple[TextChange, ...] = ()
    fields: tuple[FieldChange, ...] = ()
    days_added: tuple[dt.date, ...] = ()
    days_removed: tuple[dt.date, ...] = ()
    placements: tuple[PlacementChange, ...] = ()
    #: Bodies of the timetable (by id) added and removed, with their names per language.
    bodies_added: tuple[Body, ...] = ()
    bodies_removed: tuple[Body, ...] = ()
    #: Names of the bodies in both that changed (``symbol``: the body's id).
    body_names: tuple[TextChange, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    def with_status(self, status: Status) -> list[ItemChange]:
        return [change for change in self.items if change.status == status]

    def renumbered_alone(self) -> list[ItemChange]:
        """The renumbered items, without the sub-items that only follow their parent."""
        return [c for c in self.with_status(Status.RENUMBERED) if not follows_parent(c)]

    def carries_sub_items(self, change: ItemChange) -> bool:
        """Whether sub-items of this (moved or renumbered) item changed number with it."""
        return change.new_path is not None and any(
            follows_parent(other)
            and other.new_path is not None
            and other.new_path[:-1] == change.new_path
            for other in self.items
        )

    @property
    def texts_changed(self) -> list[ItemChange]:
        """Items (other than added and removed ones) whose texts or documents changed."""
        return [
            change
            for change in self.items
            if change.status not in (Status.ADDED, Status.REMOVED)
            and (change.texts or change.documents_added or change.documents_removed)
        ]

    def languages(self) -> list[str]:
        """The languages in which some text changed, in the UN order."""
        found = {text.lang for text in (*self.meeting_texts, *self.body_names)}
        for change in self.items:
            found.update(text.lang for text in change.texts)
        return sort_languages(found)


# -- texts -------------------------------------------------------------------------------------


def _text_change(
    part: str, lang: str, old: str | None, new: str | None, symbol: str = ""
) -> TextChange | None:
    if (old or "") == (new or ""):
        return None
    return TextChange(part, lang, old, new, tuple(word_diff(old or "", new or "")), symbol)


def lang_text_changes(
    part: str, old: Mapping[str, str], new: Mapping[str, str], symbol: str = ""
) -> list[TextChange]:
    """The languages in which a text held per language differs, in the UN order."""
    found = []
    for lang in sort_languages([*old, *new]):
        change = _text_change(part, lang, old.get(lang) or None, new.get(lang) or None, symbol)
        if change is not None:
            found.append(change)
    return found


def _plain(paragraph: str) -> tuple[str, str]:
    """The paragraph's text and its footnotes' texts (one a line)."""
    try:
        notes = "\n".join(note.plain for note in markup.footnotes(paragraph))
        return markup.plain_text(paragraph), notes
    except markup.MarkupError:
        return paragraph, ""


def _annotation_changes(old: AgendaItem, new: AgendaItem) -> list[TextChange]:
    found: list[TextChange] = []
    for lang in sort_languages([*old.annotation, *new.annotation]):
        before = old.annotation.get(lang) or []
        after = new.annotation.get(lang) or []
        if before == after:
            continue
        plain_before = [_plain(paragraph) for paragraph in before]
        plain_after = [_plain(paragraph) for paragraph in after]
        text_before = "\n".join(text for text, _notes in plain_before)
        text_after = "\n".join(text for text, _notes in plain_after)
        notes_before = "\n".join(notes for _text, notes in plain_before if notes)
        notes_after = "\n".join(notes for _text, notes in plain_after if notes)
        text = _text_change(Part.ANNOTATION, lang, text_before or None, text_after or None)
        notes = _text_change(Part.FOOTNOTES, lang, notes_before or None, notes_after or None)
        found += [change for change in (text, notes) if change is not None]
        if text is None and notes is None:
            # Only the formatting (bold, italic...) or empty paragraphs differ.
            found.append(
                TextChange(
                    Part.ANNOTATION,
                    lang,
                    text_before or None,
                    text_after or None,
                    tuple(word_diff(text_before, text_after)),
                    formatting_only=True,
                )
            )
    return found


def _document_keys(
    documents: Iterable[ReferenceDocument],
) -> dict[tuple[str, int], ReferenceDocument]:
    """Documents by symbol (and by occurrence, for a symbol listed twice)."""
    keyed: dict[tuple[str, int], ReferenceDocument] = {}
    counts: dict[str, int] = {}
    for document in documents:
        n = counts.get(document.symbol, 0)
        counts[document.symbol] = n + 1
        keyed[(document.symbol, n)] = document
    return keyed


def _item_texts(
    old: AgendaItem, new: AgendaItem
) -> tuple[list[TextChange], tuple[str, ...], tuple[str, ...]]:
    texts = lang_text_changes(Part.TITLE, old.title, new.title)
    texts += _annotation_changes(old, new)
    before, after = _document_keys(old.documents), _document_keys(new.documents)
    for key, document in after.items():
        if key in before:
            texts += lang_text_changes(
                Part.DOCUMENT, before[key].title, document.title, symbol=document.symbol
            )
    added = tuple(key[0] for key in after if key not in before)
    removed = tuple(key[0] for key in before if key not in after)
    return texts, added, removed


# -- the tree ----------------------------------------------------------------------------------


def _kept_in_order(order: list[int]) -> set[int]:
    """Positions of a longest increasing subsequence of ``order`` (the items that stayed)."""
    tails: list[int] = []  # the smallest last value of an increasing run of each length
    tail_at: list[int] = []  # where in ``order`` that value is
    previous: list[int] = [-1] * len(order)
    for n, value in enumerate(order):
        length = bisect.bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(n)
        else:
            tails[length] = value
            tail_at[length] = n
        previous[n] = tail_at[length - 1] if length else -1
    kept: set[int] = set()
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        kept.add(n)
        n = previous[n]
    return kept


def moved_items(old: Meeting, new: Meeting) -> set[str]:
    """Ids of the items in both meetings that were moved (see the module's description)."""
    old_index, new_index = old.index, new.index
    in_both = old_index.items().keys() & new_index.items().keys()
    moved = {
        item_id
        for item_id in in_both
        if old_index.parent_id(item_id) != new_index.parent_id(item_id)
    }
    old_paths = item_paths(old)
    groups: dict[str | None, list[str]] = {}
    for item in new.walk():
        if item.id in in_both and item.id not in moved:
            groups.setdefault(new_index.parent_id(item.id), []).append(item.id)
    for siblings in groups.values():
        order = [old_paths[item_id][-1] for item_id in siblings]
        kept = _kept_in_order(order)
        moved.update(item_id for n, item_id in enumerate(siblings) if n not in kept)
    return moved


# -- the timetable -----------------------------------------------------------------------------


def _taken_up(timetable: Timetable) -> dict[str, list[Sitting]]:
    found: dict[str, list[Sitting]] = {}
    for day in timetable.days:
        for slot in day.slots:
            for item_id in slot.items:
                found.setdefault(item_id, []).append((day.date, slot.start, slot.end, slot.body))
    return found


def _placement_changes(old: Timetable, new: Timetable) -> list[PlacementChange]:
    before, after = _taken_up(old), _taken_up(new)
    changes = []
    for item_id in [*after, *(key for key in before if key not in after)]:
        if before.get(item_id, []) != after.get(item_id, []):
            changes.append(
                PlacementChange(
                    item_id, tuple(before.get(item_id, [])), tuple(after.get(item_id, []))
                )
            )
    return changes


# -- the meeting -------------------------------------------------------------------------------

#: Fields of :class:`Meeting` compared elsewhere (the tree, the timetable).
_STRUCTURE = frozenset({"items", "timetable"})


def _field_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_field_text(part) for part in value)
    return str(value)


def _is_lang_text(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(text, str) for text in value.values())


def _meeting_fields(old: Meeting, new: Meeting) -> tuple[list[TextChange], list[FieldChange]]:
    """Every other field of the meeting, including fields added to it later."""
    texts: list[TextChange] = []
    fields: list[FieldChange] = []
    for spec in dataclasses.fields(Meeting):
        if spec.name in _STRUCTURE:
            continue
        before, after = getattr(old, spec.name), getattr(new, spec.name)
        if before == after:
            continue
        if _is_lang_text(before) and _is_lang_text(after):
            texts += lang_text_changes(spec.name, before, after)
            continue
        fields.append(FieldChange(spec.name, _field_text(before), _field_text(after)))
    return texts, fields


def compare(old: Meeting, new: Meeting) -> Comparison:
    """What differs from ``old`` to ``new`` (items in the new meeting's order, then the
    removed ones in the old meeting's order)."""
    old_paths, new_paths = item_paths(old), item_paths(new)
    moved = moved_items(old, new)
    items: list[ItemChange] = []
    old_items = {item.id: item for item in old.walk()}
    for item in new.walk():
        before = old_items.get(item.id)
        if before is None:
            items.append(ItemChange(item.id, Status.ADDED, None, new_paths[item.id], item.title))
            continue
        texts, added, removed = _item_texts(before, item)
        old_path, new_path = old_paths[item.id], new_paths[item.id]
        if item.id in moved:
            status = Status.MOVED
        elif old_path != new_path:
            status = Status.RENUMBERED
        else:
            status = Status.KEPT
        if status != Status.KEPT or texts or added or removed:
            items.append(
                ItemChange(
                    item.id, status, old_path, new_path, item.title, tuple(texts), added, removed
                )
            )
    new_ids = set(new_paths)
    for item in old.walk():
        if item.id not in new_ids:
            items.append(ItemChange(item.id, Status.REMOVED, old_paths[item.id], None, item.title))
    texts, fields = _meeting_fields(old, new)
    old_bodies = {body.id: body for body in old.timetable.bodies}
    new_bodies = {body.id: body for body in new.timetable.bodies}
    body_names = [
        text
        for body in new.timetable.bodies
        if body.id in old_bodies
        for text in lang_text_changes(Part.BODY, old_bodies[body.id].name, body.name, body.id)
    ]
    old_days = [day.date for day in old.timetable.days]
    new_days = [day.date for day in new.timetable.days]
    return Comparison(
        items=tuple(items),
        meeting_texts=tuple(texts),
        fields=tuple(fields),
        days_added=tuple(date for date in new_days if date not in old_days),
        days_removed=tuple(date for date in old_days if date not in new_days),
        placements=tuple(_placement_changes(old.timetable, new.timetable)),
        bodies_added=tuple(b for b in new.timetable.bodies if b.id not in old_bodies),
        bodies_removed=tuple(b for b in old.timetable.bodies if b.id not in new_bodies),
        body_names=tuple(body_names),
    )


__all__ = [
    "Comparison",
    "FieldChange",
    "ItemChange",
    "Part",
    "PlacementChange",
    "Status",
    "TextChange",
    "compare",
    "follows_parent",
    "lang_text_changes",
    "moved_items",
]
