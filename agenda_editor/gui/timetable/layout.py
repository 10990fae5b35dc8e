"""Where the meetings of each body stand in the grid (no Qt here).

Days are the columns. The rows are grouped by body, in the order of the bodies: a block of rows
per body, its k-th row holding each day's k-th meeting of that body. A block has as many rows
as the busiest day could give that body (its meetings plus the room left under the day's limit,
which counts every body). With one body this is the grid as it always was: row k is meeting k.

A cell is one of:

* ``meeting``: a meeting of that body on that day (``slot`` is its index in ``day.slots``);
* ``addable``: the body's next meeting that day, not yet added (``slot`` is ``len(day.slots)``,
  the index a new meeting is asked for with); dropping items there adds it;
* ``free``: further meetings the day's limit would allow the body (add the previous one first);
* ``closed``: beyond the day's limit (no interpretation): refuses drops.
"""

from __future__ import annotations

from dataclasses import dataclass

from agenda_editor.core.model import Timetable


@dataclass(frozen=True)
class Cell:
    day: int
    body: str
    #: The meeting's index in the day's meetings; ``len(day.slots)`` for ``addable``, -1 else.
    slot: int
    state: str
    #: Which meeting of the body this row is (0 for its first).
    number: int


class GridLayout:
    """The rows of the grid for one state of the timetable."""

    def __init__(self, timetable: Timetable) -> None:
        self.timetable = timetable
        self.parallel = timetable.parallel
        #: (body id, number of the meeting within the body) of each row.
        self.rows: list[tuple[str, int]] = []
        self._row_of: dict[tuple[int, int], int] = {}
        self._first_row: dict[str, int] = {}
        slots_by_body: list[dict[str, list[int]]] = []
        for day in timetable.days:
            by_body: dict[str, list[int]] = {}
            for s, slot in enumerate(day.slots):
                by_body.setdefault(slot.body, []).append(s)
            slots_by_body.append(by_body)
        self._slots = slots_by_body
        for body in timetable.bodies:
            height = 0
            for d, day in enumerate(timetable.days):
                own = len(slots_by_body[d].get(body.id, []))
                room = timetable.limit_for(day) - len(day.slots)
                height = max(height, own, own + room)
            if self.parallel:
                height = max(height, 1)
            self._first_row[body.id] = len(self.rows)
            self.rows += [(body.id, k) for k in range(height)]
        for d, by_body in enumerate(slots_by_body):
            for body_id, slots in by_body.items():
                start = self._first_row.get(body_id)
                if start is None:
                    continue  # a meeting of no known body (the checks report it)
                for k, s in enumerate(slots):
                    self._row_of[(d, s)] = start + k
        self._day_rows = [
            tuple(self._row_of.get((d, s), -1) for s in range(len(day.slots)))
            for d, day in enumerate(timetable.days)
        ]

    def same_rows(self, other: GridLayout) -> bool:
        """Whether both have the same rows and show each meeting in the same row."""
        return self.rows == other.rows and self._row_of == other._row_of

    def day_rows(self, day: int) -> tuple[int, ...]:
        """The row showing each meeting of ``day`` (-1 for one no row shows)."""
        return self._day_rows[day]

    def cell(self, row: int, day: int) -> Cell:
        if not (0 <= row < len(self.rows) and 0 <= day < len(self._slots)):
            return Cell(day, self.timetable.first_body, -1, "closed", row)  # not (yet) shown
        body, number = self.rows[row]
        the_day = self.timetable.days[day]
        own = self._slots[day].get(body, [])
        room = self.timetable.limit_for(the_day) - len(the_day.slots)
        if number < len(own):
            return Cell(day, body, own[number], "meeting", number)
        if number == len(own) and room > 0:
            return Cell(day, body, len(the_day.slots), "addable", number)
        if number < len(own) + room:
            return Cell(day, body, -1, "free", number)
        return Cell(day, body, -1, "closed", number)

    def row_of(self, day: int, slot: int) -> int:
        """The row showing meeting ``slot`` of ``day``; for ``slot == len(day.slots)`` (a new
        meeting) the first body's addable row; -1 when none shows it."""
        row = self._row_of.get((day, slot))
        if row is not None:
            return row
        return -1

    def addable_row(self, day: int, body: str) -> int:
        """The row where ``body`` could add its next meeting on ``day`` (-1 if none)."""
        start = self._first_row.get(body)
        if start is None:
            return -1
        row = start + len(self._slots[day].get(body, []))
        if row < len(self.rows) and self.rows[row][0] == body:
            return row
        return -1

    def is_first_of_body(self, row: int) -> bool:
        """Whether ``row`` starts a body's block (the grid draws a rule above it)."""
        return self.parallel and row > 0 and self.rows[row][1] == 0
