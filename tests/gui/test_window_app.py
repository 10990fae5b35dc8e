"""Starting the application: run() opens the file, and a second launch hands it over."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QApplication

from agenda_editor import single_instance
from agenda_editor.gui import app
from agenda_editor.gui.folders import AppFolders
from agenda_editor.gui.main_window import MainWindow
from agenda_editor.storage import locks, session
from tests import factories


def test_run_opens_the_file_and_returns_when_the_window_closes(
    qtbot, qapp, app_home, tmp_path, monkeypatch
):
    path = tmp_path / "wg.agenda"
    session.save(factories.sample_meeting(), path)
    monkeypatch.setattr(app, "_single_instance", lambda paths, settings_folder: None)
    seen = []

    def event_loop() -> int:
        """Stands in for the real event loop (which, once quit, would end nested loops of
        later tests): the user looks at the window and closes it."""
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append((widget.document.path, widget.windowTitle()))
                widget.close()
        return 0

    monkeypatch.setattr(qapp, "exec", event_loop)
    assert app.run(path) == 0
    assert seen == [(path.absolute(), "wg.agenda[*] — Agenda Editor")]
    assert QApplication.applicationName() == "Agenda Editor"
    assert not locks.lock_path(path).exists()  # closing the window let go of the file


def test_a_second_launch_hands_its_file_to_the_running_copy(
    qtbot, qapp, app_home, tmp_path, monkeypatch
):
    # Were the file not handed over, this launch would open its own window: fail, not hang.
    monkeypatch.setattr(qapp, "exec", lambda: 1)
    app_id = f"org.agendaeditor.test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(single_instance, "APP_ID", app_id)
    # The running copy uses the same settings folder (the test's AGENDA_EDITOR_HOME).
    running = single_instance.SingleInstance(app_id, settings_folder=AppFolders().dirs.config)
    assert running.listen()
    received: list = []
    running.files_received.connect(received.append)
    path = tmp_path / "wg.agenda"
    try:
        assert app.run(path) == 0  # returns at once: the running copy takes the file
        qtbot.waitUntil(lambda: bool(received), timeout=3000)
    finally:
        running.close()
    assert received == [[str(path.absolute())]]


def test_a_file_handed_over_by_the_desktop_as_an_event_opens(make_window, tmp_path) -> None:
    """macOS Finder sends a double-clicked document as a QFileOpenEvent, not in argv."""
    from PySide6.QtGui import QFileOpenEvent

    path = tmp_path / "finder.agenda"
    meeting = factories.sample_meeting()
    meeting.symbol = "XYZ/WG.9/2026/4"
    session.save(meeting, path)
    window = make_window()
    opener = app.FileOpenFilter(window)
    qapp = QApplication.instance()
    assert qapp is not None
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
    finally:
        qapp.removeEventFilter(opener)
    assert window.document.path == path
    assert window.document.meeting.symbol == "XYZ/WG.9/2026/4"


def test_a_copy_running_with_another_settings_folder_does_not_take_the_file(
    qtbot, qapp, app_home, tmp_path, monkeypatch
):
    """Another profile (another AGENDA_EDITOR_HOME, installation or settings folder) keeps its
    own window: the launch opens its file itself instead of handing it over."""
    opened: list = []

    def event_loop() -> int:
        opened.append(True)
        return 0

    monkeypatch.setattr(qapp, "exec", event_loop)
    app_id = f"org.agendaeditor.test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(single_instance, "APP_ID", app_id)
    # Listening as a copy keyed by the user alone would (an older installation's): the launch
    # must not hand its file to it.
    other = single_instance.SingleInstance(app_id)
    assert other.listen()
    received: list = []
    other.files_received.connect(received.append)
    path = tmp_path / "wg.agenda"
    session.save(factories.sample_meeting(), path)
    try:
        assert app.run(path) == 0
        QApplication.processEvents()
    finally:
        other.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.files.shutdown()
                widget.close()
    assert opened == [True]  # this launch ran its own window
    assert received == []


def test_the_sample_says_it_is_the_sample_until_it_is_saved(make_window, tmp_path, monkeypatch):
    window = make_window()
    assert app.open_sample(window)
    assert window.windowTitle() == "Sample Meeting[*] — Agenda Editor"
    assert "sample meeting" in window.statusBar().currentMessage()
    target = tmp_path / "mine.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    assert window.files.save_as()
    assert window.windowTitle().startswith("mine.agenda")
