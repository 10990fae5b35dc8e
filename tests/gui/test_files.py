"""Files of the window: new, open, save, reopen, bad files, locks, external changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from agenda_editor.core.model import Meeting
from agenda_editor.gui import files
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.storage import session
from tests import factories

Buttons = QMessageBox.StandardButton


def _answer_save_dialog(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(window.files, "ask_save_path", lambda: path)


def _type_title(window, text: str) -> None:
    """Give the item just added its title, as the tree's in-place editor does when it commits.

    (Adding an item opens the in-place editor; committing it goes through the model's setData,
    which is what is called here: the in-place editor itself is the agenda panel's to test.)
    """
    panel = window.agenda_panel
    assert panel.view.viewport().findChildren(QLineEdit), "adding an item opens its title"
    panel.view.closePersistentEditor(panel.view.currentIndex())
    assert panel.model.setData(panel.view.currentIndex(), text)


def test_a_meeting_made_from_nothing_is_saved_and_reopened_equal(
    qtbot, make_window, tmp_path, monkeypatch
):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.files.new_blank()
    panel = window.agenda_panel
    before = len(window.document.meeting.items)
    panel.view.setCurrentIndex(panel.model.index(before - 1, 0))
    panel.add_item_action.trigger()
    _type_title(window, "Election of officers")
    panel.add_sub_item_action.trigger()
    _type_title(window, "Election of the Chair")
    window.meeting_page.symbol.setFocus()
    qtbot.keyClicks(window.meeting_page.symbol, "ABC/WG.1/2026/1")

    meeting = window.document.meeting
    assert [item.title["en"] for item in meeting.items][-1] == "Election of officers"
    assert meeting.items[-1].children[0].title["en"] == "Election of the Chair"
    assert meeting.symbol == "ABC/WG.1/2026/1"
    assert window.isWindowModified()

    target = tmp_path / "new.agenda"
    _answer_save_dialog(window, monkeypatch, target)
    window.menus.save_action.trigger()
    assert target.is_file()
    assert not window.isWindowModified()
    assert window.document.path == target.absolute()

    other = make_window()
    assert other.files.open_path(target) is False  # still open (locked) in the first window
    window.files.shutdown()
    assert other.files.open_path(target)
    assert other.document.meeting == meeting
    assert "new.agenda" in other.windowTitle()


def test_the_sample_meeting_survives_save_and_reopen(make_window, tmp_path, monkeypatch):
    window = make_window(factories.sample_meeting())
    target = tmp_path / "sample.agenda"
    _answer_save_dialog(window, monkeypatch, target)
    assert window.files.save()  # untitled: asks for a name
    window.files.shutdown()
    other = make_window()
    assert other.files.open_path(target)
    assert other.document.meeting == factories.sample_meeting()
    assert target.absolute() in other.folders.recent_files()


def test_a_name_without_the_extension_gets_it(make_window, tmp_path, monkeypatch):
    window = make_window(factories.sample_meeting())
    monkeypatch.setattr(
        files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "plain"), "")
    )
    assert window.files.save_as()
    assert (tmp_path / "plain.agenda").is_file()


@pytest.mark.parametrize(
    "content",
    [b"", b"this is not a database at all", b"SQLite format 3\x00" + b"\x00" * 40],
    ids=["empty", "text", "truncated"],
)
def test_a_bad_file_is_named_in_a_message_and_left_untouched(
    make_window, tmp_path, no_real_dialogs, content
):
    bad = tmp_path / "broken.agenda"
    bad.write_bytes(content)
    window = make_window(factories.sample_meeting())
    assert not window.files.open_path(bad)
    assert bad.read_bytes() == content
    assert not files.locks.lock_path(bad).exists()
    [(kind, text)] = no_real_dialogs
    assert kind == "critical"
    assert "broken.agenda" in text
    assert window.document.meeting == factories.sample_meeting()  # still the open meeting


def test_a_bad_json_file_names_the_problem(make_window, tmp_path, no_real_dialogs):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "agenda-editor/1", "meeting": ', encoding="utf-8")
    window = make_window()
    assert not window.files.open_path(bad)
    [(kind, text)] = no_real_dialogs
    assert kind == "critical" and "broken.json" in text and "invalid JSON" in text


def test_a_json_meeting_opens_untitled_and_save_proposes_a_session_file(
    make_window, tmp_path, monkeypatch
):
    from agenda_editor.interchange import save_json

    source = tmp_path / "exchange.json"
    save_json(factories.sample_meeting(), source)
    window = make_window()
    assert window.files.open_path(source)
    assert window.document.path is None
    assert window.document.meeting == factories.sample_meeting()
    proposals = []

    def fake_dialog(_parent, _title, proposal, _filter):
        proposals.append(Path(proposal))
        return "", ""

    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", fake_dialog)
    assert not window.files.save()  # the user cancelled the file dialog
    assert proposals == [tmp_path / "exchange.agenda"]
    assert source.read_text(encoding="utf-8")  # the JSON file is left alone


def _saved(tmp_path: Path, name: str = "meeting.agenda", meeting: Meeting | None = None) -> Path:
    path = tmp_path / name
    session.save(meeting or factories.sample_meeting(), path)
    return path


def _edit_symbol(window, symbol: str) -> None:
    window.document.push(SetMeetingFieldCommand(window.document, "symbol", symbol))


def test_unsaved_changes_prompt_on_close_and_cancel_keeps_the_window(
    make_window, tmp_path, monkeypatch
):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    window.show()
    _edit_symbol(window, "XYZ/2026/9")
    asked = []

    def answer(button):
        def question(_parent, title, text, *args):
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(Buttons.Cancel))
    assert not window.close()
    assert window.isVisible() and window.document.meeting.symbol == "XYZ/2026/9"
    assert "meeting.agenda" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(Buttons.Discard))
    assert window.close()
    assert session.load(path).meeting == factories.sample_meeting()  # nothing written
    assert not files.locks.lock_path(path).exists()  # the lock went with the window


def test_save_from_the_close_prompt_writes_the_file(make_window, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "XYZ/2026/9")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Buttons.Save)
    assert window.close()
    assert session.load(path).meeting.symbol == "XYZ/2026/9"


def test_opening_another_file_asks_about_unsaved_changes_first(make_window, tmp_path):
    first, second = _saved(tmp_path, "a.agenda"), _saved(tmp_path, "b.agenda")
    window = make_window()
    window.files.open_path(first)
    _edit_symbol(window, "XYZ/2026/9")
    # The autouse fixture answers the question with Cancel.
    assert not window.files.open_path(second)
    assert window.document.path == first.absolute()
    assert window.document.meeting.symbol == "XYZ/2026/9"


def test_a_file_changed_on_disk_is_not_overwritten_without_asking(
    make_window, tmp_path, monkeypatch
):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "MINE/2026/1")
    theirs = factories.sample_meeting()
    theirs.symbol = "THEIRS/2026/1"
    session.save(theirs, path)  # someone else saves meanwhile
    questions = []

    def choose(answer):
        def ask(_parent, title, text, choices, **kwargs):
            questions.append((title, text, [key for key, _label, _role in choices]))
            return answer

        return ask

    monkeypatch.setattr(files, "ask_choice", choose("cancel"))
    assert not window.files.save()
    assert session.load(path).meeting.symbol == "THEIRS/2026/1"
    assert window.isWindowModified()
    _title, text, keys = questions[0]
    assert "meeting.agenda" in text and keys == ["overwrite", "save-as", "cancel"]

    monkeypatch.setattr(files, "ask_choice", choose("overwrite"))
    assert window.files.save()
    assert session.load(path).meeting.symbol == "MINE/2026/1"
    assert not window.isWindowModified()
    # The next save compares with what we wrote: no question.
    _edit_symbol(window, "MINE/2026/2")
    questions.clear()
    assert window.files.save() and not questions


def test_save_as_after_an_external_change_keeps_both(make_window, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "MINE/2026/1")
    theirs = factories.sample_meeting()
    theirs.symbol = "THEIRS/2026/1"
    session.save(theirs, path)
    monkeypatch.setattr(files, "ask_choice", lambda *a, **k: "save-as")
    copy = tmp_path / "mine.agenda"
    _answer_save_dialog(window, monkeypatch, copy)
    assert window.files.save()
    assert session.load(path).meeting.symbol == "THEIRS/2026/1"
    assert session.load(copy).meeting.symbol == "MINE/2026/1"
    assert window.document.path == copy.absolute()
    assert not files.locks.lock_path(path).exists()  # the old file's lock was let go


def test_a_file_open_elsewhere_names_who_has_it(make_window, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    first = make_window()
    assert first.files.open_path(path)
    asked = []

    def ask(_parent, title, text, choices, **kwargs):
        asked.append(text)
        return "cancel"

    monkeypatch.setattr(files, "ask_choice", ask)
    second = make_window()
    assert not second.files.open_path(path)
    owner = files.locks.read_owner(path)
    assert owner is not None and owner.user in asked[0] and owner.host in asked[0]
    assert second.document.path is None

    monkeypatch.setattr(files, "ask_choice", lambda *a, **k: "anyway")
    assert second.files.open_path(path)
    assert second.document.path == path.absolute()


def test_revert_goes_back_to_the_saved_file(make_window, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "XYZ/2026/9")
    assert window.menus.revert_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Buttons.Discard)
    window.menus.revert_action.trigger()
    assert window.document.meeting == factories.sample_meeting()
    assert not window.isWindowModified()
    assert not window.menus.revert_action.isEnabled()


def test_new_from_existing_keeps_the_agenda_and_clears_dates_and_timetable(make_window, tmp_path):
    path = _saved(tmp_path)
    window = make_window()
    assert window.files.new_from_existing(path)
    meeting = window.document.meeting
    original = factories.sample_meeting()
    assert meeting.items == original.items
    assert meeting.body == original.body and meeting.languages == original.languages
    assert (meeting.start, meeting.end, meeting.issue_date) == (None, None, None)
    assert meeting.timetable.days == [] and meeting.job_number == {}
    assert window.document.path is None
    assert session.load(path).meeting == original


def test_new_blank_meeting_has_the_opening_items_and_asks_for_a_symbol(make_window):
    window = make_window(factories.sample_meeting())
    window.files.new_blank()
    meeting = window.document.meeting
    assert [item.title["en"] for item in meeting.items] == ["Organizational matters"]
    assert len(meeting.items[0].children) == 2
    assert meeting.symbol == ""
    assert any(f.code == "meeting-no-symbol" for f in window.findings.findings)


def test_recent_files_list_opened_files_most_recent_first(make_window, tmp_path):
    first, second = _saved(tmp_path, "a.agenda"), _saved(tmp_path, "b.agenda")
    window = make_window()
    window.files.open_path(first)
    window.files.open_path(second)
    assert window.folders.recent_files()[:2] == [second.absolute(), first.absolute()]
    window.menus.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.menus.recent_menu.actions()]
    assert labels[0].endswith("b.agenda") and labels[1].endswith("a.agenda")
    window.menus.recent_menu.actions()[1].trigger()
    assert window.document.path == first.absolute()


def test_adopting_a_document_replaces_the_meeting_in_every_panel(make_window):
    window = make_window(factories.sample_meeting())
    other = factories.bare_meeting(factories.item("x", "Only item"))
    window.files.adopt(MeetingDocument(other))
    assert window.meeting_page.symbol.text() == other.symbol
    assert window.agenda_panel.model.rowCount() == 1


def test_a_recent_file_that_was_deleted_is_reported_and_forgotten(
    make_window, tmp_path, no_real_dialogs
):
    path = _saved(tmp_path, "gone.agenda")
    window = make_window()
    window.files.open_path(path)
    window.files.close_document()
    path.unlink()
    assert not window.files.open_path(path)
    assert "gone.agenda" in no_real_dialogs[-1][1] and "does not exist" in no_real_dialogs[-1][1]
    assert path.absolute() not in window.folders.recent_files()
    assert not files.locks.lock_path(path).exists()


def test_a_file_open_elsewhere_can_be_read_and_saved_under_another_name(
    make_window, tmp_path, monkeypatch
):
    path = _saved(tmp_path)
    first = make_window()
    assert first.files.open_path(path)
    monkeypatch.setattr(files, "ask_choice", lambda *a, **k: "read-only")
    second = make_window()
    assert second.files.open_path(path)
    assert "(read-only)" in second.windowTitle()
    assert files.locks.read_owner(path) == first.files.lock.owner  # still the first one's
    _edit_symbol(second, "MINE/2026/1")
    copy = tmp_path / "mine.agenda"
    asked_for_a_name = []

    def ask_save_path() -> Path:
        asked_for_a_name.append(True)
        return copy

    monkeypatch.setattr(second.files, "ask_save_path", ask_save_path)
    assert second.files.save()  # Save asks for another name instead of writing over it
    assert asked_for_a_name
    assert session.load(path).meeting == factories.sample_meeting()
    assert session.load(copy).meeting.symbol == "MINE/2026/1"
    assert "(read-only)" not in second.windowTitle()
    assert files.locks.read_owner(path) == first.files.lock.owner


def test_save_as_over_a_file_open_elsewhere_asks_first(make_window, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    first = make_window()
    assert first.files.open_path(path)
    second = make_window(factories.bare_meeting())
    asked = []

    def ask(_parent, title, text, choices, **kwargs):
        asked.append([key for key, _label, _role in choices])
        return "cancel"

    monkeypatch.setattr(files, "ask_choice", ask)
    monkeypatch.setattr(second.files, "ask_save_path", lambda: path)
    assert not second.files.save_as()
    assert asked == [["anyway", "cancel"]]
    assert session.load(path).meeting == factories.sample_meeting()


def test_a_failed_save_is_explained_and_the_work_stays_unsaved(
    make_window, tmp_path, monkeypatch, no_real_dialogs
):
    window = make_window(factories.sample_meeting())
    _edit_symbol(window, "XYZ/2026/9")
    target = tmp_path / "no such folder" / "m.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    assert not window.files.save()
    [(kind, text)] = no_real_dialogs
    assert kind == "critical" and "m.agenda" in text and "could not be saved" in text
    assert window.isWindowModified() and window.document.path is None
    assert not target.parent.exists()


def test_an_annotation_with_a_footnote_typed_in_the_window_survives_save_and_reopen(
    qtbot, make_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    window = make_window(factories.sample_meeting())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.agenda_panel.select_item("resources")
    editor = window.item_editor
    assert editor.item_id == "resources"  # the tree's choice reached the editor
    edit = editor.annotation
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)  # the footnote shortcut needs the focus
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, "Pledges will be announced")
    qtbot.keyClick(
        edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.keyClicks(editor.footnotes.text_edit, "See the list of donors")
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, ".")
    typed = window.document.meeting.item("resources").annotation["en"]
    assert typed == ["Pledges will be announced<footnote>See the list of donors</footnote>."]

    target = tmp_path / "typed.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    window.menus.save_action.trigger()
    edited = window.document.snapshot()
    window.files.shutdown()
    other = make_window()
    assert other.files.open_path(target)
    assert other.document.meeting == edited
    other.agenda_panel.select_item("resources")
    assert other.item_editor.footnotes.list.count() == 1


def test_opening_the_file_already_open_asks_nothing_and_keeps_the_edits(
    make_window, tmp_path, monkeypatch
):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "XYZ/2026/9")
    asked = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return Buttons.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.files.open_path(path)  # e.g. from Open Recent
    assert asked == []  # "Discard?" would have discarded nothing
    assert window.document.meeting.symbol == "XYZ/2026/9"
    assert "already open" in window.statusBar().currentMessage()


def test_choosing_discard_then_the_same_file_in_open_shows_it_as_saved(
    make_window, tmp_path, monkeypatch
):
    path = _saved(tmp_path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "XYZ/2026/9")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Buttons.Discard)
    monkeypatch.setattr(window.files, "ask_open_path", lambda title: path)
    assert window.files.open_dialog()
    assert window.document.meeting == factories.sample_meeting()
    assert not window.isWindowModified()
