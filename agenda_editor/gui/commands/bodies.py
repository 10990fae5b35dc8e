"""Undo commands that change the bodies meeting side by side (plenary, Committee of the Whole).

Like the other timetable commands they swap the whole timetable in and out (see
:class:`~agenda_editor.gui.commands.timetable.TimetableCommand`), so undo is exact whatever the
edit did: removing a body brings back its meetings and their items.
"""

from __future__ import annotations

from agenda_editor.core import bodies
from agenda_editor.core import timetable as tt
from agenda_editor.core.languages import LangText
from agenda_editor.gui.commands.timetable import TimetableCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.texts import body_name, meeting_phrase, tr


def _name(document: MeetingDocument, body_id: str) -> str:
    meeting = document.meeting
    return body_name(meeting.timetable, body_id, document.language, meeting.original_language)


class AddBodyCommand(TimetableCommand):
    """Add a body meeting beside the others (its name in one or more languages)."""

    def __init__(self, document: MeetingDocument, name: LangText) -> None:
        super().__init__(document, lambda t: bodies.add_body(t, name))
        self.index = int(self.result)  # type: ignore[call-overload]
        self.body_id = self.new.bodies[self.index].id
        shown = (name.get(document.language) or next(iter(name.values()), "")).strip()
        self.setText(tr("Add body {0}").format(shown or self.index + 1))


class SetBodyNameCommand(TimetableCommand):
    """Name a body in one language version (an empty text leaves it untranslated there)."""

    def __init__(self, document: MeetingDocument, body_id: str, lang: str, text: str) -> None:
        before = _name(document, body_id)
        super().__init__(document, lambda t: bodies.set_body_name(t, body_id, lang, text))
        self.body_id = body_id
        self.setText(tr("Rename body {0}").format(before))


class RemoveBodyCommand(TimetableCommand):
    """Remove a body and its meetings (undo brings them back with their items)."""

    def __init__(self, document: MeetingDocument, body_id: str) -> None:
        before = _name(document, body_id)
        super().__init__(document, lambda t: bodies.remove_body(t, body_id))
        self.setText(tr("Remove body {0}").format(before))


class MoveBodyCommand(TimetableCommand):
    """Put a body elsewhere in the order of the bodies (the order of the annex's columns)."""

    def __init__(self, document: MeetingDocument, body_id: str, position: int) -> None:
        before = _name(document, body_id)
        super().__init__(document, lambda t: bodies.move_body(t, body_id, position))
        self.setText(tr("Move body {0}").format(before))


class SetSlotBodyCommand(TimetableCommand):
    """Make a meeting one of another body; its items go with it."""

    def __init__(self, document: MeetingDocument, day: int, slot: int, body_id: str) -> None:
        timetable = document.meeting.timetable
        before = ""
        if 0 <= day < len(timetable.days) and 0 <= slot < len(timetable.days[day].slots):
            before = meeting_phrase(timetable, day, slot, document.language)
        super().__init__(document, lambda t: tt.set_slot_body(t, day, slot, body_id))
        self.day, self.slot = day, int(self.result)  # type: ignore[call-overload]
        self.setText(tr("Move meeting of {0} to {1}").format(before, _name(document, body_id)))
