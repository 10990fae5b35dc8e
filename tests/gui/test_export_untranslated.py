"""Exporting versions that are not fully translated, from the window: the message speaks of the
dialog's check box (not of a command-line option), and no version is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from agenda_editor.core.model import Meeting
from agenda_editor.gui.dialogs import export_pdf
from tests import factories


def _exporter() -> Callable[..., Any]:
    exporter = export_pdf.exporter()
    return exporter


def _half_translated() -> Meeting:
    meeting = factories.sample_meeting()
    item = next(item for item in meeting.walk() if item.title.get("fr"))
    del item.title["fr"]
    return meeting


def test_untranslated_versions_are_named_and_nothing_is_written(
    make_window: Any, tmp_path: Path, no_real_dialogs: list[tuple[str, str]]
) -> None:
    window = make_window(_half_translated())
    out = tmp_path / "out"
    out.mkdir()
    targets = {"en": out / "wg-en.pdf", "fr": out / "wg-fr.pdf"}
    written = export_pdf.export_files(
        window, window.document.snapshot(), targets, "full", False, False, _exporter()
    )
    assert written == []
    assert list(out.iterdir()) == []
    [(kind, text)] = no_real_dialogs
    assert kind == "critical"
    assert "French" in text and "item " in text
    assert "--allow-missing" not in text
    assert "Export even if texts are not translated" in text


def test_with_the_box_ticked_every_version_is_written(make_window: Any, tmp_path: Path) -> None:
    window = make_window(_half_translated())
    targets = {"en": tmp_path / "wg-en.pdf", "fr": tmp_path / "wg-fr.pdf"}
    written = export_pdf.export_files(
        window, window.document.snapshot(), targets, "full", True, False, _exporter()
    )
    assert written == [targets["en"], targets["fr"]]
