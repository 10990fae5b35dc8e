"""Edits of the agenda tree: insert, remove, move, indent and outdent.

A position in the tree is a ``(parent_id, index)`` pair; ``parent_id`` is ``None`` for a
top-level item. Every edit is its own inverse's input, so undo commands can replay them exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from agenda_editor.core.model import MAX_DEPTH, AgendaItem, Meeting


class TreeError(ValueError):
    """An edit that would break the agenda's structure; the message says why."""


@dataclass(frozen=True)
class Position:
    parent_id: str | None
    index: int


def children_of(meeting: Meeting, parent_id: str | None) -> list[AgendaItem]:
    """The list that holds the children of ``parent_id`` (the top level for ``None``)."""
    return meeting.items if parent_id is None else meeting.item(parent_id).children


def position_of(meeting: Meeting, item_id: str) -> Position:
    """Where the item stands; ``KeyError`` if it is not in the agenda."""
    item = meeting.item(item_id)
    parent_id = meeting.index.parent_id(item_id)
    for index, sibling in enumerate(children_of(meeting, parent_id)):
        if sibling is item:
            return Position(parent_id, index)
    raise KeyError(item_id)  # pragma: no cover - the index and the tree always agree


def parent_of(meeting: Meeting, item_id: str) -> AgendaItem | None:
    parent_id = position_of(meeting, item_id).parent_id
    return None if parent_id is None else meeting.item(parent_id)


def depth_of(meeting: Meeting, item_id: str) -> int:
    """1 for a top-level item, 2 for a sub-item, ..."""
    return 1 + len(ancestors_of(meeting, item_id))


def height_of(item: AgendaItem) -> int:
    """Levels in the item's subtree: 1 for an item without sub-items."""
    return 1 + max((height_of(child) for child in item.children), default=0)


def ancestors_of(meeting: Meeting, item_id: str) -> list[str]:
    """Ids of the item's ancestors, nearest first."""
    result = []
    parent_id = meeting.index.parent_id(item_id)
    while parent_id is not None:
        result.append(parent_id)
        parent_id = meeting.index.parent_id(parent_id)
    return result


def check_insert(meeting: Meeting, item: AgendaItem, parent_id: str | None) -> str | None:
    """Why ``item`` may not go under ``parent_id``, or ``None`` when it may."""
    if parent_id is not None:
        if not meeting.has_item(parent_id):
            return f"there is no item {parent_id!r}"
        if any(node.id == parent_id for node in item.walk()):
            return "an item cannot be moved into itself or one of its own sub-items"
    parent_depth = 0 if parent_id is None else depth_of(meeting, parent_id)
    if parent_depth + height_of(item) > MAX_DEPTH:
        return f"the agenda allows at most {MAX_DEPTH} levels of items"
    return None


def insert_item(meeting: Meeting, item: AgendaItem, position: Position) -> None:
    reason = check_insert(meeting, item, position.parent_id)
    if reason:
        raise TreeError(reason)
    if any(meeting.has_item(node.id) for node in item.walk()):
        raise TreeError("an item with the same identifier is already in the agenda")
    siblings = children_of(meeting, position.parent_id)
    if not 0 <= position.index <= len(siblings):
        raise TreeError(f"position {position.index} is outside the list")
    _put(meeting, item, position)


def _put(meeting: Meeting, item: AgendaItem, position: Position) -> None:
    """Insert into the list and tell the index (the list alone would have it rebuilt)."""
    list.insert(children_of(meeting, position.parent_id), position.index, item)
    meeting.index.added(item, position.parent_id)


def remove_item(meeting: Meeting, item_id: str) -> tuple[AgendaItem, Position]:
    """Take the item (with its sub-items) out of the agenda; returns it and where it stood."""
    position = position_of(meeting, item_id)
    item = list.pop(children_of(meeting, position.parent_id), position.index)
    meeting.index.removed(item)
    return item, position


def check_move(meeting: Meeting, item_id: str, target: Position) -> str | None:
    """Why the item may not move to ``target`` (an index among the target's current children)."""
    if not meeting.has_item(item_id):
        return f"there is no item {item_id!r}"
    return check_insert(meeting, meeting.item(item_id), target.parent_id)


def move_item(meeting: Meeting, item_id: str, target: Position) -> Position:
    """Move an item; ``target.index`` counts in the target list *after* the item left it.

    Returns the position the item came from, so that moving it back undoes the move.
    """
    reason = check_move(meeting, item_id, target)
    if reason:
        raise TreeError(reason)
    item, origin = remove_item(meeting, item_id)
    siblings = children_of(meeting, target.parent_id)
    if not 0 <= target.index <= len(siblings):
        _put(meeting, item, origin)
        raise TreeError(f"position {target.index} is outside the list")
    _put(meeting, item, target)
    return origin


def indent_target(meeting: Meeting, item_id: str) -> Position | None:
    """Where indenting puts the item: last sub-item of its previous sibling (``None``: cannot)."""
    return None if check_indent(meeting, item_id) else _indent_position(meeting, item_id)


def check_indent(meeting: Meeting, item_id: str) -> str | None:
    """Why the item cannot be indented, or ``None`` when it can."""
    if not meeting.has_item(item_id):
        return f"there is no item {item_id!r}"
    target = _indent_position(meeting, item_id)
    if target is None:
        return "the first item of a list has no item above it to become a sub-item of"
    return check_move(meeting, item_id, target)


def _indent_position(meeting: Meeting, item_id: str) -> Position | None:
    position = position_of(meeting, item_id)
    if position.index == 0:
        return None
    previous = children_of(meeting, position.parent_id)[position.index - 1]
    return Position(previous.id, len(previous.children))


def outdent_target(meeting: Meeting, item_id: str) -> Position | None:
    """Where outdenting puts the item: right after its parent (``None``: already top level)."""
    position = position_of(meeting, item_id)
    if position.parent_id is None:
        return None
    parent_position = position_of(meeting, position.parent_id)
    return Position(parent_position.parent_id, parent_position.index + 1)
