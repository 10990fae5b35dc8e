"""Small dialogs of the timetable: a meeting's times, a day's limit, "Schedule in..."."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Slot
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.texts import (
    References,
    body_name,
    day_heading,
    isolated,
    item_title,
    refusal_text,
    time_span,
)

#: The largest number of meetings a day may be given.
MAX_LIMIT = 8


def _qtime(time: dt.time) -> QTime:
    return QTime(time.hour, time.minute)


def _pytime(time: QTime) -> dt.time:
    return dt.time(time.hour(), time.minute())


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        pass


class SlotTimesDialog(_Dialog):
    """Start and end of one meeting."""

    def __init__(self, heading: str, slot: Slot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.start_edit = QTimeEdit(_qtime(slot.start))
        self.end_edit = QTimeEdit(_qtime(slot.end))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._check)
        self.form = QFormLayout()
        self.start_label, self.end_label = QLabel(), QLabel()
        self.form.addRow(self.start_label, self.start_edit)
        self.form.addRow(self.end_label, self.end_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._check()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Meeting times: {0}").format(self.heading))
        self.start_label.setText(self.tr("&Starts at:"))
        self.end_label.setText(self.tr("&Ends at:"))
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)

    def times(self) -> tuple[dt.time, dt.time]:
        return _pytime(self.start_edit.time()), _pytime(self.end_edit.time())

    def _check(self) -> None:
        start, end = self.times()
        self.set_problem("" if end > start else self.tr("A meeting must end after it starts."))


class DayLimitDialog(_Dialog):
    """How many meetings one day allows: its own number, or the meeting's default."""

    def __init__(
        self, heading: str, own: int | None, default: int, used: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading, self.default, self.used = heading, default, used
        self.use_default = QCheckBox()
        self.use_default.setChecked(own is None)
        self.spin = QSpinBox()
        self.spin.setRange(0, MAX_LIMIT)
        self.spin.setValue(default if own is None else own)
        self.spin.setEnabled(own is not None)
        self.use_default.toggled.connect(lambda on: self.spin.setEnabled(not on))
        self.use_default.toggled.connect(self._update_note)
        self.spin.valueChanged.connect(self._update_note)
        self.spin_label = QLabel()
        self.spin_label.setBuddy(self.spin)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.use_default)
        form.addRow(self.spin_label, self.spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.set_problem("")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Meetings on {0}").format(self.heading))
        self.use_default.setText(
            self.tr("Use the meeting's default ({0} per day)").format(self.default)
        )
        self.spin_label.setText(self.tr("&Meetings this day:"))
        self._update_note()

    def limit(self) -> int | None:
        return None if self.use_default.isChecked() else self.spin.value()

    def _update_note(self) -> None:
        limit = self.limit()
        effective = self.default if limit is None else limit
        if self.used > effective:
            self.note.setText(
                self.tr(
                    "This day has {0} meetings: you will be asked whether to merge the last ones."
                ).format(self.used)
            )
        else:
            self.note.setText("")


class ScheduleDialog(_Dialog):
    """Choose items, a day and a meeting: the keyboard way of dragging items into the grid."""

    def __init__(
        self,
        document: MeetingDocument,
        item_ids: list[str] | None = None,
        day: int = 0,
        slot: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        meeting, lang = document.meeting, document.language
        self.refs = References(meeting, lang)
        chosen = set(item_ids or [])
        self.items_label = QLabel()
        self.items = QListWidget()
        for item in meeting.walk():
            title, _ = item_title(meeting, item.id, lang)
            row = QListWidgetItem(f"{self.refs(item.id)}  {title}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if item.id in chosen else Qt.CheckState.Unchecked
            )
            self.items.addItem(row)
        self.items.itemChanged.connect(self._check)
        self.day_combo, self.slot_combo = QComboBox(), QComboBox()
        for the_day in meeting.timetable.days:
            self.day_combo.addItem(day_heading(the_day.date, lang))
        self.day_label, self.slot_label = QLabel(), QLabel()
        self.day_label.setBuddy(self.day_combo)
        self.slot_label.setBuddy(self.slot_combo)
        form = QFormLayout()
        form.addRow(self.day_label, self.day_combo)
        form.addRow(self.slot_label, self.slot_combo)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.items_label)
        self.main_layout.addWidget(self.items)
        self.main_layout.addLayout(form)
        self.main_layout.addWidget(self.problem)
        self.main_layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self.day_combo.currentIndexChanged.connect(self._fill_slots)
        self.slot_combo.currentIndexChanged.connect(self._check)
        if 0 <= day < self.day_combo.count():
            self.day_combo.setCurrentIndex(day)
        self._fill_slots()
        self.select_slot(slot)
        self._check()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Schedule in"))
        self.items_label.setText(self.tr("&Items to take up:"))
        self.items_label.setBuddy(self.items)
        self.day_label.setText(self.tr("&Day:"))
        self.slot_label.setText(self.tr("&Meeting:"))

    def _fill_slots(self) -> None:
        """The day's meetings (naming the body when several meet), then a new meeting (of each
        body) while the day has room; each entry's data is (slot index, body id)."""
        self.slot_combo.blockSignals(True)
        self.slot_combo.clear()
        day = self.day_combo.currentIndex()
        meeting = self.document.meeting
        timetable = meeting.timetable
        lang, original = self.document.language, meeting.original_language

        def named(body: str) -> str:
            return body_name(timetable, body, lang, original)

        if 0 <= day < len(timetable.days):
            slots = timetable.days[day].slots
            for n, slot in enumerate(slots):
                text = isolated(time_span(slot))
                if timetable.parallel:
                    text = self.tr("{0}, {1}").format(text, named(slot.body))
                self.slot_combo.addItem(text, (n, slot.body))
            if tt.can_add_slot(timetable, day):
                for body in timetable.bodies:
                    text = (
                        self.tr("New meeting of {0}").format(named(body.id))
                        if timetable.parallel
                        else self.tr("New meeting")
                    )
                    self.slot_combo.addItem(text, (len(slots), body.id))
        self.slot_combo.blockSignals(False)
        self._check()

    def chosen_slot(self) -> tuple[int, str | None]:
        """(slot index, body of a new meeting) of the meeting chosen; (-1, None) for none."""
        data = self.slot_combo.currentData()
        if not isinstance(data, tuple):
            return -1, None
        return int(data[0]), str(data[1])

    def select_slot(self, slot: int) -> None:
        for n in range(self.slot_combo.count()):
            data = self.slot_combo.itemData(n)
            if isinstance(data, tuple) and data[0] == slot:
                self.slot_combo.setCurrentIndex(n)
                return

    def checked_ids(self) -> list[str]:
        rows = (self.items.item(n) for n in range(self.items.count()))
        return [
            row.data(Qt.ItemDataRole.UserRole)
            for row in rows
            if row.checkState() == Qt.CheckState.Checked
        ]

    def choice(self) -> tuple[list[str], int, int]:
        return self.checked_ids(), self.day_combo.currentIndex(), self.chosen_slot()[0]

    def new_body(self) -> str | None:
        """The body of the new meeting chosen (``None`` when an existing one is)."""
        return self.chosen_slot()[1]

    def _check(self) -> None:
        ids, day, slot = self.choice()
        timetable = self.document.meeting.timetable
        if not timetable.days:
            self.set_problem(self.tr("The timetable has no days: set the meeting's dates."))
            return
        if not ids:
            self.set_problem(self.tr("Choose at least one item."))
            return
        if slot < 0:
            self.set_problem(self.tr("This day allows no meeting."))
            return
        refusal = tt.check_place(timetable, day, slot, ids, self.new_body())
        self.set_problem(
            refusal_text(refusal, self.refs, self.document.language) if refusal else ""
        )


class MoveDialog(ScheduleDialog):
    """Choose the meeting that placements move to (or continue in): dragging by keyboard."""

    def __init__(
        self,
        document: MeetingDocument,
        placements: list[tt.Where],
        parent: QWidget | None = None,
    ) -> None:
        self.placements = sorted(set(placements))
        self.copy_box = QCheckBox()
        day, slot = self.placements[0][:2] if self.placements else (0, 0)
        super().__init__(document, [], day, slot, parent)
        self.items.hide()
        self.items_label.setWordWrap(True)
        self.main_layout.insertWidget(2, self.copy_box)
        self.copy_box.toggled.connect(self._check)
        self.retranslate_ui()
        self._check()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        timetable = self.document.meeting.timetable
        ids = [timetable.days[d].slots[s].items[p] for d, s, p in self.placements]
        self.setWindowTitle(self.tr("Move to"))
        self.items_label.setText(self.tr("Items to move: {0}").format(self.refs.listing(ids)))
        self.copy_box.setText(self.tr("&Keep them where they are too (continued)"))

    def choice_move(self) -> tuple[int, int, bool]:
        return self.day_combo.currentIndex(), self.chosen_slot()[0], self.copy_box.isChecked()

    def _check(self) -> None:
        day, slot, copy = self.choice_move()
        timetable = self.document.meeting.timetable
        if slot < 0:
            self.set_problem(self.tr("This day allows no meeting."))
            return
        refusal = tt.check_move(timetable, self.placements, day, slot, copy, self.new_body())
        lang = self.document.language
        self.set_problem(refusal_text(refusal, self.refs, lang) if refusal else "")
