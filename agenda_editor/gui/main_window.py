"""The main window: a thin shell that assembles the panels around the open meeting.

Left, the agenda tree; in the centre, tabs with the item editor, the Meeting page and the
timetable; at the bottom, the findings; an undo history dock that the View menu shows. Menus and
toolbar are built in :mod:`agenda_editor.gui.actions`; everything touching files is in
:class:`~agenda_editor.gui.files.FileController`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QUndoView,
    QWidget,
)

from agenda_editor import APP_NAME
from agenda_editor.core.rules import Target
from agenda_editor.gui import actions
from agenda_editor.gui.agenda.panel import AgendaPanel
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.item_editor import ItemEditor
from agenda_editor.gui.files import FileController
from agenda_editor.gui.findings import FindingsPanel
from agenda_editor.gui.folders import AppFolders
from agenda_editor.gui.meeting_page import MeetingPage
from agenda_editor.gui.new_meeting import blank_meeting, interface_language
from agenda_editor.gui.tab_bar import InkTabBar
from agenda_editor.gui.timetable.days import DaysBar
from agenda_editor.gui.timetable.panel import TimetablePanel
from agenda_editor.gui.translation import TranslationPanel
from agenda_editor.gui.wheel_guard import guard_fields

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000
#: The agenda tree never gets narrower than this (pixels) when docks open.
MIN_TREE_WIDTH = 240
#: The undo history's narrowest width (pixels): its title and steps stay readable.
UNDO_DOCK_WIDTH = 200
#: Files that open when dropped on the window: session files, JSON meetings and the PDFs we
#: made (they carry their meeting).
OPENABLE_SUFFIXES = (".agenda", ".json", ".pdf")


class MainWindow(QMainWindow):
    """One open meeting and every panel that edits it."""

    def __init__(
        self,
        folders: AppFolders | None = None,
        document: MeetingDocument | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folders = folders or AppFolders()
        self.document = document or MeetingDocument(
            blank_meeting(interface_language(), self.folders.settings.page_size)
        )
        self.document.setParent(self)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)

        doc = self.document
        self.agenda_panel = AgendaPanel(doc)
        self.item_editor = ItemEditor(doc)
        self.meeting_page = MeetingPage(doc)
        self.timetable_panel = TimetablePanel(doc)
        self.translation_panel = TranslationPanel(doc)
        self.meeting_page.default_limit_setter = self.timetable_panel.set_default_limit
        # Changing the dates on the Meeting page offers to make the timetable follow them.
        self.meeting_days_bar = DaysBar(self.timetable_panel.days, offer_bar=True)
        self.meeting_page.add_below_dates(self.meeting_days_bar)
        self.meeting_page.dates_edited.connect(self.meeting_days_bar.offer)
        self.tabs = QTabWidget(self)
        self.tabs.setTabBar(InkTabBar(self.tabs))  # room for the dots below Arabic letters
        self.tabs.setDocumentMode(True)
        for page in self.pages():
            self.tabs.addTab(page, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.agenda_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([340, 860])
        self.setCentralWidget(self.splitter)

        self.findings = FindingsPanel(doc)
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findings_dock")
        self.findings_dock.setWidget(self.findings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.undo_view = QUndoView(self.undo_group)
        self.undo_dock = QDockWidget(self)
        self.undo_dock.setObjectName("undo_dock")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        # The tree keeps its width when a dock opens beside the tabs: the room comes from them.
        self.agenda_panel.setMinimumWidth(MIN_TREE_WIDTH)
        self.undo_view.setMinimumWidth(UNDO_DOCK_WIDTH)
        self.undo_dock.toggleViewAction().toggled.connect(self._keep_tree_width)
        self.resizeDocks([self.findings_dock], [120], Qt.Orientation.Vertical)

        self.findings_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.findings_label)
        self.findings.summary_changed.connect(self.findings_label.setText)
        self.findings.activated.connect(self.go_to)
        self.findings_label.setText(self.findings.summary())
        for panel in (
            self.agenda_panel,
            self.item_editor,
            self.meeting_page,
            self.timetable_panel,
            self.translation_panel,
        ):
            panel.status_message.connect(self.show_status)
        self.agenda_panel.current_item_changed.connect(self.item_editor.set_item)

        self.files = FileController(self, self.folders)
        self.files.status_message.connect(self.show_status)
        self.menus = actions.build(self)
        # The preview dock, like the undo history, takes its room from the tabs, not the tree.
        self.menus.preview.preview_action.toggled.connect(self._keep_tree_width)
        self._connect_document(doc)
        self.files.watch(doc)
        self.setAcceptDrops(True)
        self.wheel_guard = guard_fields(self)
        self.retranslate_ui()
        self.restore_state()
        self._select_first_item()

    def pages(self) -> tuple[ItemEditor, MeetingPage, TimetablePanel, TranslationPanel]:
        """The tabs of the centre, in order: item, meeting, timetable, translation."""
        return (self.item_editor, self.meeting_page, self.timetable_panel, self.translation_panel)

    # -- the open document -----------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        """Show another meeting (New, Open, recovery): every panel switches to it."""
        old = self.document
        if document is old:
            return
        self._disconnect_document(old)
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.agenda_panel.set_document(document)
        self.item_editor.set_document(document)
        self.meeting_page.set_document(document)
        self.timetable_panel.set_document(document)
        self.translation_panel.set_document(document)
        self.findings.set_document(document)
        self.menus.language_selector.set_document(document)
        self._connect_document(document)
        self.undo_group.removeStack(old.undo_stack)
        old.deleteLater()
        self.update_title()
        self._select_first_item()

    def _select_first_item(self) -> None:
        """Start on the first item, so that the editor shows something from the start."""
        items = self.document.meeting.items
        if items:
            self._select_item(items[0].id)

    def _connect_document(self, document: MeetingDocument) -> None:
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.path_changed.connect(self.update_title)
        self._on_clean_changed(document.undo_stack.isClean())
        self.update_title()

    def _disconnect_document(self, document: MeetingDocument) -> None:
        document.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
        document.path_changed.disconnect(self.update_title)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        self.menus.update_file_actions()

    def document_name(self) -> str:
        path = self.document.path
        if path is not None:
            return path.name
        return self.document.display_name or self.tr("Untitled")

    def update_title(self) -> None:
        if self.files.read_only:
            title = self.tr("{0} (read-only)[*] — {1}")
        else:
            title = self.tr("{0}[*] — {1}")
        self.setWindowTitle(title.format(self.document_name(), APP_NAME))
        self.menus.update_file_actions()

    def open_files(self, paths: list[str]) -> None:
        """Files handed over by a second launch: raise the window and open the first one."""
        self.show()
        self.raise_()
        self.activateWindow()
        if paths:
            self.files.open_path(Path(paths[0]))

    # -- files dropped on the window ---------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in OPENABLE_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.files.open_path(paths[0])

    # -- status and navigation -------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def go_to(self, target: Target) -> None:
        """Go to what a finding is about: an item, a day or slot, or a field of the meeting."""
        meeting = self.document.meeting
        if target.lang and target.lang in meeting.languages:
            self.document.set_language(target.lang)
        timetable = self.timetable_panel
        if target.kind == "item" and target.item_id and meeting.has_item(target.item_id):
            self._select_item(target.item_id)
            if target.field == "timetable":
                self.show_tab(timetable)
            else:
                self.show_tab(self.item_editor)
        elif target.kind == "slot" and target.day is not None and target.slot is not None:
            if target.item_id and meeting.has_item(target.item_id):
                self._select_item(target.item_id)
            self.show_tab(timetable)
            timetable.select_slot(target.day, target.slot)
        elif target.kind == "day" and target.day is not None:
            self.show_tab(timetable)
            timetable.select_day(target.day)
        else:
            self.show_tab(self.meeting_page)
            self.meeting_page.focus_field(target.field)

    def _select_item(self, item_id: str) -> None:
        self.agenda_panel.select_item(item_id)

    def _keep_tree_width(self, _shown: bool) -> None:
        tree_width = self.splitter.sizes()[0]

        def restore() -> None:
            total = sum(self.splitter.sizes())
            width = max(MIN_TREE_WIDTH, min(tree_width, total - MIN_TREE_WIDTH))
            self.splitter.setSizes([width, total - width])

        QTimer.singleShot(0, restore)

    # -- window state ------------------------------------------------------------------------

    def restore_state(self) -> None:
        """Window geometry from the settings; docks and splitter from the window INI file."""
        geometry = self.folders.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        layout = self.folders.window_settings()
        state = layout.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = layout.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.folders.settings.window_geometry = bytes(self.saveGeometry().data())
        self.folders.save_settings()
        layout = self.folders.window_settings()
        layout.setValue("window/state", self.saveState())
        layout.setValue("window/splitter", self.splitter.saveState())
        layout.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.shutdown()
        self.save_state()
        event.accept()

    # -- language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        # No mnemonics on the tabs (Ctrl+1..4 go there): their letters would clash with the
        # menus' and the pages' own.
        self.tabs.setTabText(self.tabs.indexOf(self.item_editor), self.tr("Item"))
        self.tabs.setTabText(self.tabs.indexOf(self.meeting_page), self.tr("Meeting"))
        self.tabs.setTabText(self.tabs.indexOf(self.timetable_panel), self.tr("Timetable"))
        self.tabs.setTabText(self.tabs.indexOf(self.translation_panel), self.tr("Translation"))
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.undo_dock.setWindowTitle(self.tr("Undo History"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.menus.retranslate_ui()
        self.update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
