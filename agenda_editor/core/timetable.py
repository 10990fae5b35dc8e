"""Reading and editing the organization of work: placements of items in the day's meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from agenda_editor.core.model import Day, Meeting, Slot, Timetable

#: The usual plenary meetings of a day: 10 a.m.-1 p.m. and 3-6 p.m.
STANDARD_SLOTS = ((dt.time(10, 0), dt.time(13, 0)), (dt.time(15, 0), dt.time(18, 0)))


@dataclass(frozen=True)
class Placement:
    """One appearance of an item in the timetable; ``continued`` for all but its first."""

    day: int
    slot: int
    position: int
    item_id: str
    continued: bool


def placements(timetable: Timetable) -> list[Placement]:
    """Every appearance of every item, in the order the meeting takes them up."""
    seen: set[str] = set()
    result = []
    for d, day in enumerate(timetable.days):
        for s, slot in enumerate(day.slots):
            for p, item_id in enumerate(slot.items):
                result.append(Placement(d, s, p, item_id, item_id in seen))
                seen.add(item_id)
    return result


def scheduled_ids(timetable: Timetable) -> set[str]:
    return {item_id for day in timetable.days for slot in day.slots for item_id in slot.items}


def remove_placements(timetable: Timetable, item_ids: Iterable[str]) -> list[Placement]:
    """Take every appearance of these items out; returns them so they can be put back."""
    wanted = set(item_ids)
    removed = [p for p in placements(timetable) if p.item_id in wanted]
    for placement in reversed(removed):
        del timetable.days[placement.day].slots[placement.slot].items[placement.position]
    return removed


def restore_placements(timetable: Timetable, removed: list[Placement]) -> None:
    """Undo :func:`remove_placements` (``removed`` as it returned it)."""
    for placement in removed:
        timetable.days[placement.day].slots[placement.slot].items.insert(
            placement.position, placement.item_id
        )


def can_add_slot(timetable: Timetable, day_index: int) -> bool:
    day = timetable.days[day_index]
    return len(day.slots) < timetable.limit_for(day)


def meeting_dates(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every date from ``start`` to ``end`` inclusive (empty when ``end`` is before ``start``)."""
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def standard_day(date: dt.date, slots: int = len(STANDARD_SLOTS)) -> Day:
    """A day with the usual morning and afternoon meetings (as many as ``slots`` allows)."""
    return Day(date, [Slot(start, end) for start, end in STANDARD_SLOTS[:slots]])


def default_timetable(meeting: Meeting) -> Timetable:
    """Days for the meeting's dates with standard meetings and nothing placed yet."""
    timetable = Timetable(max_slots_per_day=meeting.timetable.max_slots_per_day)
    if meeting.start and meeting.end:
        timetable.days = [
            standard_day(date, timetable.max_slots_per_day)
            for date in meeting_dates(meeting.start, meeting.end)
        ]
    return timetable


def slots_overlap(first: Slot, second: Slot) -> bool:
    return first.start < second.end and second.start < first.end
