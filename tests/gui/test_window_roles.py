"""The file controller works on a narrow interface of its window (gui/window_roles.py): it
imports without the main window, and serves any widget that offers what it needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agenda_editor.gui import files
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.files import AppFolders, FileController
from agenda_editor.storage import session
from tests import factories


@pytest.mark.parametrize("module", ["agenda_editor.gui.files", "agenda_editor.gui.actions"])
def test_the_menus_and_the_file_controller_import_without_the_main_window(module: str) -> None:
    code = f"import sys\nimport {module}\nprint('agenda_editor.gui.main_window' in sys.modules)\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"


def test_the_file_controller_does_not_name_the_main_window() -> None:
    # Not even to check types: it is given a FileWindow (gui/window_roles.py).
    source = Path(files.__file__).read_text(encoding="utf-8")
    assert "main_window" not in source and "MainWindow" not in source


class _Window(QWidget):
    """Only what a FileWindow offers: a document, its name, and the title."""

    def __init__(self) -> None:
        super().__init__()
        self.document = MeetingDocument(factories.sample_meeting())
        self.titles = 0

    def document_name(self) -> str:
        return self.document.path.name if self.document.path else "Untitled"

    def set_document(self, document: MeetingDocument) -> None:
        self.document = document

    def update_title(self) -> None:
        self.titles += 1


def test_a_window_of_its_own_opens_and_saves_through_the_controller(
    qtbot: QtBot, app_dirs: AppFolders, tmp_path: Path
) -> None:
    window = _Window()
    qtbot.addWidget(window)
    controller = FileController(window, app_dirs)
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    assert controller.open_path(path)
    assert window.document.path == path
    assert window.document_name() == "meeting.agenda"
    window.document.meeting.venue["en"] = "Nairobi"
    assert controller.save()
    assert session.load(path).meeting.venue["en"] == "Nairobi"
    controller.shutdown()


def test_the_window_starts_without_what_it_needs_only_later(tmp_path: Path) -> None:
    """The agenda readers, the session database library and the page renderer are loaded when
    first used (an import, a save, a preview), not to show the first window."""
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from agenda_editor.gui.app import application, build_window\n"
        "from agenda_editor.gui.files import AppFolders\n"
        "app = application(sys.argv[:1])\n"
        f"window = build_window(None, AppFolders(Path({str(tmp_path)!r})), recover=False)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "late = ('agenda_editor.importing', 'sqlite_utils', 'pypdfium2',\n"
        "        'agenda_editor.export.pages')\n"
        "print(sorted(name for name in late if name in sys.modules))\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
