"""The timetable follows the meeting's dates (issue 17): one Match Days action, offered on the
Meeting page right after the dates change, saying which days it adds and removes, whether
Saturdays and Sundays are included, and that items on removed days go back to unscheduled."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from agenda_editor.core import rules
from tests.factories import SAMPLE_END, SAMPLE_START

MONDAY = SAMPLE_END + dt.timedelta(days=3)  # the sample meets on Thursday 11 and Friday 12 June


def _set_date(field, value: dt.date) -> None:
    field.edit.setFocus()
    field.edit.setDate(QDate(value.year, value.month, value.day))
    field.edit.editingFinished.emit()


def _dates(window) -> list[dt.date]:
    return [day.date for day in window.document.meeting.timetable.days]


def test_one_match_days_action_in_the_timetable_menu(window) -> None:
    texts = [a.text() for a in window.findChildren(QAction)]
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    assert not [t for t in texts if "update days" in t.lower()]
    assert texts.count("Match Days to Meeting &Dates") == 1
    menu = window.menus.timetable_menu
    matching = [a for a in menu.actions() if "Match Days" in a.text()]
    assert matching == [window.timetable_panel.sync_days_action]
    # The panel's bar and the Meeting page's offer press that same action.
    assert window.timetable_panel.days_bar.button.defaultAction() is matching[0]
    assert window.meeting_days_bar.button.defaultAction() is matching[0]


def test_changing_the_last_day_offers_to_follow_and_says_weekends_are_left_out(
    window,
) -> None:
    window.show_tab(window.meeting_page)
    bar = window.meeting_days_bar
    assert bar.isHidden()
    _set_date(window.meeting_page.end, MONDAY)
    assert window.document.meeting.end == MONDAY
    assert not bar.isHidden()
    note = bar.note.text()
    assert "Days to add: Monday, 15 June." in note
    assert "Saturdays and Sundays are left out: Saturday, 13 June; Sunday, 14 June." in note
    assert not bar.weekends.isHidden() and not bar.weekends.isChecked()

    bar.button.click()
    assert _dates(window) == [SAMPLE_START, SAMPLE_END, MONDAY]
    message = window.statusBar().currentMessage()
    assert "Added Monday, 15 June." in message
    assert "Saturdays and Sundays left out." in message
    assert bar.isHidden()
    # Its own undo step, right after the change of date: undo takes the day away again.
    stack = window.document.undo_stack
    assert stack.undoText() == "Match the timetable's days to the meeting dates"
    stack.undo()
    assert _dates(window) == [SAMPLE_START, SAMPLE_END]
    assert window.document.meeting.end == MONDAY
    stack.redo()

    # Saturdays and Sundays included: the timetable's bar offers them.
    panel = window.timetable_panel
    assert panel.days_bar.isHidden()
    panel.days.weekends_action.setChecked(True)
    assert not panel.days_bar.isHidden()
    assert "Days to add: Saturday, 13 June; Sunday, 14 June." in panel.days_bar.note.text()
    assert "Saturdays and Sundays are days of the meeting." in panel.days_bar.note.text()
    panel.days_bar.button.click()
    weekend = [MONDAY - dt.timedelta(days=2), MONDAY - dt.timedelta(days=1)]
    assert _dates(window) == [SAMPLE_START, SAMPLE_END, *weekend, MONDAY]


def test_a_later_first_day_says_placed_items_go_back_to_unscheduled(
    window,
) -> None:
    asked: list[str] = []

    def answer(_title: str, text: str, choices: list[tuple[str, str]]) -> str:
        asked.append(text)
        return "drop"

    window.timetable_panel.ask_choice = answer
    window.show_tab(window.meeting_page)
    assert not rules.unscheduled_items(window.document.meeting)
    _set_date(window.meeting_page.start, SAMPLE_END)
    bar = window.meeting_days_bar
    note = bar.note.text()
    assert "Days to remove: Thursday, 11 June." in note
    assert "Items placed on Thursday, 11 June go back to the unscheduled items" in note
    bar.button.click()
    assert asked and "Thursday, 11 June" in asked[0]
    assert _dates(window) == [SAMPLE_END]
    # Thursday's five placements are gone: what was placed only there is unscheduled now.
    unscheduled = set(rules.unscheduled_items(window.document.meeting))
    assert unscheduled == {"org", "open", "adoption", "needs"}
    message = window.statusBar().currentMessage()
    assert "Removed Thursday, 11 June." in message
    assert "5 placed items went back to the unscheduled items." in message


def test_the_offer_can_be_closed_and_a_meeting_without_weekends_is_not_offered_again(
    window,
) -> None:
    bar = window.meeting_days_bar
    _set_date(window.meeting_page.end, MONDAY)
    bar.close_button.click()
    assert bar.isHidden()
    assert len(window.document.meeting.timetable.days) == 2  # nothing done
    # The timetable still says its days differ.
    assert not window.timetable_panel.days_bar.isHidden()
    window.document.undo_stack.undo()  # the date again: nothing to follow
    assert window.timetable_panel.days_bar.isHidden()
