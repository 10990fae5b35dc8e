"""A missing date of issue is said before an export (issue 17): the export dialog warns, with a
button that goes to the field; the warning never stops the export; the command line says it
too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFrame

from agenda_editor import cli
from agenda_editor.gui.dialogs import export_pdf
from agenda_editor.interchange import save_json
from tests import factories


def _without_issue_date() -> Any:
    meeting = factories.sample_meeting()
    meeting.issue_date = None
    return meeting


def test_the_export_dialog_warns_of_a_missing_date_of_issue_and_still_exports(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(_without_issue_date())
    seen: dict[str, Any] = {}

    def accept(dialog: export_pdf.ExportPdfDialog) -> int:
        seen["warning"] = dialog.warning_text.text()
        dialog.path.setText(str(tmp_path / "wg"))
        return QDialog.DialogCode.Accepted

    def record(window: Any, meeting: Any, targets: Any, *rest: Any) -> list[Path]:
        seen["targets"] = targets
        return []

    monkeypatch.setattr(export_pdf.ExportPdfDialog, "exec", accept)
    monkeypatch.setattr(export_pdf, "export_files", record)
    window.menus.export_action.trigger()
    assert seen["warning"] == ("The document has no date of issue: its masthead will show no date.")
    assert [p.name for p in seen["targets"].values()] == ["wg.pdf"]  # not stopped


def test_set_it_goes_to_the_date_of_issue(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(_without_issue_date())
    focused: list[str | None] = []
    monkeypatch.setattr(window.meeting_page, "focus_field", focused.append)

    def press_set_it(dialog: export_pdf.ExportPdfDialog) -> int:
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(export_pdf.ExportPdfDialog, "exec", press_set_it)
    monkeypatch.setattr(export_pdf, "export_files", lambda *a: pytest.fail("exported"))
    window.menus.export_action.trigger()
    assert window.tabs.currentWidget() is window.meeting_page
    assert focused == ["issue_date"]


def test_a_dated_document_has_no_warning(make_window: Any, tmp_path: Path) -> None:
    window = make_window(factories.sample_meeting())
    dialog = export_pdf.ExportPdfDialog(window.document.meeting, "en", tmp_path / "wg", window)
    assert dialog.warnings == []
    assert dialog.findChild(QFrame, "export_warnings") is None


def test_the_command_line_warns_of_a_missing_date_of_issue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "m.json"
    save_json(_without_issue_date(), source)
    assert cli.main(["export", str(source), "-o", str(tmp_path / "m.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning: The document has no date of issue" in err
    assert (tmp_path / "m.pdf").is_file()
    assert cli.main(["export", str(source), "-o", str(tmp_path / "q.pdf"), "--quiet"]) == 0
    assert "date of issue" not in capsys.readouterr().err
