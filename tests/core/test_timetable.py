"""The organization of work: placements, "continued" items, dates and meeting limits."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenda_editor.core.model import Day, Meeting, Slot, Timetable
from agenda_editor.core.timetable import (
    STANDARD_SLOTS,
    can_add_slot,
    default_timetable,
    meeting_dates,
    placements,
    remove_placements,
    restore_placements,
    scheduled_ids,
    slots_overlap,
    standard_day,
)
from tests.factories import SAMPLE_END, SAMPLE_START, slot


def continued(timetable: Timetable) -> list[tuple[str, bool]]:
    return [(p.item_id, p.continued) for p in placements(timetable)]


def test_placements_follow_the_days_and_meetings_in_order(sample_meeting: Meeting) -> None:
    where = [(p.day, p.slot, p.position, p.item_id) for p in placements(sample_meeting.timetable)]
    assert where == [
        (0, 0, 0, "open"),
        (0, 0, 1, "adoption"),
        (0, 0, 2, "needs"),
        (0, 1, 0, "needs"),
        (0, 1, 1, "coop"),
        (1, 0, 0, "coop"),
        (1, 0, 1, "resources"),
        (1, 1, 0, "report"),
    ]


def test_placements_follow_lists_changed_in_place_and_a_meeting_given_to_another_body(
    sample_meeting: Meeting,
) -> None:
    timetable = sample_meeting.timetable
    placements(timetable)  # listed once: a later listing must not be that one again
    timetable.days[1].slots[1].items.append("open")
    assert continued(timetable)[-1] == ("open", True)
    timetable.days[1].slots[1].body = "other"  # its own body: not a continuation there
    assert continued(timetable)[-1] == ("open", False)
    listed = placements(timetable)
    listed.clear()  # what a caller does with its list does not change the next listing
    assert len(placements(timetable)) == 9


def test_every_appearance_after_the_first_is_continued_across_meetings_and_days(
    sample_meeting: Meeting,
) -> None:
    assert continued(sample_meeting.timetable) == [
        ("open", False),
        ("adoption", False),
        ("needs", False),
        ("needs", True),  # next meeting, same day
        ("coop", False),
        ("coop", True),  # next day
        ("resources", False),
        ("report", False),
    ]


def test_an_item_taken_up_twice_in_one_meeting_is_continued_the_second_time() -> None:
    timetable = Timetable([Day(SAMPLE_START, [slot("10:00", "13:00", "a", "b", "a")])])
    assert continued(timetable) == [("a", False), ("b", False), ("a", True)]


def test_continued_moves_to_the_new_first_appearance_when_the_first_is_taken_out(
    sample_meeting: Meeting,
) -> None:
    del sample_meeting.timetable.days[0].slots[1].items[1]  # coop on the first afternoon
    assert ("coop", False) in continued(sample_meeting.timetable)
    assert ("coop", True) not in continued(sample_meeting.timetable)


def test_scheduled_ids(sample_meeting: Meeting) -> None:
    assert scheduled_ids(sample_meeting.timetable) == {
        "open",
        "adoption",
        "needs",
        "coop",
        "resources",
        "report",
    }


def test_remove_placements_takes_out_every_appearance_and_restore_puts_them_back(
    sample_meeting: Meeting,
) -> None:
    before = copy.deepcopy(sample_meeting.timetable)
    removed = remove_placements(sample_meeting.timetable, ["coop", "needs"])
    assert [(p.item_id, p.continued) for p in removed] == [
        ("needs", False),
        ("needs", True),
        ("coop", False),
        ("coop", True),
    ]
    assert [s.items for day in sample_meeting.timetable.days for s in day.slots] == [
        ["open", "adoption"],
        [],
        ["resources"],
        ["report"],
    ]
    restore_placements(sample_meeting.timetable, removed)
    assert sample_meeting.timetable == before


def test_removing_placements_of_an_unscheduled_item_changes_nothing(
    sample_meeting: Meeting,
) -> None:
    before = copy.deepcopy(sample_meeting.timetable)
    assert remove_placements(sample_meeting.timetable, ["org", "ghost"]) == []
    assert sample_meeting.timetable == before


_ids = st.sampled_from(["a", "b", "c", "d"])


@st.composite
def _timetables(draw: st.DrawFn) -> Timetable:
    days = []
    for n in range(draw(st.integers(0, 3))):
        slots = [
            Slot(dt.time(9 + 3 * s), dt.time(11 + 3 * s), draw(st.lists(_ids, max_size=5)))
            for s in range(draw(st.integers(0, 3)))
        ]
        days.append(Day(SAMPLE_START + dt.timedelta(days=n), slots))
    return Timetable(days)


@given(_timetables(), st.sets(_ids))
def test_restore_placements_is_the_exact_inverse_of_remove(
    timetable: Timetable, wanted: set[str]
) -> None:
    before = copy.deepcopy(timetable)
    removed = remove_placements(timetable, wanted)
    assert not scheduled_ids(timetable) & wanted
    # What stays keeps its order and its "continued" marks.
    kept = [(p.item_id, p.continued) for p in placements(before) if p.item_id not in wanted]
    assert continued(timetable) == kept
    assert len(removed) == sum(p.item_id in wanted for p in placements(before))
    restore_placements(timetable, removed)
    assert timetable == before


# --- dates and meetings of a day -----------------------------------------------------------


def test_meeting_dates_run_from_first_to_last_day_inclusive() -> None:
    assert meeting_dates(dt.date(2026, 6, 29), dt.date(2026, 7, 2)) == [
        dt.date(2026, 6, 29),
        dt.date(2026, 6, 30),
        dt.date(2026, 7, 1),
        dt.date(2026, 7, 2),
    ]
    assert meeting_dates(SAMPLE_START, SAMPLE_START) == [SAMPLE_START]
    assert meeting_dates(SAMPLE_END, SAMPLE_START) == []


def test_default_timetable_has_the_standard_meetings_on_every_day(
    sample_meeting: Meeting,
) -> None:
    timetable = default_timetable(sample_meeting)
    assert [day.date for day in timetable.days] == [SAMPLE_START, SAMPLE_END]
    for day in timetable.days:
        assert [(s.start, s.end) for s in day.slots] == [
            (dt.time(10), dt.time(13)),
            (dt.time(15), dt.time(18)),
        ]
        assert all(not s.items for s in day.slots)
    # The meeting itself is left alone.
    assert scheduled_ids(sample_meeting.timetable)


def test_default_timetable_respects_a_limit_of_one_meeting_a_day(
    sample_meeting: Meeting,
) -> None:
    sample_meeting.timetable.max_slots_per_day = 1
    timetable = default_timetable(sample_meeting)
    assert timetable.max_slots_per_day == 1
    assert [len(day.slots) for day in timetable.days] == [1, 1]


def test_default_timetable_without_dates_has_no_days(sample_meeting: Meeting) -> None:
    sample_meeting.end = None
    assert default_timetable(sample_meeting).days == []


def test_standard_day_has_at_most_the_standard_meetings() -> None:
    assert len(standard_day(SAMPLE_START).slots) == len(STANDARD_SLOTS)
    assert len(standard_day(SAMPLE_START, 5).slots) == len(STANDARD_SLOTS)
    assert standard_day(SAMPLE_START, 0).slots == []


@pytest.mark.parametrize(
    ("slots", "override", "default", "allowed"),
    [
        (1, None, 2, True),
        (2, None, 2, False),
        (2, 3, 2, True),
        (3, 3, 2, False),
        (1, 1, 2, False),
        (0, 0, 2, False),
        (2, None, 3, True),
    ],
)
def test_can_add_slot_counts_against_the_days_own_limit_or_the_default(
    slots: int, override: int | None, default: int, allowed: bool
) -> None:
    day = Day(SAMPLE_START, [Slot(dt.time(8 + 2 * n), dt.time(9 + 2 * n)) for n in range(slots)])
    day.max_slots = override
    timetable = Timetable([standard_day(SAMPLE_END), day], max_slots_per_day=default)
    assert can_add_slot(timetable, 1) is allowed


def test_adjacent_meetings_do_not_overlap_but_intersecting_ones_do() -> None:
    morning, afternoon = slot("10:00", "13:00"), slot("13:00", "15:00")
    assert not slots_overlap(morning, afternoon)
    assert slots_overlap(morning, slot("12:30", "14:00"))
    assert slots_overlap(slot("12:30", "14:00"), morning)
    assert slots_overlap(morning, slot("11:00", "12:00"))
