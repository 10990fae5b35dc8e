"""At start: offer back the unsaved work that a crash left in the recovery folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.storage.recovery import RecoveryEntry

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import RecoveryWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


def entry_text(entry: RecoveryEntry) -> str:
    """ "report.agenda — unsaved work of 2026-06-11 10:42" (local time)."""
    name = entry.original_path.name if entry.original_path else _tr("Untitled meeting")
    when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return _tr("{0} — unsaved work of {1}").format(name, when)


class RecoveryDialog(QDialog):
    """Lists the kept work; Recover brings back the chosen one, Discard forgets them all."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.choice = "later"
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Agenda Editor was not closed normally. The work below was not saved; "
                "recover it now, or discard it."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget(self)
        for entry in entries:
            row = QListWidgetItem(entry_text(entry))
            if entry.original_path:
                row.setToolTip(str(entry.original_path))
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        # Wide enough for each entry whole (file name and time), within reason.
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        wanted = self.list.sizeHintForColumn(0) + frame
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        self.list.setMinimumWidth(min(max(wanted, 360), screen * 2 // 3))
        self.list.itemDoubleClicked.connect(lambda _item: self._done("recover"))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        recover = buttons.addButton(self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(
            self.tr("&Discard All"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        later = buttons.addButton(self.tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        recover.clicked.connect(lambda: self._done("recover"))
        discard.clicked.connect(lambda: self._done("discard"))
        later.clicked.connect(lambda: self._done("later"))
        recover.setDefault(True)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def selected(self) -> RecoveryEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def choose_recovery(
    parent: QWidget | None, entries: list[RecoveryEntry]
) -> tuple[str, RecoveryEntry | None]:
    """Ask the user: ("recover", entry), ("discard", None) or ("later", None)."""
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    return dialog.choice, dialog.selected() if dialog.choice == "recover" else None


def offer_recovery(window: RecoveryWindow) -> bool:
    """Offer the kept work, if any; ``True`` when some was recovered into ``window``."""
    store = window.files.recovery
    entries = store.entries()
    if not entries:
        return False
    choice, entry = choose_recovery(window.window(), entries)
    if choice == "discard":
        for kept in entries:
            store.discard(kept.key)
        return False
    if choice == "recover" and entry is not None:
        return window.files.recover(entry)
    return False
