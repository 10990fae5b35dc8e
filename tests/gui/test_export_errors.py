"""Exporting a meeting with errors from the window: the errors are shown and the user chooses to
export anyway, to be shown the first error, or to cancel; warnings never ask."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.core.model import Meeting
from agenda_editor.gui.dialogs import export_gate, export_pdf
from tests import factories


def _exporter() -> Callable[..., Any]:
    exporter = export_pdf.exporter()
    return exporter


def _with_bad_symbol() -> Meeting:
    meeting = factories.sample_meeting()
    meeting.symbol = "CFC COP 4"
    return meeting


def _answer(monkeypatch: pytest.MonkeyPatch, key: str) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def ask(parent: Any, title: str, text: str, choices: Any, **options: Any) -> str:
        asked.append({"title": title, "text": text, "choices": choices, **options})
        return key

    monkeypatch.setattr(export_gate, "ask_choice", ask)
    return asked


def _export(window: Any, target: Path) -> list[Path]:
    return export_pdf.export_files(
        window, window.document.snapshot(), {"en": target}, "full", False, False, _exporter()
    )


def test_errors_are_listed_and_export_anyway_writes_the_pdf(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(_with_bad_symbol())
    asked = _answer(monkeypatch, "export")
    target = tmp_path / "wg.pdf"
    assert _export(window, target) == [target]
    assert target.read_bytes().startswith(b"%PDF")
    [question] = asked
    assert question["text"].startswith("The meeting has 1 error;")
    assert "CFC COP 4 is malformed" in question["details"]
    assert [key for key, _label, _role in question["choices"]] == ["export", "show", "cancel"]


def test_show_me_goes_to_the_error_and_writes_nothing(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(_with_bad_symbol())
    window.show_tab(window.timetable_panel)
    _answer(monkeypatch, "show")
    target = tmp_path / "wg.pdf"
    assert _export(window, target) == []
    assert not target.exists()
    assert window.tabs.currentWidget() is window.meeting_page  # the symbol is a meeting field


def test_cancel_writes_nothing(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(_with_bad_symbol())
    asked = _answer(monkeypatch, "cancel")
    target = tmp_path / "wg.pdf"
    assert _export(window, target) == []
    assert asked and not target.exists()


def test_a_meeting_with_only_warnings_exports_without_asking(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = factories.sample_meeting()
    placed = meeting.timetable.days[-1].slots[-1].items
    placed.pop()  # an item no longer scheduled: a warning
    window = make_window(meeting)
    from agenda_editor.core.rules import Severity, check

    assert {finding.severity for finding in check(meeting)} == {Severity.WARNING}
    asked = _answer(monkeypatch, "cancel")
    target = tmp_path / "wg.pdf"
    assert _export(window, target) == [target]
    assert asked == []
