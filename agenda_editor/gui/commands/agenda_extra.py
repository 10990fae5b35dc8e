"""Undo commands for typing in the item editor.

They are the text commands with typing merged (``merge=True``); ``fresh=True`` starts a new
step (after a paragraph break, a formatting change, a footnote). The merging rules themselves
are those of ``_MergingCommand`` in :mod:`agenda_editor.gui.commands.texts`.
"""

from __future__ import annotations

from agenda_editor.gui.commands.texts import SetAnnotationCommand, SetItemTitleCommand
from agenda_editor.gui.document import MeetingDocument


class TypeAnnotationCommand(SetAnnotationCommand):
    """An annotation edit typed in the editor; ``fresh`` starts a new undo step."""

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        lang: str,
        paragraphs: list[str],
        fresh: bool = False,
    ) -> None:
        super().__init__(document, item_id, lang, paragraphs, merge=True, fresh=fresh)


class TypeTitleCommand(SetItemTitleCommand):
    """A title edit typed in the editor's title field; ``fresh`` starts a new undo step."""

    def __init__(
        self, document: MeetingDocument, item_id: str, lang: str, title: str, fresh: bool = False
    ) -> None:
        super().__init__(document, item_id, lang, title, merge=True, fresh=fresh)
