"""File > New Session From This One... through the real window: the dialog's table of symbol
changes, what it clears, and the new unsaved meeting; the original file is left as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem

from agenda_editor.gui.dialogs import next_session
from agenda_editor.storage import session
from tests import factories


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _entry(listing: QListWidget, row: int) -> QListWidgetItem:
    item = listing.item(row)
    assert item is not None
    return item


def _saved_window(make_window: Any, tmp_path: Path) -> tuple[Any, Path]:
    path = tmp_path / "wg4-2026.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    assert window.files.open_path(path)
    return window, path


def test_the_dialog_makes_the_next_session_as_edited(
    make_window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window, path = _saved_window(make_window, tmp_path)
    before = path.read_bytes()
    seen: dict[str, Any] = {}

    def answer(dialog: next_session.NextSessionDialog) -> int:
        table = dialog.table
        seen["rows"] = [
            tuple(_cell(table, row, column).text() for column in range(3))
            for row in range(table.rowCount())
        ]
        seen["annotations"] = {
            _entry(dialog.annotations, row).text(): _entry(dialog.annotations, row).checkState()
            for row in range(dialog.annotations.count())
        }
        _cell(table, 0, 2).setText("CFC/COP/WG.4/2027/1*")  # the officer edits the proposal
        _cell(table, 2, 0).setCheckState(Qt.CheckState.Unchecked)  # and drops one change
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(next_session.NextSessionDialog, "exec", answer)
    action = window.menus.next_session_action
    assert action in window.menus.file_menu.actions()
    action.trigger()

    assert seen["rows"][:3] == [
        ("Meeting", "CFC/COP/WG.4/2026/1", "CFC/COP/WG.4/2027/1"),
        ("Item 2, documentation", "CFC/COP/WG.4/2026/2", "CFC/COP/WG.4/2027/2"),
        ("Item 3, documentation", "CFC/COP/WG.4/2026/3", "CFC/COP/WG.4/2027/3"),
    ]
    checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert seen["annotations"] == {
        "1 (a)  Opening of the meeting": unchecked,
        "1 (b)  Adoption of the agenda and organization of work": unchecked,
        "2  Review of capacity-building needs": checked,
        "3  Cooperation among providers of technical assistance": checked,
    }
    document = window.document
    meeting = document.meeting
    assert document.path is None and document.is_modified()
    # The "*" of the symbol is no file name character on Windows: left out of the name.
    assert window.files.suggested_path == tmp_path / "CFC_COP_WG.4_2027_1.agenda"
    assert meeting.symbol == "CFC/COP/WG.4/2027/1*"
    assert meeting.item("needs").documents[0].symbol == "CFC/COP/WG.4/2027/2"
    assert meeting.item("coop").documents[0].symbol == "CFC/COP/WG.4/2026/3"
    assert meeting.start is None and meeting.timetable.days == []
    assert meeting.item("needs").annotation == {}
    assert meeting.item("adoption").annotation["fr"]
    assert meeting.languages == ["en", "fr"]
    assert "wg4-2026.agenda" in window.statusBar().currentMessage()
    assert path.read_bytes() == before


def test_cancel_leaves_the_window_on_the_original(
    make_window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window, path = _saved_window(make_window, tmp_path)
    monkeypatch.setattr(
        next_session.NextSessionDialog, "exec", lambda _d: QDialog.DialogCode.Rejected
    )
    window.menus.next_session_action.trigger()
    assert window.document.path == path.absolute()
    assert window.document.meeting.symbol == "CFC/COP/WG.4/2026/1"


def test_keeping_the_dates_keeps_the_timetable(qtbot: Any) -> None:
    meeting = factories.sample_meeting()
    dialog = next_session.NextSessionDialog(meeting, "fr")
    qtbot.addWidget(dialog)
    dialog.clear_dates.setChecked(False)
    _entry(dialog.annotations, 0).setCheckState(Qt.CheckState.Checked)
    result = dialog.new_meeting()
    assert result.timetable == meeting.timetable and result.start == meeting.start
    assert result.item("open").annotation == {}
    assert _cell(dialog.table, 1, 0).text() == "Item 2, documentation"
    assert _entry(dialog.annotations, 0).text() == "1 a)  Ouverture de la réunion"


def test_symbols_in_kept_annotations_are_shown_editable_and_rolled(
    make_window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    meeting = factories.sample_meeting()
    meeting.item("adoption").annotation["en"].append("Before it: CFC/COP/WG.4/2026/2.")
    meeting.item("needs").annotation["en"].append("See also CFC/COP/WG.4/2026/3.")
    path = tmp_path / "wg4.agenda"
    session.save(meeting, path)
    window = make_window()
    assert window.files.open_path(path)
    seen: dict[str, Any] = {}

    def shown(table: Any) -> list[tuple[str, ...]]:
        return [
            tuple(_cell(table, row, column).text() for column in range(3))
            for row in range(table.rowCount())
            if not table.isRowHidden(row)
        ]

    def answer(dialog: next_session.NextSessionDialog) -> int:
        seen["before"] = shown(dialog.table)[4:]
        # Keeping the annotations of item 2 shows the symbol written in them too.
        needs = _entry(dialog.annotations, 2)
        assert needs.text().startswith("2  ")
        needs.setCheckState(Qt.CheckState.Unchecked)
        seen["after"] = shown(dialog.table)[4:]
        for row in range(dialog.table.rowCount()):
            if _cell(dialog.table, row, 0).text().startswith("Item 2, annotation"):
                _cell(dialog.table, row, 2).setText("CFC/COP/WG.4/2027/30")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(next_session.NextSessionDialog, "exec", answer)
    window.menus.next_session_action.trigger()
    assert seen["before"] == [
        ("Item 1 (b), annotation (English, paragraph 3)", "CFC/COP/WG.4/2026/2",
         "CFC/COP/WG.4/2027/2"),
    ]  # fmt: skip
    assert seen["after"] == [
        ("Item 1 (b), annotation (English, paragraph 3)", "CFC/COP/WG.4/2026/2",
         "CFC/COP/WG.4/2027/2"),
        ("Item 2, annotation (English, paragraph 2)", "CFC/COP/WG.4/2026/3",
         "CFC/COP/WG.4/2027/3"),
    ]  # fmt: skip
    result = window.document.meeting
    assert result.item("adoption").annotation["en"][2] == "Before it: CFC/COP/WG.4/2027/2."
    assert result.item("needs").annotation["en"][1] == "See also CFC/COP/WG.4/2027/30."
