"""Crash recovery: unsaved work written a couple of seconds after an edit, offered at start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from agenda_editor.gui import app, files
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.dialogs import recovery
from agenda_editor.storage import session
from tests import factories


def _edit_symbol(window, symbol: str) -> None:
    window.document.push(SetMeetingFieldCommand(window.document, "symbol", symbol))


def _crash(window) -> None:
    """What a killed process leaves: its recovery copy (its lock dies with the process)."""
    window.files.flush_recovery()
    window.files.keeper.autosave.stop()
    if window.files.lock is not None:
        window.files.lock.release()
        window.files.lock = None
    window.files.recovery = files.RecoveryStore(window.folders.dirs.state / "elsewhere")


def test_unsaved_work_is_kept_shortly_after_an_edit_and_recovered_at_start(
    qtbot, make_window, app_dirs, tmp_path, monkeypatch
):
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    window.files.open_path(path)
    store = window.files.recovery
    assert store.entries() == []
    _edit_symbol(window, "XYZ/2026/9")
    assert store.entries() == []  # not on every keystroke: on a timer
    qtbot.waitUntil(lambda: len(store.entries()) == 1, timeout=files.AUTOSAVE_DELAY_MS + 3000)
    edited = window.document.snapshot()
    _crash(window)

    offered = []

    def choose(_parent, entries):
        offered.extend(entries)
        return "recover", entries[0]

    monkeypatch.setattr(recovery, "choose_recovery", choose)
    restarted = app.build_window(None, app_dirs)
    qtbot.addWidget(restarted)
    assert [entry.original_path for entry in offered] == [path.absolute()]
    assert restarted.document.meeting == edited
    assert restarted.document.path == path.absolute()
    assert restarted.isWindowModified()  # recovered work is not saved yet
    assert session.load(path).meeting.symbol == factories.sample_meeting().symbol

    assert restarted.files.save()
    assert session.load(path).meeting.symbol == "XYZ/2026/9"
    restarted.files.flush_recovery()
    assert store.entries() == []  # saved: nothing left to recover
    restarted.files.shutdown()


def test_discarding_at_start_forgets_the_kept_work(qtbot, make_window, app_dirs, monkeypatch):
    window = make_window(factories.sample_meeting())
    _edit_symbol(window, "XYZ/2026/9")
    window.files.write_recovery()
    window.files.flush_recovery()
    store = window.files.recovery
    assert len(store.entries()) == 1
    _crash(window)
    monkeypatch.setattr(recovery, "choose_recovery", lambda *a: ("discard", None))
    restarted = app.build_window(None, app_dirs)
    qtbot.addWidget(restarted)
    restarted.files.flush_recovery()
    assert store.entries() == []
    assert restarted.document.meeting.symbol != "XYZ/2026/9"
    restarted.files.shutdown()


def test_an_untitled_meeting_is_recovered_untitled(qtbot, make_window, app_dirs, monkeypatch):
    window = make_window(factories.sample_meeting())
    _edit_symbol(window, "XYZ/2026/9")
    window.files.write_recovery()
    window.files.flush_recovery()
    _crash(window)
    monkeypatch.setattr(recovery, "choose_recovery", lambda _p, entries: ("recover", entries[0]))
    restarted = app.build_window(None, app_dirs)
    qtbot.addWidget(restarted)
    assert restarted.document.path is None
    assert restarted.document.meeting.symbol == "XYZ/2026/9"
    assert restarted.isWindowModified()
    restarted.files.shutdown()


def test_a_file_changed_after_the_crash_is_not_overwritten_by_the_recovered_work(
    qtbot, make_window, app_dirs, tmp_path, monkeypatch
):
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    window.files.open_path(path)
    _edit_symbol(window, "MINE/2026/1")
    window.files.write_recovery()
    window.files.flush_recovery()
    _crash(window)
    theirs = factories.sample_meeting()
    theirs.symbol = "THEIRS/2026/1"
    session.save(theirs, path)
    monkeypatch.setattr(recovery, "choose_recovery", lambda _p, entries: ("recover", entries[0]))
    restarted = app.build_window(None, app_dirs)
    qtbot.addWidget(restarted)
    asked: list[str] = []

    def ask(*args: object, **_options: object) -> str:
        asked.append(str(args[2]))
        return "cancel"

    monkeypatch.setattr(files, "ask_choice", ask)
    assert not restarted.files.save()
    assert asked and "meeting.agenda" in asked[0]
    assert session.load(path).meeting.symbol == "THEIRS/2026/1"
    restarted.files.shutdown()


def test_saving_and_closing_leave_nothing_to_recover(make_window, tmp_path, monkeypatch):
    window = make_window(factories.sample_meeting())
    store = window.files.recovery
    _edit_symbol(window, "XYZ/2026/9")
    window.files.write_recovery()
    window.files.flush_recovery()
    assert len(store.entries()) == 1
    monkeypatch.setattr(window.files, "ask_save_path", lambda: tmp_path / "m.agenda")
    assert window.files.save()
    window.files.flush_recovery()
    assert store.entries() == []
    _edit_symbol(window, "XYZ/2026/10")
    window.files.write_recovery()
    window.files.flush_recovery()
    assert len(store.entries()) == 1
    window.document.undo_stack.undo()  # back to the saved state: nothing unsaved
    window.files.flush_recovery()
    assert store.entries() == []


def test_start_opens_the_last_session_or_else_the_sample(qtbot, app_dirs, tmp_path: Path):
    first = app.build_window(None, app_dirs)
    qtbot.addWidget(first)
    assert first.document.path is None  # the bundled sample, untitled
    assert first.document.meeting.items
    first.files.shutdown()

    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    app_dirs.add_recent(path)
    second = app.build_window(None, files.AppFolders(app_dirs.root))
    qtbot.addWidget(second)
    assert second.document.path == path.absolute()
    second.files.shutdown()

    path.unlink()
    third = app.build_window(None, files.AppFolders(app_dirs.root))
    qtbot.addWidget(third)
    assert third.document.path is None
    third.files.shutdown()


def test_the_recovery_dialog_is_wide_enough_to_show_each_entry_whole(qtbot, tmp_path: Path):
    from agenda_editor.gui.dialogs.recovery import RecoveryDialog
    from agenda_editor.storage.recovery import RecoveryEntry

    name = "working-group-4-annotated-agenda.agenda"
    saved_at = dt.datetime(2026, 6, 11, 10, 42, tzinfo=dt.UTC)
    entry = RecoveryEntry("k", tmp_path / name, saved_at, tmp_path / "k.agenda")
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    assert name in dialog.list.item(0).text()
    assert not dialog.list.horizontalScrollBar().isVisible()
    assert dialog.list.sizeHintForColumn(0) <= dialog.list.viewport().width()


def _crashed_with_unsaved_work(window, path: Path) -> object:
    window.files.open_path(path)
    _edit_symbol(window, "UNSAVED/2026/1")
    window.files.write_recovery()
    edited = window.document.snapshot()
    _crash(window)
    return edited


def _answer(monkeypatch, choice: str) -> list:
    offered: list = []

    def choose(_parent, entries):
        offered.append([entry.original_path for entry in entries])
        return choice, entries[0] if choice == "recover" else None

    monkeypatch.setattr(recovery, "choose_recovery", choose)
    return offered


def test_started_with_the_file_after_a_crash_the_unsaved_work_is_offered(
    qtbot, make_window, app_dirs, tmp_path, monkeypatch
):
    """A double-click on the file after a crash opened the older saved copy silently."""
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    edited = _crashed_with_unsaved_work(make_window(), path)
    offered = _answer(monkeypatch, "recover")
    restarted = app.build_window(path, app_dirs)
    qtbot.addWidget(restarted)
    assert offered == [[path.absolute()]]
    assert restarted.document.meeting == edited
    assert restarted.document.path == path.absolute()
    assert restarted.isWindowModified()
    assert restarted.files.lock is not None and restarted.files.lock.held
    assert restarted.files.save()
    assert session.load(path).meeting.symbol == "UNSAVED/2026/1"
    restarted.files.shutdown()


def test_open_and_open_recent_offer_the_unsaved_work_of_that_file(
    qtbot, make_window, app_dirs, tmp_path, monkeypatch
):
    path = tmp_path / "meeting.agenda"
    other = tmp_path / "other.agenda"
    session.save(factories.sample_meeting(), path)
    session.save(factories.sample_meeting(), other)
    _crashed_with_unsaved_work(make_window(), path)
    window = make_window()
    offered = _answer(monkeypatch, "later")
    assert window.files.open_path(other)
    assert offered == []  # nothing kept for that one
    monkeypatch.setattr(files.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert window.files.open_dialog()
    assert offered == [[path.absolute()]]
    assert window.document.meeting.symbol == factories.sample_meeting().symbol  # "later"
    window.files.close_document()
    offered = _answer(monkeypatch, "recover")
    window.menus._open_recent(path)
    assert offered == [[path.absolute()]]
    assert window.document.meeting.symbol == "UNSAVED/2026/1"


def test_work_older_than_the_file_is_not_offered_when_opening_it(
    qtbot, make_window, app_dirs, tmp_path, monkeypatch
):
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    _crashed_with_unsaved_work(make_window(), path)
    newer = factories.sample_meeting()
    newer.symbol = "SAVED/LATER"
    session.save(newer, path)  # saved by someone else after the crash
    offered = _answer(monkeypatch, "recover")
    window = make_window()
    assert window.files.open_path(path)
    assert offered == []
    assert window.document.meeting.symbol == "SAVED/LATER"


def test_the_first_edit_after_a_save_is_kept_at_the_next_event_loop_turn(
    qtbot, make_window, tmp_path
):
    """The first recovery copy came 2 s after the first edit: a kill before lost it all."""
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    window.files.open_path(path)
    store = window.files.recovery
    _edit_symbol(window, "FIRST/1")
    QApplication.processEvents()
    window.files.flush_recovery()
    (entry,) = store.entries()
    assert entry.load_meeting().symbol == "FIRST/1"
    # Later edits: kept again within the delay, never later than 2 s after the edit.
    _edit_symbol(window, "SECOND/2")
    QApplication.processEvents()
    window.files.flush_recovery()
    assert store.entries()[0].load_meeting().symbol == "FIRST/1"  # not on every keystroke
    qtbot.waitUntil(lambda: store.entries()[0].load_meeting().symbol == "SECOND/2", timeout=2000)
    assert files.AUTOSAVE_DELAY_MS < 2000
    # After a save, the next first edit is kept at once again.
    assert window.files.save()
    window.files.flush_recovery()
    assert store.entries() == []
    _edit_symbol(window, "THIRD/3")
    QApplication.processEvents()
    window.files.flush_recovery()
    assert store.entries()[0].load_meeting().symbol == "THIRD/3"
