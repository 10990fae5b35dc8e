"""The annex table, handed to ReportLab a page at a time.

A ReportLab :class:`Table` that runs over many pages measures all the rows it has left each
time it splits at the foot of a page: the annex of 9,000 items took 17 s, and the time grew with
the square of its length. :class:`AnnexTable` holds the rows and gives ReportLab, for the page
in hand, a table of the rows that can go there and some more; ReportLab splits that one exactly
as it would have split the whole table (a split depends only on the rows that fit and the rows
kept together), and what is left waits for the next page. The pages are the same as with one
table; only the work per page no longer depends on the length of the annex.
"""

from __future__ import annotations

import bisect
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

#: Rows in the first table tried for a page; doubled until a table overflows the page.
FIRST_GUESS = 24

Command = tuple[Any, ...]


class AnnexTable(Flowable):
    """A table of ``rows`` under the repeated ``head`` row, laid out page by page.

    ``commands``: TableStyle commands that name rows of the whole table (the head is row 0)
    and cover one row or a few neighbouring ones (a day's spanning heading, its padding, a day
    heading kept with its first row); ``common``: commands for every table made (rules, fonts,
    paddings), which may use negative rows and ``splitlast`` as one table would.
    """

    def __init__(
        self,
        head: list[Any],
        rows: list[list[Any]],
        col_widths: list[float],
        commands: list[Command],
        common: list[Command],
        start: int = 0,
        _ranges: list[tuple[int, int, Command]] | None = None,
    ) -> None:
        super().__init__()
        self._head = head
        self._rows = rows
        self._col_widths = col_widths
        self._common = common
        #: (first data row, last data row, command), data rows counted from 0, by first row.
        self._ranges = _ranges if _ranges is not None else _row_ranges(commands)
        self._firsts = [first for first, _last, _command in self._ranges]
        self._longest = max((last - first for first, last, _c in self._ranges), default=0)
        self._start = start
        self._table: Table | None = None
        self._wrapped: tuple[float, float] | None = None
        self.width: float = 0
        self.height: float = 0

    # -- tables of a part of the rows ----------------------------------------------------

    def _table_of(self, end: int) -> Table:
        """The table of the head and the data rows from ``start`` up to ``end``."""
        start = self._start
        commands: list[Command] = []
        low = bisect.bisect_left(self._firsts, start)
        high = bisect.bisect_left(self._firsts, end)
        for _first, last, command in self._ranges[low:high]:
            if last < end:
                commands.append(_moved(command, -start))
        table = Table(
            [self._head, *self._rows[start:end]],
            colWidths=self._col_widths,
            repeatRows=1,
            splitByRow=1,
        )
        table.setStyle(TableStyle([*commands, *self._common]))
        return table

    def _end_after(self, end: int) -> int:
        """``end``, moved on past any rows kept together with the row before it."""
        index = bisect.bisect_left(self._firsts, end) - 1
        while index >= 0 and self._ranges[index][0] >= end - self._longest:
            end = max(end, self._ranges[index][1] + 1)
            index -= 1
        return min(end, len(self._rows))

    # -- Flowable ------------------------------------------------------------------------

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped == (available_width, available_height) and self._table is not None:
            return self.width, self.height
        count = FIRST_GUESS
        while True:
            end = self._end_after(self._start + count)
            table = self._table_of(end)
            width, height = table.wrapOn(self.canv, available_width, available_height)
            if height > available_height or end >= len(self._rows):
                break
            count *= 2
        self._table = table
        self._wrapped = (available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self._table is not None
        parts = self._table.splitOn(self.canv, available_width, available_height)
        if len(parts) < 2:
            return list(parts)
        first = parts[0]
        taken = len(first._cellvalues) - 1  # the head is repeated on every part
        rest = AnnexTable(
            self._head,
            self._rows,
            self._col_widths,
            [],
            self._common,
            self._start + taken,
            self._ranges,
        )
        return [first, rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None, "drawn before it was wrapped"
        self._table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn draws the table itself
        raise NotImplementedError


def _row_ranges(commands: list[Command]) -> list[tuple[int, int, Command]]:
    ranges = []
    for command in commands:
        first, last = command[1][1], command[2][1]
        if not (isinstance(first, int) and isinstance(last, int) and 1 <= first <= last):
            raise ValueError(f"an annex row command names rows of the data: {command!r}")
        ranges.append((first - 1, last - 1, command))
    ranges.sort(key=lambda entry: entry[0])
    return ranges


def _moved(command: Command, shift: int) -> Command:
    """``command`` with its rows ``shift`` rows further down (up, when negative)."""
    name, (column0, row0), (column1, row1), *rest = command
    return (name, (column0, row0 + shift), (column1, row1 + shift), *rest)
