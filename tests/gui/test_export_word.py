"""File > Export Word Document... in the window: the PDF export's dialog, for .docx files, with
the same checks (untranslated versions, errors) before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from agenda_editor.gui.dialogs import export_gate, export_pdf
from tests import factories


def test_the_menu_command_opens_the_dialog_for_word_files(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(factories.sample_meeting())
    action = window.menus.export_docx_action
    assert action in window.menus.file_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert action.text() == "Export &Word Document..."
    seen: dict[str, Any] = {}

    def accept(dialog: export_pdf.ExportPdfDialog) -> int:
        seen["title"] = dialog.windowTitle()
        dialog.path.setText(str(tmp_path / "wg"))
        dialog.languages["fr"].setChecked(True)
        return QDialog.DialogCode.Accepted

    def record(window: Any, meeting: Any, targets: Any, *rest: Any) -> list[Path]:
        seen["targets"], seen["exporter"] = targets, rest[-1]
        return []

    monkeypatch.setattr(export_pdf.ExportPdfDialog, "exec", accept)
    monkeypatch.setattr(export_pdf, "export_files", record)
    action.trigger()
    assert seen["title"] == "Export Word Document"
    assert {k: p.name for k, p in seen["targets"].items()} == {
        "en": "wg-en.docx",
        "fr": "wg-fr.docx",
    }
    assert seen["exporter"].__name__ == "export_docx"


def test_word_export_writes_the_documents(make_window: Any, tmp_path: Path) -> None:
    exporter = export_pdf.exporter("docx")
    window = make_window(factories.sample_meeting())
    targets = {"en": tmp_path / "wg-en.docx", "fr": tmp_path / "wg-fr.docx"}
    written = export_pdf.export_files(
        window, window.document.snapshot(), targets, "full", False, False, exporter
    )
    assert written == list(targets.values())
    french = docx.Document(str(targets["fr"]))
    assert any(p.style is not None and p.style.name == "Agenda Item 1" for p in french.paragraphs)
    assert "wg-fr.docx" in window.statusBar().currentMessage()


def test_a_meeting_with_errors_asks_before_a_word_export(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = factories.sample_meeting()
    meeting.symbol = "CFC COP 4"
    window = make_window(meeting)
    asked: list[str] = []

    def ask(parent: Any, title: str, text: str, choices: Any, **options: Any) -> str:
        asked.append(text)
        return "cancel"

    monkeypatch.setattr(export_gate, "ask_choice", ask)
    target = tmp_path / "wg.docx"
    exporter = export_pdf.exporter("docx")
    written = export_pdf.export_files(
        window, window.document.snapshot(), {"en": target}, "full", False, False, exporter
    )
    assert written == [] and not target.exists()
    assert asked and asked[0].startswith("The meeting has 1 error;")
