"""File > Print Preview opens wide enough to read a page (issue 17: it opened about 70 pixels
wide, squeezed by the tabs), and the agenda tree keeps its width."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from agenda_editor.gui.main_window import MIN_TREE_WIDTH


def test_the_preview_opens_wide_and_the_tree_keeps_its_width(window: Any, qtbot: Any) -> None:
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    preview = window.menus.preview
    preview.preview_action.trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: preview.dock.width() >= 300)
    assert window.splitter.sizes()[0] >= MIN_TREE_WIDTH
    preview.preview_action.trigger()
    assert preview.dock.isHidden()
