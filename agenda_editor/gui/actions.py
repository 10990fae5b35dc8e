"""Menus, toolbar and their actions for the main window, with the standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from agenda_editor import APP_NAME
from agenda_editor.gui.clipboard import ItemClipboard
from agenda_editor.gui.find_replace import FindReplace
from agenda_editor.gui.help import Help
from agenda_editor.gui.icons import icon
from agenda_editor.gui.import_agenda import ImportAgenda
from agenda_editor.gui.meeting_page import LanguageSelector
from agenda_editor.gui.preview import Preview
from agenda_editor.gui.spelling import Spelling
from agenda_editor.gui.versions import Versions
from agenda_editor.gui.window_roles import MenuWindow

Key = QKeySequence.StandardKey


class Menus(QObject):
    """The window's actions, menus and toolbar; texts are set in :meth:`retranslate_ui`."""

    def __init__(self, window: MenuWindow) -> None:
        widget = window.window()
        super().__init__(widget)
        self.window = window
        files = window.files

        def action(name: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
            act = QAction(icon(name), "", widget)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.new_action = action("new", files.new_blank, Key.New)
        self.new_from_action = action("", files.new_from_existing)
        self.next_session_action = action("", files.new_next_session)
        self.open_action = action("open", files.open_dialog, Key.Open)
        self.save_action = action("save", files.save, Key.Save)
        self.save_as_action = action("save-as", files.save_as, Key.SaveAs)
        self.revert_action = action("revert", files.revert)
        self.export_action = action("export", self._export_pdf, QKeySequence("Ctrl+E"))
        self.export_translation_action = action("", self._export_for_translation)
        self.import_translation_action = action("", self._import_translation)
        self.export_docx_action = action("", self._export_docx, QKeySequence("Ctrl+Shift+E"))
        self.close_action = action("close", files.close_document, Key.Close)
        self.quit_action = action("quit", self._quit, Key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = window.undo_group.createUndoAction(widget)
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(Key.Undo)
        self.redo_action = window.undo_group.createRedoAction(widget)
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(Key.Redo)
        # Connected after the group's own slots: the stack has already moved when they run.
        self.undo_action.triggered.connect(self._report_undo)
        self.redo_action.triggered.connect(self._report_redo)

        self.show_item_action = action("", lambda: window.show_tab(window.item_editor), "Ctrl+1")
        self.show_meeting_action = action(
            "", lambda: window.show_tab(window.meeting_page), "Ctrl+2"
        )
        self.show_timetable_action = action(
            "", lambda: window.show_tab(window.timetable_panel), "Ctrl+3"
        )
        self.show_translation_action = action(
            "", lambda: window.show_tab(window.translation_panel), "Ctrl+4"
        )
        # Linux desktops define no standard key for Preferences: Ctrl+, as elsewhere.
        preferences_keys = QKeySequence.keyBindings(Key.Preferences) or [QKeySequence("Ctrl+,")]
        self.preferences_action = action("", self._preferences, preferences_keys[0])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.findings_action = window.findings_dock.toggleViewAction()
        self.findings_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.undo_view_action = window.undo_dock.toggleViewAction()
        self.undo_view_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.about_action = action("about", self._about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = action("", QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(widget)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addActions(
            [self.new_action, self.new_from_action, self.next_session_action, self.open_action]
        )
        self.file_menu.addMenu(self.recent_menu)
        self.import_agenda = ImportAgenda(window)
        self.file_menu.addAction(self.import_agenda.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action, self.revert_action])
        self.versions = Versions(window)
        self.file_menu.addActions(
            [self.versions.save_version_action, self.versions.versions_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.export_docx_action])
        self.preview = Preview(window)
        _fill(self.file_menu, self.preview.actions_for_menu())
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_translation_action, self.import_translation_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.clipboard = ItemClipboard(window.agenda_panel)
        self.edit_menu.addSeparator()
        _fill(self.edit_menu, self.clipboard.actions_for_menu())
        self.edit_menu.addAction(self.import_agenda.paste_action)
        self.find_replace = FindReplace(window)
        self.spelling = Spelling(window)
        self.edit_menu.addSeparator()
        _fill(self.edit_menu, [*self.find_replace.actions_for_menu(), self.spelling.toggle_action])
        panel_actions = window.agenda_panel.actions_for_menu()
        if panel_actions:
            self.edit_menu.addSeparator()
            _fill(self.edit_menu, panel_actions)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        format_actions = list(window.item_editor.actions_for_menu())
        self.format_menu: QMenu | None = None
        if format_actions:
            self.format_menu = bar.addMenu("")
            _fill(self.format_menu, format_actions)

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(
            [
                self.show_item_action,
                self.show_meeting_action,
                self.show_timetable_action,
                self.show_translation_action,
            ]
        )
        translation_actions = list(window.translation_panel.actions_for_menu())
        if translation_actions:
            self.view_menu.addSeparator()
            _fill(self.view_menu, translation_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.findings_action, self.undo_view_action])

        timetable_actions = window.timetable_panel.actions_for_menu()
        # "Schedule in..." on the agenda item: the keyboard alternative to dragging an item
        # from the tree into the grid; also in the tree's context menu.
        self.schedule_in_action = action("", self._schedule_selected, QKeySequence("Ctrl+T"))
        window.agenda_panel.view.addAction(self.schedule_in_action)
        self.timetable_menu: QMenu | None = None
        if timetable_actions:
            self.timetable_menu = bar.addMenu("")
            self.timetable_menu.addAction(self.schedule_in_action)
            self.timetable_menu.addSeparator()
            _fill(self.timetable_menu, timetable_actions)

        self.help_menu = bar.addMenu("")
        self.help = Help(window)
        self.help_menu.addAction(self.help.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.about_action, self.about_qt_action])

        self.toolbar = QToolBar(widget)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.language_selector = LanguageSelector(window.document, self.toolbar)
        self.toolbar.addWidget(self.language_selector)
        window.addToolBar(self.toolbar)
        for act in self.toolbar.actions():
            _show_shortcut_in_tooltip(act)
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    # -- state -------------------------------------------------------------------------------

    def update_file_actions(self) -> None:
        document = self.window.document
        self.revert_action.setEnabled(document.path is not None and document.is_modified())

    def _report_undo(self) -> None:
        text = self.window.undo_group.redoText()
        if text:
            self.window.show_status(self.tr("Undone: {0}").format(text))

    def _report_redo(self) -> None:
        text = self.window.undo_group.undoText()
        if text:
            self.window.show_status(self.tr("Redone: {0}").format(text))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.window.folders.recent_files()
        for number, path in enumerate(paths, start=1):
            act = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            act.setToolTip(str(path))
            act.setStatusTip(str(path))
            act.setEnabled(path.exists())
            act.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)

    def _open_recent(self, path: Path) -> None:
        self.window.files.open_path(path)

    def selected_item_ids(self) -> list[str]:
        """Ids of the items selected in the agenda tree, in document order."""
        panel = self.window.agenda_panel
        model = panel.view.agenda_model()
        if model is None:
            return []
        ids = {model.item_id(index) for index in panel.view.selectedIndexes()} - {None, ""}
        current = panel.current_item_id()
        if not ids and current:
            ids = {current}
        return [item.id for item in self.window.document.meeting.walk() if item.id in ids]

    def _schedule_selected(self) -> None:
        ids = self.selected_item_ids()
        if not ids:
            self.window.show_status(self.tr("Select the agenda items to schedule first."))
            return
        self.window.show_tab(self.window.timetable_panel)
        self.window.timetable_panel.schedule_items(ids)

    def _quit(self) -> None:
        self.window.close()

    def _preferences(self) -> None:
        from agenda_editor.gui.dialogs import preferences
        from agenda_editor.gui.language import language_manager

        preferences.edit_preferences(self.window.window(), self.window.folders, language_manager())

    def _export_pdf(self) -> None:
        from agenda_editor.gui.dialogs.export_pdf import run_export

        run_export(self.window)

    def _export_docx(self) -> None:
        from agenda_editor.gui.dialogs.export_pdf import run_export

        run_export(self.window, "docx")

    def _export_for_translation(self) -> None:
        from agenda_editor.gui.dialogs.translation_exchange import run_export_for_translation

        run_export_for_translation(self.window)

    def _import_translation(self) -> None:
        from agenda_editor.gui.dialogs.translation_exchange import run_import_translation

        run_import_translation(self.window)

    def _about(self) -> None:
        self.help.show_about()

    def retranslate_ui(self) -> None:
        texts = {
            self.new_action: (self.tr("&New"), self.tr("Start a new meeting")),
            self.new_from_action: (
                self.tr("New from &Existing..."),
                self.tr("Start a new meeting with the agenda of an existing one"),
            ),
            self.next_session_action: (
                self.tr("New Session From &This One..."),
                self.tr("Start the next session's meeting from this one, which stays as it is"),
            ),
            self.open_action: (self.tr("&Open..."), self.tr("Open a meeting file")),
            self.save_action: (self.tr("&Save"), self.tr("Save the meeting")),
            self.save_as_action: (self.tr("Save &As..."), self.tr("Save under another name")),
            self.revert_action: (self.tr("Re&vert"), self.tr("Go back to the saved file")),
            self.export_action: (self.tr("&Export PDF..."), self.tr("Export the document as PDF")),
            self.export_translation_action: (
                self.tr("Export for &Translation..."),
                self.tr("Write a language version as an XLIFF file for translation tools"),
            ),
            self.import_translation_action: (
                self.tr("&Import Translation..."),
                self.tr("Fill a language version from a translated XLIFF file"),
            ),
            self.export_docx_action: (
                self.tr("Export &Word Document..."),
                self.tr(
                    "Export the document as a Word file, the manuscript for Documents Management"
                ),
            ),
            self.close_action: (self.tr("&Close"), self.tr("Close the meeting")),
            self.quit_action: (self.tr("&Quit"), self.tr("Quit {0}").format(APP_NAME)),
            self.show_item_action: (self.tr("Go to &Item"), self.tr("Show the item editor")),
            self.show_meeting_action: (
                self.tr("Go to &Meeting"),
                self.tr("Show the meeting details"),
            ),
            self.show_timetable_action: (
                self.tr("Go to &Timetable"),
                self.tr("Show the organization of work"),
            ),
            self.show_translation_action: (
                self.tr("Go to T&ranslation"),
                self.tr("Show the texts side by side with a language version"),
            ),
            self.preferences_action: (
                self.tr("&Preferences..."),
                self.tr("Interface language and defaults for new meetings"),
            ),
            self.schedule_in_action: (
                self.tr("&Schedule In..."),
                self.tr("Choose the day and meeting in which the selected items are taken up"),
            ),
            self.about_action: (self.tr("&About {0}").format(APP_NAME), ""),
            self.about_qt_action: (self.tr("About &Qt"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setStatusTip(tip)
        self.clipboard.retranslate_ui()
        self.import_agenda.retranslate_ui()
        self.versions.retranslate_ui()
        self.find_replace.retranslate_ui()
        self.help.retranslate_ui()
        self.preview.retranslate_ui()
        self.spelling.retranslate_ui()
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.findings_action.setText(self.tr("&Findings"))
        self.undo_view_action.setText(self.tr("Undo &History"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        if self.format_menu is not None:
            self.format_menu.setTitle(self.tr("F&ormat"))
        if self.timetable_menu is not None:
            self.timetable_menu.setTitle(self.tr("Timetab&le"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))


def _show_shortcut_in_tooltip(act: QAction) -> None:
    """The tooltip names the action and its key, "Undo Rename item (Ctrl+Z)", and follows
    the action's text as it changes (Undo and Redo name the step)."""

    def update() -> None:
        try:
            text = act.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        except RuntimeError:  # the window is being deleted and the action with it
            return
        key = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text} ({key})" if key else text
        if act.toolTip() != tip:
            act.setToolTip(tip)

    act.changed.connect(update)
    update()


def _fill(menu: QMenu, actions: Sequence[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def build(window: MenuWindow) -> Menus:
    return Menus(window)
