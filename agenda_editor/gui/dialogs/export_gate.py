"""Before a document export from the window: a meeting with errors is not exported without a word.

:func:`confirm_export` lists the errors the check reports (the same gate as the command line's,
:mod:`agenda_editor.export.gate`) and asks: export anyway, show the first error, or cancel.
Warnings never ask. Every document exporter of the window (PDF, Word) calls it before writing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from agenda_editor.core.model import Meeting
from agenda_editor.export.gate import blocking_errors
from agenda_editor.gui.dialogs.messages import ask_choice
from agenda_editor.gui.finding_texts import finding_text, renumbered
from agenda_editor.gui.findings import english_plural

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import ExportWindow

#: How many errors the question lists before it says "and N more".
LISTED = 10

Role = QMessageBox.ButtonRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportGate", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("ExportGate", text, "", n)


def confirm_export(window: ExportWindow, meeting: Meeting) -> bool:
    """Whether to go on with the export of ``meeting``: ``True`` when it has no errors or the
    user chose to export anyway; "Show Me" goes to the first error and answers ``False``."""
    errors = blocking_errors(meeting)
    if not errors:
        return True
    n = len(errors)
    references = renumbered(meeting, window.document.language)
    lines = [f"• {finding_text(finding, references=references)}" for finding in errors[:LISTED]]
    if len(errors) > LISTED:
        more = len(errors) - LISTED
        lines.append(_trn("and %n more", more))
    question = english_plural(
        _trn("The meeting has %n error(s); the document would print them as they are.", n),
        "The meeting has %n error(s); the document would print them as they are.",
        "The meeting has %n error; the document would print it as it is.",
        "The meeting has %n errors; the document would print them as they are.",
        n,
    )
    answer = ask_choice(
        window.window(),
        _tr("Errors in the Meeting"),
        question,
        [
            ("export", _tr("Export &Anyway"), Role.DestructiveRole),
            ("show", _tr("&Show Me"), Role.AcceptRole),
            ("cancel", _tr("Cancel"), Role.RejectRole),
        ],
        icon=QMessageBox.Icon.Warning,
        default="show",
        details="\n".join(lines),
    )
    if answer == "show":
        window.findings_dock.show()
        window.findings_dock.raise_()
        window.go_to(errors[0].target)
    return answer == "export"
