"""The order of items checked day by day (core/item_order) finds what the rule check finds,
and after an edit of the timetable, redoing only the days it changed finds the same again."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_editor.core import item_order, rules
from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Body, Day, Meeting, Slot, Timetable
from agenda_editor.core.numbering import item_paths, reference
from tests import factories

BODIES = ("plenary", "cow")
_SAMPLE = factories.sample_meeting()
_IDS = [item.id for item in _SAMPLE.walk()]
_lists = st.lists(st.sampled_from([*_IDS, "not-an-item"]), max_size=6)
_slots = st.lists(st.tuples(st.sampled_from(BODIES), _lists), max_size=3)
_days = st.lists(_slots, min_size=1, max_size=5)


def _meeting(days: list[list[tuple[str, list[str]]]], order: list[int]) -> Meeting:
    """The sample meeting with its top-level items in ``order`` and these days."""
    meeting = copy.deepcopy(_SAMPLE)
    items = list(meeting.items)
    meeting.items = [items[n % len(items)] for n in dict.fromkeys(order)] + [
        item for n, item in enumerate(items) if n not in {m % len(items) for m in order}
    ]
    start = dt.date(2026, 6, 1)
    meeting.timetable = Timetable(
        [
            Day(
                start + dt.timedelta(days=n),
                [Slot(dt.time(10), dt.time(13), list(ids), body) for body, ids in slots],
            )
            for n, slots in enumerate(days)
        ],
        bodies=[Body(body) for body in BODIES],
    )
    return meeting


def _checked(
    meeting: Meeting, previous: item_order.OrderCheck | None, kept: list[bool] | None = None
) -> item_order.OrderCheck:
    paths = item_paths(meeting)
    timetable = meeting.timetable
    return item_order.check_order(
        tt.placements(timetable),
        tt.placement_lists(timetable),
        paths,
        lambda item_id: reference(paths[item_id], "en"),
        previous,
        kept or [],
    )


def _rule_check(meeting: Meeting) -> list[rules.Finding]:
    return [f for f in rules.timetable_findings(meeting) if f.code == "item-out-of-order"]


@settings(max_examples=150, deadline=None)
@given(
    _days, st.lists(st.integers(0, 20), max_size=6), st.integers(0, 10), _slots, st.integers(0, 1)
)
def test_the_days_checked_again_after_an_edit_find_what_the_rule_check_finds(
    days, order, edited, new_slots, removed
) -> None:
    meeting = _meeting(days, order)
    before = _checked(meeting, None)
    assert before.findings() == _rule_check(meeting)
    placed, listed = tt.placements(meeting.timetable), tt.placement_lists(meeting.timetable)
    # An edit of one day's meetings (a drop, a move, a meeting added or removed)...
    day = meeting.timetable.days[edited % len(days)]
    day.slots = [Slot(dt.time(10), dt.time(13), list(ids), body) for body, ids in new_slots]
    after = _checked(meeting, before)
    assert after.findings() == _rule_check(meeting)
    assert after == _checked(meeting, None)
    # ... told which days still have the placements they had, in the same bodies.
    now, lists = tt.placements(meeting.timetable), tt.placement_lists(meeting.timetable)
    kept = [
        listed[d] == lists[d] and tt.day_placements(placed, d) == tt.day_placements(now, d)
        for d in range(len(days))
    ]
    assert _checked(meeting, before, kept) == after
    # An edit of the tree: the same placements, another order of the agenda, perhaps an item
    # less (its placements are then no longer checked).
    meeting.items = list(reversed(meeting.items))[: len(meeting.items) - removed]
    moved = _checked(meeting, after, [True] * len(days))
    assert moved.findings() == _rule_check(meeting)
    assert moved == _checked(meeting, None)
