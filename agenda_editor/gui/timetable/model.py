"""The grid of the organization of work as a Qt model: days are columns, meetings are rows.

The model has two levels. A top-level index is a *cell* (row = meeting of the day, column =
day); its children (one column) are the items the meeting takes up, in order. A view shows the
cells and a delegate draws each cell's list of items. Rows go as far as the largest day allows,
so a cell is one of:

* ``meeting``: a meeting of that day (times, items);
* ``addable``: the day's next meeting, not yet added; dropping items there adds it;
* ``free``: further meetings the day's limit would allow (add the previous one first);
* ``closed``: beyond the day's limit (no interpretation): greyed, refuses drops.
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

from agenda_editor.core import rules
from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Meeting
from agenda_editor.gui import mime
from agenda_editor.gui.commands.timetable import MovePlacementsCommand, ScheduleItemsCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable import cells
from agenda_editor.gui.timetable.cells import Entry, Marker
from agenda_editor.gui.timetable.texts import (
    References,
    day_heading,
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
        #: The command the last successful drop pushed (the view selects what it placed).
        self.last_command: QUndoCommand | None = None
        self._rows = 0
        self._rebuild()
        self._connect()

    # -- document --------------------------------------------------------------------------

    def _signals(self) -> list[tuple[Any, Any]]:
        doc = self.document
        return [
            (doc.timetable_changed, self._reset),
            (doc.reset, self._reset),
            (doc.language_changed, self._texts_changed),
            (doc.item_changed, self._texts_changed),
            (doc.item_moved, self._texts_changed),
            (doc.item_inserted, self._texts_changed),
            (doc.item_removed, self._texts_changed),
            (doc.meeting_changed, self._texts_changed),
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
        self._texts_changed()
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

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

    def _texts_changed(self, *_args: object) -> None:
        """Titles, numbers, language or findings changed; the grid's shape did not."""
        self._rebuild()
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
            for (day, slot), entries in self._entries.items():
                if entries:
                    cell = self.index(slot, day)
                    self.dataChanged.emit(
                        self.index(0, 0, cell), self.index(len(entries) - 1, 0, cell)
                    )
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def _rebuild(self) -> None:
        content = cells.build(self.meeting, self.document.language)
        self.refs = content.refs
        self._entries = content.entries
        self._cell_markers = content.cell_markers
        self._day_markers = content.day_markers
        self._rows = content.rows

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
            return self._rows if self.timetable.days else 0
        if parent.internalId() != 0:
            return 0
        return len(self._entries.get((parent.column(), parent.row()), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.timetable.days)
        return 1 if parent.internalId() == 0 else 0

    def cell_state(self, day: int, slot: int) -> str:
        the_day = self.timetable.days[day]
        count, limit = len(the_day.slots), self.timetable.limit_for(the_day)
        if slot < count:
            return "meeting"
        if slot >= limit:
            return "closed"
        return "addable" if slot == count else "free"

    def where(self, index: Index) -> tuple[int, int, int]:
        """(day, slot, position) of a placement index; position -1 for a cell."""
        if index.internalId() == 0:
            return index.column(), index.row(), -1
        cell = self.parent(index)
        return cell.column(), cell.row(), index.row()

    def entries(self, day: int, slot: int) -> list[Entry]:
        return list(self._entries.get((day, slot), []))

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
        if role == WHERE_ROLE:
            return (day, slot)
        if role == ENTRIES_ROLE:
            return list(entries)
        if role == FINDINGS_ROLE:
            return list(markers)
        if role == TIMES_ROLE:
            return time_span(self.timetable.days[day].slots[slot]) if state == "meeting" else ""
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
            if state == "meeting" and slot >= self.timetable.limit_for(the_day):
                return ERROR_BACKGROUND  # a meeting beyond the day's limit
            return self._background(state, markers)
        return None

    def _cell_tooltip(self, day: int, slot: int, state: str, markers: list[Marker]) -> str:
        timetable = self.timetable
        heading = day_heading(timetable.days[day].date, self.document.language)
        if state == "closed":
            refusal = tt.check_add_slot(timetable, day)
            reason = refusal_text(refusal, self.refs, self.document.language) if refusal else ""
            return reason or tr("No meeting is planned here.")
        if state == "free":
            return tr("Add meeting {0} of {1} first.").format(
                len(timetable.days[day].slots) + 1, heading
            )
        if state == "addable":
            return tr("Drop agenda items here to add a meeting on {0}.").format(heading)
        lines = [m.message for m in markers]
        if slot >= timetable.limit_for(timetable.days[day]):
            lines += [m.message for m in self._day_markers.get(day, [])]
        lines += [e.text for e in self._entries.get((day, slot), []) if e.untranslated]
        return "\n".join(lines)

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
        day, slot, position = self.where(index)
        entries = self._entries.get((day, slot), [])
        if not 0 <= position < len(entries):
            return None
        entry = entries[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == ITEM_ID_ROLE:
            return entry.item_id
        if role == WHERE_ROLE:
            return (day, slot, position)
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
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Meeting {0}").format(section + 1)
            return None
        if not 0 <= section < len(self.timetable.days):
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
            day, slot, position = self.where(index)
            if position >= 0:
                wanted.add((day, slot, position))
            elif self.cell_state(day, slot) == "meeting":
                count = len(self._entries.get((day, slot), []))
                wanted.update((day, slot, p) for p in range(count))
        return mime.encode_placements(sorted(wanted))

    def drop_target(self, row: int, parent: Index) -> tuple[int, int, int] | None:
        """(day, slot, position) a drop at ``row`` under ``parent`` goes to (position -1: end)."""
        if not parent.isValid():
            return None
        if parent.internalId() != 0:
            day, slot, position = self.where(parent)
            return day, slot, position
        return parent.column(), parent.row(), row if row >= 0 else -1

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
            refusal = tt.check_move(self.timetable, sources, day, slot, copy)
        elif data.hasFormat(mime.ITEM_IDS_MIME):
            ids = mime.decode_item_ids(data)
            if not ids:
                return tr("There is nothing to schedule.")
            if not all(self.meeting.has_item(item_id) for item_id in ids):
                return tr("That item is no longer in the agenda.")
            refusal = tt.check_place(self.timetable, day, slot, ids)
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
        command: QUndoCommand
        try:
            if data.hasFormat(mime.PLACEMENTS_MIME):
                copy = action == Qt.DropAction.CopyAction
                sources = mime.decode_placements(data)
                command = MovePlacementsCommand(self.document, sources, day, slot, position, copy)
            else:
                ids = mime.decode_item_ids(data)
                command = ScheduleItemsCommand(self.document, ids, day, slot, position)
        except tt.TimetableError:
            return False
        self.last_command = command
        self.document.push(command)
        return True
