"""Copies of a meeting taken again and again while it is edited (the crash-recovery copy).

A :class:`MeetingCopier` copies each item's texts once and gives later copies the same copied
texts until it is told that the item changed (:meth:`MeetingCopier.changed`): a copy after an
edit then copies only what the edit changed, and rebuilds the tree itself (new item objects and
lists, so a move or a removal is never missed). The copied texts are shared by the copies
:meth:`MeetingCopier.copy` returns: they are for reading, never for changing.
"""

from __future__ import annotations

import copy
from typing import Any

from agenda_editor.core.model import AgendaItem, ItemList, Meeting, item_fields_copy


class MeetingCopier:
    """Read-only copies of one meeting, each as the meeting was when it was taken."""

    def __init__(self) -> None:
        #: Item id -> (the item, its fields but ``children`` as copied when last asked for).
        self._kept: dict[str, tuple[AgendaItem, dict[str, Any]]] = {}

    def changed(self, item_id: str) -> None:
        """The texts (title, annotation, documents) of the item with that id changed."""
        self._kept.pop(item_id, None)

    def forget(self) -> None:
        """Everything may have changed (another meeting took the place of the one copied)."""
        self._kept.clear()

    def copy(self, meeting: Meeting) -> Meeting:
        """A copy of ``meeting`` as it is now (equal to ``copy.deepcopy(meeting)``), sharing
        the texts of the items that did not change with the copies taken before."""
        state = meeting.__getstate__()
        items = state.pop("items")
        new_state = copy.deepcopy(state)
        kept: dict[str, tuple[AgendaItem, dict[str, Any]]] = {}
        new_state["items"] = ItemList([self._item(item, kept) for item in items])
        # Items gone from the meeting are no longer kept.
        self._kept = kept
        new: Meeting = Meeting.__new__(Meeting)
        new.__setstate__(new_state)
        return new

    def _item(
        self, item: AgendaItem, kept: dict[str, tuple[AgendaItem, dict[str, Any]]]
    ) -> AgendaItem:
        entry = self._kept.get(item.id)
        if entry is None or entry[0] is not item:
            entry = (item, item_fields_copy(item, {}, skip="children"))
        kept[item.id] = entry
        new = object.__new__(AgendaItem)
        new.__dict__.update(entry[1])
        new.__dict__["children"] = ItemList([self._item(child, kept) for child in item.children])
        return new
