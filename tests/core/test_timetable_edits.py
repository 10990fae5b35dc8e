"""Edits of the organization of work: placing, moving, copying, unscheduling, meetings, limits
and days, with what each refuses and why."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from agenda_editor.core.model import Day, Meeting, Slot, Timetable
from agenda_editor.core.timetable import (
    STANDARD_SLOTS,
    TimetableError,
    add_slot,
    check_add_slot,
    check_move,
    check_place,
    move_placements,
    next_slot_times,
    over_limit_days,
    place_items,
    placements,
    plan_days,
    remove_slot,
    set_day_limit,
    set_default_limit,
    set_slot_times,
    sync_days,
    unschedule,
)
from tests.factories import SAMPLE_END, SAMPLE_START, slot


def cells(timetable: Timetable) -> list[list[list[str]]]:
    return [[list(s.items) for s in day.slots] for day in timetable.days]


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


@pytest.fixture
def timetable(sample_meeting: Meeting) -> Timetable:
    return sample_meeting.timetable


def refused(code: str, action: object, *args: object, **kwargs: object) -> TimetableError:
    """Run the edit, check it raises with ``code``, and return the error."""
    with pytest.raises(TimetableError) as info:
        action(*args, **kwargs)  # type: ignore[operator]
    assert info.value.refusal.code == code
    return info.value


# --- placing ---------------------------------------------------------------------------------


def test_place_items_at_a_position_in_a_meeting(timetable: Timetable) -> None:
    place_items(timetable, 1, 1, 0, ["org", "coop-info"])
    assert cells(timetable)[1][1] == ["org", "coop-info", "report"]
    place_items(timetable, 1, 1, -1, ["needs"])
    assert cells(timetable)[1][1] == ["org", "coop-info", "report", "needs"]


def test_an_item_may_be_taken_up_in_several_meetings(timetable: Timetable) -> None:
    place_items(timetable, 1, 1, 0, ["open"])
    assert [p.continued for p in placements(timetable) if p.item_id == "open"] == [False, True]


def test_placing_an_item_twice_in_one_meeting_is_refused_and_changes_nothing(
    timetable: Timetable,
) -> None:
    before = copy.deepcopy(timetable)
    error = refused("duplicate-in-slot", place_items, timetable, 0, 0, 0, ["report", "needs"])
    assert error.refusal.param("item") == "needs"
    refused("duplicate-in-drop", place_items, timetable, 1, 1, 0, ["org", "org"])
    assert timetable == before


def test_placing_into_the_next_free_meeting_adds_it_within_the_limit() -> None:
    timetable = Timetable(days=[Day(SAMPLE_START, [slot("10:00", "13:00", "a")])])
    assert check_place(timetable, 0, 1, ["b"]) is None
    assert place_items(timetable, 0, 1, 0, ["b"]) == 1
    assert timetable.days[0].slots[1] == Slot(*STANDARD_SLOTS[1], ["b"])
    error = refused("beyond-limit", place_items, timetable, 0, 2, 0, ["c"])
    assert error.refusal.param("limit") == "2"


def test_a_meeting_cannot_be_skipped() -> None:
    timetable = Timetable(days=[Day(SAMPLE_START, [])], max_slots_per_day=3)
    assert check_place(timetable, 0, 2, ["a"]) is not None
    assert check_place(timetable, 0, 2, ["a"]).code == "skipped-slot"  # type: ignore[union-attr]
    assert check_place(timetable, 0, 0, ["a"]) is None


def test_placing_on_a_missing_day_is_refused(timetable: Timetable) -> None:
    refused("no-day", place_items, timetable, 5, 0, 0, ["org"])
    refused("nothing", place_items, timetable, 0, 0, 0, [])


# --- moving and copying ----------------------------------------------------------------------


def test_move_within_a_meeting_counts_the_position_before_the_items_leave(
    timetable: Timetable,
) -> None:
    # "open", "adoption", "needs": move "open" to just before "needs" (position 2).
    assert move_placements(timetable, [(0, 0, 0)], 0, 0, 2) == [(0, 0, 1)]
    assert cells(timetable)[0][0] == ["adoption", "open", "needs"]
    move_placements(timetable, [(0, 0, 2)], 0, 0, 0)
    assert cells(timetable)[0][0] == ["needs", "adoption", "open"]


def test_move_several_between_meetings_keeps_their_order(timetable: Timetable) -> None:
    moved = move_placements(timetable, [(0, 0, 1), (0, 0, 0)], 1, 1, 1)
    assert cells(timetable)[0][0] == ["needs"]
    assert cells(timetable)[1][1] == ["report", "open", "adoption"]
    assert moved == [(1, 1, 1), (1, 1, 2)]


def test_copy_continues_an_item_and_keeps_the_original(timetable: Timetable) -> None:
    move_placements(timetable, [(0, 0, 2)], 1, 0, -1, copy=True)
    assert cells(timetable)[0][0] == ["open", "adoption", "needs"]
    assert cells(timetable)[1][0] == ["coop", "resources", "needs"]
    continued = [p.continued for p in placements(timetable) if p.item_id == "needs"]
    assert continued == [False, True, True]


def test_copy_into_the_same_meeting_and_moving_onto_a_duplicate_are_refused(
    timetable: Timetable,
) -> None:
    before = copy.deepcopy(timetable)
    assert check_move(timetable, [(0, 0, 0)], 0, 0, copy=True) is not None
    # "needs" is already in the afternoon meeting of the first day.
    refused("duplicate-in-slot", move_placements, timetable, [(0, 0, 2)], 0, 1, 0)
    assert timetable == before


def test_moving_a_placement_that_is_gone_is_refused(timetable: Timetable) -> None:
    refused("no-placement", move_placements, timetable, [(0, 0, 9)], 1, 0, 0)
    refused("no-slot", move_placements, timetable, [(0, 7, 0)], 1, 0, 0)


def test_move_into_a_new_meeting_of_a_day_with_room() -> None:
    timetable = Timetable(days=[Day(SAMPLE_START, [slot("10:00", "13:00", "a", "b")])])
    assert move_placements(timetable, [(0, 0, 1)], 0, 1, 0) == [(0, 1, 0)]
    assert cells(timetable) == [[["a"], ["b"]]]


def test_unschedule_takes_out_exactly_those_placements(timetable: Timetable) -> None:
    assert unschedule(timetable, [(0, 1, 0), (1, 0, 0)]) == ["needs", "coop"]
    assert cells(timetable) == [
        [["open", "adoption", "needs"], ["coop"]],
        [["resources"], ["report"]],
    ]
    refused("nothing", unschedule, timetable, [])


# --- meetings ------------------------------------------------------------------------------


def test_add_slot_refused_at_the_limit_with_the_reason(timetable: Timetable) -> None:
    refusal = check_add_slot(timetable, 0)
    assert refusal is not None
    assert "at most 2" in refusal.message
    refused("beyond-limit", add_slot, timetable, 0)
    timetable.days[0].max_slots = 3
    assert add_slot(timetable, 0) == 2
    assert timetable.days[0].slots[2].start > timetable.days[0].slots[1].end


def test_added_meetings_take_their_place_in_time() -> None:
    timetable = Timetable(days=[Day(SAMPLE_START, [slot("15:00", "18:00", "x")])])
    assert add_slot(timetable, 0) == 0
    assert [(s.start, s.end) for s in timetable.days[0].slots] == list(STANDARD_SLOTS)
    assert timetable.days[0].slots[1].items == ["x"]


def test_next_slot_times_after_the_standard_meetings() -> None:
    day = Day(SAMPLE_START, [Slot(*times) for times in STANDARD_SLOTS])
    start, end = next_slot_times(day)
    assert start >= t("18:00") and end > start


def test_remove_and_retime_slots(timetable: Timetable) -> None:
    assert remove_slot(timetable, 0, 1) == ["needs", "coop"]
    assert len(timetable.days[0].slots) == 1
    refused("no-slot", remove_slot, timetable, 0, 1)
    # Re-timing the afternoon of the second day to the early morning puts it first.
    assert set_slot_times(timetable, 1, 1, t("08:00"), t("09:30")) == 0
    assert timetable.days[1].slots[0].items == ["report"]
    refused("slot-times", set_slot_times, timetable, 1, 0, t("12:00"), t("11:00"))


# --- limits ----------------------------------------------------------------------------------


def test_lowering_a_day_limit_below_its_meetings_is_refused_unless_trimmed(
    timetable: Timetable,
) -> None:
    before = copy.deepcopy(timetable)
    error = refused("limit-conflict", set_day_limit, timetable, 0, 1)
    assert error.refusal.param("count") == "2"
    assert timetable == before
    set_day_limit(timetable, 0, 1, trim=True)
    # The afternoon's items move to the morning; "needs" was already there.
    assert cells(timetable)[0] == [["open", "adoption", "needs", "coop"]]
    assert timetable.days[0].max_slots == 1
    assert over_limit_days(timetable) == []


def test_raising_and_clearing_a_day_limit(timetable: Timetable) -> None:
    set_day_limit(timetable, 1, 3)
    add_slot(timetable, 1)
    refused("limit-conflict", set_day_limit, timetable, 1, None)
    set_day_limit(timetable, 1, None, trim=True)
    assert timetable.days[1].max_slots is None
    assert len(timetable.days[1].slots) == 2


def test_lowering_the_default_limit_trims_only_days_without_their_own(
    timetable: Timetable,
) -> None:
    timetable.days[1].max_slots = 2
    refused("limit-conflict", set_default_limit, timetable, 1)
    assert timetable.max_slots_per_day == 2
    set_default_limit(timetable, 1, trim=True)
    assert timetable.max_slots_per_day == 1
    assert len(timetable.days[0].slots) == 1
    assert cells(timetable)[1] == [["coop", "resources"], ["report"]]


def test_trimming_to_no_meeting_refuses_to_lose_items(timetable: Timetable) -> None:
    before = copy.deepcopy(timetable)
    refused("trim-to-zero", set_day_limit, timetable, 0, 0, trim=True)
    assert timetable == before
    refused("limit-negative", set_default_limit, timetable, -1)
    timetable.days[1].slots = []
    set_day_limit(timetable, 1, 0)
    assert check_add_slot(timetable, 1) is not None


# --- days ------------------------------------------------------------------------------------


def test_sync_days_adds_the_new_dates_with_standard_meetings(timetable: Timetable) -> None:
    before = copy.deepcopy(timetable.days)
    kept = sync_days(timetable, SAMPLE_START - dt.timedelta(days=1), SAMPLE_END)
    assert kept == []
    assert [day.date for day in timetable.days] == [
        SAMPLE_START - dt.timedelta(days=1),
        SAMPLE_START,
        SAMPLE_END,
    ]
    assert len(timetable.days[0].slots) == 2 and not timetable.days[0].slots[0].items
    assert timetable.days[1:] == before


def test_sync_days_reports_removed_days_that_take_up_items(timetable: Timetable) -> None:
    timetable.days.append(Day(SAMPLE_END + dt.timedelta(days=1), [slot("10:00", "13:00")]))
    plan = plan_days(timetable, SAMPLE_START, SAMPLE_START)
    assert plan.removed == [SAMPLE_END, SAMPLE_END + dt.timedelta(days=1)]
    assert plan.removed_with_items == [SAMPLE_END]
    assert plan.added == []
    kept = sync_days(timetable, SAMPLE_START, SAMPLE_START)
    assert kept == [SAMPLE_END]
    assert [day.date for day in timetable.days] == [SAMPLE_START, SAMPLE_END]
    sync_days(timetable, SAMPLE_START, SAMPLE_START, drop_scheduled=True)
    assert [day.date for day in timetable.days] == [SAMPLE_START]


def test_sync_days_without_changes_changes_nothing(timetable: Timetable) -> None:
    before = copy.deepcopy(timetable)
    assert not plan_days(timetable, SAMPLE_START, SAMPLE_END).changes
    sync_days(timetable, SAMPLE_START, SAMPLE_END)
    assert timetable == before


def test_days_without_weekends_leave_out_saturday_and_sunday(timetable: Timetable) -> None:
    monday = SAMPLE_END + dt.timedelta(days=3)
    plan = plan_days(timetable, SAMPLE_START, monday, weekends=False)
    assert plan.added == [monday]
    assert plan.left_out == [SAMPLE_END + dt.timedelta(days=1), SAMPLE_END + dt.timedelta(days=2)]
    sync_days(timetable, SAMPLE_START, monday, weekends=False)
    assert [day.date for day in timetable.days] == [SAMPLE_START, SAMPLE_END, monday]
    # With weekends, the same dates add Saturday and Sunday, and nothing is left out.
    plan = plan_days(timetable, SAMPLE_START, monday, weekends=True)
    assert len(plan.added) == 2 and plan.left_out == []
