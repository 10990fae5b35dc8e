"""Fixtures of the window tests: offscreen Qt, user folders under ``tmp_path``, a built window.

``QT_QPA_PLATFORM`` is set before anything imports Qt, so the tests run without a screen.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from agenda_editor.gui import files
from agenda_editor.gui import versions as gui_versions
from agenda_editor.gui.dialogs import export_gate, recovery
from agenda_editor.gui.dialogs import versions as versions_dialog
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.main_window import MainWindow
from tests import factories

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def collect_qt_objects(qapp) -> Iterator[None]:
    """Delete each test's Qt objects at its end, not whenever the garbage collector runs.

    Left to the collector, wrappers of Qt objects were freed in the middle of later tests, in
    an order Qt does not expect, and crashed the run far from the test that made them.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def document(qapp) -> Iterator[MeetingDocument]:
    """The fictional sample meeting as a bare document, for panels tested on their own."""
    yield MeetingDocument(factories.sample_meeting())


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home for settings, recent files, locks and recovery data."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(files.HOME_ENV, str(home))
    QStandardPaths.setTestModeEnabled(True)
    return home


@pytest.fixture
def app_dirs(app_home: Path) -> files.AppFolders:
    return files.AppFolders(app_home)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Any message box a test did not plan for is recorded and answered with Cancel/Ok; file
    dialogs are cancelled and crash recovery is put off.

    A modal dialog would block an offscreen test forever; tests that expect a dialog patch
    the function they expect with their own answer.
    """
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Cancel)
    )
    monkeypatch.setattr(files, "ask_choice", lambda *a, **k: "cancel")
    monkeypatch.setattr(export_gate, "ask_choice", lambda *a, **k: "cancel")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(recovery, "choose_recovery", lambda *a, **k: ("later", None))
    monkeypatch.setattr(versions_dialog, "ask_choice", lambda *a, **k: "cancel")
    monkeypatch.setattr(gui_versions, "ask_version_name", lambda *a, **k: None)
    return shown


@pytest.fixture
def make_window(qtbot, app_dirs: files.AppFolders) -> Iterator:
    """Builds windows on the test's folders; each is closed without prompting at the end."""
    windows: list[MainWindow] = []

    def build(meeting=None, path: Path | None = None) -> MainWindow:
        window = MainWindow(app_dirs)
        qtbot.addWidget(window)
        if meeting is not None:
            window.files.adopt(MeetingDocument(meeting, path))
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.files.shutdown()
    QApplication.processEvents()


@pytest.fixture
def window(make_window):
    """A main window with the fictional sample meeting open as an untitled document."""
    return make_window(factories.sample_meeting())
