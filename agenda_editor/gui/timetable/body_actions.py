"""The timetable's bodies in the window: add, rename (per language version), reorder and remove
bodies, and move a meeting to another body, each one undoable command.

Used by :class:`~agenda_editor.gui.timetable.panel.TimetablePanel`, which gives the current
cell's day, meeting and body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.gui.commands import bodies as cmd
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.finding_texts import language_name
from agenda_editor.gui.text_direction import direction_of
from agenda_editor.gui.timetable.texts import body_name

if TYPE_CHECKING:
    from agenda_editor.gui.timetable.panel import TimetablePanel


class BodyNameDialog(QDialog):
    """The name of a body in one language version, with the original's name beside it."""

    def __init__(
        self, title: str, lang: str, text: str, original: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(text)
        self.name_edit.setLayoutDirection(direction_of(lang))
        self.name_edit.setPlaceholderText(self.tr("Committee of the Whole"))
        label = QLabel(self.tr("&Name ({0}):").format(language_name(lang)))
        label.setBuddy(self.name_edit)
        form = QFormLayout()
        if original:
            form.addRow(QLabel(self.tr("Original:")), QLabel(original))
        form.addRow(label, self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def name(self) -> str:
        return self.name_edit.text().strip()


class BodyActions(QObject):
    """The actions on bodies of a timetable panel (its menus and context menu show them)."""

    def __init__(self, panel: TimetablePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.add_action = QAction(self)
        self.add_action.triggered.connect(lambda: self.add_body())
        self.rename_action = QAction(self)
        self.rename_action.triggered.connect(lambda: self.rename_body())
        self.remove_action = QAction(self)
        self.remove_action.triggered.connect(lambda: self.remove_body())
        self.earlier_action = QAction(self)
        self.earlier_action.triggered.connect(lambda: self.move_body(-1))
        self.later_action = QAction(self)
        self.later_action.triggered.connect(lambda: self.move_body(+1))
        self.move_meeting_menu = QMenu(panel)
        self.move_meeting_menu.aboutToShow.connect(self._fill_move_menu)
        self.retranslate_ui()

    def actions(self) -> list[QAction]:
        return [
            self.add_action,
            self.rename_action,
            self.earlier_action,
            self.later_action,
            self.remove_action,
            self.move_meeting_menu.menuAction(),
        ]

    def retranslate_ui(self) -> None:
        self.add_action.setText(self.tr("Add &Body..."))
        self.add_action.setIconText(self.tr("Add Body..."))
        self.add_action.setToolTip(
            self.tr("Add a body meeting in parallel (Committee of the Whole, working group)")
        )
        self.rename_action.setText(self.tr("Re&name Body..."))
        self.remove_action.setText(self.tr("Remove Bod&y"))
        self.earlier_action.setText(self.tr("Move Body &Earlier"))
        self.later_action.setText(self.tr("Move Body La&ter"))
        self.move_meeting_menu.setTitle(self.tr("Move Meeting to Bod&y"))
        for action in (self.rename_action, self.remove_action):
            action.setToolTip(action.text().replace("&", "").rstrip("."))

    # -- state ------------------------------------------------------------------------------

    @property
    def document(self) -> MeetingDocument:
        return self.panel.document

    def update(self) -> None:
        timetable = self.document.meeting.timetable
        body = self.panel.current_body()
        index = timetable.body_index(body) if body is not None else -1
        several = timetable.parallel
        self.rename_action.setEnabled(body is not None)
        self.remove_action.setEnabled(body is not None and several)
        self.earlier_action.setEnabled(several and index > 0)
        self.later_action.setEnabled(several and 0 <= index < len(timetable.bodies) - 1)
        self.move_meeting_menu.menuAction().setEnabled(
            several and self.panel.current_meeting() is not None
        )

    def _name(self, body_id: str) -> str:
        meeting = self.document.meeting
        return body_name(
            meeting.timetable, body_id, self.document.language, meeting.original_language
        )

    # -- edits ------------------------------------------------------------------------------

    def add_body(self) -> bool:
        lang = self.document.language
        dialog = BodyNameDialog(self.tr("Add body"), lang, "", "", self.panel)
        if not self.panel.run_dialog(dialog) or not dialog.name():
            return False
        return self.panel.push(lambda: cmd.AddBodyCommand(self.document, {lang: dialog.name()}))

    def rename_body(self, body_id: str | None = None) -> bool:
        body_id = body_id or self.panel.current_body()
        timetable = self.document.meeting.timetable
        if body_id is None or not timetable.has_body(body_id):
            return False
        meeting, lang = self.document.meeting, self.document.language
        body = timetable.bodies[timetable.body_index(body_id)]
        original = body.name.get(meeting.original_language, "")
        shown = "" if lang == meeting.original_language else original
        dialog = BodyNameDialog(
            self.tr("Rename body"), lang, body.name.get(lang, ""), shown, self.panel
        )
        if not self.panel.run_dialog(dialog) or dialog.name() == body.name.get(lang, ""):
            return False
        return self.panel.push(
            lambda: cmd.SetBodyNameCommand(self.document, body_id, lang, dialog.name())
        )

    def remove_body(self, body_id: str | None = None) -> bool:
        body_id = body_id or self.panel.current_body()
        timetable = self.document.meeting.timetable
        if body_id is None or not timetable.has_body(body_id):
            return False
        meetings = sum(1 for day in timetable.days for slot in day.slots if slot.body == body_id)
        if meetings:
            answer = self.panel.ask_choice(
                self.tr("Remove body"),
                self.tr(
                    "{0} has %n meeting(s). Remove the body and its meetings? The items they "
                    "take up are unscheduled there.",
                    "",
                    meetings,
                ).format(self._name(body_id)),
                [("remove", self.tr("Remove body")), ("cancel", self.tr("Cancel"))],
            )
            if answer != "remove":
                return False
        return self.panel.push(lambda: cmd.RemoveBodyCommand(self.document, body_id))

    def move_body(self, step: int, body_id: str | None = None) -> bool:
        body_id = body_id or self.panel.current_body()
        timetable = self.document.meeting.timetable
        if body_id is None or not timetable.has_body(body_id):
            return False
        position = timetable.body_index(body_id) + step
        if not 0 <= position < len(timetable.bodies):
            return False
        return self.panel.push(lambda: cmd.MoveBodyCommand(self.document, body_id, position))

    def move_meeting(self, body_id: str, day: int | None = None, slot: int | None = None) -> bool:
        """Make the meeting (the current one unless given) a meeting of ``body_id``."""
        where = self.panel.current_meeting() if day is None or slot is None else (day, slot)
        if where is None:
            return False
        day, slot = where
        return self.panel.push(lambda: cmd.SetSlotBodyCommand(self.document, day, slot, body_id))

    def _fill_move_menu(self) -> None:
        self.move_meeting_menu.clear()
        timetable = self.document.meeting.timetable
        where = self.panel.current_meeting()
        current = timetable.days[where[0]].slots[where[1]].body if where else None
        for body in timetable.bodies:
            action = self.move_meeting_menu.addAction(self._name(body.id))
            action.setEnabled(body.id != current)
            action.triggered.connect(lambda _=False, b=body.id: self.move_meeting(b))
