"""What the parts of the window need of it, as narrow interfaces (``typing.Protocol``).

The file controller (:mod:`agenda_editor.gui.files`) is given a :class:`FileWindow`, the menus
(:mod:`agenda_editor.gui.actions`) a :class:`MenuWindow`, and what the menus open (import,
preview, find and replace, spelling, help, versions, the export and translation dialogs) the
role it needs of the window: the document, a place for status messages, a way to go to what a
finding is about, a parent for its dialogs. None of them imports
:mod:`agenda_editor.gui.main_window` (which imports them), not even to check types; the main
window satisfies every role structurally, which mypy checks where it hands itself over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMenuBar, QToolBar, QWidget

from agenda_editor.gui.document import MeetingDocument

if TYPE_CHECKING:
    from agenda_editor.core.rules import Target
    from agenda_editor.gui.agenda.panel import AgendaPanel
    from agenda_editor.gui.editor.item_editor import ItemEditor
    from agenda_editor.gui.files import FileController
    from agenda_editor.gui.folders import AppFolders
    from agenda_editor.gui.meeting_page import MeetingPage
    from agenda_editor.gui.timetable.panel import TimetablePanel
    from agenda_editor.gui.translation import TranslationPanel
    from agenda_editor.storage.recovery import RecoveryEntry, RecoveryStore


class DocumentHolder(Protocol):
    """Something that shows one open document at a time."""

    document: MeetingDocument


class ParentWindow(Protocol):
    """Something whose top-level widget dialogs and messages are shown over."""

    def window(self) -> QWidget:
        """The top-level widget the dialogs and messages are shown over."""
        ...


class StatusSink(Protocol):
    """A place for a short message that needs no answer ("Exported report.pdf")."""

    def show_status(self, message: str) -> None: ...


class Navigator(Protocol):
    """A way to go to what a finding is about, or to one of the window's pages."""

    def go_to(self, target: Target) -> None: ...

    def show_tab(self, widget: QWidget) -> None: ...


class ActionHost(ParentWindow, Protocol):
    """A widget whose keyboard shortcuts work wherever the focus is in the window."""

    def addAction(self, action: QAction, /) -> None: ...

    def addActions(self, actions: Sequence[QAction], /) -> None: ...


class UndoSource(Protocol):
    """The undo steps of the document shown (they say when it changed)."""

    @property
    def undo_group(self) -> QUndoGroup: ...


class FileWindow(DocumentHolder, ParentWindow, Protocol):
    """What the file controller needs of the window it serves."""

    def document_name(self) -> str:
        """What the title bar calls the document ("report.agenda", "Untitled")."""
        ...

    def set_document(self, document: MeetingDocument) -> None:
        """Show ``document`` in place of the current one."""
        ...

    def update_title(self) -> None:
        """Say again in the title bar which file is open and whether it has unsaved changes."""
        ...


class Recoverer(Protocol):
    """What the recovery dialog needs of the file controller."""

    @property
    def recovery(self) -> RecoveryStore: ...

    def recover(self, entry: RecoveryEntry) -> bool: ...


class RecoveryWindow(ParentWindow, Protocol):
    """What the offer of unsaved work after a crash needs of the window."""

    @property
    def files(self) -> Recoverer: ...


class FilesWindow(DocumentHolder, StatusSink, ParentWindow, Protocol):
    """A window with a file controller: versions and agenda import save and open through it."""

    @property
    def files(self) -> FileController: ...

    def document_name(self) -> str: ...


class ImportWindow(FilesWindow, ActionHost, Protocol):
    """What File > Import Agenda and Edit > Paste Agenda need: they select what they added."""

    @property
    def agenda_panel(self) -> AgendaPanel: ...


class ExportWindow(DocumentHolder, StatusSink, Navigator, ParentWindow, Protocol):
    """What a document export needs: the document, messages, and the findings to show the
    errors that stop it."""

    @property
    def findings_dock(self) -> QDockWidget: ...


class TranslationWindow(DocumentHolder, StatusSink, Navigator, ParentWindow, Protocol):
    """What the exchange of texts for translation needs: it shows the texts it brought in."""

    @property
    def translation_panel(self) -> TranslationPanel: ...


class DockHost(ActionHost, Protocol):
    """A main window that takes docks beside its pages."""

    def addDockWidget(self, area: Qt.DockWidgetArea, dockwidget: QDockWidget, /) -> None: ...

    def resizeDocks(
        self,
        docks: Sequence[QDockWidget],
        sizes: Sequence[int],
        orientation: Qt.Orientation,
        /,
    ) -> None: ...


class PreviewWindow(DocumentHolder, StatusSink, UndoSource, DockHost, Protocol):
    """What the print preview needs: the document, when it changes, a dock beside the pages."""


class FindWindow(DocumentHolder, StatusSink, UndoSource, ActionHost, Protocol):
    """What Find and Replace needs: it goes to the matches in the item editor."""

    def go_to(self, target: Target) -> None: ...

    @property
    def item_editor(self) -> ItemEditor: ...


class SpellingWindow(DocumentHolder, UndoSource, ActionHost, Protocol):
    """What spelling needs: the fields it underlines and the personal word list's folder."""

    @property
    def folders(self) -> AppFolders: ...

    @property
    def item_editor(self) -> ItemEditor: ...

    @property
    def translation_panel(self) -> TranslationPanel: ...


class HelpWindow(DocumentHolder, ActionHost, Protocol):
    """What the guide and the About box need: where this meeting and the settings are."""

    @property
    def folders(self) -> AppFolders: ...


class MenuWindow(
    ImportWindow,
    ExportWindow,
    TranslationWindow,
    PreviewWindow,
    FindWindow,
    SpellingWindow,
    HelpWindow,
    Protocol,
):
    """What the menus and toolbar need: the roles of what they open, the pages they go to,
    the undo history's and findings' docks they show, a menu bar and a place for a toolbar."""

    @property
    def meeting_page(self) -> MeetingPage: ...

    @property
    def timetable_panel(self) -> TimetablePanel: ...

    @property
    def undo_dock(self) -> QDockWidget: ...

    def menuBar(self) -> QMenuBar: ...

    def addToolBar(self, toolbar: QToolBar, /) -> None: ...

    def close(self) -> bool: ...
