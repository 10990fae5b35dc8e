"""Screenshots of the window's dialogs, in English and in Arabic (mirrored), for
docs/make_screenshots.py: Find and Replace, the print preview, New Session From This One, the
report of an import and the export dialog's warning of a missing date of issue.

Each picture is the real widget grabbed offscreen (``QWidget.grab()``) with the sample meeting.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from agenda_editor.gui import import_agenda
from agenda_editor.gui.dialogs.export_pdf import ExportPdfDialog
from agenda_editor.gui.dialogs.next_session import NextSessionDialog
from agenda_editor.gui.main_window import MainWindow
from agenda_editor.importing.agenda import ImportNote

#: The lines of a made-up import that found no place, for the report's picture.
NOTES = [
    ImportNote(3, "Distr.: General  17 June 2026", "not a masthead line this importer knows"),
    ImportNote(41, "Annex II (to follow)", "an annex other than the organization of work"),
    ImportNote(57, "* * *", "a line of decoration"),
]


def settle(ms: int = 300) -> None:
    QTest.qWait(ms)
    QCoreApplication.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / name
    widget.grab().save(str(path))
    print(path.relative_to(out.parent.parent) if out.parent.parent in path.parents else path)


def shoot_dialogs(window: MainWindow, out: Path, suffix: str = "") -> None:
    """Grab each dialog of ``window`` into ``out`` (``find-replace{suffix}.png``...)."""
    document = window.document
    tail = f"{suffix}.png"

    finder = window.menus.find_replace.open(True)
    finder.find_edit.setText("meeting")
    finder.replace_edit.setText("session")
    _save(finder, out, "find-replace" + tail)
    finder.close()

    preview = window.menus.preview
    preview.preview_action.trigger()  # as the user opens it (File > Print Preview)
    for _ in range(100):  # the pages are made in the background
        settle(150)
        shown = preview.widget
        if shown.generation and shown.shown_generation == shown.generation and shown.images:
            break
    _save(window, out, "preview" + tail)
    preview.preview_action.trigger()

    session = NextSessionDialog(document.snapshot(), document.language, window)
    session.show()
    _save(session, out, "next-session" + tail)
    session.close()

    shown: list[QMessageBox] = []

    def keep(box: QMessageBox) -> None:
        shown.append(box)
        box.show()

    present: Callable[[QMessageBox], None] = import_agenda._present
    import_agenda._present = keep
    try:
        window.menus.import_agenda.show_report(NOTES, "agenda.docx")
        _save(shown[-1], out, "import-report" + tail)
        shown[-1].close()
    finally:
        import_agenda._present = present

    meeting = document.snapshot()
    meeting.issue_date = None
    export = ExportPdfDialog(meeting, document.language, Path("agenda.pdf"), window)
    export.show()
    _save(export, out, "export-warning" + tail)
    export.close()


if __name__ == "__main__":
    sys.exit("run docs/make_screenshots.py")
