"""A full day says why Add Meeting is greyed out; lowering the limit below what days hold asks
in a sentence that reads right for one day and for several."""

from __future__ import annotations

from agenda_editor.gui.timetable.panel import TimetablePanel


def test_add_meeting_on_a_full_day_says_why_it_is_greyed(window) -> None:
    panel = window.timetable_panel
    assert isinstance(panel, TimetablePanel)
    timetable = window.document.meeting.timetable
    day = next(i for i, d in enumerate(timetable.days) if len(d.slots) >= timetable.limit_for(d))
    panel.select_slot(day, 0)
    action = panel.add_slot_action
    assert not action.isEnabled()
    assert action.toolTip().endswith(
        f"already holds {timetable.limit_for(timetable.days[day])}, its limit of meetings; "
        "raise the day's limit (Meetings Limit of Day) to add one"
    )


def test_lowering_the_limit_asks_in_one_readable_sentence(window, monkeypatch) -> None:
    panel = window.timetable_panel
    asked: list[str] = []

    def ask(_title: str, text: str, _choices: object) -> str:
        asked.append(text)
        return "cancel"

    monkeypatch.setattr(panel, "ask_choice", ask)
    timetable = window.document.meeting.timetable
    full = [i for i, d in enumerate(timetable.days) if len(d.slots) > 1]
    assert full
    panel._confirm_trim(full[:1], 1)
    assert "already has more meetings than the new limit of 1." in asked[-1]
    if len(full) > 1:
        panel._confirm_trim(full, 1)
        assert asked[-1].startswith("These days already have more meetings than the new limit")
        assert "; " in asked[-1]
