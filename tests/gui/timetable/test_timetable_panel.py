"""The Timetable tab: meetings added and removed within the limit, limits lowered with the
user's consent, days matched to the meeting's dates, "Schedule in...", and the screenshot."""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.dialogs import DayLimitDialog, ScheduleDialog, SlotTimesDialog
from agenda_editor.gui.timetable.panel import TimetablePanel
from tests import factories
from tests.factories import SAMPLE_END, SAMPLE_START

SCREENSHOT = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "timetable.png"


def days(document: MeetingDocument) -> list[list[list[str]]]:
    return [[list(s.items) for s in d.slots] for d in document.meeting.timetable.days]


class Answers:
    """Stands in for the user: answers each question with the next planned key."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, title: str, text: str, choices: list[tuple[str, str]]) -> str:
        self.asked.append(text)
        assert self.answers, f"unexpected question: {text}"
        answer = self.answers.pop(0)
        assert answer in [key for key, _ in choices]
        return answer


def test_add_meeting_is_refused_at_the_limit_with_the_reason(
    panel: TimetablePanel, document: MeetingDocument, qtbot
) -> None:
    panel.select_slot(1, 0)
    assert not panel.add_slot_action.isEnabled()
    with qtbot.waitSignal(panel.status_message) as message:
        assert not panel.add_slot(1)
    assert "Friday, 12 June allows at most 2 meeting" in message.args[0]
    panel.set_day_limit(1, 3)
    panel.select_slot(1, 0)
    assert panel.add_slot_action.isEnabled()
    assert panel.add_slot()
    assert len(document.meeting.timetable.days[1].slots) == 3
    assert panel.view.current_cell() == (1, 2)
    assert document.undo_stack.undoText() == "Add meeting on Friday, 12 June, 19:00–22:00"
    document.undo_stack.undo()
    assert len(document.meeting.timetable.days[1].slots) == 2


def test_removing_a_meeting_with_items_asks_first(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    panel.ask_choice = Answers("cancel")
    assert not panel.remove_slot(1, 1)
    assert len(document.meeting.timetable.days[1].slots) == 2
    panel.ask_choice = Answers("remove")
    assert panel.remove_slot(1, 1)
    assert days(document)[1] == [["coop", "resources"]]
    document.undo_stack.undo()
    assert days(document)[1] == [["coop", "resources"], ["report"]]


def test_lowering_the_default_limit_asks_and_merges_or_cancels(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    answers = Answers("cancel", "trim")
    panel.ask_choice = answers
    assert not panel.set_default_limit(1)
    assert document.meeting.timetable.max_slots_per_day == 2
    assert panel.limit_spin.value() == 2
    assert panel.set_default_limit(1)
    assert (
        "have more meetings than the new limit of 1: Thursday, 11 June; Friday, 12 June."
        in (answers.asked[0])
    )
    assert days(document) == [
        [["open", "adoption", "needs", "coop"]],
        [["coop", "resources", "report"]],
    ]
    assert panel.limit_spin.value() == 1
    document.undo_stack.undo()
    assert days(document) == factories_days()


def factories_days() -> list[list[list[str]]]:
    timetable = factories.sample_meeting().timetable
    return [[list(s.items) for s in d.slots] for d in timetable.days]


def test_day_limit_through_its_dialog(panel: TimetablePanel, document: MeetingDocument) -> None:
    def choose_one(dialog: QDialog) -> bool:
        assert isinstance(dialog, DayLimitDialog)
        dialog.use_default.setChecked(False)
        dialog.spin.setValue(1)
        assert "merge" in dialog.note.text()
        return True

    panel.run_dialog = choose_one
    panel.ask_choice = Answers("trim")
    assert panel.edit_day_limit(0)
    assert document.meeting.timetable.days[0].max_slots == 1
    assert days(document)[0] == [["open", "adoption", "needs", "coop"]]
    assert panel.model.rowCount() == 2  # Friday still has two meetings
    assert panel.model.index(1, 0).data() == "No interpretation"


def test_edit_times_reorders_and_refuses_an_end_before_the_start(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    def early(dialog: QDialog) -> bool:
        assert isinstance(dialog, SlotTimesDialog)
        dialog.end_edit.setTime(QTime(9, 0))
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.start_edit.setTime(QTime(8, 0))
        return True

    panel.run_dialog = early
    assert panel.edit_times(1, 1)
    assert days(document)[1] == [["report"], ["coop", "resources"]]
    assert panel.view.current_cell() == (1, 0)
    assert document.undo_stack.undoText() == (
        "Change meeting times on Friday, 12 June to 08:00–09:00"
    )


def test_schedule_in_dialog_places_the_tree_selection(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScheduleDialog)
        assert dialog.checked_ids() == ["coop-info"]
        dialog.day_combo.setCurrentIndex(1)
        dialog.slot_combo.setCurrentIndex(1)
        return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    panel.run_dialog = choose
    panel.schedule_items(["coop-info"])
    assert days(document)[1][1] == ["report", "coop-info"]


def test_schedule_in_dialog_refuses_an_item_already_in_the_meeting(
    panel: TimetablePanel, document: MeetingDocument, qtbot
) -> None:
    dialog = ScheduleDialog(document, ["needs"], 0, 0)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.problem.text() == "Item 2 is already taken up in that meeting."
    dialog.slot_combo.setCurrentIndex(1)
    dialog.slot_combo.setCurrentIndex(0)
    dialog.day_combo.setCurrentIndex(1)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_days_follow_the_meeting_dates_and_scheduled_days_are_asked_about(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    assert panel.days_bar.isHidden()
    later = SAMPLE_END + dt.timedelta(days=1)
    document.push(SetMeetingFieldCommand(document, "end", later))
    # The sample has no weekend days: Saturday is left out, and nothing is there to add...
    assert panel.days_bar.isHidden()
    assert not panel.sync_days_action.isEnabled()
    # ...until Saturdays and Sundays are days of the meeting.
    panel.days.weekends_action.setChecked(True)
    assert not panel.days_bar.isHidden()
    assert panel.sync_days()
    dates = [d.date for d in document.meeting.timetable.days]
    assert dates == [SAMPLE_START, SAMPLE_END, later]
    assert panel.days_bar.isHidden()
    assert panel.model.headerData(2, Qt.Orientation.Horizontal) == "Saturday, 13 June"
    # Moving the end before Friday: Friday takes up items, so the user is asked.
    document.push(SetMeetingFieldCommand(document, "end", SAMPLE_START))
    panel.ask_choice = Answers("cancel", "keep", "drop")
    assert not panel.sync_days()
    assert len(document.meeting.timetable.days) == 3
    assert panel.sync_days()  # keep: the empty Saturday goes, Friday stays
    assert [d.date for d in document.meeting.timetable.days] == [SAMPLE_START, SAMPLE_END]
    assert panel.sync_days()  # drop
    assert [d.date for d in document.meeting.timetable.days] == [SAMPLE_START]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [d.date for d in document.meeting.timetable.days] == [SAMPLE_START, SAMPLE_END, later]


def test_unscheduled_items_are_counted(panel: TimetablePanel, document: MeetingDocument) -> None:
    assert panel.unscheduled_label.text() == ""
    panel.view.set_picked([(1, 1, 0)])
    assert panel.unschedule(panel.view.selected_placements())
    assert panel.unscheduled_label.text() == "1 agenda item not scheduled"
    assert panel.unscheduled_label.toolTip() == "5"
    empty = copy.deepcopy(document.meeting.timetable)
    for day in empty.days:
        for slot in day.slots:
            slot.items.clear()
    document.set_timetable(empty)
    assert re.fullmatch(r"\d+ agenda items not scheduled", panel.unscheduled_label.text())


def test_set_document_switches_meetings(
    qtbot, panel: TimetablePanel, document: MeetingDocument
) -> None:
    other = MeetingDocument(factories.bare_meeting(factories.item("x", "Only item")))
    panel.set_document(other)
    assert panel.model.columnCount() == 0
    assert panel.schedule_action.isEnabled() is False
    # The old document no longer drives the grid.
    document.set_timetable(document.meeting.timetable)
    assert panel.model.columnCount() == 0
    panel.set_document(document)
    assert panel.model.columnCount() == 2


def test_screenshot_of_the_sample_meeting(panel: TimetablePanel, tmp_path: Path) -> None:
    """Renders the panel; with SAVE_SCREENSHOTS=1 it refreshes docs/screenshots/timetable.png
    (for a person to look at)."""
    panel.select_slot(0, 1)
    panel.view.set_picked([(0, 1, 0)])
    image = panel.grab()
    assert not image.isNull() and image.width() >= 900
    target = SCREENSHOT if os.environ.get("SAVE_SCREENSHOTS") == "1" else tmp_path / "t.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target))


def test_move_to_dialog_moves_or_continues_the_selected_items(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    from agenda_editor.gui.timetable.dialogs import MoveDialog

    def continue_on_friday(dialog: QDialog) -> bool:
        assert isinstance(dialog, MoveDialog)
        dialog.day_combo.setCurrentIndex(1)
        dialog.slot_combo.setCurrentIndex(1)
        dialog.copy_box.setChecked(True)
        return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    panel.select_slot(0, 0)
    panel.view.set_picked([(0, 0, 2)])
    panel.run_dialog = continue_on_friday
    assert panel.move_selected()
    assert days(document)[0][0] == ["open", "adoption", "needs"]
    assert days(document)[1][1] == ["report", "needs"]
    assert panel.view.picked_placements() == [(1, 1, 1)]


def test_move_to_dialog_refuses_a_meeting_that_has_the_item(
    panel: TimetablePanel, document: MeetingDocument, qtbot
) -> None:
    from agenda_editor.gui.timetable.dialogs import MoveDialog

    dialog = MoveDialog(document, [(0, 0, 2)])
    qtbot.addWidget(dialog)
    dialog.slot_combo.setCurrentIndex(1)  # the afternoon already takes up item 2
    assert dialog.problem.text() == "Item 2 is already taken up in that meeting."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_default_limit_spin_box_acts_at_once_and_asks_when_lowering(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    panel.limit_spin.setValue(3)
    assert document.meeting.timetable.max_slots_per_day == 3
    assert panel.model.rowCount() == 3
    panel.ask_choice = Answers("cancel")
    panel.limit_spin.setValue(1)
    assert document.meeting.timetable.max_slots_per_day == 3
    assert panel.limit_spin.value() == 3


def test_replacing_the_meeting_and_switching_the_interface_language_redraw_the_grid(
    panel: TimetablePanel, document: MeetingDocument
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    meeting = factories.sample_meeting()
    meeting.timetable.days[0].slots[0].items = ["report"]
    document.replace_meeting(meeting)
    assert panel.model.index(0, 0).data().splitlines()[1] == "5  Adoption of the report"
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == "Meeting 1"
    assert panel.limit_label.text() == "&Meetings per day (default):"
