"""Find and Replace in the real window: Ctrl+F and Ctrl+H, results that open their item,
Replace and Replace All as one undo step each, the language version shown or all of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests import factories

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shown(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def open_find(window, qtbot, replacing: bool = False):
    QTest.keyClick(window, Qt.Key.Key_H if replacing else Qt.Key.Key_F, CTRL)
    dialog = window.menus.find_replace.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def rows(dialog) -> list[list[str]]:
    tree = dialog.results
    count = tree.topLevelItemCount()
    return [[tree.topLevelItem(r).text(c) for c in range(3)] for r in range(count)]


def test_ctrl_f_lists_the_matches_and_a_result_opens_its_item(shown, qtbot) -> None:
    dialog = open_find(shown, qtbot)
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    QTest.keyClicks(dialog.find_edit, "Conference")
    listed = rows(dialog)
    assert [row[:2] for row in listed] == [
        ["1 (b)", "Annotation, paragraph 1"],
        ["2", "Annotation, paragraph 1"],
        ["2", "Document CFC/COP/2025/7/Rev.1"],
        ["3", "Annotation, paragraph 1"],
    ]
    assert "resolution 7/2 of the Conference, entitled" in listed[0][2]
    assert dialog.summary.text() == "4 matches"
    dialog.results.itemActivated.emit(dialog.results.topLevelItem(3), 0)
    assert shown.agenda_panel.current_item_id() == "coop"
    assert shown.tabs.currentWidget() is shown.item_editor
    assert shown.item_editor.annotation.textCursor().selectedText() == "Conference"
    # Return in the Find field goes to the first match and replaces nothing.
    dialog.replace_edit.setText("Assembly")
    dialog.activateWindow()
    QTest.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert shown.agenda_panel.current_item_id() == "adoption"
    assert shown.document.undo_stack.count() == 0


def test_replace_all_is_one_undo_step_in_the_version_shown(shown, qtbot) -> None:
    dialog = open_find(shown, qtbot, replacing=True)
    dialog.find_edit.setText("Conference")
    QTest.keyClicks(dialog.replace_edit, "Meeting of the Parties")
    dialog.replace_all_button.click()
    meeting = shown.document.meeting
    assert "Meeting of the Parties" in meeting.item("coop").annotation["en"][0]
    assert meeting.item("needs").documents[1].title["en"] == (
        "Report of the Secretary of the Meeting of the Parties on the fisheries observer programme"
    )
    # The footnote and formatting around the replaced words are kept.
    assert (
        meeting.item("adoption")
        .annotation["en"][0]
        .endswith(
            "<i>Strengthening coastal fisheries cooperation</i>."
            "<footnote>See CFC/COP/2025/9, chap. I.</footnote>"
        )
    )
    assert shown.document.undo_stack.count() == 1
    assert shown.document.undo_stack.text(0) == "Replace 4 matches"
    assert shown.statusBar().currentMessage() == "Replaced 4 matches."
    assert dialog.summary.text() == "No matches."
    shown.menus.undo_action.trigger()
    assert shown.document.meeting == factories.sample_meeting()
    assert dialog.summary.text() == "4 matches"  # the results follow the undo


def test_replace_changes_only_the_chosen_match(shown, qtbot) -> None:
    dialog = open_find(shown, qtbot, replacing=True)
    dialog.find_edit.setText("Working Group")
    dialog.replace_edit.setText("Group")
    dialog.results.setCurrentItem(dialog.results.topLevelItem(1))
    dialog.replace_button.click()
    meeting = shown.document.meeting
    assert meeting.item("needs").annotation["en"][0].startswith("The Group will have")
    assert "Working Group" in meeting.item("open").annotation["en"][0]
    assert shown.document.undo_stack.text(0) == "Replace 1 match"


def test_all_language_versions_and_the_options(shown, qtbot) -> None:
    dialog = open_find(shown, qtbot)
    dialog.find_edit.setText("groupe de travail")
    assert rows(dialog) == []  # English is shown
    dialog.scope.setCurrentIndex(1)
    assert len(rows(dialog)) == 2
    assert rows(dialog)[0][1] == "Annotation, paragraph 1 (French)"
    dialog.match_case.setChecked(True)
    assert rows(dialog) == []
    dialog.match_case.setChecked(False)
    dialog.results.itemActivated.emit(dialog.results.topLevelItem(0), 0)
    assert shown.document.language == "fr"  # the result opened its version
    dialog.whole_words.setChecked(True)
    dialog.find_edit.setText("Group")
    dialog.scope.setCurrentIndex(0)
    assert rows(dialog) == []  # French shown now, and "Groupe" is not the word "Group"


def test_the_selected_words_become_the_search(shown, qtbot) -> None:
    shown.agenda_panel.select_item("open")
    title = shown.item_editor.title_edit
    title.setSelection(0, len("Opening"))
    dialog = open_find(shown, qtbot)
    assert dialog.find_edit.text() == "Opening"
    assert rows(dialog)[0][:2] == ["1 (a)", "Title"]
