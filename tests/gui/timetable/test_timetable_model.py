"""The grid model: what each cell shows, and drops through ``dropMimeData`` with the vendor
MIME types (schedule, move, copy, refusals), each undone and redone."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from agenda_editor.core.model import Meeting
from agenda_editor.core.tree import Position
from agenda_editor.gui import mime
from agenda_editor.gui.commands.texts import SetItemTitleCommand
from agenda_editor.gui.commands.tree import MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.model import (
    CLOSED_BACKGROUND,
    STATE_ROLE,
    TimetableModel,
)

MOVE, COPY = Qt.DropAction.MoveAction, Qt.DropAction.CopyAction


def lines(model: TimetableModel, day: int, slot: int) -> list[str]:
    cell = model.index(slot, day)
    return [model.index(r, 0, cell).data() for r in range(model.rowCount(cell))]


def items(document: MeetingDocument, day: int, slot: int) -> list[str]:
    return list(document.meeting.timetable.days[day].slots[slot].items)


def drop(model: TimetableModel, data, action, day: int, slot: int, row: int = -1) -> bool:
    cell = model.index(slot, day)
    return model.dropMimeData(data, action, row, 0, cell)


# --- what the grid shows -------------------------------------------------------------------


def test_one_column_per_day_one_row_per_meeting(model: TimetableModel) -> None:
    assert model.columnCount() == 2
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Thursday, 11 June"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Friday, 12 June"
    cell = model.index(0, 0)
    assert cell.data().splitlines()[0] == "10:00–13:00"


def test_cells_list_numbers_titles_and_continued(model: TimetableModel) -> None:
    assert lines(model, 0, 0) == [
        "1 (a)  Opening of the meeting",
        "1 (b)  Adoption of the agenda and organization of work",
        "2  Review of capacity-building needs",
    ]
    assert lines(model, 0, 1) == [
        "2  Review of capacity-building needs (continued)",
        "3  Cooperation among providers of technical assistance",
    ]
    assert lines(model, 1, 0)[0].endswith("(continued)")


def test_document_language_and_original_fallback(
    model: TimetableModel, document: MeetingDocument
) -> None:
    document.meeting.item("resources").title.pop("fr")
    document.set_language("fr")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Jeudi 11 juin"
    assert lines(model, 0, 0)[0] == "1 a)  Ouverture de la réunion"
    assert lines(model, 0, 1)[0].endswith("(suite)")
    # No French title: the English one is shown, and the tooltip says why.
    resources = model.index(1, 0, model.index(0, 1))
    assert resources.data() == "4  Mobilization of resources"
    assert "translated" in resources.data(Qt.ItemDataRole.ToolTipRole)


def test_cells_beyond_the_limit_are_greyed_and_the_next_one_invites_a_drop(
    model: TimetableModel, document: MeetingDocument
) -> None:
    timetable = document.meeting.timetable
    timetable.days[1].max_slots = 3
    document.set_timetable(timetable)
    assert model.rowCount() == 3
    closed, addable = model.index(2, 0), model.index(2, 1)
    assert closed.data(STATE_ROLE) == "closed"
    assert closed.data(Qt.ItemDataRole.BackgroundRole) == CLOSED_BACKGROUND
    assert "at most 2" in closed.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(closed) & Qt.ItemFlag.ItemIsDropEnabled
    assert addable.data(STATE_ROLE) == "addable"


def test_rules_findings_mark_cells(model: TimetableModel, document: MeetingDocument) -> None:
    timetable = document.meeting.timetable
    timetable.days[0].slots[1].start = timetable.days[0].slots[0].start  # overlap
    timetable.days[1].slots[0].items.insert(0, "org")  # taken up after item 3
    document.set_timetable(timetable)
    overlapping = model.index(1, 0)
    assert overlapping.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overlaps" in overlapping.data(Qt.ItemDataRole.ToolTipRole)
    org = model.index(0, 0, model.index(0, 1))
    assert "taken up after item 3" in org.data(Qt.ItemDataRole.ToolTipRole)


# --- updates from the agenda ----------------------------------------------------------------


def test_renaming_an_item_updates_the_grid_at_once(
    model: TimetableModel, document: MeetingDocument, qtbot
) -> None:
    with qtbot.waitSignal(model.dataChanged):
        document.push(SetItemTitleCommand(document, "needs", "en", "Needs of States"))
    assert lines(model, 0, 0)[2] == "2  Needs of States"
    assert lines(model, 0, 1)[0] == "2  Needs of States (continued)"
    document.undo_stack.undo()
    assert lines(model, 0, 0)[2] == "2  Review of capacity-building needs"


def test_renumbering_an_item_updates_the_grid(
    model: TimetableModel, document: MeetingDocument
) -> None:
    document.push(MoveItemCommand(document, "report", Position(None, 0)))
    assert lines(model, 1, 1) == ["1  Adoption of the report"]
    assert lines(model, 1, 0)[1] == "5  Mobilization of resources"


def test_deleting_an_item_removes_its_placements_and_undo_restores_them(
    model: TimetableModel, document: MeetingDocument
) -> None:
    before = [lines(model, d, s) for d in range(2) for s in range(2)]
    document.push(RemoveItemCommand(document, "needs"))
    assert "needs" not in items(document, 0, 0) + items(document, 0, 1)
    assert not any("Review" in line for line in lines(model, 0, 0) + lines(model, 0, 1))
    document.undo_stack.undo()
    assert [lines(model, d, s) for d in range(2) for s in range(2)] == before


# --- drops ----------------------------------------------------------------------------------


def test_drop_items_from_the_tree_onto_a_cell(
    model: TimetableModel, document: MeetingDocument
) -> None:
    data = mime.encode_item_ids(["coop-info", "coop-joint"])
    assert model.canDropMimeData(data, COPY, 0, 0, model.index(1, 1))
    assert drop(model, data, COPY, day=1, slot=1, row=0)
    assert items(document, 1, 1) == ["coop-info", "coop-joint", "report"]
    assert lines(model, 1, 1)[0] == "3 (a)  Exchange of information"
    assert document.undo_stack.undoText() == (
        "Schedule items 3 (a), 3 (b) on Friday, 12 June, 15:00–18:00"
    )
    document.undo_stack.undo()
    assert items(document, 1, 1) == ["report"]
    document.undo_stack.redo()
    assert items(document, 1, 1) == ["coop-info", "coop-joint", "report"]


def test_drop_onto_a_line_inserts_before_it(
    model: TimetableModel, document: MeetingDocument
) -> None:
    cell = model.index(0, 1)
    line = model.index(1, 0, cell)  # "resources"
    assert model.dropMimeData(mime.encode_item_ids(["report"]), COPY, -1, 0, line)
    assert items(document, 1, 0) == ["coop", "report", "resources"]


def test_same_item_twice_in_one_meeting_is_refused_with_the_reason(
    model: TimetableModel, document: MeetingDocument
) -> None:
    data = mime.encode_item_ids(["needs"])
    cell = model.index(0, 0)
    assert not model.canDropMimeData(data, COPY, -1, 0, cell)
    assert model.drop_refusal(data, COPY, -1, cell) == (
        "Item 2 is already taken up in that meeting."
    )
    assert not drop(model, data, COPY, 0, 0)
    assert document.undo_stack.count() == 0


def test_drop_refused_beyond_the_day_limit_and_accepted_in_the_next_free_meeting(
    model: TimetableModel, document: MeetingDocument
) -> None:
    timetable = document.meeting.timetable
    timetable.days[1].max_slots = 3
    document.set_timetable(timetable)
    data = mime.encode_item_ids(["coop-info"])
    reason = model.drop_refusal(data, COPY, -1, model.index(2, 0))
    assert reason is not None and "Thursday, 11 June allows at most 2" in reason
    assert not drop(model, data, COPY, day=0, slot=2)
    assert drop(model, data, COPY, day=1, slot=2)
    assert [s.items for s in document.meeting.timetable.days[1].slots][2] == ["coop-info"]
    assert model.index(2, 1).data(STATE_ROLE) == "meeting"
    document.undo_stack.undo()
    assert len(document.meeting.timetable.days[1].slots) == 2


def test_move_placements_between_cells_and_within_a_cell(
    model: TimetableModel, document: MeetingDocument
) -> None:
    assert drop(model, mime.encode_placements([(0, 0, 0)]), MOVE, day=1, slot=1, row=0)
    assert items(document, 0, 0) == ["adoption", "needs"]
    assert items(document, 1, 1) == ["open", "report"]
    assert document.undo_stack.undoText() == "Move item 1 (a) to Friday, 12 June, 15:00–18:00"
    # Reorder: "needs" first in the first morning.
    assert drop(model, mime.encode_placements([(0, 0, 1)]), MOVE, day=0, slot=0, row=0)
    assert items(document, 0, 0) == ["needs", "adoption"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert items(document, 0, 0) == ["open", "adoption", "needs"]
    assert items(document, 1, 1) == ["report"]


def test_ctrl_drag_copies_and_the_copy_is_continued(
    model: TimetableModel, document: MeetingDocument
) -> None:
    data = mime.encode_placements([(1, 0, 1)])  # "resources"
    assert drop(model, data, COPY, day=1, slot=1, row=-1)
    assert items(document, 1, 0) == ["coop", "resources"]
    assert lines(model, 1, 1) == [
        "5  Adoption of the report",
        "4  Mobilization of resources (continued)",
    ]
    assert document.undo_stack.undoText().startswith("Continue item 4 on Friday")
    # Copying into the meeting it is already in is refused.
    assert not model.canDropMimeData(data, COPY, -1, 0, model.index(0, 1))
    document.undo_stack.undo()
    assert lines(model, 1, 1) == ["5  Adoption of the report"]


def test_malformed_or_foreign_drops_are_refused(model: TimetableModel) -> None:
    from PySide6.QtCore import QMimeData

    junk = QMimeData()
    junk.setData(mime.ITEM_IDS_MIME, b"{not json")
    assert not model.canDropMimeData(junk, COPY, -1, 0, model.index(0, 0))
    text = QMimeData()
    text.setText("1")
    assert not model.canDropMimeData(text, COPY, -1, 0, model.index(0, 0))
    unknown = mime.encode_item_ids(["nope"])
    assert model.drop_refusal(unknown, COPY, -1, model.index(0, 0)) == (
        "That item is no longer in the agenda."
    )
    assert not model.canDropMimeData(mime.encode_item_ids(["org"]), COPY, -1, 0, QModelIndex())


def test_mime_data_of_a_cell_carries_its_placements(model: TimetableModel) -> None:
    data = model.mimeData([model.index(1, 1)])
    assert mime.decode_placements(data) == [(1, 1, 0)]
    assert not data.hasFormat(mime.ITEM_IDS_MIME)


def test_json_timetable_section_round_trips_what_the_grid_shows(
    model: TimetableModel, document: MeetingDocument, qtbot
) -> None:
    import json

    from agenda_editor.interchange import read_json, to_json_dict

    drop(model, mime.encode_placements([(1, 0, 1)]), COPY, day=1, slot=1)
    timetable = document.meeting.timetable
    timetable.days[0].max_slots = 3
    document.set_timetable(timetable)
    shown = [[lines(model, d, s) for s in range(model.rowCount())] for d in range(2)]
    text = json.dumps(to_json_dict(document.meeting))
    meeting: Meeting = read_json(text)
    again = TimetableModel(MeetingDocument(meeting))
    assert again.rowCount() == model.rowCount()
    assert [[lines(again, d, s) for s in range(again.rowCount())] for d in range(2)] == shown
    assert meeting.timetable == document.meeting.timetable
