"""Random sequences of timetable commands: undoing them all gives back the starting timetable
exactly, redoing them all gives back the final one, and no meeting ever takes up an item twice."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Timetable
from agenda_editor.gui.commands import timetable as cmd
from agenda_editor.gui.document import MeetingDocument
from tests import factories

ids = st.sampled_from(factories.SAMPLE_ORDER)
small = st.integers(min_value=0, max_value=3)
edits = st.one_of(
    st.tuples(st.just("schedule"), st.lists(ids, min_size=1, max_size=3), small, small, small),
    st.tuples(st.just("move"), st.lists(st.tuples(small, small, small), min_size=1, max_size=2),
              small, small, small, st.booleans()),
    st.tuples(st.just("unschedule"), st.lists(st.tuples(small, small, small), min_size=1)),
    st.tuples(st.just("add"), small),
    st.tuples(st.just("remove"), small, small),
    st.tuples(st.just("limit"), small, st.booleans()),
    st.tuples(st.just("day-limit"), small, st.one_of(st.none(), small), st.booleans()),
)  # fmt: skip


def make(document: MeetingDocument, edit: tuple) -> cmd.TimetableCommand:
    kind, *args = edit
    if kind == "schedule":
        return cmd.ScheduleItemsCommand(document, *args)
    if kind == "move":
        return cmd.MovePlacementsCommand(document, *args)
    if kind == "unschedule":
        return cmd.UnscheduleCommand(document, *args)
    if kind == "add":
        return cmd.AddSlotCommand(document, *args)
    if kind == "remove":
        return cmd.RemoveSlotCommand(document, *args)
    if kind == "limit":
        return cmd.SetDefaultLimitCommand(document, *args)
    return cmd.SetDayLimitCommand(document, *args)


def no_duplicates(timetable: Timetable) -> bool:
    return all(
        len(slot.items) == len(set(slot.items)) for day in timetable.days for slot in day.slots
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(edits, max_size=12))
def test_undo_all_restores_and_redo_all_replays(qtbot, sequence: list[tuple]) -> None:
    _replay_and_check(MeetingDocument(factories.sample_meeting()), sequence)


def _replay_and_check(document: MeetingDocument, sequence: list[tuple]) -> None:
    start = copy.deepcopy(document.meeting.timetable)
    pushed = 0
    for edit in sequence:
        before = copy.deepcopy(document.meeting.timetable)
        try:
            command = make(document, edit)
        except tt.TimetableError:
            assert document.meeting.timetable == before  # a refused edit changes nothing
            continue
        document.push(command)
        pushed += 1
        assert no_duplicates(document.meeting.timetable)
    event(f"pushed {min(pushed, 3)}+")
    final = copy.deepcopy(document.meeting.timetable)
    assert document.undo_stack.count() == pushed
    for _ in range(pushed):
        document.undo_stack.undo()
    assert document.meeting.timetable == start
    for _ in range(pushed):
        document.undo_stack.redo()
    assert document.meeting.timetable == final
