"""The grid model works from what an edit changed: whatever the edits (days added and removed
with the meeting's dates, meetings given to other bodies, items indented and renumbered,
drops and their undo), it shows what a model built afresh for the same meeting shows."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from agenda_editor.core import tree
from agenda_editor.core.timetable import TimetableError
from agenda_editor.gui import mime
from agenda_editor.gui.commands import bodies as body_cmd
from agenda_editor.gui.commands import timetable as cmd
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.commands.tree import MoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable import model as grid
from agenda_editor.gui.timetable.model import TimetableModel
from tests import factories
from tests.gui.test_commands_property import KINDS, TEXTS, _command
from tests.gui.timetable.test_timetable_incremental import (
    TIMETABLE_KINDS,
    _timetable_command,
    shown,
    watched,
)

DAY_KINDS = ("end-date", "sync-days", "add-body", "slot-body", "indent")


def _day_command(document: MeetingDocument, kind: str, a: int, b: int) -> Any:
    meeting = document.meeting
    if kind == "end-date":
        end = factories.SAMPLE_START + dt.timedelta(days=b % 4)
        return SetMeetingFieldCommand(document, "end", end)
    if kind == "sync-days":
        return cmd.SyncDaysCommand(document, drop_scheduled=a % 2 == 0, weekends=b % 2 == 0)
    if kind == "add-body":
        return body_cmd.AddBodyCommand(document, {"en": f"Body {a}"})
    days = meeting.timetable.days
    if kind == "slot-body":
        if not days or not days[a % len(days)].slots:
            return None
        bodies = meeting.timetable.bodies
        day = a % len(days)
        slot = b % len(days[day].slots)
        return body_cmd.SetSlotBodyCommand(document, day, slot, bodies[b % len(bodies)].id)
    ids = [item.id for item in meeting.walk()]
    if not ids:
        return None
    pick = ids[a % len(ids)]
    target = tree.indent_target(meeting, pick)
    if tree.check_indent(meeting, pick) or target is None:
        return None
    return MoveItemCommand(document, pick, target)


def _make(document: MeetingDocument, kind: str, a: int, b: int, text: str) -> Any:
    try:
        if kind in DAY_KINDS:
            return _day_command(document, kind, a, b)
        if kind in TIMETABLE_KINDS:
            if not document.meeting.timetable.days:
                return None
            return _timetable_command(document, kind, a, b)
        return _command(document, kind, a, b, text)
    except TimetableError:  # a refused edit pushes nothing
        return None


def same_as_fresh(model: TimetableModel, document: MeetingDocument) -> None:
    assert shown(model) == shown(TimetableModel(document))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(KINDS + TIMETABLE_KINDS + DAY_KINDS + DAY_KINDS),
            st.integers(0, 50),
            st.integers(0, 50),
            TEXTS,
        ),
        min_size=1,
        max_size=10,
    )
)
def test_after_edits_of_days_bodies_and_the_tree_the_grid_shows_what_a_fresh_one_shows(
    qapp, steps
) -> None:
    document = MeetingDocument(copy.deepcopy(factories.sample_meeting()))
    model, resets = watched(document)
    for kind, a, b, text in steps:
        command = _make(document, kind, a, b, text)
        if command is None:
            continue
        document.push(command)
        same_as_fresh(model, document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        same_as_fresh(model, document)
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
        same_as_fresh(model, document)
    assert resets == []
    document.deleteLater()


def _numbers(model: TimetableModel) -> dict[tuple[int, int], list[str]]:
    """The number each line of each cell shows ("2 (a)"), by cell."""
    found = {}
    for day in range(model.columnCount()):
        for row in range(model.rowCount()):
            cell = model.index(row, day)
            found[(day, row)] = [e.reference for e in cell.data(grid.ENTRIES_ROLE)]
    return found


def test_an_indent_that_renumbers_items_updates_every_number_the_grid_shows(
    document: MeetingDocument,
) -> None:
    model, resets = watched(document)
    before = _numbers(model)
    meeting = document.meeting
    second = meeting.items[1].id
    assert tree.check_indent(meeting, second) is None
    target = tree.indent_target(meeting, second)
    assert target is not None
    document.push(MoveItemCommand(document, second, target))
    after = _numbers(model)
    assert after != before  # the items after it moved up one number
    assert after == _numbers(TimetableModel(document))
    document.undo_stack.undo()
    assert _numbers(model) == before
    same_as_fresh(model, document)
    assert resets == []


def test_undoing_a_drop_restores_the_cell_it_went_into(document: MeetingDocument) -> None:
    model, resets = watched(document)
    cell = model.index(0, 1)
    lines = [model.index(r, 0, cell).data() for r in range(model.rowCount(cell))]
    data = mime.encode_item_ids(["coop-info"])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, cell)
    assert model.index(0, 0, cell).data(grid.ITEM_ID_ROLE) == "coop-info"
    same_as_fresh(model, document)
    document.undo_stack.undo()
    assert [model.index(r, 0, cell).data() for r in range(model.rowCount(cell))] == lines
    same_as_fresh(model, document)
    document.undo_stack.redo()
    assert model.index(0, 0, cell).data(grid.ITEM_ID_ROLE) == "coop-info"
    same_as_fresh(model, document)
    assert resets == []


def test_a_day_added_and_removed_with_the_dates_shows_as_a_column(
    document: MeetingDocument,
) -> None:
    model, resets = watched(document)
    days = model.columnCount()
    later = factories.SAMPLE_END + dt.timedelta(days=1)
    if later.weekday() >= 5:
        later += dt.timedelta(days=7 - later.weekday())
    document.push(SetMeetingFieldCommand(document, "end", later))
    document.push(cmd.SyncDaysCommand(document))
    assert model.columnCount() > days
    same_as_fresh(model, document)
    document.push(SetMeetingFieldCommand(document, "end", factories.SAMPLE_START))
    document.push(cmd.SyncDaysCommand(document, drop_scheduled=True))
    assert model.columnCount() == 1
    same_as_fresh(model, document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        same_as_fresh(model, document)
    assert model.columnCount() == days
    assert resets == []
