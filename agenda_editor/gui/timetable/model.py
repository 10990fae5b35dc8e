"""The grid of the organization of work as a Qt model: days are columns, meetings are rows.

The model has two levels. A top-level index is a *cell* (row = meeting of the day, column =
day); its children (one column) are the items the meeting takes up, in order. A view shows the
cells and a delegate draws each cell's list of items. Rows go as far as the largest day allows;
when several bodies meet, the rows are grouped by body (see :mod:`.layout`): a row is then not
the meeting's index in the day, and :meth:`TimetableModel.where` and
:meth:`TimetableModel.cell_index` translate. A cell is one of:

* ``meeting``: a meeting of that day (times, items);
* ``addable``: the day's next meeting, not yet added; dropping items there adds it;
* ``free``: further meetings the day's limit would allow (add the previous one first);
* ``closed``: beyond the day's limit (no interpretation): greyed, refuses drops.

After an edit the model compares what it shows with what the meeting now says and announces
only the difference (columns and rows inserted or removed, lines inserted or removed in a cell,
cells whose content changed; see :mod:`agenda_editor.gui.timetable.diff`): a drop in a large
grid redraws the cells it changed, and the views keep their selection.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QUndoCommand

from agenda_editor.core import item_order, rules
from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Meeting
from agenda_editor.gui import mime
from agenda_editor.gui.commands.timetable import MovePlacementsCommand, ScheduleItemsCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable import cells, diff
from agenda_editor.gui.timetable.cells import Entry, Marker
from agenda_editor.gui.timetable.layout import Cell, GridLayout
from agenda_editor.gui.timetable.texts import (
    References,
    body_name,
    day_heading,
    item_title,
    refusal_text,
    time_span,
    tr,
)

Index = QModelIndex | QPersistentModelIndex

ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 1  #: cell: list[Entry]
TIMES_ROLE = Qt.ItemDataRole.UserRole + 2  #: cell: "10:00–13:00" or ""
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  #: cell: "meeting", "addable", "free", "closed"
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 4  #: cell or day header: list[Marker]
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 5  #: placement: the item's id
WHERE_ROLE = Qt.ItemDataRole.UserRole + 6  #: cell: (day, slot); placement: (day, slot, pos)

ERROR_BACKGROUND = QColor(255, 226, 222)
WARNING_BACKGROUND = QColor(255, 243, 205)
CLOSED_BACKGROUND = QColor(232, 232, 232)


class TimetableModel(QAbstractItemModel):
    """The days x meetings grid of a :class:`MeetingDocument`."""

    def __init__(self, document: MeetingDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._entries: dict[tuple[int, int], list[Entry]] = {}
        self._cell_markers: dict[tuple[int, int], list[Marker]] = {}
        self._day_markers: dict[int, list[Marker]] = {}
        self.refs = References(document.meeting, document.language)
        self.layout = GridLayout(document.meeting.timetable)
        self._rows = 0
        self._columns = 0
        #: What the lines shown were worked out from (see :func:`cells.build`).
        self._lists: tt.PlacementLists | None = None
        self._order: item_order.OrderCheck | None = None
        #: What each cell and day header showed, to tell which changed.
        self._cell_signs: dict[tuple[int, int], tuple[object, ...]] = {}
        self._day_signs: list[tuple[object, ...]] = []
        self._rebuild()
        self._connect()

    # -- document --------------------------------------------------------------------------

    def _signals(self) -> list[tuple[Any, Any]]:
        doc = self.document
        return [
            (doc.timetable_changed, self._update),
            (doc.reset, self._reset),
            (doc.language_changed, self._update),
            (doc.item_changed, self._item_changed),
            (doc.item_moved, self._update),
            (doc.item_inserted, self._update),
            (doc.item_removed, self._update),
            (doc.meeting_changed, self._update),
        ]

    def _connect(self) -> None:
        for signal, slot in self._signals():
            signal.connect(slot)

    def set_document(self, document: MeetingDocument) -> None:
        """Show another meeting (New, Open, Revert replace the document)."""
        for signal, slot in self._signals():
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self.beginResetModel()
        self.document = document
        self._rebuild()
        self.endResetModel()
        self._connect()

    def retranslate(self) -> None:
        """The interface language changed: words of the grid ("Meeting 1"...) are redrawn."""
        self._update()
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
            for (day, slot), entries in self._entries.items():
                cell = self.index(slot, day)
                self.dataChanged.emit(self.index(0, 0, cell), self.index(len(entries) - 1, 0, cell))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    @property
    def meeting(self) -> Meeting:
        return self.document.meeting

    @property
    def timetable(self) -> tt.Timetable:
        return self.document.meeting.timetable

    def _reset(self, *_args: object) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self._shown_language = self.document.language
        self._take(cells.build(self.meeting, self.document.language))
        self._columns = len(self.timetable.days)
        self._cell_signs = self._cell_signatures()
        self._day_signs = self._day_signatures()

    def _take(self, content: cells.GridContent) -> None:
        self.refs = content.refs
        self.layout = content.layout or GridLayout(self.timetable)
        self._entries = content.entries
        self._cell_markers = content.cell_markers
        self._day_markers = content.day_markers
        self._rows = content.rows
        self._lists = content.lists
        self._order = content.order

    # -- incremental updates ---------------------------------------------------------------

    def _update(self, *_args: object) -> None:
        """Show the meeting as it now is, announcing only what changed."""
        same_language = self._shown_language == self.document.language
        shown = (
            cells.GridContent(
                self.refs, self.layout, self._entries, lists=self._lists, order=self._order
            )
            if same_language
            else None
        )
        new = cells.build(self.meeting, self.document.language, shown)
        old_heads = self._row_heads()
        self.layout = new.layout or GridLayout(self.timetable)
        self._update_columns()
        self._update_rows(new.rows)
        old_entries = self._entries
        self.refs = new.refs
        self._lists = new.lists
        self._order = new.order
        self._cell_markers = new.cell_markers
        self._day_markers = new.day_markers
        for key in sorted(old_entries.keys() | new.entries.keys()):
            self._update_lines(key, old_entries.get(key, []), new.entries.get(key, []))
        self._entries = new.entries
        self._announce_changed_cells()
        if self._rows and self._row_heads() != old_heads:  # bodies renamed, blocks moved
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self._rows - 1)

    def _row_heads(self) -> tuple[object, ...]:
        """What the row headers show: the rows' bodies and meeting numbers, the bodies' names."""
        names = tuple(self.body_label(body.id) for body in self.timetable.bodies)
        return (tuple(self.layout.rows), names, self.document.language)

    def _update_columns(self) -> None:
        new_days = [day.date for day in self.timetable.days]
        span = diff.column_change(self._shown_days(), new_days)
        if span is None:
            return
        last = span.first + span.count - 1
        if span.kind == "insert":
            self.beginInsertColumns(QModelIndex(), span.first, last)
        else:
            self.beginRemoveColumns(QModelIndex(), span.first, last)
        self._entries = diff.shift_cells(self._entries, span)
        self._cell_signs = diff.shift_cells(self._cell_signs, span)
        if span.kind == "insert":
            self._day_signs[span.first : span.first] = [()] * span.count
        else:
            del self._day_signs[span.first : last + 1]
        self._columns = len(new_days)
        if span.kind == "insert":
            self.endInsertColumns()
        else:
            self.endRemoveColumns()

    def _shown_days(self) -> list[object]:
        return [sign[0] if sign else None for sign in self._day_signs]

    def _update_rows(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._entries = {key: lines for key, lines in self._entries.items() if key[1] < rows}
            self._rows = rows
            self.endRemoveRows()

    def _update_lines(self, key: tuple[int, int], old: list[Entry], new: list[Entry]) -> None:
        """Insert and remove the lines of a cell so that it shows ``new``."""
        if old == new:
            return
        day, slot = key
        cell = self.index(slot, day)
        current = list(old)
        self._entries[key] = current
        steps = diff.line_steps(
            [(e.item_id, e.continued) for e in old], [(e.item_id, e.continued) for e in new]
        )
        for step in steps:
            last = step.first + step.count - 1
            if step.kind == "remove":
                self.beginRemoveRows(cell, step.first, last)
                del current[step.first : last + 1]
                self.endRemoveRows()
            else:
                self.beginInsertRows(cell, step.first, last)
                current[step.first : step.first] = new[step.source : step.source + step.count]
                self.endInsertRows()
        # The lines kept whose text changed (renumbered): one signal for them all.
        changed = [
            row
            for row, (shown, wanted) in enumerate(zip(current, new, strict=True))
            if shown is not wanted and shown != wanted
        ]
        current[:] = new
        if changed:
            cell_id = self._cell_id(day, slot)  # the lines exist: no hasIndex()
            self.dataChanged.emit(
                self.createIndex(changed[0], 0, cell_id), self.createIndex(changed[-1], 0, cell_id)
            )

    def _item_changed(self, item_id: str) -> None:
        """An item's texts changed: redraw the lines (and cells) that show it, nothing else."""
        lang = self.document.language
        for (day, slot), entries in self._entries.items():
            for row, line in enumerate(entries):
                if line.item_id != item_id:
                    continue
                title, untranslated = item_title(self.meeting, item_id, lang)
                if (title, untranslated) == (line.title, line.untranslated):
                    continue
                text = cells.line_text(line.reference, title, line.continued, lang)
                entries[row] = Entry(
                    item_id, line.reference, title, line.continued, untranslated, text
                )
                cell = self.index(slot, day)
                self.dataChanged.emit(self.index(row, 0, cell), self.index(row, 0, cell))
        self._announce_changed_cells()

    def _cell_signatures(self) -> dict[tuple[int, int], tuple[object, ...]]:
        """What each cell shows (its state, times, lines and findings). The times are those
        of the meeting, not their text (formatting a time costs more than the rest)."""
        signs: dict[tuple[int, int], tuple[object, ...]] = {}
        days = self.timetable.days
        entries, markers, cell_of = self._entries, self._cell_markers, self.layout.cell
        for day in range(self._columns):
            the_day = days[day]
            slots = the_day.slots
            limit = self.timetable.limit_for(the_day)
            of_day = (the_day.date, limit, len(slots))
            over = tuple(self._day_markers.get(day, ()))
            for row in range(self._rows):
                cell = cell_of(row, day)
                state = cell.state
                times = None
                if state == "meeting":
                    times = (slots[cell.slot].start, slots[cell.slot].end)
                signs[(day, row)] = (
                    state, of_day, times, cell.body,
                    tuple(entries.get((day, row), ())), tuple(markers.get((day, row), ())),
                    over if cell.slot >= limit else (),
                )  # fmt: skip
        return signs

    def _day_signatures(self) -> list[tuple[object, ...]]:
        """What each day header shows."""
        return [
            (day.date, day.max_slots, self.timetable.limit_for(day), len(day.slots),
             tuple(self._day_markers.get(number, ())))
            for number, day in enumerate(self.timetable.days)
        ]  # fmt: skip

    def _announce_changed_cells(self) -> None:
        lang_changed = self._shown_language != self.document.language
        self._shown_language = self.document.language
        signs = self._cell_signatures()
        cells_changed = [
            key for key, sign in signs.items() if lang_changed or self._cell_signs.get(key) != sign
        ]
        self._cell_signs = signs
        # One signal per run of neighbouring days in a row: each signal has the view size the
        # rows it covers again, and an edit that renumbers the agenda changes every cell.
        for slot, first, last in diff.runs(cells_changed):
            self.dataChanged.emit(self.index(slot, first), self.index(slot, last))
        day_signs = self._day_signatures()
        changed = [
            day
            for day, sign in enumerate(day_signs)
            if lang_changed or day >= len(self._day_signs) or self._day_signs[day] != sign
        ]
        self._day_signs = day_signs
        for day in changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, day, day)

    # -- shape -----------------------------------------------------------------------------

    @staticmethod
    def _cell_id(day: int, slot: int) -> int:
        return 1 + day * 4096 + slot

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, self._cell_id(parent.column(), parent.row()))

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        key = child.internalId() - 1
        day, slot = divmod(key, 4096)
        return self.createIndex(slot, day, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._rows if self._columns else 0
        if parent.internalId() != 0:
            return 0
        return len(self._entries.get((parent.column(), parent.row()), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._columns
        return 1 if parent.internalId() == 0 else 0

    def cell_state(self, day: int, row: int) -> str:
        return self.layout.cell(row, day).state

    def cell_info(self, index: Index) -> Cell | None:
        """The day, body, meeting and state of a cell (of a placement's cell)."""
        if not index.isValid():
            return None
        if index.internalId() != 0:
            index = self.parent(index)
        if not (
            0 <= index.row() < len(self.layout.rows)
            and 0 <= index.column() < len(self.timetable.days)
        ):
            return None
        return self.layout.cell(index.row(), index.column())

    def slot_of(self, day: int, row: int) -> int:
        """The meeting's index in the day (``day.slots``) for the cell at ``row``: the meeting
        it shows, else ``len(day.slots)`` and beyond (the next meetings that could be added)."""
        cell = self.layout.cell(row, day)
        if cell.state == "meeting":
            return cell.slot
        own = sum(1 for slot in self.timetable.days[day].slots if slot.body == cell.body)
        return len(self.timetable.days[day].slots) + max(0, cell.number - own)

    def cell_index(self, day: int, slot: int) -> QModelIndex:
        """The cell showing meeting ``slot`` of ``day`` (the day's first addable cell for a
        new meeting, ``slot == len(day.slots)``)."""
        row = self.layout.row_of(day, slot) if 0 <= day < len(self.timetable.days) else -1
        if row < 0 and 0 <= day < len(self.timetable.days):
            row = slot if not self.layout.parallel else -1
        return self.index(row, day) if row >= 0 else QModelIndex()

    def grid_where(self, index: Index) -> tuple[int, int, int]:
        """(day, row, position) of a placement index in the grid; position -1 for a cell."""
        if index.internalId() == 0:
            return index.column(), index.row(), -1
        cell = self.parent(index)
        return cell.column(), cell.row(), index.row()

    def where(self, index: Index) -> tuple[int, int, int]:
        """(day, slot, position) of a placement index; position -1 for a cell."""
        day, row, position = self.grid_where(index)
        return day, self.slot_of(day, row), position

    def to_slots(self, wheres: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Grid places (day, row, line) as placements (day, slot, position)."""
        return [(d, self.slot_of(d, r), p) for d, r, p in wheres]

    def to_grid(self, wheres: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Placements (day, slot, position) as grid places (day, row, line)."""
        result = []
        for d, s, p in wheres:
            index = self.cell_index(d, s)
            if index.isValid():
                result.append((d, index.row(), p))
        return result

    def entries(self, day: int, slot: int) -> list[Entry]:
        return list(self._entries.get((day, slot), []))

    def most_lines(self, row: int) -> int:
        """The number of lines of the row's fullest cell."""
        entries = self._entries
        return max((len(entries.get((day, row), ())) for day in range(self._columns)), default=0)

    def cell_markers(self, day: int, slot: int) -> list[Marker]:
        return list(self._cell_markers.get((day, slot), []))

    def day_markers(self, day: int) -> list[Marker]:
        return list(self._day_markers.get(day, []))

    # -- data ------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag
        if not index.isValid():
            return f.NoItemFlags
        if index.internalId() != 0:
            return (
                f.ItemIsEnabled | f.ItemIsSelectable | f.ItemIsDragEnabled
                | f.ItemIsDropEnabled | f.ItemNeverHasChildren
            )  # fmt: skip
        state = self.cell_state(index.column(), index.row())
        if state == "meeting":
            flags = f.ItemIsEnabled | f.ItemIsSelectable | f.ItemIsDropEnabled
            return flags | f.ItemIsDragEnabled if self.entries(*self._cell(index)) else flags
        if state == "addable":
            return f.ItemIsEnabled | f.ItemIsSelectable | f.ItemIsDropEnabled
        if state == "free":
            return f.ItemIsEnabled | f.ItemIsSelectable
        return f.NoItemFlags

    @staticmethod
    def _cell(index: Index) -> tuple[int, int]:
        return index.column(), index.row()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() != 0:
            return self._placement_data(index, role)
        day, slot = self._cell(index)
        state = self.cell_state(day, slot)
        entries = self._entries.get((day, slot), [])
        markers = self._cell_markers.get((day, slot), [])
        if role == STATE_ROLE:
            return state
        cell = self.layout.cell(slot, day)
        if role == WHERE_ROLE:
            return (day, self.slot_of(day, slot))
        if role == ENTRIES_ROLE:
            return list(entries)
        if role == FINDINGS_ROLE:
            return list(markers)
        if role == TIMES_ROLE:
            return (
                time_span(self.timetable.days[day].slots[cell.slot]) if state == "meeting" else ""
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if state == "meeting":
                lines = [self.data(index, TIMES_ROLE), *(e.text for e in entries)]
                return "\n".join(lines)
            if state == "addable":
                return tr("Drop items here to add a meeting")
            if state == "closed":
                return tr("No interpretation")
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(day, slot, state, markers)
        if role == Qt.ItemDataRole.BackgroundRole:
            the_day = self.timetable.days[day]
            if state == "meeting" and cell.slot >= self.timetable.limit_for(the_day):
                return ERROR_BACKGROUND  # a meeting beyond the day's limit
            return self._background(state, markers)
        return None

    def _cell_tooltip(self, day: int, row: int, state: str, markers: list[Marker]) -> str:
        timetable = self.timetable
        heading = day_heading(timetable.days[day].date, self.document.language)
        cell = self.layout.cell(row, day)
        if state == "closed":
            refusal = tt.check_add_slot(timetable, day)
            reason = refusal_text(refusal, self.refs, self.document.language) if refusal else ""
            return reason or tr("No meeting is planned here.")
        if state == "free":
            return tr("Add meeting {0} of {1} first.").format(
                len(timetable.days[day].slots) + 1, heading
            )
        if state == "addable":
            if self.layout.parallel:
                return tr("Drop agenda items here to add a meeting of {0} on {1}.").format(
                    self.body_label(cell.body), heading
                )
            return tr("Drop agenda items here to add a meeting on {0}.").format(heading)
        lines = [m.message for m in markers]
        if cell.slot >= timetable.limit_for(timetable.days[day]):
            lines += [m.message for m in self._day_markers.get(day, [])]
        lines += [e.text for e in self._entries.get((day, row), []) if e.untranslated]
        return "\n".join(lines)

    def body_label(self, body_id: str) -> str:
        meeting = self.meeting
        return body_name(
            meeting.timetable, body_id, self.document.language, meeting.original_language
        )

    @staticmethod
    def _background(state: str, markers: list[Marker]) -> QColor | None:
        if state == "closed":
            return CLOSED_BACKGROUND
        severities = {m.severity for m in markers if m.item_id is None}
        if rules.Severity.ERROR in severities:
            return ERROR_BACKGROUND
        if severities:
            return WARNING_BACKGROUND
        return None

    def _placement_data(self, index: Index, role: int) -> Any:
        day, slot, position = self.grid_where(index)
        entries = self._entries.get((day, slot), [])
        if not 0 <= position < len(entries):
            return None
        entry = entries[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == ITEM_ID_ROLE:
            return entry.item_id
        if role == WHERE_ROLE:
            return (day, self.slot_of(day, slot), position)
        if role == FINDINGS_ROLE:
            return [
                m for m in self._cell_markers.get((day, slot), []) if m.item_id == entry.item_id
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [entry.text]
            if entry.untranslated:
                notes.append(tr("Not yet translated: shown in the original language."))
            notes += [m.message for m in self._placement_data(index, FINDINGS_ROLE)]
            return "\n".join(notes)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.layout.rows):
                return None
            body, number = self.layout.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                text = tr("Meeting {0}").format(number + 1)
                if self.layout.parallel and number == 0:  # a body's block starts
                    return f"{self.body_label(body)}\n{text}"
                return text
            if role == Qt.ItemDataRole.ToolTipRole and self.layout.parallel:
                return tr("Meeting {0} of {1}").format(number + 1, self.body_label(body))
            return None
        if not 0 <= section < min(self._columns, len(self.timetable.days)):
            return None
        day = self.timetable.days[section]
        markers = self._day_markers.get(section, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return day_heading(day.date, self.document.language)
        if role == FINDINGS_ROLE:
            return list(markers)
        if role == Qt.ItemDataRole.ToolTipRole:
            limit = self.timetable.limit_for(day)
            own = day.max_slots is not None
            text = (
                tr("{0} of {1} meetings (limit set for this day)")
                if own
                else tr("{0} of {1} meetings (the meeting's default)")
            ).format(len(day.slots), limit)
            return "\n".join([text, *(m.message for m in markers)])
        if role == Qt.ItemDataRole.ForegroundRole and markers:
            return QColor(176, 0, 32)
        return None

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [mime.ITEM_IDS_MIME, mime.PLACEMENTS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Placements only: the tree must not read a drag out of the grid as a tree move."""
        wanted: set[tuple[int, int, int]] = set()
        for index in indexes:
            if not index.isValid():
                continue
            day, row, position = self.grid_where(index)
            slot = self.slot_of(day, row)
            if position >= 0:
                wanted.add((day, slot, position))
            elif self.cell_state(day, row) == "meeting":
                count = len(self._entries.get((day, row), []))
                wanted.update((day, slot, p) for p in range(count))
        return mime.encode_placements(sorted(wanted))

    def drop_target(self, row: int, parent: Index) -> tuple[int, int, int] | None:
        """(day, slot, position) a drop at ``row`` under ``parent`` goes to (position -1: end)."""
        if not parent.isValid():
            return None
        if parent.internalId() != 0:
            day, slot, position = self.where(parent)
            return day, slot, position
        day = parent.column()
        return day, self.slot_of(day, parent.row()), row if row >= 0 else -1

    def drop_body(self, parent: Index) -> str | None:
        """The body a drop under ``parent`` goes to (of the new meeting an addable cell adds)."""
        cell = self.cell_info(parent)
        return cell.body if cell is not None else None

    def drop_refusal(
        self, data: QMimeData, action: Qt.DropAction, row: int, parent: Index
    ) -> str | None:
        """Why this drop is refused (in the interface language), or ``None`` if it is fine."""
        target = self.drop_target(row, parent)
        if target is None:
            return tr("Drop onto a meeting of a day.")
        day, slot, _position = target
        lang = self.document.language
        refusal: tt.Refusal | None
        if data.hasFormat(mime.PLACEMENTS_MIME):
            sources = mime.decode_placements(data)
            if not sources:
                return tr("There is nothing to move.")
            copy = action == Qt.DropAction.CopyAction
            refusal = tt.check_move(
                self.timetable, sources, day, slot, copy, self.drop_body(parent)
            )
        elif data.hasFormat(mime.ITEM_IDS_MIME):
            ids = mime.decode_item_ids(data)
            if not ids:
                return tr("There is nothing to schedule.")
            if not all(self.meeting.has_item(item_id) for item_id in ids):
                return tr("That item is no longer in the agenda.")
            refusal = tt.check_place(self.timetable, day, slot, ids, self.drop_body(parent))
        else:
            return tr("Only agenda items can be dropped here.")
        return refusal_text(refusal, self.refs, lang) if refusal else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.drop_refusal(data, action, row, parent) is None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if self.drop_refusal(data, action, row, parent) is not None:
            return False
        target = self.drop_target(row, parent)
        assert target is not None
        day, slot, position = target
        body = self.drop_body(parent)
        command: QUndoCommand
        try:
            if data.hasFormat(mime.PLACEMENTS_MIME):
                copy = action == Qt.DropAction.CopyAction
                sources = mime.decode_placements(data)
                command = MovePlacementsCommand(
                    self.document, sources, day, slot, position, copy, body
                )
            else:
                ids = mime.decode_item_ids(data)
                command = ScheduleItemsCommand(self.document, ids, day, slot, position, body)
        except tt.TimetableError:
            return False
        self.document.push(command)
        return True
