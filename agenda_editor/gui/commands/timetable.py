"""Undo commands that change the organization of work.

Each command works out the new timetable when it is made, from a copy of the current one, and
raises :class:`~agenda_editor.core.timetable.TimetableError` (nothing pushed, nothing changed)
when the edit is refused. ``redo``/``undo`` swap the whole timetable in and out through
:meth:`MeetingDocument.set_timetable`: simple, and exact whatever the edit did.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Timetable
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.texts import (
    References,
    day_heading,
    items_phrase,
    meeting_phrase,
    time_span,
    tr,
)


class TimetableCommand(QUndoCommand):
    """Replace the timetable by an edited copy; undo puts the old one back."""

    def __init__(
        self, document: MeetingDocument, edit: Callable[[Timetable], object], text: str = ""
    ) -> None:
        super().__init__(text)
        self.document = document
        self.old = copy.deepcopy(document.meeting.timetable)
        self.new = copy.deepcopy(self.old)
        #: What ``edit`` returned (a slot index, where moved placements stand...).
        self.result = edit(self.new)
        self.refs = References(document.meeting, document.language)
        self.lang = document.language

    def redo(self) -> None:
        self.document.set_timetable(self.new)

    def undo(self) -> None:
        self.document.set_timetable(self.old)


def _check_known(document: MeetingDocument, item_ids: list[str]) -> None:
    for item_id in item_ids:
        if not document.meeting.has_item(item_id):
            raise tt.TimetableError(
                tt.Refusal("unknown-item", f"There is no item {item_id!r}.", (("item", item_id),))
            )


class ScheduleItemsCommand(TimetableCommand):
    """Take up agenda items in a meeting (``slot`` may be the day's next new meeting)."""

    def __init__(
        self,
        document: MeetingDocument,
        item_ids: list[str],
        day: int,
        slot: int,
        position: int = -1,
        body: str | None = None,
    ) -> None:
        _check_known(document, item_ids)
        self.item_ids = list(item_ids)
        super().__init__(
            document, lambda t: tt.place_items(t, day, slot, position, self.item_ids, body)
        )
        self.day, self.slot = day, int(self.result)  # type: ignore[call-overload]
        self.setText(
            tr("Schedule {0} on {1}").format(
                items_phrase(self.refs, self.item_ids),
                meeting_phrase(self.new, day, self.slot, self.lang),
            )
        )


class MovePlacementsCommand(TimetableCommand):
    """Move placements within or between meetings; with ``copy`` the item continues there."""

    def __init__(
        self,
        document: MeetingDocument,
        sources: list[tt.Where],
        day: int,
        slot: int,
        position: int = -1,
        copy: bool = False,
        body: str | None = None,
    ) -> None:
        timetable = document.meeting.timetable
        ordered = sorted(set(sources))
        if tt.check_move(timetable, ordered, day, slot, copy, body) is None:
            self.item_ids = [timetable.days[d].slots[s].items[p] for d, s, p in ordered]
        else:
            self.item_ids = []
        self.copy = copy
        super().__init__(
            document, lambda t: tt.move_placements(t, ordered, day, slot, position, copy, body)
        )
        self.placed: list[tt.Where] = list(self.result)  # type: ignore[call-overload]
        self.day = day
        self.slot = self.placed[0][1] if self.placed else slot
        pattern = tr("Continue {0} on {1}") if copy else tr("Move {0} to {1}")
        self.setText(
            pattern.format(
                items_phrase(self.refs, self.item_ids),
                meeting_phrase(self.new, day, self.slot, self.lang),
            )
        )


class UnscheduleCommand(TimetableCommand):
    """Take placements out of their meetings (the items stay on the agenda)."""

    def __init__(self, document: MeetingDocument, sources: list[tt.Where]) -> None:
        super().__init__(document, lambda t: tt.unschedule(t, list(sources)))
        self.item_ids: list[str] = list(self.result)  # type: ignore[call-overload]
        self.setText(tr("Unschedule {0}").format(items_phrase(self.refs, self.item_ids)))


class AddSlotCommand(TimetableCommand):
    """Add a meeting to a day (refused beyond the day's limit)."""

    def __init__(
        self,
        document: MeetingDocument,
        day: int,
        start: dt.time | None = None,
        end: dt.time | None = None,
        body: str | None = None,
    ) -> None:
        super().__init__(document, lambda t: tt.add_slot(t, day, start, end, body))
        self.day, self.slot = day, int(self.result)  # type: ignore[call-overload]
        self.setText(
            tr("Add meeting on {0}").format(meeting_phrase(self.new, day, self.slot, self.lang))
        )


class RemoveSlotCommand(TimetableCommand):
    """Remove a meeting; the items it took up are unscheduled there (undo restores them)."""

    def __init__(self, document: MeetingDocument, day: int, slot: int) -> None:
        text_before = ""
        timetable = document.meeting.timetable
        if 0 <= day < len(timetable.days) and 0 <= slot < len(timetable.days[day].slots):
            text_before = meeting_phrase(timetable, day, slot, document.language)
        super().__init__(document, lambda t: tt.remove_slot(t, day, slot))
        self.item_ids: list[str] = list(self.result)  # type: ignore[call-overload]
        self.setText(tr("Remove meeting of {0}").format(text_before))


class SetSlotTimesCommand(TimetableCommand):
    """Change a meeting's times (the day's meetings stay in time order)."""

    def __init__(
        self, document: MeetingDocument, day: int, slot: int, start: dt.time, end: dt.time
    ) -> None:
        super().__init__(document, lambda t: tt.set_slot_times(t, day, slot, start, end))
        self.day, self.slot = day, int(self.result)  # type: ignore[call-overload]
        self.setText(
            tr("Change meeting times on {0} to {1}").format(
                day_heading(self.new.days[day].date, self.lang),
                time_span(self.new.days[day].slots[self.slot]),
            )
        )


class SetDefaultLimitCommand(TimetableCommand):
    """Set the number of meetings allowed per day; ``trim`` merges meetings beyond it."""

    def __init__(self, document: MeetingDocument, limit: int, trim: bool = False) -> None:
        super().__init__(document, lambda t: tt.set_default_limit(t, limit, trim))
        self.setText(tr("Allow {0} meeting(s) per day").format(limit))


class SetDayLimitCommand(TimetableCommand):
    """Set or clear (``None``) one day's own limit; ``trim`` merges meetings beyond it."""

    def __init__(
        self, document: MeetingDocument, day: int, limit: int | None, trim: bool = False
    ) -> None:
        super().__init__(document, lambda t: tt.set_day_limit(t, day, limit, trim))
        heading = day_heading(self.new.days[day].date, self.lang)
        if limit is None:
            self.setText(tr("Use the default number of meetings on {0}").format(heading))
        else:
            self.setText(tr("Allow {0} meeting(s) on {1}").format(limit, heading))


class SyncDaysCommand(TimetableCommand):
    """Give the timetable one day per date of the meeting.

    Days outside the dates that take up items are kept unless ``drop_scheduled`` (the panel
    asks the user first); ``kept`` lists them. Saturdays and Sundays are days of the meeting
    only if ``weekends``.
    """

    def __init__(
        self, document: MeetingDocument, drop_scheduled: bool = False, weekends: bool = True
    ) -> None:
        meeting = document.meeting
        if meeting.start is None or meeting.end is None:
            raise tt.TimetableError(
                tt.Refusal("no-dates", "The meeting has no start and end dates.")
            )
        start, end = meeting.start, meeting.end
        super().__init__(document, lambda t: tt.sync_days(t, start, end, drop_scheduled, weekends))
        self.kept: list[dt.date] = list(self.result)  # type: ignore[call-overload]
        self.setText(tr("Match the timetable's days to the meeting dates"))
