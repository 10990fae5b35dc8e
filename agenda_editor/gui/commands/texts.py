"""Undo commands that change texts: item titles, annotations, documents, masthead fields.

Typing produces many small edits; consecutive edits of the same text merge into one undo step
(``mergeWith``), so Undo takes back a burst of typing, not a single character. The rules of
that merging live here, in :class:`_MergingCommand`: a step ends where the typist paused at a
word boundary (a pause inside a word does not cut the word in two), after a long pause in any
case, or where the editor asks for a new step (``fresh``: a new paragraph, a format, a footnote).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agenda_editor.core import markup
from agenda_editor.core.model import ReferenceDocument
from agenda_editor.gui.document import MeetingDocument

#: Typing after a pause this long (seconds) at a word boundary starts a new undo step.
PAUSE = 1.5
#: After a pause this long, typing starts a new step even in the middle of a word.
LONG_PAUSE = 10.0
#: ID of the title commands, which the insertion of a new, untitled item also takes.
TITLE_ID = 1001

#: The clock of the typing rules (tests replace it to type "slowly" without waiting).
clock: Callable[[], float] = time.monotonic


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _flat(value: Any) -> str:
    """A text value as one string (titles, paragraphs, texts per language), to compare."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(f"{key}\t{_flat(value[key])}" for key in sorted(value))
    if isinstance(value, (list, tuple)):
        return "\n".join(_flat(v) for v in value)
    return repr(value)


def at_word_boundary(before: str, after: str) -> bool:
    """Whether the change from ``before`` to ``after`` starts at a word boundary: typed after
    a space or punctuation, or a space or punctuation typed (or deleted) at the change."""
    start = 0
    for a, b in zip(before, after, strict=False):
        if a != b:
            break
        start += 1
    around = after[start - 1 : start + 1] + before[start : start + 1]
    return start == 0 or any(not ch.isalnum() for ch in around)


class _MergingCommand(QUndoCommand):
    """A text edit that merges with the next edits of the same target while typing goes on.

    ``merge=False``: an edit that stands alone (a rename in the tree, a translation committed).
    ``fresh=True``: an edit that starts a new step, which the following typing joins.
    """

    ID = 0
    new: Any
    old: Any

    def __init__(self, text: str, key: tuple[Any, ...], merge: bool, fresh: bool = False) -> None:
        super().__init__(text)
        self.key = key
        self.merge = merge
        self.fresh = fresh
        self.stamp = clock()

    def id(self) -> int:
        return self.ID

    def continues(self, other: _MergingCommand) -> bool:
        """Whether ``other``, the next edit, is more of the same typing."""
        if not (isinstance(other, type(self)) and other.key == self.key):
            return False
        if not (self.merge and other.merge) or other.fresh:
            return False
        pause = other.stamp - self.stamp
        if pause > LONG_PAUSE:
            return False
        return pause <= PAUSE or not at_word_boundary(_flat(self.new), _flat(other.new))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _MergingCommand) or not self.continues(other):
            return False
        self.new = other.new
        self.stamp = other.stamp
        if _flat(self.new) == _flat(self.old):
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True


class SetItemTitleCommand(_MergingCommand):
    ID = TITLE_ID

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        lang: str,
        title: str,
        merge: bool = False,
        fresh: bool = False,
    ) -> None:
        super().__init__(_tr("Rename item"), (item_id, lang), merge, fresh)
        self.document, self.item_id, self.lang = document, item_id, lang
        self.old = document.meeting.item(item_id).title.get(lang)
        self.new = title

    def redo(self) -> None:
        self.document.set_item_title(self.item_id, self.lang, self.new)

    def undo(self) -> None:
        self.document.set_item_title(self.item_id, self.lang, self.old)


class SetAnnotationCommand(_MergingCommand):
    ID = 1002

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        lang: str,
        paragraphs: list[str],
        merge: bool = True,
        fresh: bool = False,
    ) -> None:
        super().__init__(_tr("Edit annotation"), (item_id, lang), merge, fresh)
        self.document, self.item_id, self.lang = document, item_id, lang
        self.old = list(document.meeting.item(item_id).annotation.get(lang, []))
        self.new = list(paragraphs)

    def redo(self) -> None:
        self.document.set_annotation(self.item_id, self.lang, self.new)

    def undo(self) -> None:
        self.document.set_annotation(self.item_id, self.lang, self.old)


class TypeAnnotationCommand(SetAnnotationCommand):
    """An annotation edit typed in the editor: merged with the typing around it
    (``merge=True``); ``fresh`` starts a new undo step (a paragraph break, a format, a footnote)."""

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
    """A title edit typed in the editor's title field: merged with the typing around it;
    ``fresh`` starts a new undo step."""

    def __init__(
        self, document: MeetingDocument, item_id: str, lang: str, title: str, fresh: bool = False
    ) -> None:
        super().__init__(document, item_id, lang, title, merge=True, fresh=fresh)


class SetDocumentsCommand(QUndoCommand):
    """Replace an item's list of reference documents (add, remove, edit, reorder)."""

    def __init__(
        self,
        document: MeetingDocument,
        item_id: str,
        documents: list[ReferenceDocument],
        text: str | None = None,
    ) -> None:
        super().__init__(text or _tr("Edit documents"))
        self.document, self.item_id = document, item_id
        self.old = copy.deepcopy(document.meeting.item(item_id).documents)
        self.new = copy.deepcopy(documents)

    def redo(self) -> None:
        self.document.set_documents(self.item_id, self.new)

    def undo(self) -> None:
        self.document.set_documents(self.item_id, self.old)


class SetMeetingFieldCommand(_MergingCommand):
    """Change a masthead field; consecutive typing in the same field merges."""

    ID = 1003

    def __init__(
        self, document: MeetingDocument, name: str, value: Any, merge: bool = False
    ) -> None:
        super().__init__(_tr("Edit meeting details"), (name,), merge)
        self.document, self.name = document, name
        self.old = copy.deepcopy(getattr(document.meeting, name))
        self.new = copy.deepcopy(value)

    def redo(self) -> None:
        self.document.set_meeting_field(self.name, self.new)

    def undo(self) -> None:
        self.document.set_meeting_field(self.name, self.old)


class SetLetteredCommand(QUndoCommand):
    """Mark one annotation paragraph as a lettered sub-paragraph ("(a) ...;"), or unmark it:
    its own undo step, never merged with typing. A paragraph past the end (the empty last line
    the officer is about to type in) is added, empty."""

    def __init__(
        self, document: MeetingDocument, item_id: str, lang: str, index: int, lettered: bool
    ) -> None:
        super().__init__(
            _tr("Mark as lettered sub-paragraph") if lettered else _tr("Make an ordinary paragraph")
        )
        self.document, self.item_id, self.lang = document, item_id, lang
        self.old = list(document.meeting.item(item_id).annotation.get(lang, []))
        self.new = self.old + [""] * (index + 1 - len(self.old))
        self.new[index] = markup.set_lettered(self.new[index], lettered)

    def redo(self) -> None:
        self.document.set_annotation(self.item_id, self.lang, self.new)

    def undo(self) -> None:
        self.document.set_annotation(self.item_id, self.lang, self.old)
