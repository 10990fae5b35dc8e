"""The grid model updates what changed instead of resetting: after any sequence of edits it
shows what a fresh model of the same meeting shows, a title edit repaints only the cells that
show that item, and a drop inserts lines without losing the views' selection."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from agenda_editor.core import rules
from agenda_editor.gui import mime
from agenda_editor.gui.commands import timetable as cmd
from agenda_editor.gui.commands.texts import SetItemTitleCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable import cells
from agenda_editor.gui.timetable import model as grid
from agenda_editor.gui.timetable.model import TimetableModel
from tests import factories
from tests.gui.test_commands_property import KINDS, TEXTS, _command

H = Qt.Orientation.Horizontal
CELL_ROLES = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
    grid.STATE_ROLE, grid.ENTRIES_ROLE, grid.FINDINGS_ROLE, grid.TIMES_ROLE, grid.WHERE_ROLE,
)  # fmt: skip
LINE_ROLES = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, grid.ITEM_ID_ROLE,
    grid.WHERE_ROLE, grid.FINDINGS_ROLE,
)  # fmt: skip
HEADER_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, grid.FINDINGS_ROLE)


def shown(model: TimetableModel) -> dict[Any, Any]:
    """Everything the grid shows: headers, cells, their lines, in every role."""
    out: dict[Any, Any] = {"shape": (model.rowCount(), model.columnCount())}
    for day in range(model.columnCount()):
        out[("day", day)] = [model.headerData(day, H, role) for role in HEADER_ROLES]
        for slot in range(model.rowCount()):
            cell = model.index(slot, day)
            lines = [
                [model.index(row, 0, cell).data(role) for role in LINE_ROLES]
                for row in range(model.rowCount(cell))
            ]
            out[(day, slot)] = ([cell.data(role) for role in CELL_ROLES], model.flags(cell), lines)
    return out


def marks_the_rule_check_gives(model: TimetableModel) -> dict[Any, Any]:
    """The markers of every cell and day as the rule check's timetable findings place them."""
    document = model.document
    content = cells.GridContent(model.refs, model.layout)
    findings = rules.timetable_findings(document.meeting)
    cells.place_markers(content, document.meeting, document.language, findings)
    return {
        (day, row): (content.cell_markers.get((day, row), []), content.day_markers.get(day, []))
        for day in range(model.columnCount())
        for row in range(model.rowCount())
    }


def marks_shown(model: TimetableModel) -> dict[Any, Any]:
    return {
        (day, row): (model.cell_markers(day, row), model.day_markers(day))
        for day in range(model.columnCount())
        for row in range(model.rowCount())
    }


def watched(document: MeetingDocument) -> tuple[TimetableModel, list[str]]:
    model = TimetableModel(document)
    model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    return model, resets


def _timetable_command(document: MeetingDocument, kind: str, a: int, b: int) -> Any:
    days = document.meeting.timetable.days
    day = a % len(days)
    if kind == "add-slot":
        return cmd.AddSlotCommand(document, day)
    if kind == "remove-slot":
        return cmd.RemoveSlotCommand(document, day, b % max(1, len(days[day].slots)))
    if kind == "day-limit":
        return cmd.SetDayLimitCommand(document, day, b % 4)
    if kind == "schedule":  # a drop from the agenda
        ids = [item.id for item in document.meeting.walk()]
        return cmd.ScheduleItemsCommand(document, [ids[b % len(ids)]], day, b % 3, a % 4 - 1)
    sources = [
        (d, s, p)
        for d, the_day in enumerate(days)
        for s, slot in enumerate(the_day.slots)
        for p in range(len(slot.items))
    ]
    if not sources:
        return None
    source = sources[b % len(sources)]
    return cmd.MovePlacementsCommand(document, [source], day, b % 2, -1, kind == "copy")


TIMETABLE_KINDS = ("add-slot", "remove-slot", "day-limit", "move-placement", "copy", "schedule")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(KINDS + TIMETABLE_KINDS), st.integers(0, 50), st.integers(0, 50), TEXTS
        ),
        min_size=1,
        max_size=8,
    )
)
def test_after_any_edits_undo_and_redo_the_grid_shows_what_a_fresh_one_shows(qapp, steps) -> None:
    document = MeetingDocument(copy.deepcopy(factories.sample_meeting()))
    model, resets = watched(document)
    for kind, a, b, text in steps:
        try:
            if kind in TIMETABLE_KINDS:
                command = _timetable_command(document, kind, a, b)
            else:
                command = _command(document, kind, a, b, text)
        except Exception as error:  # a refused edit (TimetableError) pushes nothing
            if type(error).__name__ != "TimetableError":
                raise
            command = None
        if command is None:
            continue
        document.push(command)
        assert shown(model) == shown(TimetableModel(document))
        # The order of items, checked again only for the days an edit changed, marks what the
        # rule check finds.
        assert marks_shown(model) == marks_the_rule_check_gives(model)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        assert shown(model) == shown(TimetableModel(document))
        assert marks_shown(model) == marks_the_rule_check_gives(model)
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert shown(model) == shown(TimetableModel(document))
    assert resets == []
    document.deleteLater()


def test_a_title_edit_repaints_only_the_cells_that_show_the_item(
    document: MeetingDocument,
) -> None:
    model, resets = watched(document)
    changed: list[tuple[int, int, int]] = []

    def note(first: QModelIndex, last: QModelIndex) -> None:
        for row in range(first.row(), last.row() + 1):
            parent = first.parent()
            if parent.isValid():
                changed.append((parent.column(), parent.row(), row))
            else:
                changed.extend((day, row, -1) for day in range(first.column(), last.column() + 1))

    model.dataChanged.connect(note)
    headers: list[int] = []
    model.headerDataChanged.connect(lambda _o, first, _last: headers.append(first))
    showing = [
        (d, s)
        for d, day in enumerate(document.meeting.timetable.days)
        for s, slot in enumerate(day.slots)
        if "needs" in slot.items
    ]
    assert len(showing) >= 2  # the item continues in a later meeting
    document.push(SetItemTitleCommand(document, "needs", "en", "Needs reviewed"))
    assert {(d, s) for d, s, _row in changed} == set(showing)
    for d, s, row in changed:
        if row >= 0:
            assert "Needs reviewed" in model.index(row, 0, model.index(s, d)).data()
    assert resets == [] and headers == []


def test_a_drop_inserts_its_lines_and_keeps_what_the_views_hold(
    document: MeetingDocument,
) -> None:
    model, resets = watched(document)
    inserted: list[tuple[int, int, int, int]] = []
    model.rowsInserted.connect(
        lambda parent, first, last: inserted.append((parent.column(), parent.row(), first, last))
    )
    elsewhere = QPersistentModelIndex(model.index(0, 0, model.index(0, 0)))
    text = elsewhere.data()
    data = mime.encode_item_ids(["coop-info"])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 1, 0, model.index(1, 1))
    assert inserted == [(1, 1, 1, 1)]
    assert model.index(1, 0, model.index(1, 1)).data(grid.ITEM_ID_ROLE) == "coop-info"
    assert elsewhere.isValid() and elsewhere.data() == text
    document.undo_stack.undo()
    assert model.rowCount(model.index(1, 1)) == 1
    assert resets == []


def test_a_move_that_renumbers_the_agenda_repaints_every_cell_it_changed(
    document: MeetingDocument,
) -> None:
    from agenda_editor.core import tree
    from agenda_editor.gui.commands.tree import MoveItemCommand

    model, resets = watched(document)
    before = shown(model)
    repainted: set[tuple[int, int]] = set()

    def note(first: QModelIndex, last: QModelIndex) -> None:
        if not first.parent().isValid():
            for day in range(first.column(), last.column() + 1):
                repainted.update((day, slot) for slot in range(first.row(), last.row() + 1))

    model.dataChanged.connect(note)
    first = document.meeting.items[0].id
    document.push(MoveItemCommand(document, first, tree.Position(None, 1)))
    after = shown(model)
    changed = {key for key in after if isinstance(key[0], int) and after[key] != before[key]}
    assert len(changed) >= 2  # items renumbered in several meetings
    assert changed <= repainted
    assert resets == []


def test_an_indent_that_renumbers_the_agenda_announces_each_cells_lines_at_once(
    document: MeetingDocument,
) -> None:
    """Each cell whose lines took new numbers has them announced in one signal that covers
    every line whose text changed (a large agenda renumbers a thousand lines at an indent)."""
    from agenda_editor.core import tree
    from agenda_editor.gui.commands.tree import MoveItemCommand

    model, resets = watched(document)
    cells_now = [(d, s) for d in range(model.columnCount()) for s in range(model.rowCount())]
    before = {cell: [e.text for e in model.entries(*cell)] for cell in cells_now}
    announced: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def note(first: QModelIndex, last: QModelIndex) -> None:
        parent = first.parent()
        if parent.isValid():
            cell = (parent.column(), parent.row())
            announced.setdefault(cell, []).append((first.row(), last.row()))

    model.dataChanged.connect(note)
    second = document.meeting.items[1].id
    target = tree.indent_target(document.meeting, second)
    assert target is not None
    document.push(MoveItemCommand(document, second, target))
    changed: dict[tuple[int, int], list[int]] = {}
    for cell in cells_now:
        after = [e.text for e in model.entries(*cell)]
        assert len(after) == len(before[cell])  # the same placements, renumbered
        rows = [
            row
            for row, (old, new) in enumerate(zip(before[cell], after, strict=True))
            if old != new
        ]
        if rows:
            changed[cell] = rows
    assert len(changed) >= 2  # items renumbered in several meetings
    assert announced.keys() == changed.keys()
    for cell, rows in changed.items():
        [(first, last)] = announced[cell]
        assert first <= rows[0] and rows[-1] <= last
    assert shown(model) == shown(TimetableModel(document))
    assert resets == []


def test_a_change_of_a_meetings_times_repaints_the_cells_whose_times_changed(
    document: MeetingDocument,
) -> None:
    """The times of a meeting are told apart from those it had (not from their text): a
    meeting that ends later repaints its cell alone, one put before the day's others moves
    their cells, which repaint; the undo repaints the same."""
    import datetime as dt

    model, resets = watched(document)
    repainted: set[tuple[int, int]] = set()

    def note(first: QModelIndex, last: QModelIndex) -> None:
        if not first.parent().isValid():
            for day in range(first.column(), last.column() + 1):
                repainted.update((day, row) for row in range(first.row(), last.row() + 1))

    model.dataChanged.connect(note)
    assert len(document.meeting.timetable.days[0].slots) >= 2
    first = document.meeting.timetable.days[0].slots[0]
    for slot, start, end, cells_moved in (
        (0, first.start, dt.time(first.end.hour, 45), [(0, 0)]),
        (1, dt.time(7, 0), dt.time(8, 30), [(0, 0), (0, 1)]),
    ):
        before = shown(model)
        repainted.clear()
        document.push(cmd.SetSlotTimesCommand(document, 0, slot, start, end))
        after = shown(model)
        changed = {key for key in after if isinstance(key[0], int) and after[key] != before[key]}
        assert changed == set(cells_moved)
        assert repainted == changed
        assert after == shown(TimetableModel(document))
    assert model.index(0, 0).data(grid.TIMES_ROLE) == "07:00–08:30"
    while document.undo_stack.canUndo():
        repainted.clear()
        before = shown(model)
        document.undo_stack.undo()
        after = shown(model)
        changed = {key for key in after if isinstance(key[0], int) and after[key] != before[key]}
        assert repainted == changed != set()
    assert resets == []
