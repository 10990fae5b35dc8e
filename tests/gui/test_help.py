"""Help in the real window: F1 opens the user guide shipped with the application; the About box
says where the meeting's file, the settings and the recovery data are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from agenda_editor.gui import help as help_module
from agenda_editor.resources import resource_path


def test_f1_opens_the_local_user_guide(window, qtbot) -> None:
    window.show()
    action = window.menus.help.guide_action
    assert action.shortcut().toString() == "F1"
    action.trigger()
    guide = window.menus.help.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.windowTitle() == "Agenda Editor — user guide"
    text = guide.browser.toPlainText()
    for words in ("Cut, copy, paste and duplicate items", "Find and replace", "Ctrl+Shift+Return"):
        assert words in text
    assert guide.browser.source().isLocalFile()
    # Its links stay inside the guide.
    guide.browser.scrollToAnchor("keys")
    assert "Help" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "User Guide" in [a.text().replace("&", "") for a in window.menus.help_menu.actions()]


def test_every_shortcut_the_guide_names_is_one_the_window_has(window) -> None:
    text = (resource_path("help") / "guide-en.html").read_text(encoding="utf-8")
    for key in ("Ctrl+F", "Ctrl+H", "Ctrl+D", "Ctrl+J", "Ctrl+T", "Ctrl+E", "F1"):
        assert key in text
    keys = {
        s.toString()
        for a in window.findChildren(type(window.menus.find_replace.find_action))
        for s in a.shortcuts()
    }
    for key in ("Ctrl+F", "Ctrl+H", "Ctrl+D", "Ctrl+J", "Ctrl+T", "Ctrl+E", "F1"):
        assert key in keys, key


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert help_module.guide_path("zh").name in ("guide-zh.html", "guide-en.html")
    assert help_module.guide_path("xx").name == "guide-en.html"


def test_about_says_where_files_settings_and_recovery_data_live(
    make_window, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    from agenda_editor.storage import session
    from tests import factories

    path = tmp_path / "wg4.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    window.files.open_path(path)
    window.menus.about_action.trigger()
    text = shown[-1]
    assert str(path) in text
    assert str(window.folders.dirs.settings_file) in text
    assert str(window.folders.recovery_dir) in text
    assert str(app_home) in text  # the folders are the test's own
    window.files.new_blank()
    window.menus.about_action.trigger()
    assert "not saved yet" in shown[-1]
