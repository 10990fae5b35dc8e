""" "Meetings per day" on the Meeting page follows the timetable's rule: lowering it below the
meetings a day already holds asks first, then merges those meetings or changes nothing."""

from __future__ import annotations

from typing import Any


class _Answer:
    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, title: str, text: str, choices: list[tuple[str, str]]) -> str:
        self.asked.append(text)
        return self.answer


def test_lowering_meetings_per_day_on_the_meeting_page_asks_first(window: Any) -> None:
    timetable = window.document.meeting.timetable
    assert timetable.max_slots_per_day == 2
    assert all(len(day.slots) == 2 for day in timetable.days)
    panel, page = window.timetable_panel, window.meeting_page

    panel.ask_choice = cancel = _Answer("cancel")
    page.max_slots.setValue(1)
    assert cancel.asked  # the user was told what would happen
    assert window.document.meeting.timetable.max_slots_per_day == 2
    assert page.max_slots.value() == 2
    assert not window.document.undo_stack.canUndo()

    panel.ask_choice = _Answer("trim")
    page.max_slots.setValue(1)
    timetable = window.document.meeting.timetable
    assert timetable.max_slots_per_day == 1
    assert all(len(day.slots) == 1 for day in timetable.days)  # no day over its limit
    window.document.undo_stack.undo()
    assert window.document.meeting.timetable.max_slots_per_day == 2
    assert all(len(day.slots) == 2 for day in window.document.meeting.timetable.days)
