"""The undo command of File > Import Translation: every text the file filled, in one step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agenda_editor.core.exchange_merge import MergeResult
from agenda_editor.core.model import TRANSLATED_MEETING_FIELDS, Meeting, Timetable
from agenda_editor.gui.commands.texts import (
    SetAnnotationCommand,
    SetDocumentsCommand,
    SetItemTitleCommand,
    SetMeetingFieldCommand,
)
from agenda_editor.gui.commands.timetable import TimetableCommand
from agenda_editor.gui.document import MeetingDocument


def _with_body_names(merged: Meeting) -> Callable[[Timetable], None]:
    """An edit giving a timetable's bodies the names they have in ``merged``."""
    names = {body.id: dict(body.name) for body in merged.timetable.bodies}

    def edit(timetable: Timetable) -> None:
        for body in timetable.bodies:
            if body.id in names:
                body.name = dict(names[body.id])

    return edit


class ImportTranslationCommand(QUndoCommand):
    """Bring the meeting's ``lang`` version to the merged one (adding the version if it is
    new) and mark the texts to review; undo takes all of it back."""

    def __init__(self, document: MeetingDocument, result: MergeResult, language: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Import {0} translation").format(language)
        )
        self.document = document
        self.lang = result.lang
        self.review = {(result.lang, ref): text for ref, text in result.review.items()}
        self.replaced_review = {key: document.review.get(key) for key in self.review}
        merged, current = result.meeting, document.meeting
        self.steps: list[QUndoCommand] = []
        if merged.languages != current.languages:
            self.steps.append(SetMeetingFieldCommand(document, "languages", merged.languages))
        for name in TRANSLATED_MEETING_FIELDS:
            if getattr(merged, name) != getattr(current, name):
                self.steps.append(SetMeetingFieldCommand(document, name, getattr(merged, name)))
        names = [body.name for body in merged.timetable.bodies]
        if names != [body.name for body in current.timetable.bodies]:
            self.steps.append(TimetableCommand(document, _with_body_names(merged)))
        for item in merged.walk():
            ours = current.item(item.id)
            new_title = item.title.get(self.lang)
            if new_title is not None and new_title != ours.title.get(self.lang):
                self.steps.append(SetItemTitleCommand(document, item.id, self.lang, new_title))
            paragraphs = item.annotation.get(self.lang, [])
            if paragraphs != ours.annotation.get(self.lang, []):
                self.steps.append(
                    SetAnnotationCommand(document, item.id, self.lang, paragraphs, merge=False)
                )
            if item.documents != ours.documents:
                self.steps.append(SetDocumentsCommand(document, item.id, item.documents))

    def is_empty(self) -> bool:
        return not self.steps and not self.review

    def redo(self) -> None:
        self.document.review.update(self.review)
        for step in self.steps:
            step.redo()
        if not self.steps:
            self.document.changed.emit()  # only review marks: the translation mode shows them

    def undo(self) -> None:
        for key, previous in self.replaced_review.items():
            if previous is None:
                self.document.review.pop(key, None)
            else:
                self.document.review[key] = previous
        for step in reversed(self.steps):
            step.undo()
        if not self.steps:
            self.document.changed.emit()
