"""File > Save Version... and File > Versions...: keep, list, compare, restore and delete."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from agenda_editor.core.model import AgendaItem
from agenda_editor.core.tree import Position
from agenda_editor.gui import versions as gui_versions
from agenda_editor.gui.commands.texts import SetItemTitleCommand
from agenda_editor.gui.commands.tree import InsertItemCommand
from agenda_editor.gui.dialogs import versions as versions_dialog
from agenda_editor.gui.dialogs.versions import VersionsDialog
from agenda_editor.storage import session
from agenda_editor.storage.versions import SavedVersion
from tests import factories


@pytest.fixture
def saved(make_window, tmp_path: Path):
    """A window with the sample meeting opened from a file."""
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    window.files.open_path(path)
    return window


def _row(tree: QTreeWidget, n: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(n)
    assert item is not None
    return item


def _retitle(window, item_id: str, text: str, lang: str = "en") -> None:
    window.document.push(SetItemTitleCommand(window.document, item_id, lang, text))


def _add_item(window) -> None:
    item = AgendaItem(id="elect", title={"en": "Election of officers", "fr": "Élection du Bureau"})
    window.document.push(InsertItemCommand(window.document, item, Position(None, 1)))


def _names_on_disk(path: Path) -> list[str]:
    return [version.name for version in session.load(path).versions]


def test_save_version_saves_the_file_with_the_named_version(saved, monkeypatch):
    window = saved
    path = window.document.path
    _retitle(window, "needs", "Review of urgent needs")
    monkeypatch.setattr(gui_versions, "ask_version_name", lambda *a: "sent to the Bureau")
    window.menus.versions.save_version_action.trigger()
    assert not window.isWindowModified()  # the edit was saved with the version
    loaded = session.load(path)
    assert loaded.meeting.item("needs").title["en"] == "Review of urgent needs"
    (version,) = loaded.versions
    assert version.name == "sent to the Bureau"
    assert version.meeting() == window.document.meeting
    assert "sent to the Bureau" in window.statusBar().currentMessage()


def test_cancelling_the_name_keeps_nothing(saved):
    window = saved
    before = window.document.path.read_bytes()
    window.menus.versions.save_version_action.trigger()  # the name dialog is cancelled
    assert window.document.versions == []
    assert window.document.path.read_bytes() == before


def test_a_meeting_never_saved_is_saved_first_and_cancelling_keeps_no_version(
    window, tmp_path, monkeypatch
):
    assert window.document.path is None
    assert not window.menus.versions.save_version("submitted")  # Save As was cancelled
    assert window.document.versions == []
    target = tmp_path / "new.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    assert window.menus.versions.save_version("submitted")
    assert window.document.path == target.absolute()
    assert _names_on_disk(target) == ["submitted"]


def test_a_failed_save_keeps_no_version(saved, monkeypatch, no_real_dialogs):
    window = saved
    path = window.document.path
    _retitle(window, "needs", "Changed here")
    theirs = factories.sample_meeting()
    theirs.symbol = "THEIRS/1"
    session.save(theirs, path)  # someone else saved meanwhile; the question is cancelled
    assert not window.menus.versions.save_version("Rev.1")
    assert window.document.versions == []
    assert _names_on_disk(path) == []


def marked(html: str) -> list[tuple[str, str]]:
    """The highlighted pieces of a report as Qt gives its HTML back: (kind, text)."""
    found = []
    for style, text in re.findall(r'<span style="([^"]*)">([^<]*)</span>', html):
        if "#c9f0c9" in style:
            found.append(("added", text))
        elif "#f9d0d0" in style:
            found.append(("removed", text))
    return found


def _open_dialog(window) -> VersionsDialog:
    dialog = VersionsDialog(window)
    return dialog


def _two_versions(window) -> None:
    versions = window.menus.versions
    assert versions.save_version("sent to the Bureau")
    _retitle(window, "needs", "Review of urgent capacity-building needs")
    _retitle(window, "needs", "Examen des besoins urgents de renforcement des capacités", "fr")
    assert versions.save_version("Rev.1")
    _add_item(window)


def test_the_dialog_lists_versions_newest_first_and_shows_changes_since(saved, qtbot):
    window = saved
    _two_versions(window)
    dialog = _open_dialog(window)
    qtbot.addWidget(dialog)
    names = [_row(dialog.list, n).text(0) for n in range(dialog.list.topLevelItemCount())]
    assert names == ["Rev.1", "sent to the Bureau"]
    assert _row(dialog.list, 0).text(1) == versions_dialog.created_text(window.document.versions[1])
    # The newest is selected: since Rev.1, one item was added.
    assert dialog.selected_positions() == [1]
    text = dialog.report.toPlainText()
    assert "Items added" in text and "Election of officers" in text
    assert "Texts changed" not in text
    assert "“Rev.1”" in dialog.heading.text() and "now" in dialog.heading.text()
    assert dialog.restore_button.isEnabled() and dialog.delete_button.isEnabled()


def test_two_versions_compare_word_by_word_per_language(saved, qtbot):
    window = saved
    _two_versions(window)
    dialog = _open_dialog(window)
    qtbot.addWidget(dialog)
    dialog.select(0, 1)
    assert "“sent to the Bureau”" in dialog.heading.text() and "“Rev.1”" in dialog.heading.text()
    assert not dialog.restore_button.isEnabled()
    text = dialog.report.toPlainText()
    assert "Election of officers" not in text  # added after Rev.1
    assert "Review of urgent capacity-building needs" in text.replace("\u2028", " ")
    # Only the added word is highlighted, in green.
    assert marked(dialog.report.toHtml()) == [("added", " urgent")]
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    text = dialog.report.toPlainText()
    assert "urgents" in text and "Review of" not in text
    assert marked(dialog.report.toHtml()) == [("added", " urgents")]


def test_restore_is_one_step_that_undo_takes_back(saved, qtbot):
    window = saved
    _two_versions(window)
    now = copy.deepcopy(window.document.meeting)
    dialog = _open_dialog(window)
    qtbot.addWidget(dialog)
    dialog.select(0)  # "sent to the Bureau"
    first = window.document.versions[0].meeting()
    assert dialog.restore_selected()
    document = window.document
    assert document.meeting == first
    assert window.isWindowModified()
    assert not document.meeting.has_item("elect")
    assert window.agenda_panel.view.model().rowCount() == len(first.items)
    assert document.undo_stack.undoText() == "Restore version “sent to the Bureau”"
    document.undo_stack.undo()
    assert document.meeting == now
    assert window.agenda_panel.view.model().rowCount() == len(now.items)
    document.undo_stack.redo()
    assert document.meeting == first
    # Edits after the restore undo too, then the restore itself.
    _retitle(window, "needs", "After the restore")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.meeting == now


def test_delete_asks_then_removes_the_version_from_the_file_only(saved, qtbot, monkeypatch):
    window = saved
    _two_versions(window)  # leaves an unsaved added item
    path = window.document.path
    on_disk = session.load(path).meeting
    dialog = _open_dialog(window)
    qtbot.addWidget(dialog)
    dialog.select(1)
    assert not dialog.delete_selected()  # the question was cancelled
    assert _names_on_disk(path) == ["sent to the Bureau", "Rev.1"]
    monkeypatch.setattr(versions_dialog, "ask_choice", lambda *a, **k: "delete")
    assert dialog.delete_selected()
    assert _names_on_disk(path) == ["sent to the Bureau"]
    assert session.load(path).meeting == on_disk  # the unsaved item is not in the file
    assert window.isWindowModified() and window.document.meeting.has_item("elect")
    assert [v.name for v in window.document.versions] == ["sent to the Bureau"]
    assert dialog.list.topLevelItemCount() == 1
    # The window's fingerprint follows the rewrite: Save does not see a change by someone else.
    assert window.files.save()
    assert _names_on_disk(path) == ["sent to the Bureau"]


def test_a_damaged_version_is_named_and_cannot_be_restored(saved, qtbot):
    window = saved
    window.document.versions.append(SavedVersion("broken", _when(), b"not a version"))
    dialog = _open_dialog(window)
    qtbot.addWidget(dialog)
    assert "cannot be read" in dialog.report.toPlainText()
    assert not dialog.restore_button.isEnabled()


def _when():
    import datetime as dt

    return dt.datetime(2031, 4, 7, 8, 15, tzinfo=dt.UTC)


def test_a_file_without_versions_says_how_to_make_one(saved, qtbot):
    dialog = _open_dialog(saved)
    qtbot.addWidget(dialog)
    assert "Save Version" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_the_menu_opens_the_dialog_over_the_window(saved, qtbot):
    window = saved
    assert window.menus.versions.versions_action in window.menus.file_menu.actions()
    assert window.menus.versions.save_version_action in window.menus.file_menu.actions()
    window.menus.versions.versions_action.trigger()
    (dialog,) = [d for d in window.findChildren(VersionsDialog) if d.isVisible()]
    # Modal to the window: the document cannot change under the list.
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.close()
