"""Reading and editing the organization of work: placements of items in the day's meetings."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from agenda_editor.core.model import DEFAULT_BODY_ID, Body, Day, Meeting, Slot, Timetable

#: The usual plenary meetings of a day: 10 a.m.-1 p.m. and 3-6 p.m.
STANDARD_SLOTS = ((dt.time(10, 0), dt.time(13, 0)), (dt.time(15, 0), dt.time(18, 0)))


@dataclass(frozen=True)
class Placement:
    """One appearance of an item in the timetable; ``continued`` for all but its first in the
    same body (the same item in two bodies is two different things)."""

    day: int
    slot: int
    position: int
    item_id: str
    continued: bool


PlacementLists = tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]


def placement_lists(timetable: Timetable) -> PlacementLists:
    """What the placements follow from: each day's meetings' bodies and lists of items."""
    return tuple(
        tuple((slot.body, tuple(slot.items)) for slot in day.slots) for day in timetable.days
    )


#: The placements of the timetable last listed, by what they are worked out from: after an edit
#: the grid, the order check and the unscheduled items each list them.
_listed: tuple[PlacementLists, tuple[Placement, ...]] | None = None


def placements(timetable: Timetable) -> list[Placement]:
    """Every appearance of every item, in the order the meeting takes them up (day by day;
    within a day, body by body)."""
    global _listed
    lists = placement_lists(timetable)
    if _listed is not None and _listed[0] == lists:
        return list(_listed[1])
    seen: set[tuple[str, str]] = set()
    result = []
    for d, day in enumerate(lists):
        for s, (body, items) in enumerate(day):
            for p, item_id in enumerate(items):
                result.append(Placement(d, s, p, item_id, (body, item_id) in seen))
                seen.add((body, item_id))
    _listed = (lists, tuple(result))
    return result


def day_placements(listed: list[Placement], day: int) -> list[Placement]:
    """Those of the placements ``listed`` (by :func:`placements`, day by day) on ``day``."""
    first = bisect.bisect_left(listed, day, key=_day_of)
    return listed[first : bisect.bisect_left(listed, day + 1, lo=first, key=_day_of)]


def _day_of(placement: Placement) -> int:
    return placement.day


def body_slots(timetable: Timetable, day: int, body: str) -> list[int]:
    """Indexes of the day's meetings of that body, in time order."""
    return [s for s, slot in enumerate(timetable.days[day].slots) if slot.body == body]


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


def meeting_dates(start: dt.date, end: dt.date, weekends: bool = True) -> list[dt.date]:
    """Every date from ``start`` to ``end`` inclusive (empty when ``end`` is before ``start``);
    without Saturdays and Sundays unless ``weekends``."""
    dates = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    return dates if weekends else [d for d in dates if not is_weekend(d)]


def is_weekend(date: dt.date) -> bool:
    """Saturday or Sunday."""
    return date.weekday() >= 5


def has_weekend_days(timetable: Timetable) -> bool:
    """Whether the timetable holds a Saturday or a Sunday (the meeting sits on weekends)."""
    return any(is_weekend(day.date) for day in timetable.days)


def standard_day(
    date: dt.date, slots: int = len(STANDARD_SLOTS), body: str = DEFAULT_BODY_ID
) -> Day:
    """A day with the usual morning and afternoon meetings of ``body`` (as many as ``slots``
    allows)."""
    return Day(date, [Slot(start, end, body=body) for start, end in STANDARD_SLOTS[:slots]])


def default_timetable(meeting: Meeting) -> Timetable:
    """Days for the meeting's dates with standard meetings of the first body and nothing
    placed yet (the meeting's bodies are kept)."""
    timetable = Timetable(
        max_slots_per_day=meeting.timetable.max_slots_per_day,
        bodies=[Body(b.id, dict(b.name)) for b in meeting.timetable.bodies] or [Body()],
    )
    if meeting.start and meeting.end:
        timetable.days = [
            standard_day(date, timetable.max_slots_per_day, timetable.first_body)
            for date in meeting_dates(meeting.start, meeting.end)
        ]
    return timetable


def slots_overlap(first: Slot, second: Slot) -> bool:
    return first.start < second.end and second.start < first.end


# --- edits -----------------------------------------------------------------------------------
#
# Every edit below changes the timetable in place, or changes nothing and raises
# :class:`TimetableError` saying why. Each ``check_*`` function gives that reason without
# changing anything, so a user interface can refuse a drop while the user is still dragging.
# A position in the timetable is a ``(day, slot, position)`` triple of indexes.

#: Where a placement stands: (day index, slot index, position in the slot).
Where = tuple[int, int, int]


@dataclass(frozen=True)
class Refusal:
    """Why an edit is refused: a stable ``code``, the values a message needs, English text."""

    code: str
    message: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")


class TimetableError(ValueError):
    """An edit that would break the timetable; ``refusal`` says why."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


def _refusal(code: str, message: str, **params: object) -> Refusal:
    return Refusal(code, message, tuple((k, str(v)) for k, v in params.items()))


def _raise(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise TimetableError(refusal)


def _check_day(timetable: Timetable, day: int) -> Refusal | None:
    if not 0 <= day < len(timetable.days):
        return _refusal("no-day", f"There is no day {day + 1} in the timetable.", day=day)
    return None


def _check_slot(timetable: Timetable, day: int, slot: int) -> Refusal | None:
    refusal = _check_day(timetable, day)
    if refusal is None and not 0 <= slot < len(timetable.days[day].slots):
        date = timetable.days[day].date.isoformat()
        return _refusal("no-slot", f"{date} has no meeting {slot + 1}.", date=date, slot=slot)
    return refusal


def _check_body(timetable: Timetable, body: str) -> Refusal | None:
    if not timetable.has_body(body):
        return _refusal("no-body", f"There is no body {body!r} in the timetable.", body=body)
    return None


def check_add_slot(timetable: Timetable, day: int, body: str | None = None) -> Refusal | None:
    """Why the day may not have one more meeting (of ``body``; its limit counts the meetings
    of all bodies), or ``None``."""
    refusal = _check_day(timetable, day) or (
        _check_body(timetable, body) if body is not None else None
    )
    if refusal is None and not can_add_slot(timetable, day):
        the_day = timetable.days[day]
        limit = timetable.limit_for(the_day)
        if timetable.parallel:
            return _refusal(
                "beyond-limit-bodies",
                f"{the_day.date.isoformat()} allows at most {limit} meetings, all bodies together.",
                date=the_day.date.isoformat(),
                limit=limit,
            )
        return _refusal(
            "beyond-limit",
            f"{the_day.date.isoformat()} allows at most {limit} meetings.",
            date=the_day.date.isoformat(),
            limit=limit,
        )
    return refusal


def next_slot_times(day: Day, body: str | None = None) -> tuple[dt.time, dt.time]:
    """Times for a new meeting of the day (of ``body``; ``None``: of any body): the first
    standard meeting still free, else after its last meeting (three hours, ending by
    midnight)."""
    taken = [slot for slot in day.slots if body is None or slot.body == body]
    for start, end in STANDARD_SLOTS:
        if not any(slots_overlap(Slot(start, end), other) for other in taken):
            return start, end
    last_end = max(slot.end for slot in taken)
    start_minutes = min(last_end.hour * 60 + last_end.minute + 60, 22 * 60)
    end_minutes = min(start_minutes + 180, 23 * 60 + 59)
    return (
        dt.time(start_minutes // 60, start_minutes % 60),
        dt.time(end_minutes // 60, end_minutes % 60),
    )


def _check_times(start: dt.time, end: dt.time) -> Refusal | None:
    if end <= start:
        return _refusal(
            "slot-times",
            f"A meeting must end after it starts ({start:%H:%M}-{end:%H:%M}).",
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
        )
    return None


def _slot_order(timetable: Timetable) -> Callable[[Slot], tuple[int, dt.time, dt.time]]:
    rank = {body.id: n for n, body in enumerate(timetable.bodies)}
    return lambda slot: (rank.get(slot.body, len(rank)), slot.start, slot.end)


def _sort_slots(timetable: Timetable, day: Day, keep: Slot) -> int:
    """Put the day's meetings in order (by body, then time); returns the new index of ``keep``."""
    day.slots.sort(key=_slot_order(timetable))
    return next(n for n, slot in enumerate(day.slots) if slot is keep)


def group_by_body(timetable: Timetable) -> None:
    """Group every day's meetings by body in the order of the bodies, keeping the order of
    each body's meetings as it is (what readers of files do)."""
    rank = {body.id: n for n, body in enumerate(timetable.bodies)}
    for day in timetable.days:
        day.slots.sort(key=lambda slot: rank.get(slot.body, len(rank)))


def add_slot(
    timetable: Timetable,
    day: int,
    start: dt.time | None = None,
    end: dt.time | None = None,
    body: str | None = None,
) -> int:
    """Add a meeting of ``body`` (``None``: the first body) to the day, at its place in time;
    returns its index.

    Without times, the meeting gets :func:`next_slot_times`. Refused beyond the day's limit.
    """
    body = timetable.first_body if body is None else body
    _raise(check_add_slot(timetable, day, body))
    the_day = timetable.days[day]
    if start is None or end is None:
        start, end = next_slot_times(the_day, body)
    _raise(_check_times(start, end))
    slot = Slot(start, end, body=body)
    the_day.slots.append(slot)
    return _sort_slots(timetable, the_day, slot)


def remove_slot(timetable: Timetable, day: int, slot: int) -> list[str]:
    """Remove a meeting; returns the ids of the items it took up (now unscheduled there)."""
    _raise(_check_slot(timetable, day, slot))
    return timetable.days[day].slots.pop(slot).items


def set_slot_times(timetable: Timetable, day: int, slot: int, start: dt.time, end: dt.time) -> int:
    """Re-time a meeting; the day's meetings stay in time order. Returns its new index."""
    _raise(_check_slot(timetable, day, slot) or _check_times(start, end))
    the_day = timetable.days[day]
    the_slot = the_day.slots[slot]
    the_slot.start, the_slot.end = start, end
    return _sort_slots(timetable, the_day, the_slot)


def check_slot_body(timetable: Timetable, day: int, slot: int, body: str) -> Refusal | None:
    """Why the meeting may not become a meeting of ``body``: no such body, or that body
    already meets at an overlapping time that day."""
    refusal = _check_slot(timetable, day, slot) or _check_body(timetable, body)
    if refusal:
        return refusal
    the_day = timetable.days[day]
    the_slot = the_day.slots[slot]
    for other in the_day.slots:
        if other is not the_slot and other.body == body and slots_overlap(the_slot, other):
            span = f"{other.start:%H:%M}-{other.end:%H:%M}"
            return _refusal(
                "body-busy",
                f"That body already meets at {span} on {the_day.date.isoformat()}.",
                date=the_day.date.isoformat(),
                span=span,
                body=body,
            )
    return None


def set_slot_body(timetable: Timetable, day: int, slot: int, body: str) -> int:
    """Make the meeting one of ``body`` (its items go with it); returns its new index."""
    _raise(check_slot_body(timetable, day, slot, body))
    the_day = timetable.days[day]
    the_slot = the_day.slots[slot]
    the_slot.body = body
    return _sort_slots(timetable, the_day, the_slot)


def _target_refusal(
    timetable: Timetable,
    day: int,
    slot: int,
    item_ids: list[str],
    leaving: Iterable[int] = (),
    body: str | None = None,
) -> Refusal | None:
    """Why ``item_ids`` may not go into (day, slot): ``slot`` may be the day's next new
    meeting (of ``body``); ``leaving`` are positions in that slot whose items leave it in the
    same edit."""
    if not item_ids:
        return _refusal("nothing", "There is nothing to schedule.")
    refusal = _check_day(timetable, day)
    if refusal:
        return refusal
    the_day = timetable.days[day]
    if slot == len(the_day.slots):
        refusal = check_add_slot(timetable, day, body)
        if refusal:
            return refusal
        present: set[str] = set()
    elif 0 <= slot < len(the_day.slots):
        gone = set(leaving)
        present = {i for p, i in enumerate(the_day.slots[slot].items) if p not in gone}
    elif slot > len(the_day.slots) and slot < timetable.limit_for(the_day):
        return _refusal(
            "skipped-slot",
            f"Add meeting {len(the_day.slots) + 1} of {the_day.date.isoformat()} first.",
            date=the_day.date.isoformat(),
            slot=len(the_day.slots),
        )
    else:
        return check_add_slot(timetable, day) or _check_slot(timetable, day, slot)
    seen: set[str] = set()
    for item_id in item_ids:
        if item_id in present:
            return _refusal(
                "duplicate-in-slot",
                f"Item {item_id!r} is already taken up in that meeting.",
                item=item_id,
            )
        if item_id in seen:
            return _refusal(
                "duplicate-in-drop",
                f"Item {item_id!r} would be taken up twice in one meeting.",
                item=item_id,
            )
        seen.add(item_id)
    return None


def check_place(
    timetable: Timetable, day: int, slot: int, item_ids: list[str], body: str | None = None
) -> Refusal | None:
    """Why the items may not be taken up in that meeting (``slot`` may be the next new one,
    of ``body``)."""
    return _target_refusal(timetable, day, slot, list(item_ids), body=body)


def _insert(
    timetable: Timetable,
    day: int,
    slot: int,
    position: int,
    item_ids: list[str],
    body: str | None = None,
) -> int:
    """Insert into an existing slot, or into a new meeting (of ``body``) when ``slot`` is the
    next one.

    Returns the index of the slot the items went into.
    """
    the_day = timetable.days[day]
    if slot == len(the_day.slots):
        slot = add_slot(timetable, day, body=body)
    items = the_day.slots[slot].items
    position = max(0, min(position, len(items))) if position >= 0 else len(items)
    items[position:position] = item_ids
    return slot


def place_items(
    timetable: Timetable,
    day: int,
    slot: int,
    position: int,
    item_ids: list[str],
    body: str | None = None,
) -> int:
    """Take up the items in a meeting at ``position`` (``-1``: at the end).

    ``slot`` may be the day's next new meeting (it is added, a meeting of ``body``, by default
    the first body). An item may be taken up in several meetings, but not twice in one.
    Returns the index of the slot.
    """
    _raise(check_place(timetable, day, slot, item_ids, body))
    return _insert(timetable, day, slot, position, list(item_ids), body)


def _check_sources(timetable: Timetable, sources: list[Where]) -> Refusal | None:
    if not sources:
        return _refusal("nothing", "There is nothing to move.")
    for day, slot, position in sources:
        refusal = _check_slot(timetable, day, slot)
        if refusal:
            return refusal
        if not 0 <= position < len(timetable.days[day].slots[slot].items):
            return _refusal("no-placement", "That item is no longer in that meeting.")
    if len(set(sources)) != len(sources):
        return _refusal("no-placement", "The same placement is listed twice.")
    return None


def _ordered(sources: list[Where]) -> list[Where]:
    return sorted(set(sources))


def check_move(
    timetable: Timetable,
    sources: list[Where],
    day: int,
    slot: int,
    copy: bool = False,
    body: str | None = None,
) -> Refusal | None:
    """Why these placements may not be moved (or copied) into (day, slot) (a new meeting of
    ``body`` when ``slot`` is the day's next)."""
    refusal = _check_sources(timetable, sources)
    if refusal:
        return refusal
    ordered = _ordered(sources)
    ids = [timetable.days[d].slots[s].items[p] for d, s, p in ordered]
    leaving = [] if copy else [p for d, s, p in ordered if (d, s) == (day, slot)]
    return _target_refusal(timetable, day, slot, ids, leaving, body)


def move_placements(
    timetable: Timetable,
    sources: list[Where],
    day: int,
    slot: int,
    position: int,
    copy: bool = False,
    body: str | None = None,
) -> list[Where]:
    """Move placements to ``position`` of (day, slot), counted before they leave (``-1``: the
    end); with ``copy`` the originals stay (the item continues in that meeting). ``slot`` may
    be the day's next new meeting, of ``body``.

    Returns where the moved (or copied) placements now stand.
    """
    _raise(check_move(timetable, sources, day, slot, copy, body))
    ordered = _ordered(sources)
    ids = [timetable.days[d].slots[s].items[p] for d, s, p in ordered]
    the_day = timetable.days[day]
    new_slot = slot == len(the_day.slots)
    if position < 0 or new_slot:
        position = 0 if new_slot else len(the_day.slots[slot].items)
    if not copy:
        if not new_slot:
            position -= sum(1 for d, s, p in ordered if (d, s) == (day, slot) and p < position)
        target_slot = None if new_slot else the_day.slots[slot]
        for d, s, p in reversed(ordered):
            del timetable.days[d].slots[s].items[p]
        if target_slot is not None:
            slot = the_day.slots.index(target_slot)
    slot = _insert(timetable, day, slot, position, ids, body)
    start = timetable.days[day].slots[slot].items.index(ids[0]) if ids else 0
    return [(day, slot, start + n) for n in range(len(ids))]


def unschedule(timetable: Timetable, sources: list[Where]) -> list[str]:
    """Take these placements out; returns the ids of the items they held."""
    _raise(_check_sources(timetable, sources))
    ordered = _ordered(sources)
    ids = [timetable.days[d].slots[s].items[p] for d, s, p in ordered]
    for d, s, p in reversed(ordered):
        del timetable.days[d].slots[s].items[p]
    return ids


# --- limits ----------------------------------------------------------------------------------


def _check_limit(limit: int | None) -> Refusal | None:
    if limit is not None and limit < 0:
        return _refusal("limit-negative", "A limit of meetings cannot be negative.", limit=limit)
    return None


def over_limit_days(timetable: Timetable) -> list[int]:
    """Indexes of the days holding more meetings than their limit allows."""
    return [d for d, day in enumerate(timetable.days) if len(day.slots) > timetable.limit_for(day)]


def days_over_new_default(timetable: Timetable, limit: int) -> list[int]:
    """Days that would hold more meetings than allowed if the default became ``limit``."""
    return [
        d
        for d, day in enumerate(timetable.days)
        if day.max_slots is None and len(day.slots) > limit
    ]


def _trim_day(timetable: Timetable, day: int, limit: int) -> None:
    """Remove the day's latest meetings beyond ``limit`` (all bodies counted), moving their
    items to the last meeting kept of the same body (else to the last meeting kept)."""
    the_day = timetable.days[day]
    if len(the_day.slots) <= limit:
        return
    rank = {body.id: n for n, body in enumerate(timetable.bodies)}
    in_time = sorted(the_day.slots, key=lambda s: (s.start, s.end, rank.get(s.body, len(rank))))
    dropped = in_time[limit:]
    if limit == 0:
        if any(slot.items for slot in dropped):
            date = the_day.date.isoformat()
            raise TimetableError(
                _refusal(
                    "trim-to-zero",
                    f"The meetings of {date} take up items and no meeting would be left to "
                    "take them up.",
                    date=date,
                )
            )
        del the_day.slots[:]
        return
    kept = in_time[:limit]
    for slot in dropped:
        same_body = [k for k in kept if k.body == slot.body]
        target = same_body[-1] if same_body else kept[-1]
        target.items.extend(item_id for item_id in slot.items if item_id not in target.items)
    the_day.slots = [slot for slot in the_day.slots if any(slot is k for k in kept)]


def _limit_conflict(timetable: Timetable, days: list[int], limit: int) -> Refusal | None:
    if not days:
        return None
    day = timetable.days[days[0]]
    return _refusal(
        "limit-conflict",
        f"{day.date.isoformat()} has {len(day.slots)} meetings, more than the new limit of "
        f"{limit}.",
        date=day.date.isoformat(),
        count=len(day.slots),
        limit=limit,
    )


def set_default_limit(timetable: Timetable, limit: int, trim: bool = False) -> None:
    """Set the meeting's default number of meetings per day.

    Days without their own limit that already hold more meetings are refused, unless ``trim``:
    then their last meetings are removed and their items moved to the last meeting kept.
    """
    _raise(_check_limit(limit))
    over = days_over_new_default(timetable, limit)
    if over and not trim:
        _raise(_limit_conflict(timetable, over, limit))
    if trim:
        for d in over:
            _trim_day(timetable, d, limit)
    timetable.max_slots_per_day = limit


def set_day_limit(timetable: Timetable, day: int, limit: int | None, trim: bool = False) -> None:
    """Set (or with ``None`` clear) one day's own limit; ``trim`` as in
    :func:`set_default_limit`."""
    _raise(_check_day(timetable, day) or _check_limit(limit))
    the_day = timetable.days[day]
    effective = timetable.max_slots_per_day if limit is None else limit
    if len(the_day.slots) > effective:
        if not trim:
            _raise(_limit_conflict(timetable, [day], effective))
        _trim_day(timetable, day, effective)
    the_day.max_slots = limit


# --- days ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DaysPlan:
    """What matching the days to the meeting's dates would do."""

    added: list[dt.date]
    removed: list[dt.date]
    #: Removed days that take up items (the user should be asked about them).
    removed_with_items: list[dt.date]
    #: Saturdays and Sundays of the meeting's dates left out of the timetable (not added).
    left_out: list[dt.date] = field(default_factory=list)

    @property
    def changes(self) -> bool:
        return bool(self.added or self.removed)


def plan_days(
    timetable: Timetable, start: dt.date, end: dt.date, weekends: bool = True
) -> DaysPlan:
    """What matching the days to the dates would add and remove (Saturdays and Sundays are
    left out, and removed from the timetable, unless ``weekends``)."""
    dates = meeting_dates(start, end)
    wanted = set(dates if weekends else [d for d in dates if not is_weekend(d)])
    have = {day.date for day in timetable.days}
    removed = [day for day in timetable.days if day.date not in wanted]
    return DaysPlan(
        added=sorted(wanted - have),
        removed=[day.date for day in removed],
        removed_with_items=[day.date for day in removed if any(s.items for s in day.slots)],
        left_out=[] if weekends else [d for d in dates if is_weekend(d)],
    )


def sync_days(
    timetable: Timetable,
    start: dt.date,
    end: dt.date,
    drop_scheduled: bool = False,
    weekends: bool = True,
) -> list[dt.date]:
    """Give the timetable one day per date of the meeting, in date order.

    Missing days are added with the standard meetings (up to the limit). Days outside the dates
    are removed if they take up no item; those that do are kept (and reported back) unless
    ``drop_scheduled``; Saturdays and Sundays count as outside unless ``weekends``. Returns the
    dates of the days kept although outside the meeting.
    """
    plan = plan_days(timetable, start, end, weekends)
    keep = set() if drop_scheduled else set(plan.removed_with_items)
    dropped = set(plan.removed) - keep
    timetable.days = [day for day in timetable.days if day.date not in dropped]
    for date in plan.added:
        timetable.days.append(standard_day(date, timetable.max_slots_per_day, timetable.first_body))
    timetable.days.sort(key=lambda day: day.date)
    return sorted(keep)
