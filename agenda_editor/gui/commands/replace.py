"""The undo command of Replace and Replace All: every text changed, in one step."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from agenda_editor.core.model import AgendaItem, LangText, ReferenceDocument
from agenda_editor.gui.document import MeetingDocument

_Texts = tuple[LangText, dict[str, list[str]], list[ReferenceDocument]]


def _texts(item: AgendaItem) -> _Texts:
    return copy.deepcopy((item.title, item.annotation, item.documents))


class ReplaceTextsCommand(QUndoCommand):
    """Give items new titles, annotations and documents (``changed``: copies by id)."""

    def __init__(
        self, document: MeetingDocument, changed: dict[str, AgendaItem], text: str
    ) -> None:
        super().__init__(text)
        self.document = document
        self.old = {item_id: _texts(document.meeting.item(item_id)) for item_id in changed}
        self.new = {item_id: _texts(item) for item_id, item in changed.items()}

    def _apply(self, states: dict[str, _Texts]) -> None:
        for item_id, (title, annotation, documents) in states.items():
            item = self.document.meeting.item(item_id)
            for lang in sorted(set(item.title) | set(title)):
                if item.title.get(lang) != title.get(lang):
                    self.document.set_item_title(item_id, lang, title.get(lang))
            for lang in sorted(set(item.annotation) | set(annotation)):
                if item.annotation.get(lang) != annotation.get(lang):
                    self.document.set_annotation(item_id, lang, annotation.get(lang))
            if item.documents != documents:
                self.document.set_documents(item_id, documents)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
