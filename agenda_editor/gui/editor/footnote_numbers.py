"""How many footnotes print before an item's annotation: the number its first footnote follows.

Footnotes are numbered through the whole agenda, so the editor of one item needs the count of
all footnotes above it after every edit. :class:`FootnoteNumbers` counts each item's footnotes
once per language and again only for an item whose texts changed (:meth:`changed`); the order
of the items is that of their numbers, worked out once per state of the tree.
"""

from __future__ import annotations

import functools

from agenda_editor.core import markup
from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import item_paths
from agenda_editor.gui.editor import conversion


class FootnoteNumbers:
    """The footnotes above each item of one meeting, in one language at a time."""

    def __init__(self) -> None:
        self._meeting: Meeting | None = None
        self._lang = ""
        #: Item id -> how many footnotes its annotation has in ``_lang``.
        self._counts: dict[str, int] = {}

    def changed(self, item_id: str) -> None:
        """The texts of the item with that id changed."""
        self._counts.pop(item_id, None)

    def forget(self) -> None:
        """Another meeting, or the meeting replaced: count everything again."""
        self._meeting = None
        self._counts.clear()

    def before(self, meeting: Meeting, lang: str, item_id: str) -> int:
        """How many footnotes the items above ``item_id`` have in ``lang``."""
        if meeting is not self._meeting or lang != self._lang:
            self._meeting, self._lang = meeting, lang
            self._counts.clear()
        counts = self._counts
        total = 0
        for other in item_paths(meeting):  # in document order
            if other == item_id:
                break
            count = counts.get(other)
            if count is None:
                paragraphs = meeting.item(other).annotation.get(lang, ())
                count = counts[other] = sum(map(footnote_count, paragraphs))
            total += count
        return total


@functools.lru_cache(maxsize=16384)
def footnote_count(paragraph: str) -> int:
    """Footnotes of a paragraph (counted once per text)."""
    return sum(isinstance(i, markup.Footnote) for i in conversion.parse_lenient(paragraph))
