"""Copies of a meeting taken again and again while it is edited (the crash-recovery copy).

A :class:`MeetingCopier` is told of every edit of the meeting it copies: of an item's texts
(:meth:`MeetingCopier.changed`) and of the tree (:meth:`MeetingCopier.tree_changed`). A copy
then makes new items only for the items an edit touched and their ancestors, and gives every
other branch the items it made for the copy before: a copy after an edit costs about the depth
of the tree, not its size. An edit of the tree it was not told about (the index of the meeting
counts them) makes it copy the whole tree again.

The items of a copy share their texts (titles, annotations, documents) with the meeting itself:
whatever changes an item's texts puts new objects in place (as
:class:`~agenda_editor.gui.document.MeetingDocument` does) and never changes the old ones, so a
copy stays as the meeting was when it was taken. Copies are for reading, never for changing.
"""

from __future__ import annotations

import copy

from agenda_editor.core.model import AgendaItem, ItemList, Meeting


class MeetingCopier:
    """Read-only copies of one meeting, each as the meeting was when it was taken."""

    def __init__(self) -> None:
        #: Item id -> (the item, the copy of it the last copy holds).
        self._copies: dict[str, tuple[AgendaItem, AgendaItem]] = {}
        #: Ids of the items whose copy is out of date (they or a descendant changed); every
        #: ancestor of one is in it too.
        self._stale: set[str] = set()
        #: The count of the meeting's tree changes that the copies are up to date with.
        self._version = -1

    def changed(self, meeting: Meeting, item_id: str | None) -> None:
        """The texts of the item with that id (title, annotation, documents), or its list of
        sub-items, changed (``None``: the list of top-level items)."""
        stale = self._stale
        while item_id is not None and item_id not in stale:
            stale.add(item_id)
            item_id = meeting.index.parent_id(item_id)

    def tree_changed(self, meeting: Meeting, before: int, *parent_ids: str | None) -> None:
        """The lists of sub-items of ``parent_ids`` changed; ``before`` is the meeting's count
        of tree changes (``meeting.index.version``) before the edit: any other change of the
        tree since the last copy makes the next copy copy every item."""
        if before != self._version:
            self.forget()
            return
        for parent_id in parent_ids:
            self.changed(meeting, parent_id)
        self._version = meeting.index.version

    def removed(self, item: AgendaItem) -> None:
        """``item`` left the meeting with its sub-items: their copies are not kept."""
        for node in item.walk():
            self._copies.pop(node.id, None)

    def forget(self) -> None:
        """Everything may have changed (another meeting took the place of the one copied)."""
        self._copies.clear()
        self._stale.clear()
        self._version = -1

    def copy(self, meeting: Meeting) -> Meeting:
        """A copy of ``meeting`` as it is now (equal to ``copy.deepcopy(meeting)``), sharing
        the items of the branches that did not change with the copies taken before."""
        meeting.index.items()  # every list of the tree now counts its changes
        if meeting.index.version != self._version:
            self.forget()
        state = meeting.__getstate__()
        items = state.pop("items")
        new_state = copy.deepcopy(state)
        new_state["items"] = ItemList([self._item(item) for item in items])
        self._stale.clear()
        self._version = meeting.index.version
        new: Meeting = Meeting.__new__(Meeting)
        new.__setstate__(new_state)
        return new

    def _item(self, item: AgendaItem) -> AgendaItem:
        kept = self._copies.get(item.id)
        if kept is not None and kept[0] is item and item.id not in self._stale:
            return kept[1]
        new = object.__new__(AgendaItem)
        fields = dict(item.__dict__)
        fields["children"] = ItemList([self._item(child) for child in item.children])
        new.__dict__.update(fields)
        self._copies[item.id] = (item, new)
        return new
