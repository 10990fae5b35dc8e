"""File > Save Version... and File > Versions...: named versions kept inside the session file.

Save Version asks for a name, then saves the document as Save does, with the meeting as it is
now kept under that name in the same write. A meeting that was never saved is first given a
file name (the Save As dialog), because a version lives in the file: cancelling it keeps no
version. If the save fails, no version is kept either, so the list never shows a version that
is not on disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from agenda_editor.gui.problem_texts import error_text
from agenda_editor.storage.versions import MAX_NAME_LENGTH, VersionError, check_name, make_version

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import FilesWindow


class VersionNameDialog(QDialog):
    """Asks for the name of a new version; OK only with a name."""

    def __init__(self, parent: QWidget | None, never_saved: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save Version"))
        label = QLabel(self.tr("&Name of the version:"), self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("for example: sent to the Bureau, Rev.1"))
        label.setBuddy(self.name)
        if never_saved:
            note = self.tr(
                "The meeting is saved with the version kept inside the file: choose where to "
                "save it next."
            )
        else:
            note = self.tr(
                "The meeting is saved, and kept as it is now under this name inside the file. "
                "File > Versions... compares and restores it later."
            )
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._update()

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(check_name(self.name.text()) is None)


def ask_version_name(parent: QWidget | None, never_saved: bool) -> str | None:
    """The name the user gives the new version, or ``None`` (tests replace this function)."""
    dialog = VersionNameDialog(parent, never_saved)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip()
    finally:
        dialog.deleteLater()


class Versions(QObject):
    """The two actions of the File menu and what Save Version does."""

    def __init__(self, window: FilesWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.save_version_action = QAction(window.window())
        self.save_version_action.triggered.connect(lambda: self.save_version())
        self.versions_action = QAction(window.window())
        self.versions_action.triggered.connect(lambda: self.show_versions())

    def retranslate_ui(self) -> None:
        self.save_version_action.setText(self.tr("Save &Version..."))
        self.save_version_action.setStatusTip(
            self.tr("Save the meeting and keep it as it is now under a name, inside the file")
        )
        self.versions_action.setText(self.tr("Versio&ns..."))
        self.versions_action.setStatusTip(
            self.tr("List the versions kept in the file, compare them, restore one")
        )

    def save_version(self, name: str | None = None) -> bool:
        """Save the document with its current state kept as a version named ``name`` (asked
        for when not given); ``False`` when nothing was saved."""
        window = self.window
        document = window.document
        if name is None:
            name = ask_version_name(window.window(), document.path is None)
            if name is None:
                return False
        try:
            version = make_version(document.meeting, name)
        except VersionError as error:
            window.files.show_error(self.tr("Cannot Save Version"), error_text(error))
            return False
        document.versions.append(version)
        if not window.files.save():
            document.versions.remove(version)
            return False
        window.show_status(self.tr("Saved the version “{0}”").format(version.name))
        return True

    def show_versions(self) -> QDialog:
        from agenda_editor.gui.dialogs.versions import show_versions

        return show_versions(self.window)
