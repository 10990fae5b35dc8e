"""File > Versions...: the named versions kept in the file, what changed, restore, delete.

Selecting one version shows what changed from it to the meeting as it is now; selecting two
shows what changed from the older to the newer. The changes are shown in one language version
at a time (the language box), words removed struck through and words added highlighted.
Restore puts the selected version's meeting in place as one step that Undo takes back. Delete
removes a version from the file at once (it cannot be undone: the dialog asks first).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core.compare import compare
from agenda_editor.core.languages import sort_languages
from agenda_editor.core.model import Meeting
from agenda_editor.gui.commands.versions import RestoreVersionCommand
from agenda_editor.gui.dialogs.messages import Role, ask_choice
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.gui.problem_texts import error_text
from agenda_editor.gui.versions_report import report_html
from agenda_editor.storage import session
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.versions import SavedVersion, VersionError

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import FilesWindow


def created_text(version: SavedVersion) -> str:
    """When the version was made, in local time, as the interface language writes it."""
    when = QDateTime.fromSecsSinceEpoch(int(version.created.timestamp()))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class VersionsDialog(QDialog):
    """The list of versions, the changes of the selected ones, Restore and Delete."""

    def __init__(self, window: FilesWindow) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.document = window.document
        self._meetings: dict[int, Meeting | VersionError] = {}
        self.setWindowTitle(self.tr("Versions"))
        self.resize(760, 640)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Saved")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.itemSelectionChanged.connect(self._selection_changed)

        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(
            self.tr("Put this version in place of the meeting as it is now (Undo takes it back)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("&Delete..."), self)
        self.delete_button.setToolTip(self.tr("Remove this version from the file"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.restore_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.intro)
        top_layout.addWidget(self.list)
        top_layout.addLayout(actions)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.currentIndexChanged.connect(self._show_report)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(language_label)
        heading_row.addWidget(self.language)
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(heading_row)
        bottom_layout.addWidget(self.report)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 430])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self._comparison: tuple[Meeting, Meeting] | None = None
        self.fill()

    # -- the list ------------------------------------------------------------------------------

    def fill(self) -> None:
        """Show the document's versions, newest first, and select the newest."""
        self._meetings.clear()
        self.list.clear()
        self._rows: list[QTreeWidgetItem] = []
        versions = self.document.versions
        name = self.window_.document_name()
        if versions:
            self.intro.setText(
                self.tr(
                    "Versions kept in “{0}”. Select one to see what changed since, or two to "
                    "compare them."
                ).format(name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "“{0}” keeps no versions yet. File > Save Version... saves the meeting and "
                    "keeps it as it is under a name, such as “sent to the Bureau” or “Rev.1”."
                ).format(name)
            )
        for position in reversed(range(len(versions))):
            version = versions[position]
            row = QTreeWidgetItem([version.name, created_text(version)])
            row.setData(0, Qt.ItemDataRole.UserRole, position)
            row.setToolTip(0, version.name)
            self.list.addTopLevelItem(row)
            self._rows.append(row)
        if self._rows:
            self.list.setCurrentItem(self._rows[0])
        self._selection_changed()

    def selected_positions(self) -> list[int]:
        """Positions (in ``document.versions``) of the selected versions, oldest first."""
        return sorted(
            int(row.data(0, Qt.ItemDataRole.UserRole)) for row in self.list.selectedItems()
        )

    def select(self, *positions: int) -> None:
        """Select the versions at these positions (for the keyboard-less and for tests)."""
        self.list.clearSelection()
        for row in self._rows:
            if int(row.data(0, Qt.ItemDataRole.UserRole)) in positions:
                row.setSelected(True)

    def meeting_of(self, position: int) -> Meeting | VersionError:
        if position not in self._meetings:
            try:
                self._meetings[position] = self.document.versions[position].meeting()
            except VersionError as error:
                self._meetings[position] = error
        return self._meetings[position]

    # -- comparing -----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        positions = self.selected_positions()
        self.restore_button.setEnabled(len(positions) == 1)
        self.delete_button.setEnabled(len(positions) == 1 and not self.window_.files.read_only)
        self._comparison = None
        versions = self.document.versions
        if not positions or len(positions) > 2:
            self.heading.setText(
                self.tr("Select one version, or two to compare.") if versions else ""
            )
            self.report.clear()
            self._fill_languages([])
            return
        first = versions[positions[0]]
        old = self.meeting_of(positions[0])
        if len(positions) == 1:
            new: Meeting | VersionError = self.document.meeting
            self.heading.setText(
                self.tr("Changes from “{0}” ({1}) to now").format(first.name, created_text(first))
            )
        else:
            second = versions[positions[1]]
            new = self.meeting_of(positions[1])
            self.heading.setText(
                self.tr("Changes from “{0}” ({1}) to “{2}” ({3})").format(
                    first.name, created_text(first), second.name, created_text(second)
                )
            )
        for meeting in (old, new):
            if isinstance(meeting, VersionError):
                self.restore_button.setEnabled(False)
                self.report.setPlainText(
                    self.tr("This version cannot be read: {0}").format(error_text(meeting))
                )
                self._fill_languages([])
                return
        assert isinstance(old, Meeting) and isinstance(new, Meeting)
        self._comparison = (old, new)
        self._fill_languages(sort_languages([*old.languages, *new.languages]))
        self._show_report()

    def _fill_languages(self, languages: list[str]) -> None:
        current = self.language.currentData() or self.document.language
        self.language.blockSignals(True)
        self.language.clear()
        for code in languages:
            self.language.addItem(language_name(code), code)
        index = self.language.findData(current)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.language.blockSignals(False)
        self.language.setEnabled(bool(languages))

    def _show_report(self) -> None:
        if self._comparison is None:
            return
        old, new = self._comparison
        lang = self.language.currentData() or new.original_language
        self.report.setHtml(report_html(compare(old, new), old, new, lang))

    # -- restore and delete --------------------------------------------------------------------

    def restore_selected(self) -> bool:
        positions = self.selected_positions()
        if len(positions) != 1:
            return False
        meeting = self.meeting_of(positions[0])
        if isinstance(meeting, VersionError):
            return False
        name = self.document.versions[positions[0]].name
        self.document.push(RestoreVersionCommand(self.document, copy.deepcopy(meeting), name))
        self.window_.show_status(
            self.tr("Restored the version “{0}”; Undo brings back the meeting as it was").format(
                name
            )
        )
        self.accept()
        return True

    def delete_selected(self) -> bool:
        positions = self.selected_positions()
        document = self.document
        if len(positions) != 1 or document.path is None:
            return False
        version = document.versions[positions[0]]
        answer = ask_choice(
            self,
            self.tr("Delete Version"),
            self.tr("Delete the version “{0}” (saved {1}) from the file?").format(
                version.name, created_text(version)
            ),
            [
                ("delete", self.tr("Delete"), Role.DestructiveRole),
                ("cancel", self.tr("Cancel"), Role.RejectRole),
            ],
            default="cancel",
            details=self.tr(
                "This cannot be undone. The meeting in the file stays as it was saved; your "
                "unsaved changes stay unsaved."
            ),
        )
        if answer != "delete":
            return False
        remaining = [kept for kept in document.versions if kept is not version]
        try:
            fingerprint = session.replace_versions(document.path, document.fingerprint, remaining)
        except SessionFileError as error:
            self.window_.files.show_error(self.tr("Cannot Delete Version"), str(error))
            return False
        document.versions = remaining
        document.fingerprint = fingerprint
        self.window_.show_status(self.tr("Deleted the version “{0}”").format(version.name))
        self.fill()
        return True


def show_versions(window: FilesWindow) -> VersionsDialog:
    """Open File > Versions... (modal to the window: the document cannot change under it)."""
    dialog = VersionsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
