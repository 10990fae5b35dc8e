"""File > New Session From This One...: the symbols the next session changes (each one shown,
editable, and dropped by unticking it; those written in annotations too, hidden while their
annotations are marked for clearing), what to clear, and the new meeting made on OK.

The meeting shown is never modified: :func:`agenda_editor.core.next_session.next_session`
works on a copy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import next_session as ns
from agenda_editor.core.languages import text_in
from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.gui.text_direction import direction_of

Flag = Qt.ItemFlag
CHECK = Qt.CheckState


class NextSessionDialog(QDialog):
    """Proposes the next session of ``meeting``; :meth:`new_meeting` makes it as chosen."""

    def __init__(
        self, meeting: Meeting, lang: str, parent: QWidget | None = None, source: str = ""
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        #: The name of the file ``meeting`` was read from ("" when it has none).
        self.source = source
        self.lang = lang
        self.setWindowTitle(self.tr("New Session From This One"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A new, unsaved meeting is made from this one, which is not changed. "
                "Untick a symbol to keep it as it is, or type the new one."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.changes = ns.propose_changes(meeting)
        paths = item_paths(meeting)
        self.table = QTableWidget(len(self.changes), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Symbol now"), self.tr("New symbol")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, change in enumerate(self.changes):
            if change.item_id is None:
                where = self.tr("Meeting")
            elif change.lang is not None:
                number = reference(paths[change.item_id], lang)
                where = self.tr("Item {0}, annotation ({1}, paragraph {2})").format(
                    number, language_name(change.lang), change.position + 1
                )
            else:
                number = reference(paths[change.item_id], lang)
                where = self.tr("Item {0}, documentation").format(number)
            place = QTableWidgetItem(where)
            place.setFlags(Flag.ItemIsEnabled | Flag.ItemIsUserCheckable | Flag.ItemIsSelectable)
            place.setCheckState(CHECK.Checked)
            old = QTableWidgetItem(change.old)
            old.setFlags(Flag.ItemIsEnabled | Flag.ItemIsSelectable)
            self.table.setItem(row, 0, place)
            self.table.setItem(row, 1, old)
            self.table.setItem(row, 2, QTableWidgetItem(change.new))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if not self.changes:
            layout.addWidget(QLabel(self.tr("The symbol has no year or number to roll."), self))
        layout.addWidget(self.table)

        self.clear_dates = QCheckBox(
            self.tr("Clear the dates and the days of the organization of work"), self
        )
        self.clear_dates.setChecked(True)
        layout.addWidget(self.clear_dates)
        layout.addWidget(
            QLabel(self.tr("Annotations to clear (the standard items keep theirs):"), self)
        )
        self.annotations = QListWidget(self)
        # The titles are in the document's language: laid out in its direction.
        self.annotations.setLayoutDirection(direction_of(lang))
        proposed = ns.session_specific_items(meeting)
        for item in ns.annotated_items(meeting):
            title = text_in(item.title, lang) or text_in(item.title, meeting.original_language)
            entry = QListWidgetItem(f"{reference(paths[item.id], lang)}  {title or ''}")
            entry.setFlags(Flag.ItemIsEnabled | Flag.ItemIsUserCheckable)
            entry.setCheckState(CHECK.Checked if item.id in proposed else CHECK.Unchecked)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.annotations.addItem(entry)
        self.annotations.itemChanged.connect(lambda _entry: self._hide_cleared())
        self._hide_cleared()
        layout.addWidget(self.annotations)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _hide_cleared(self) -> None:
        """Hide the changes in annotations that the new meeting will not have."""
        cleared = self.options().clear_annotations or frozenset()
        for row, change in enumerate(self.changes):
            self.table.setRowHidden(row, change.in_annotation and change.item_id in cleared)

    def chosen_changes(self) -> list[ns.SymbolChange]:
        """The changes ticked and shown, with the new symbols as typed (an emptied one is
        dropped)."""
        chosen = []
        for row, change in enumerate(self.changes):
            if self.table.isRowHidden(row):
                continue
            place, new = self.table.item(row, 0), self.table.item(row, 2)
            text = new.text().strip() if new is not None else ""
            if place is not None and place.checkState() == CHECK.Checked and text:
                chosen.append(
                    ns.SymbolChange(change.item_id, change.position, change.old, text, change.lang)
                )
        return chosen

    def options(self) -> ns.NextSessionOptions:
        cleared = frozenset(
            self.annotations.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.annotations.count())
            if self.annotations.item(row).checkState() == CHECK.Checked
        )
        return ns.NextSessionOptions(
            clear_dates=self.clear_dates.isChecked(), clear_annotations=cleared
        )

    def new_meeting(self) -> Meeting:
        return ns.next_session(
            self.meeting, self.chosen_changes(), self.options(), source=self.source
        )


def ask_next_session(
    meeting: Meeting, lang: str, parent: QWidget | None = None, source: str = ""
) -> Meeting | None:
    """The next session as the user chose it in the dialog; ``None`` when cancelled."""
    dialog = NextSessionDialog(meeting, lang, parent, source)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.new_meeting()
    finally:
        dialog.deleteLater()
