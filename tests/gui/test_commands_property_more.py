"""Random sequences of the commands the first property test leaves out.

Meeting fields, reference documents, typed (merging) title and annotation edits, and every
timetable command: moving and continuing placements, adding and removing meetings, their times,
the per-day limits and matching the days to the meeting's dates. After every step the meeting
saved and opened again is the meeting in memory; undoing every step restores the start exactly
and redoing them all brings back the end, however the typed edits merged.
"""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand

from agenda_editor.core import markup
from agenda_editor.core.model import ReferenceDocument
from agenda_editor.core.timetable import TimetableError
from agenda_editor.gui.commands.texts import (
    SetDocumentsCommand,
    SetLetteredCommand,
    SetMeetingFieldCommand,
    TypeAnnotationCommand,
    TypeTitleCommand,
)
from agenda_editor.gui.commands.timetable import (
    AddSlotCommand,
    MovePlacementsCommand,
    RemoveSlotCommand,
    SetDayLimitCommand,
    SetDefaultLimitCommand,
    SetSlotTimesCommand,
    SyncDaysCommand,
)
from agenda_editor.gui.document import MeetingDocument
from tests.gui.command_replay import replay_save_and_undo

KINDS = (
    "venue",
    "end_date",
    "documents",
    "type_title",
    "type_annotation",
    "lettered",
    "move_placement",
    "add_slot",
    "remove_slot",
    "slot_times",
    "default_limit",
    "day_limit",
    "sync_days",
)
WORDS = st.text(alphabet="abcdefgh éß", min_size=1, max_size=8)


def _placements(document: MeetingDocument) -> list[tuple[int, int, int]]:
    days = document.meeting.timetable.days
    return [
        (d, s, p)
        for d, day in enumerate(days)
        for s, slot in enumerate(day.slots)
        for p, _ in enumerate(slot.items)
    ]


def _timetable_command(document: MeetingDocument, kind: str, a: int, b: int) -> QUndoCommand | None:
    """One timetable command; ``None`` where there is nothing to act on; ``TimetableError``
    where the timetable refuses it."""
    days = document.meeting.timetable.days
    if kind == "sync_days":
        return SyncDaysCommand(document, drop_scheduled=bool(a % 2))
    if kind == "default_limit":
        return SetDefaultLimitCommand(document, 1 + a % 3, trim=bool(b % 2))
    if not days:
        return None
    day = a % len(days)
    if kind == "day_limit":
        return SetDayLimitCommand(document, day, None if b % 3 == 0 else b % 3, trim=bool(a % 2))
    if kind == "add_slot":
        return AddSlotCommand(document, day)
    slots = days[day].slots
    if not slots:
        return None
    slot = b % len(slots)
    if kind == "remove_slot":
        return RemoveSlotCommand(document, day, slot)
    if kind == "slot_times":
        start = dt.time(8 + b % 10, 0)
        return SetSlotTimesCommand(document, day, slot, start, dt.time(start.hour + 2, 30))
    placed = _placements(document)
    if not placed:
        return None
    source = placed[b % len(placed)]
    return MovePlacementsCommand(document, [source], day, slot, copy=bool(a % 2))


def _command(
    document: MeetingDocument, kind: str, a: int, b: int, text: str
) -> QUndoCommand | None:
    meeting = document.meeting
    ids = [item.id for item in meeting.walk()]
    pick = ids[a % len(ids)]
    lang = ("en", "fr")[b % 2]
    if kind == "venue":
        return SetMeetingFieldCommand(document, "venue", {**meeting.venue, lang: text}, merge=True)
    if kind == "end_date":
        assert meeting.start is not None
        return SetMeetingFieldCommand(document, "end", meeting.start + dt.timedelta(days=b % 6))
    if kind == "documents":
        documents = copy.deepcopy(meeting.item(pick).documents)
        if b % 3 == 0 and documents:
            documents.pop(a % len(documents))
        else:
            documents.append(ReferenceDocument(f"A/AC.{a}/{b}", {lang: text}))
        return SetDocumentsCommand(document, pick, documents)
    if kind == "type_title":
        return TypeTitleCommand(document, pick, lang, text, fresh=b % 4 == 0)
    if kind == "type_annotation":
        return TypeAnnotationCommand(document, pick, lang, [text], fresh=b % 4 == 0)
    if kind == "lettered":
        paragraphs = meeting.item(pick).annotation.get(lang, [])
        index = a % (len(paragraphs) + 1)  # past the end: the empty line being typed
        lettered = index >= len(paragraphs) or not markup.is_lettered(paragraphs[index])
        return SetLetteredCommand(document, pick, lang, index, lettered)
    try:
        return _timetable_command(document, kind, a, b)
    except TimetableError:
        return None


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 50), st.integers(0, 50), WORDS),
        min_size=1,
        max_size=12,
    )
)
def test_every_command_saves_reopens_equal_and_undoes_exactly(qapp, steps) -> None:
    replay_save_and_undo(steps, _command)
