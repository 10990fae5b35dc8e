"""Items each body takes up out of the agenda's order (the "item-out-of-order" findings of
:func:`agenda_editor.core.rules.check`), worked out day by day.

Each body takes up the agenda in its own order: an item taken up (for the first time in that
body) after an item that comes after it on the agenda is out of order, unless it is one of that
item's ancestors. Whether a placement is out of order depends only on the placements of its
body before it, through the item furthest down the agenda taken up so far: each day starts from
what the days before it left, so after an edit of the timetable only the days it changed, and
the later days whose start it changed, are checked again.

The agenda's order is read from the items' paths (:func:`numbering.item_paths`): an item comes
before another when its path does, and is its ancestor when its path begins the other's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from agenda_editor.core.findings import Finding, Severity, Target, make
from agenda_editor.core.timetable import Placement, PlacementLists, day_placements

Paths = Mapping[str, tuple[int, ...]]
#: Each body seen so far (in the order it was first seen) and the item furthest down the agenda
#: it has taken up.
State = tuple[tuple[str, str], ...]
#: (slot, body, item id) of a day's placements that take an item up for the first time in a body.
Taken = tuple[tuple[int, str, str], ...]


@dataclass(frozen=True)
class DayOrder:
    """One day's check: what it started from, what it checked, what it found and left."""

    start: State
    #: (slot, body, item id) of the day's first placements of each item in a body.
    taken: Taken
    #: (body, finding), in the order of the day's placements.
    findings: tuple[tuple[str, Finding], ...]
    end: State


@dataclass(frozen=True)
class OrderCheck:
    """The check of every day, for one state of the agenda's tree (``paths``)."""

    paths: Paths
    days: tuple[DayOrder, ...]

    def findings(self) -> list[Finding]:
        """The findings as :func:`rules.check` lists them: body by body (in the order the
        bodies are first seen), each body's in the order of its placements."""
        bodies = [body for body, _latest in self.days[-1].end] if self.days else []
        return [
            finding
            for body in bodies
            for day in self.days
            for owner, finding in day.findings
            if owner == body
        ]


def _taken(placements: list[Placement], lists: PlacementLists, paths: Paths) -> Taken:
    """(slot, body, item) of those of a day's ``placements`` that take an item up for the
    first time in a body (the check skips items not in the agenda)."""
    return tuple(
        (p.slot, lists[p.day][p.slot][0], p.item_id)
        for p in placements
        if not p.continued and p.item_id in paths
    )


def check_order(
    placements: list[Placement],
    lists: PlacementLists,
    paths: Paths,
    ref: Callable[[str], str],
    previous: OrderCheck | None = None,
    kept: Sequence[bool] = (),
) -> OrderCheck:
    """The check of the timetable's ``placements`` (listed from ``lists``); the days of
    ``previous`` (a check for the same ``paths``) that start and take up the same are kept.
    ``kept[day]``: that day's placements are those ``previous`` checked."""
    before = previous.days if previous is not None else ()
    same_paths = previous is not None and previous.paths is paths
    # A move in the tree keeps the items (what a day takes up) but not their order.
    same_items = same_paths or (previous is not None and previous.paths.keys() == paths.keys())
    days: list[DayOrder] = []
    state: State = ()
    for day in range(len(lists)):
        if same_items and day < len(before) and day < len(kept) and kept[day]:
            taken = before[day].taken
        else:
            taken = _taken(day_placements(placements, day), lists, paths)
        if (
            same_paths
            and day < len(before)
            and before[day].start == state
            and before[day].taken == taken
        ):
            checked = before[day]
        else:
            checked = _check_day(day, state, taken, paths, ref)
        days.append(checked)
        state = checked.end
    return OrderCheck(paths, tuple(days))


def _check_day(
    day: int,
    start: State,
    taken: Taken,
    paths: Paths,
    ref: Callable[[str], str],
) -> DayOrder:
    latest = dict(start)
    findings: list[tuple[str, Finding]] = []
    for slot, body, item_id in taken:
        last = latest.get(body)
        path = paths[item_id]
        if last is not None:
            last_path = paths[last]
            if path < last_path and last_path[: len(path)] != path:
                finding = make(
                    Severity.WARNING, "item-out-of-order",
                    Target("slot", item_id, day=day, slot=slot),
                    item=ref(item_id), other=ref(last),
                )  # fmt: skip
                findings.append((body, finding))
        if last is None or path > paths[last]:
            latest[body] = item_id
    return DayOrder(start, taken, tuple(findings), tuple(latest.items()))
