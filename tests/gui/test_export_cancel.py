"""Cancel in the progress of a PDF export stops it at once: nothing is written, and a file
that was already there stays as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressDialog

from agenda_editor.gui.dialogs import export_pdf
from tests import factories


def test_cancel_during_an_export_leaves_no_partial_file(
    make_window: Any, tmp_path: Path, no_real_dialogs: list[tuple[str, str]]
) -> None:
    real = export_pdf.exporter()
    window = make_window(factories.sample_meeting())
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "wg-en.pdf"
    target.write_bytes(b"the earlier export")
    reports = []

    def exporter(meeting, path, lang, part, allow_missing, report):
        def pressing_cancel(*args: Any) -> None:
            reports.append(args)
            if len(reports) == 3:  # the user presses Cancel while the export runs
                [progress] = window.findChildren(QProgressDialog)
                progress.cancel()
            report(*args)

        return real(meeting, path, lang, part, allow_missing, pressing_cancel)

    written = export_pdf.export_files(
        window, window.document.snapshot(), {"en": target}, "full", False, False, exporter
    )
    assert written == []
    assert len(reports) == 3  # stopped at once, not at the end of the document
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in folder.iterdir()] == ["wg-en.pdf"]  # no unfinished file
    assert no_real_dialogs == []
    assert "cancelled" in window.statusBar().currentMessage()
