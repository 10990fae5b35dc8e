"""The grid of a session where the plenary and a Committee of the Whole meet side by side:
rows grouped by body, drops into either body's meetings, meetings moved between bodies, bodies
added, renamed and removed, each undoable; drops beyond the day's limit say why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog

from agenda_editor.gui import mime
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.body_actions import BodyNameDialog
from agenda_editor.gui.timetable.dialogs import ScheduleDialog
from agenda_editor.gui.timetable.panel import TimetablePanel
from tests import factories
from tests.gui.timetable.test_timetable_view import send_drop, send_move


@pytest.fixture
def document(qapp) -> Iterator[MeetingDocument]:
    yield MeetingDocument(factories.two_body_meeting())


def cell_point(panel: TimetablePanel, row: int, day: int) -> QPoint:
    """The middle of the lower part of a cell (below its lines: a drop there goes at the end)."""
    rect = panel.view.visualRect(panel.model.index(row, day))
    return QPoint(rect.center().x(), rect.bottom() - 4)


def meetings(document: MeetingDocument, day: int) -> list[tuple[str, str, list[str]]]:
    return [
        (s.body, f"{s.start:%H:%M}", list(s.items))
        for s in document.meeting.timetable.days[day].slots
    ]


def test_rows_are_grouped_by_body_and_named(panel: TimetablePanel) -> None:
    model = panel.model
    # Day 2 has room for one more meeting (4 a day, all bodies together): the plenary's block
    # has a third row, the Committee's a second one on that day.
    assert model.layout.rows == [
        ("plenary", 0), ("plenary", 1), ("plenary", 2), ("cow", 0), ("cow", 1),
    ]  # fmt: skip
    assert model.headerData(0, model_vertical()) == "Plenary\nMeeting 1"
    assert model.headerData(3, model_vertical()) == "Committee of the Whole\nMeeting 1"
    assert model.headerData(1, model_vertical()) == "Meeting 2"
    assert [model.cell_state(day, 4) for day in (0, 1)] == ["meeting", "addable"]
    assert [model.cell_state(day, 2) for day in (0, 1)] == ["closed", "addable"]
    # A cell knows the meeting it shows: the Committee's afternoon of day 1 is slot 3.
    assert model.where(model.index(0, 0, model.index(4, 0))) == (0, 3, 0)


def model_vertical():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical


def test_drops_into_each_body_and_undo(panel: TimetablePanel, document: MeetingDocument) -> None:
    view, stack = panel.view, document.undo_stack
    # An item from the agenda into the Committee's next meeting of day 2: a new meeting of
    # the Committee (15:00), not of the plenary.
    event = send_drop(view, cell_point(panel, 4, 1), mime.encode_item_ids(["report"]))
    assert event.isAccepted()
    assert meetings(document, 1)[-1] == ("cow", "15:00", ["report"])
    assert "Committee of the Whole" in stack.undoText()
    # Day 2 is full now: the plenary's block lost its third row, the Committee's block moved up.
    assert panel.model.layout.rows == [("plenary", 0), ("plenary", 1), ("cow", 0), ("cow", 1)]
    # A placement of the plenary (day 1, morning, item 1 (a)) into the Committee's morning.
    send_drop(view, cell_point(panel, 2, 0), mime.encode_placements([(0, 0, 0)]))
    assert meetings(document, 0)[0] == ("plenary", "10:00", ["adoption", "needs"])
    assert meetings(document, 0)[2] == ("cow", "10:00", ["coop-info", "coop-joint", "open"])
    stack.undo()
    assert meetings(document, 0)[0][2] == ["open", "adoption", "needs"]
    assert meetings(document, 0)[2][2] == ["coop-info", "coop-joint"]
    stack.undo()
    assert len(document.meeting.timetable.days[1].slots) == 3
    stack.redo()
    assert meetings(document, 1)[-1] == ("cow", "15:00", ["report"])


def test_a_drop_beyond_the_days_limit_is_refused_and_says_why(
    panel: TimetablePanel, document: MeetingDocument, qtbot
) -> None:
    send_drop(panel.view, cell_point(panel, 4, 1), mime.encode_item_ids(["report"]))
    assert len(document.meeting.timetable.days[1].slots) == 4
    # Both days have their four meetings. With five a day allowed, one more fits on each.
    document.meeting.timetable.max_slots_per_day = 5
    document.set_timetable(document.meeting.timetable)
    # Five a day: the plenary's third row is free to take a new meeting on each day...
    assert [panel.model.cell_state(day, 2) for day in (0, 1)] == ["addable", "addable"]
    send_drop(panel.view, cell_point(panel, 2, 0), mime.encode_item_ids(["report"]))
    assert meetings(document, 0)[2] == ("plenary", "19:00", ["report"])
    # ... and once day 1 holds five, no body can add one there: the drop says why.
    row = panel.model.layout.addable_row(0, "cow")
    assert row == -1 or panel.model.cell_state(0, row) != "addable"
    closed = panel.model.layout.rows.index(("cow", 2))
    assert panel.model.cell_state(0, closed) == "closed"
    with qtbot.waitSignal(panel.status_message) as message:
        move = send_move(panel.view, cell_point(panel, closed, 0), mime.encode_item_ids(["needs"]))
    assert not move.isAccepted()
    assert "at most 5 meeting(s), all bodies together" in message.args[0]


def test_a_meeting_moves_to_another_body_and_back(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    panel.view.setCurrentIndex(panel.model.index(1, 1))  # the plenary's afternoon of day 2
    assert panel.current_meeting() == (1, 1)
    assert panel.bodies.move_meeting("cow")
    assert meetings(document, 1) == [
        ("plenary", "10:00", ["coop", "resources"]),
        ("cow", "10:00", ["coop-regional", "coop-national"]),
        ("cow", "15:00", ["report"]),
    ]
    second_of_committee = panel.model.layout.rows.index(("cow", 1))
    assert panel.model.cell_state(1, second_of_committee) == "meeting"  # in its block now
    # The plenary's morning cannot join the Committee: it already meets then.
    panel.view.setCurrentIndex(panel.model.index(0, 1))
    assert not panel.bodies.move_meeting("cow")
    document.undo_stack.undo()
    assert meetings(document, 1)[1] == ("plenary", "15:00", ["report"])


def name_dialog(answer: str):
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyNameDialog)
        dialog.name_edit.setText(answer)
        return True

    return run


def test_bodies_are_added_renamed_per_language_and_removed_with_undo(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    timetable = lambda: document.meeting.timetable  # noqa: E731
    panel.run_dialog = name_dialog("Working Group on Draft Resolutions")
    assert panel.bodies.add_body()
    assert [b.name.get("en") for b in timetable().bodies][-1] == (
        "Working Group on Draft Resolutions"
    )
    assert panel.model.layout.rows[-1][0] == timetable().bodies[-1].id
    # Renamed in the French version: the English name stays.
    document.set_language("fr")
    panel.run_dialog = name_dialog("Groupe de travail sur les projets de résolution")
    assert panel.bodies.rename_body(timetable().bodies[-1].id)
    assert timetable().bodies[-1].name == {
        "en": "Working Group on Draft Resolutions",
        "fr": "Groupe de travail sur les projets de résolution",
    }
    # Removing the Committee asks first (it has meetings), then takes its meetings away.
    panel.ask_choice = lambda title, text, choices: "remove"
    assert panel.bodies.remove_body("cow")
    assert [b.id for b in timetable().bodies][:1] == ["plenary"]
    assert all(s.body != "cow" for day in timetable().days for s in day.slots)
    for _ in range(3):
        document.undo_stack.undo()
    assert [b.id for b in timetable().bodies] == ["plenary", "cow"]
    assert meetings(document, 0)[2] == ("cow", "10:00", ["coop-info", "coop-joint"])


def test_schedule_in_names_the_body_of_each_meeting(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    dialog = ScheduleDialog(document, ["report"], 1, 0, panel)
    dialog.day_combo.setCurrentIndex(1)
    texts = [dialog.slot_combo.itemText(n) for n in range(dialog.slot_combo.count())]
    assert texts[2].endswith("Committee of the Whole")
    assert texts[3:] == ["New meeting of Plenary", "New meeting of Committee of the Whole"]
    dialog.slot_combo.setCurrentIndex(4)
    ids, day, slot = dialog.choice()
    assert (day, slot, dialog.new_body()) == (1, 3, "cow")
    panel.schedule_items_at(ids, day, slot, dialog.new_body())
    assert meetings(document, 1)[-1] == ("cow", "15:00", ["report"])
    dialog.deleteLater()
