"""File > Import Agenda... and Edit > Paste Agenda as Items: an agenda that another tool wrote.

Both read it with :mod:`agenda_editor.importing` and then show what could not be placed, line
by line. Import opens the agenda as a new, unsaved meeting (the file itself is never written);
Paste adds the pasted agenda's items, with their annotations and documents, after the agenda's
last item as one undo step, in the language version shown.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from agenda_editor.core import tree
from agenda_editor.gui.commands.tree import InsertItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.plurals import english_s
from agenda_editor.gui.problem_texts import error_text

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import ImportWindow
    from agenda_editor.importing import ImportNote

#: Lines of the report shown in the message box itself; the rest are in its details.
SHOWN_NOTES = 5


def _tr(text: str, n: int = -1) -> str:
    """``text`` in the interface language; "item(s)" reads "item" or "items" in English."""
    translated = QCoreApplication.translate("ImportAgenda", text, None, n)
    return english_s(translated, text, n) if n >= 0 else translated


def report_text(notes: list[ImportNote]) -> str:
    """The lines not placed, one per line: "Line 14: To be confirmed" (a table row's cells
    apart: "Line 40: 3–6 p.m. | 7 | Adoption of the report")."""
    line = _tr("Line {0}: {1}")
    # Each quoted line keeps its own direction (first-strong isolate): in the Arabic interface an
    # English "3–6 p.m. | 7 | ..." would otherwise read "p.m. | 7 | ... 6–3".
    return "\n".join(
        line.format(note.line, "\u2068" + " | ".join(note.text.split("\t")) + "\u2069")
        for note in notes
    )


class ImportAgenda(QObject):
    """The two actions and what they do."""

    def __init__(self, window: ImportWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.import_action = QAction(window.window())
        self.import_action.triggered.connect(lambda: self.import_file())
        self.paste_action = QAction(window.window())
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.paste_action.triggered.connect(lambda: self.paste_agenda())

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("Import &Agenda..."))
        self.import_action.setStatusTip(
            self.tr("Open an agenda written in Word or saved as text as a new meeting")
        )
        self.paste_action.setText(self.tr("Paste A&genda as Items"))
        self.paste_action.setStatusTip(
            self.tr("Add the agenda on the clipboard, with its annotations, as new items")
        )

    # -- File > Import Agenda ----------------------------------------------------------------

    def ask_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window.window(),
            self.tr("Import Agenda"),
            "",
            self.tr("Word documents and text (*.docx *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def import_file(self, path: Path | None = None) -> bool:
        """Open the agenda in ``path`` as a new unsaved meeting; ``False`` if nothing opened."""
        files = self.window.files
        if not files.maybe_save():
            return False
        path = path or self.ask_path()
        if path is None:
            return False
        from agenda_editor import importing  # the readers load when first used, not at start

        try:
            result = importing.import_file(path)
        except importing.AgendaImportError as error:
            files.show_error(self.tr("Cannot Import Agenda"), error_text(error))
            return False
        files.adopt(MeetingDocument(result.meeting), suggested_path=path.with_suffix(".agenda"))
        count = len(list(result.meeting.walk()))
        self.window.show_status(
            _tr("Imported %n item(s) from {0}; Save asks where to keep the meeting", count).format(
                path.name
            )
        )
        self.show_report(result.notes, path.name)
        return True

    # -- Edit > Paste Agenda as Items ---------------------------------------------------------

    def paste_agenda(self, text: str | None = None) -> bool:
        """Add the agenda in ``text`` (default: the clipboard's text) after the last item."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        from agenda_editor.importing import import_text

        document = self.window.document
        result = import_text(text, document.language) if text.strip() else None
        if result is None or not result.meeting.items:
            self.window.show_status(self.tr("The clipboard holds no numbered agenda to paste."))
            return False
        meeting = document.meeting
        items = [copy.deepcopy(item) for item in result.meeting.items]
        stack = document.undo_stack
        stack.beginMacro(_tr("Paste agenda (%n item(s))", len(items)))
        for item in items:
            position = tree.Position(None, len(meeting.items))
            document.push(InsertItemCommand(document, item, position))
        stack.endMacro()
        self.window.agenda_panel.select_item(items[0].id)
        self.window.show_status(_tr("Pasted %n agenda item(s).", len(items)))
        self.show_report(result.notes, self.tr("the clipboard"))
        return True

    # -- the report ---------------------------------------------------------------------------

    def show_report(self, notes: list[ImportNote], source: str) -> None:
        """Tell which lines were not placed (nothing when every line found its place)."""
        if not notes:
            return
        box = QMessageBox(self.window.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Lines Not Imported"))
        box.setText(
            _tr("%n line(s) of {0} found no place in the meeting:", len(notes)).format(source)
        )
        box.setInformativeText(report_text(notes[:SHOWN_NOTES]))
        if len(notes) > SHOWN_NOTES:
            box.setDetailedText(report_text(notes))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        _present(box)


def _present(box: QMessageBox) -> None:
    """Show the report (tests replace this to read it)."""
    box.exec()
