"""The "Timetable" tab: the days x meetings grid, its actions and the limits of the day."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import rules
from agenda_editor.core import timetable as tt
from agenda_editor.gui.commands import timetable as cmd
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.findings import english_plural
from agenda_editor.gui.timetable.body_actions import BodyActions
from agenda_editor.gui.timetable.days import DaysBar, DaysFollow
from agenda_editor.gui.timetable.dialogs import (
    MAX_LIMIT,
    DayLimitDialog,
    MoveDialog,
    ScheduleDialog,
    SlotTimesDialog,
)
from agenda_editor.gui.timetable.model import TimetableModel
from agenda_editor.gui.timetable.texts import day_heading, refusal_text
from agenda_editor.gui.timetable.view import TimetableView

#: Asks the user a question: (title, text, [(key, button label)...]) -> the chosen key.
AskChoice = Callable[[str, str, list[tuple[str, str]]], str]


def ask_with_message_box(
    parent: QWidget, title: str, text: str, choices: list[tuple[str, str]]
) -> str:
    """A question with one button per choice; the last choice is the cancel button."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons: dict[object, str] = {}
    for n, (key, label) in enumerate(choices):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if n == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons[box.addButton(label, role)] = key
    box.exec()
    return buttons.get(box.clickedButton(), choices[-1][0])


class TimetablePanel(QWidget):
    """The organization of work of the open meeting."""

    status_message = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        #: Replaced by tests: how the panel asks a question, and how it runs a dialog.
        self.ask_choice: AskChoice = lambda t, x, c: ask_with_message_box(self, t, x, c)
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )

        self.model = TimetableModel(document, self)
        self.view = TimetableView(self)
        self.view.setModel(self.model)
        self.view.drop_hint.connect(self._hint)
        self.view.dropped.connect(self.status_message)
        self.view.unschedule_requested.connect(self.unschedule)
        self.view.reorder_requested.connect(self.reorder)
        self.view.setContextMenuPolicy(self.view.contextMenuPolicy().CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.limit_label = QLabel()
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, MAX_LIMIT)
        self.limit_label.setBuddy(self.limit_spin)
        # Each step of the spin box is one undoable change (typing "3" is one step too).
        self.limit_spin.valueChanged.connect(self.set_default_limit)
        self.unscheduled_label = QLabel()

        #: Match Days to Meeting Dates and the weekends choice (gui/timetable/days.py).
        self.days = DaysFollow(self)
        self.days_bar = DaysBar(self.days, self)
        self._make_actions()
        self.bodies = BodyActions(self)
        self.toolbar = QToolBar(self)
        for action in self.actions_for_menu():
            if action is None:
                last = self.toolbar.actions()[-1:]
                if last and not last[0].isSeparator():
                    self.toolbar.addSeparator()
            elif action not in (
                self.bodies.move_meeting_menu.menuAction(),
                self.days.action,
                self.days.weekends_action,
            ):  # the days bar shows Match Days and the weekends choice when they apply
                self.toolbar.addAction(action)

        header = QHBoxLayout()
        header.addWidget(self.limit_label)
        header.addWidget(self.limit_spin)
        header.addSpacing(16)
        header.addWidget(self.unscheduled_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.days_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)

        self._connect_document()
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.retranslate_ui()
        self._refresh()

    # -- document --------------------------------------------------------------------------

    def _connect_document(self) -> None:
        self.document.changed.connect(self._refresh)
        self.document.reset.connect(self._refresh)
        self.document.language_changed.connect(self._refresh)

    def set_document(self, document: MeetingDocument) -> None:
        for signal in (self.document.changed, self.document.reset, self.document.language_changed):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._refresh)
        self.document = document
        self.model.set_document(document)
        self._connect_document()
        self.days.infer_weekends()
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        timetable = self.document.meeting.timetable
        self.limit_spin.blockSignals(True)
        self.limit_spin.setValue(timetable.max_slots_per_day)
        self.limit_spin.blockSignals(False)
        unscheduled = rules.unscheduled_items(self.document.meeting)
        count = len(unscheduled)
        text = self.tr("%n agenda item(s) not scheduled", "", count)
        self.unscheduled_label.setText(
            english_plural(
                text,
                "%n agenda item(s) not scheduled",
                "%n agenda item not scheduled",
                "%n agenda items not scheduled",
                count,
            )
            if unscheduled
            else ""
        )
        self.unscheduled_label.setToolTip(
            "\n".join(self.model.refs(item_id) for item_id in unscheduled)
        )
        self.days.changed.emit()  # the days bar and Match Days follow the dates
        self._update_actions()

    # -- actions ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.add_slot_action = QAction(self)
        self.add_slot_action.triggered.connect(lambda: self.add_slot())
        self.remove_slot_action = QAction(self)
        self.remove_slot_action.triggered.connect(lambda: self.remove_slot())
        self.edit_times_action = QAction(self)
        self.edit_times_action.triggered.connect(lambda: self.edit_times())
        self.day_limit_action = QAction(self)
        self.day_limit_action.triggered.connect(lambda: self.edit_day_limit())
        self.schedule_action = QAction(self)
        self.schedule_action.triggered.connect(lambda: self.add_items_to_cell())
        self.unschedule_action = QAction(self)
        self.unschedule_action.triggered.connect(
            lambda: self.unschedule(self.view.selected_placements())
        )
        self.move_action = QAction(self)
        self.move_action.triggered.connect(lambda: self.move_selected())
        self.sync_days_action = self.days.action

    def actions_for_menu(self) -> list[QAction | None]:
        """The panel's actions in menu order; ``None`` stands for a separator."""
        return [
            self.schedule_action,
            self.move_action,
            self.unschedule_action,
            self.add_slot_action,
            self.remove_slot_action,
            self.edit_times_action,
            self.day_limit_action,
            None,
            self.sync_days_action,
            self.days.weekends_action,
            None,
            *self.bodies.actions(),
        ]

    def retranslate_ui(self) -> None:
        self.limit_label.setText(self.tr("&Meetings per day (default):"))
        self.add_slot_action.setText(self.tr("&Add Meeting to Day"))
        self.remove_slot_action.setText(self.tr("&Remove Meeting"))
        self.edit_times_action.setText(self.tr("Edit Meeting &Times..."))
        self.day_limit_action.setText(self.tr("Meetings &Limit of Day..."))
        self.schedule_action.setText(self.tr("&Schedule Items Here..."))
        self.unschedule_action.setText(self.tr("&Unschedule"))
        self.move_action.setText(self.tr("&Move To..."))
        self.move_action.setToolTip(
            self.tr("Move the selected items to another meeting (Alt+Up/Down: within the meeting)")
        )
        self.unschedule_action.setToolTip(
            self.tr("Take the selected items out of the meeting (Delete)")
        )
        self.days.retranslate_ui()
        self.days_bar.retranslate_ui()
        if hasattr(self, "bodies"):
            self.bodies.retranslate_ui()
        # Short words on the panel's toolbar (the menus show the full texts).
        for action, short in (
            (self.schedule_action, self.tr("Schedule...")),
            (self.add_slot_action, self.tr("Add Meeting")),
            (self.edit_times_action, self.tr("Times...")),
            (self.day_limit_action, self.tr("Day Limit...")),
        ):
            action.setIconText(short)
            action.setToolTip(action.text().replace("&", "").rstrip("."))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()
        super().changeEvent(event)

    def _update_actions(self, *_args: object) -> None:
        timetable = self.document.meeting.timetable
        cell = self.view.current_cell()
        has_day = cell is not None and cell[0] < len(timetable.days)
        has_slot = has_day and cell is not None and cell[1] < len(timetable.days[cell[0]].slots)
        can_add = has_day and cell is not None and tt.can_add_slot(timetable, cell[0])
        self.add_slot_action.setEnabled(can_add)
        # A full day says why Add Meeting is greyed out.
        tip = self.add_slot_action.text().replace("&", "")
        if has_day and cell is not None and not can_add:
            day = timetable.days[cell[0]]
            tip = self.tr(
                "{0} already holds {1}, its limit of meetings; raise the day's limit "
                "(Meetings Limit of Day) to add one"
            ).format(day_heading(day.date, self.document.language), timetable.limit_for(day))
        self.add_slot_action.setToolTip(tip)
        self.remove_slot_action.setEnabled(has_slot)
        self.edit_times_action.setEnabled(has_slot)
        self.day_limit_action.setEnabled(has_day)
        self.schedule_action.setEnabled(bool(timetable.days))
        self.unschedule_action.setEnabled(bool(self.view.selected_placements()))
        self.move_action.setEnabled(bool(self.view.selected_placements()))
        self.days.update()
        if hasattr(self, "bodies"):
            self.bodies.update()

    def _hint(self, text: str) -> None:
        if text:
            self.status_message.emit(text)

    def push(self, make: Callable[[], QUndoCommand]) -> bool:
        """Make and push a command (a refused edit becomes a status message); whether it was."""
        return self._push(make) is not None

    def current_body(self) -> str | None:
        """The body of the current cell (the first body when no cell is current)."""
        index = self.view.currentIndex()
        cell = self.model.cell_info(index) if index.isValid() else None
        return cell.body if cell is not None else self.document.meeting.timetable.first_body

    def current_meeting(self) -> tuple[int, int] | None:
        """(day, slot) of the meeting in the current cell, if it holds one."""
        index = self.view.currentIndex()
        cell = self.model.cell_info(index) if index.isValid() else None
        return (cell.day, cell.slot) if cell is not None and cell.state == "meeting" else None

    def push_command(self, make: Callable[[], QUndoCommand]) -> QUndoCommand | None:
        """Make and push a command; the command pushed, ``None`` where it was refused."""
        return self._push(make)

    def _push(self, make: Callable[[], QUndoCommand]) -> QUndoCommand | None:
        """Make and push a command; a refused edit becomes a status message."""
        try:
            command = make()
        except tt.TimetableError as error:
            self.status_message.emit(
                refusal_text(error.refusal, self.model.refs, self.document.language)
            )
            return None
        self.document.push(command)
        self.status_message.emit(command.text())
        return command

    # -- selection -------------------------------------------------------------------------

    def select_day(self, day: int) -> None:
        self.select_slot(day, 0)

    def select_slot(self, day: int, slot: int) -> None:
        index = self.model.cell_index(day, slot)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index)
            self.view.setFocus()

    def _cell_or_first(self) -> tuple[int, int]:
        return self.view.current_cell() or (0, 0)

    def _existing_slot(self, day: int | None, slot: int | None) -> tuple[int, int] | None:
        """The meeting asked for (the current cell's where not given), if it exists."""
        current = self._cell_or_first()
        day = current[0] if day is None else day
        slot = current[1] if slot is None else slot
        days = self.document.meeting.timetable.days
        if 0 <= day < len(days) and 0 <= slot < len(days[day].slots):
            return day, slot
        return None

    # -- edits -----------------------------------------------------------------------------

    def schedule_items(self, item_ids: list[str]) -> None:
        """ "Schedule in...": choose the day and meeting for items chosen in the agenda."""
        day, slot = self._cell_or_first()
        dialog = ScheduleDialog(self.document, item_ids, day, slot, self)
        if self.run_dialog(dialog):
            ids, day, slot = dialog.choice()
            self.schedule_items_at(ids, day, slot, dialog.new_body())

    def add_items_to_cell(self) -> None:
        """ "Add item...": choose items to take up in the current meeting."""
        day, slot = self._cell_or_first()
        dialog = ScheduleDialog(self.document, [], day, slot, self)
        if self.run_dialog(dialog):
            ids, day, slot = dialog.choice()
            self.schedule_items_at(ids, day, slot, dialog.new_body())

    def schedule_items_at(
        self, item_ids: list[str], day: int, slot: int, body: str | None = None
    ) -> bool:
        """Take up the items in a meeting (``slot`` may be the day's next new one, of
        ``body``)."""
        command = self._push(
            lambda: cmd.ScheduleItemsCommand(self.document, item_ids, day, slot, -1, body)
        )
        if isinstance(command, cmd.ScheduleItemsCommand):
            self.select_slot(command.day, command.slot)
        return command is not None

    def move_selected(self) -> bool:
        """ "Move to...": the keyboard way of dragging placements to another meeting."""
        placements = self.view.selected_placements()
        if not placements:
            return False
        dialog = MoveDialog(self.document, placements, self)
        if not self.run_dialog(dialog):
            return False
        day, slot, copy = dialog.choice_move()
        return self.move_placements(placements, day, slot, -1, copy, dialog.new_body())

    def move_placements(
        self,
        placements: list[tt.Where],
        day: int,
        slot: int,
        position: int,
        copy: bool = False,
        body: str | None = None,
    ) -> bool:
        command = self._push(
            lambda: cmd.MovePlacementsCommand(
                self.document, placements, day, slot, position, copy, body
            )
        )
        if isinstance(command, cmd.MovePlacementsCommand):
            self.select_slot(command.day, command.slot)
            self.view.set_picked(self.model.to_grid(command.placed))
        return command is not None

    def reorder(self, placements: list[tt.Where], step: int) -> bool:
        """Move placements of one meeting one place up (-1) or down (+1)."""
        if not placements:
            return False
        day, slot = placements[0][:2]
        lines = sorted(p for _, _, p in placements)
        # The position counts before the placements leave: above the first, or after the one
        # below the last.
        position = lines[0] - 1 if step < 0 else lines[-1] + 2
        return self.move_placements(placements, day, slot, max(position, 0))

    def unschedule(self, placements: list[tuple[int, int, int]]) -> bool:
        if not placements:
            return False
        return self._push(lambda: cmd.UnscheduleCommand(self.document, placements)) is not None

    def add_slot(self, day: int | None = None, body: str | None = None) -> bool:
        """Add a meeting to the day, of ``body`` (the current cell's where not given)."""
        day = self._cell_or_first()[0] if day is None else day
        body = self.current_body() if body is None else body
        command = self._push(lambda: cmd.AddSlotCommand(self.document, day, None, None, body))
        if isinstance(command, cmd.AddSlotCommand):
            self.select_slot(command.day, command.slot)
        return command is not None

    def remove_slot(self, day: int | None = None, slot: int | None = None) -> bool:
        where = self._existing_slot(day, slot)
        if where is None:
            return False
        day, slot = where
        timetable = self.document.meeting.timetable
        items = timetable.days[day].slots[slot].items
        if items:
            answer = self.ask_choice(
                self.tr("Remove meeting"),
                self.tr(
                    "This meeting takes up %n item(s). Remove it and unschedule them there?",
                    "",
                    len(items),
                ),
                [("remove", self.tr("Remove meeting")), ("cancel", self.tr("Cancel"))],
            )
            if answer != "remove":
                return False
        return self._push(lambda: cmd.RemoveSlotCommand(self.document, day, slot)) is not None

    def edit_times(self, day: int | None = None, slot: int | None = None) -> bool:
        where = self._existing_slot(day, slot)
        if where is None:
            return False
        day, slot = where
        timetable = self.document.meeting.timetable
        heading = day_heading(timetable.days[day].date, self.document.language)
        dialog = SlotTimesDialog(heading, timetable.days[day].slots[slot], self)
        if not self.run_dialog(dialog):
            return False
        start, end = dialog.times()
        command = self._push(lambda: cmd.SetSlotTimesCommand(self.document, day, slot, start, end))
        if isinstance(command, cmd.SetSlotTimesCommand):
            self.select_slot(command.day, command.slot)
        return command is not None

    def _confirm_trim(self, days: list[int], limit: int) -> bool:
        timetable = self.document.meeting.timetable
        # Headings hold commas ("Thursday, 17 September"): several are set apart by semicolons.
        headings = "; ".join(
            day_heading(timetable.days[d].date, self.document.language) for d in days
        )
        if len(days) == 1:
            question = self.tr(
                "{0} already has more meetings than the new limit of {1}. Remove the last "
                "meetings and move their items to the previous meeting?"
            )
        else:
            question = self.tr(
                "These days already have more meetings than the new limit of {1}: {0}. Remove "
                "the last meetings and move their items to the previous meeting?"
            )
        answer = self.ask_choice(
            self.tr("Fewer meetings"),
            question.format(headings, limit),
            [("trim", self.tr("Remove and move items")), ("cancel", self.tr("Cancel"))],
        )
        return answer == "trim"

    def set_default_limit(self, limit: int) -> bool:
        timetable = self.document.meeting.timetable
        if limit == timetable.max_slots_per_day:
            return False
        over = tt.days_over_new_default(timetable, limit)
        if over and not self._confirm_trim(over, limit):
            self._refresh()
            return False
        trim = bool(over)
        return (
            self._push(lambda: cmd.SetDefaultLimitCommand(self.document, limit, trim)) is not None
        )

    def set_day_limit(self, day: int, limit: int | None) -> bool:
        timetable = self.document.meeting.timetable
        the_day = timetable.days[day]
        if limit == the_day.max_slots:
            return False
        effective = timetable.max_slots_per_day if limit is None else limit
        trim = len(the_day.slots) > effective
        if trim and not self._confirm_trim([day], effective):
            return False
        return (
            self._push(lambda: cmd.SetDayLimitCommand(self.document, day, limit, trim)) is not None
        )

    def edit_day_limit(self, day: int | None = None) -> bool:
        day = self._cell_or_first()[0] if day is None else day
        timetable = self.document.meeting.timetable
        if not 0 <= day < len(timetable.days):
            return False
        the_day = timetable.days[day]
        heading = day_heading(the_day.date, self.document.language)
        dialog = DayLimitDialog(
            heading, the_day.max_slots, timetable.max_slots_per_day, len(the_day.slots), self
        )
        if not self.run_dialog(dialog):
            return False
        return self.set_day_limit(day, dialog.limit())

    def sync_days(self) -> bool:
        """Match the days to the meeting's dates (see :class:`DaysFollow`)."""
        return self.days.sync()

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self.actions_for_menu():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(point))
