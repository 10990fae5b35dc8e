"""The menus work on a narrow interface of their window (gui/window_roles.py MenuWindow), and
nothing but the application's start names the main window: the menus, the file controller and
what the menus open are built and used here on a small window of the test's own."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

import agenda_editor.gui
from agenda_editor.core.rules import Target
from agenda_editor.gui.actions import Menus
from agenda_editor.gui.agenda.panel import AgendaPanel
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.dialogs import export_pdf
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.item_editor import ItemEditor
from agenda_editor.gui.files import AppFolders, FileController
from agenda_editor.gui.meeting_page import MeetingPage
from agenda_editor.gui.timetable.panel import TimetablePanel
from agenda_editor.gui.translation import TranslationPanel
from tests import factories

GUI = Path(agenda_editor.gui.__file__).parent
#: The modules that build the main window and so may import it.
MAY_IMPORT_THE_WINDOW = {"main_window.py", "app.py"}


def _imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function or ``TYPE_CHECKING``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_only_the_start_of_the_application_imports_the_main_window() -> None:
    importing = sorted(
        str(path.relative_to(GUI))
        for path in GUI.rglob("*.py")
        if path.name not in MAY_IMPORT_THE_WINDOW
        and "agenda_editor.gui.main_window" in _imported_modules(path)
    )
    assert importing == []


def test_the_import_check_sees_an_import_made_only_to_check_types(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from agenda_editor.gui import main_window\n",
        encoding="utf-8",
    )
    assert "agenda_editor.gui.main_window" in _imported_modules(module)


class _Window(QMainWindow):
    """Only what a MenuWindow offers: a document, its panels and docks, messages recorded."""

    def __init__(self, folders: AppFolders) -> None:
        super().__init__()
        self.folders = folders
        self.document = MeetingDocument(factories.sample_meeting())
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        doc = self.document
        self.agenda_panel = AgendaPanel(doc)
        self.item_editor = ItemEditor(doc)
        self.meeting_page = MeetingPage(doc)
        self.timetable_panel = TimetablePanel(doc)
        self.translation_panel = TranslationPanel(doc)
        for panel in self.pages():
            panel.setParent(self)  # deleted with the window, as the main window's pages
        self.findings_dock = QDockWidget(self)
        self.undo_dock = QDockWidget(self)
        self.messages: list[str] = []
        self.shown: list[QWidget] = []
        self.targets: list[Target] = []
        self.files = FileController(self, folders)

    def pages(self) -> list[QWidget]:
        return [
            self.agenda_panel,
            self.item_editor,
            self.meeting_page,
            self.timetable_panel,
            self.translation_panel,
        ]

    def document_name(self) -> str:
        return self.document.path.name if self.document.path else "Untitled"

    def set_document(self, document: MeetingDocument) -> None:
        self.document = document

    def update_title(self) -> None:
        pass

    def show_status(self, message: str) -> None:
        self.messages.append(message)

    def show_tab(self, widget: QWidget) -> None:
        self.shown.append(widget)

    def go_to(self, target: Target) -> None:
        self.targets.append(target)


@pytest.fixture
def menus(qtbot: QtBot, app_dirs: AppFolders) -> Any:
    window = _Window(app_dirs)
    qtbot.addWidget(window)
    built = Menus(window)
    built.retranslate_ui()
    yield built
    window.files.shutdown()


def test_undo_and_redo_follow_the_window_s_document(menus: Menus) -> None:
    window = menus.window
    assert isinstance(window, _Window)
    symbol = window.document.meeting.symbol
    assert not menus.undo_action.isEnabled() and not menus.redo_action.isEnabled()
    window.document.undo_stack.push(SetMeetingFieldCommand(window.document, "symbol", "A/1"))
    assert menus.undo_action.isEnabled() and not menus.redo_action.isEnabled()
    menus.undo_action.trigger()
    assert window.document.meeting.symbol == symbol
    assert not menus.undo_action.isEnabled() and menus.redo_action.isEnabled()
    assert window.messages == ["Undone: Edit meeting details"]
    menus.redo_action.trigger()
    assert window.document.meeting.symbol == "A/1"
    assert window.messages[-1] == "Redone: Edit meeting details"


def test_the_go_to_actions_ask_the_window_for_its_pages(menus: Menus) -> None:
    window = menus.window
    assert isinstance(window, _Window)
    menus.show_timetable_action.trigger()
    menus.show_translation_action.trigger()
    assert window.shown == [window.timetable_panel, window.translation_panel]


def test_export_exports_the_window_s_document(
    menus: Menus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = menus.window
    assert isinstance(window, _Window)
    window.document.path = tmp_path / "working-group.agenda"
    seen: dict[str, Any] = {}

    def accept(dialog: export_pdf.ExportPdfDialog) -> int:
        seen["suggested"] = dialog.path.text()
        return QDialog.DialogCode.Accepted

    def record(to: Any, meeting: Any, targets: Any, *rest: Any) -> list[Path]:
        seen["window"], seen["symbol"] = to, meeting.symbol
        return []

    monkeypatch.setattr(export_pdf.ExportPdfDialog, "exec", accept)
    monkeypatch.setattr(export_pdf, "export_files", record)
    menus.export_action.trigger()
    assert Path(seen["suggested"]).name == "working-group.pdf"
    assert seen["window"] is window
    assert seen["symbol"] == window.document.meeting.symbol
