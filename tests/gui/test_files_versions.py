"""The named versions of a file stay with it in the window: saved, saved as, reverted and
recovered after a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from agenda_editor.gui import app
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.dialogs import recovery
from agenda_editor.storage import session
from agenda_editor.storage.versions import make_version
from tests import factories
from tests.gui.test_files_recovery import _crash


def _file_with_versions(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.agenda"
    meeting = factories.sample_meeting()
    first = make_version(meeting, "sent to the Bureau")
    meeting.symbol += "/Rev.1"
    session.save(meeting, path, versions=[first, make_version(meeting, "Rev.1")])
    return path


def _names(path: Path) -> list[str]:
    return [version.name for version in session.load(path).versions]


def _edit(window, symbol: str) -> None:
    window.document.push(SetMeetingFieldCommand(window.document, "symbol", symbol))


def test_saving_and_saving_as_keep_the_versions(make_window, tmp_path, monkeypatch):
    path = _file_with_versions(tmp_path)
    window = make_window()
    window.files.open_path(path)
    assert [v.name for v in window.document.versions] == ["sent to the Bureau", "Rev.1"]
    _edit(window, "XYZ/2026/9")
    assert window.files.save()
    assert session.load(path).meeting.symbol == "XYZ/2026/9"
    assert _names(path) == ["sent to the Bureau", "Rev.1"]
    other = tmp_path / "copy.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: other)
    assert window.files.save_as()
    assert _names(other) == ["sent to the Bureau", "Rev.1"]
    assert session.load(other).versions[0].meeting() == session.load(path).versions[0].meeting()


def test_reverting_reads_the_versions_of_the_file_again(make_window, tmp_path, monkeypatch):
    path = _file_with_versions(tmp_path)
    window = make_window()
    window.files.open_path(path)
    window.document.versions = []
    _edit(window, "XYZ/2026/9")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    assert window.files.revert()
    assert [v.name for v in window.document.versions] == ["sent to the Bureau", "Rev.1"]


def test_recovered_work_keeps_the_versions(qtbot, make_window, app_dirs, tmp_path, monkeypatch):
    path = _file_with_versions(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit(window, "XYZ/2026/9")
    window.files.write_recovery()
    _crash(window)
    monkeypatch.setattr(
        recovery, "choose_recovery", lambda _parent, entries: ("recover", entries[0])
    )
    restarted = app.build_window(None, app_dirs)
    qtbot.addWidget(restarted)
    assert restarted.document.meeting.symbol == "XYZ/2026/9"
    assert [v.name for v in restarted.document.versions] == ["sent to the Bureau", "Rev.1"]
    assert restarted.files.save()
    assert _names(path) == ["sent to the Bureau", "Rev.1"]
    restarted.files.shutdown()
