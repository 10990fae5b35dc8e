"""What changed between two states of the timetable grid, as the steps a Qt model announces.

The grid model compares what it shows with what the meeting now says and tells its views only
the difference: columns (days) inserted or removed, rows (meetings of the day) added or taken
away at the end, lines (placements) inserted or removed inside a cell, cells and lines whose
text changed. A view then keeps its selection and repaints only the cells that changed.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

Cell = tuple[int, int]  # (day, slot)
T = TypeVar("T")


@dataclass(frozen=True)
class Span:
    """``count`` consecutive positions from ``first`` inserted or removed; an insertion of
    lines puts there those of the new list from ``source`` on."""

    kind: Literal["insert", "remove"]
    first: int
    count: int
    source: int = 0


def column_change(old: Sequence[Hashable], new: Sequence[Hashable]) -> Span | None:
    """The one run of columns inserted or removed that turns ``old`` into ``new``.

    ``None`` when the count did not change; the run starts after the longest common prefix
    (a day added or deleted in the middle keeps the columns around it).
    """
    if len(old) == len(new):
        return None
    shorter = min(len(old), len(new))
    first = 0
    while first < shorter and old[first] == new[first]:
        first += 1
    kind: Literal["insert", "remove"] = "insert" if len(new) > len(old) else "remove"
    return Span(kind, first, abs(len(new) - len(old)))


def shift_cells(cells: dict[Cell, T], span: Span) -> dict[Cell, T]:
    """The cells as they stand after the columns of ``span`` were inserted or removed."""
    moved: dict[Cell, T] = {}
    for (day, slot), value in cells.items():
        if span.kind == "insert":
            moved[(day + span.count if day >= span.first else day, slot)] = value
        elif day < span.first:
            moved[(day, slot)] = value
        elif day >= span.first + span.count:
            moved[(day - span.count, slot)] = value
    return moved


def line_steps(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[Span]:
    """Removals and insertions of lines that turn ``old`` into ``new``, last first.

    Applied in that order, each step's positions are valid in the list as the earlier steps
    left it (a move inside a cell is one line removed and one inserted, not the whole cell).
    """
    old, new = list(old), list(new)
    if old == new:  # the same lines (their texts changed, e.g. renumbered): nothing to move
        return []
    steps: list[Span] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag in ("delete", "replace"):
            steps.append(Span("remove", i1, i2 - i1))
        if tag in ("insert", "replace"):
            steps.append(Span("insert", i1, j2 - j1, j1))
    return steps


def runs(cells: Iterable[Cell]) -> list[tuple[int, int, int]]:
    """The cells as runs of neighbouring days in one row: (slot, first day, last day)."""
    by_slot: dict[int, list[int]] = {}
    for day, slot in cells:
        by_slot.setdefault(slot, []).append(day)
    found: list[tuple[int, int, int]] = []
    for slot in sorted(by_slot):
        days = sorted(by_slot[slot])
        first = previous = days[0]
        for day in days[1:]:
            if day != previous + 1:
                found.append((slot, first, previous))
                first = day
            previous = day
        found.append((slot, first, previous))
    return found
