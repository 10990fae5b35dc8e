"""The Meeting page: masthead fields edited through undo commands, in the version edited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from agenda_editor.core.model import Distribution, PageSize
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.meeting_page import MeetingPage
from tests import factories


def _page(qtbot, meeting=None) -> MeetingPage:
    document = MeetingDocument(meeting or factories.sample_meeting())
    page = MeetingPage(document)
    qtbot.addWidget(page)
    return page


def test_shows_the_meeting(qtbot):
    page = _page(qtbot)
    assert page.symbol.text() == "CFC/COP/WG.4/2026/1"
    assert page.texts["venue"].text() == "Vienna"
    assert page.start.value() == factories.SAMPLE_START
    assert page.end.value() == factories.SAMPLE_END
    assert page.distribution.currentData() == "general"
    assert page.max_slots.value() == 2
    assert page.versions["en"].isChecked() and not page.versions["en"].isEnabled()
    assert page.versions["fr"].isChecked() and not page.versions["ar"].isChecked()


def test_typing_the_symbol_is_one_undo_step_and_checked_live(qtbot):
    page = _page(qtbot)
    stack = page.document.undo_stack
    page.symbol.clear()
    page.symbol.textEdited.emit("")
    assert not page.symbol_problem.isHidden()
    assert "empty" in page.symbol_problem.text()
    qtbot.keyClicks(page.symbol, "AB C")
    assert "spaces" in page.symbol_problem.text()
    for _ in range(2):
        qtbot.keyClick(page.symbol, "\b")
    qtbot.keyClicks(page.symbol, "/1")
    assert page.document.meeting.symbol == "AB/1"
    assert page.symbol_problem.isHidden()
    assert stack.count() == 1  # all that typing merged
    stack.undo()
    assert page.symbol.text() == "CFC/COP/WG.4/2026/1"
    assert page.document.meeting.symbol == "CFC/COP/WG.4/2026/1"


def test_texts_are_edited_in_the_version_being_edited(qtbot):
    page = _page(qtbot)
    document = page.document
    document.set_language("fr")
    venue = page.texts["venue"]
    assert venue.text() == "Vienne"
    venue.clear()
    venue.textEdited.emit("")  # the French venue removed: untranslated again
    assert "fr" not in document.meeting.venue
    assert venue.placeholderText() == "Not translated: Vienna"
    qtbot.keyClicks(venue, "Vienne (Autriche)")
    assert document.meeting.venue == {"en": "Vienna", "fr": "Vienne (Autriche)"}
    document.set_language("en")
    assert venue.text() == "Vienna"


def test_an_empty_title_shows_the_default_title(qtbot):
    meeting = factories.sample_meeting()
    meeting.title = {}
    page = _page(qtbot, meeting)
    assert page.texts["title"].text() == ""
    assert page.texts["title"].placeholderText() == "Provisional agenda and annotations"


def test_dates_choices_and_limits_are_undoable_commands(qtbot):
    page = _page(qtbot)
    document = page.document
    page.end.edit.setDate(QDate(2026, 6, 15))
    page.end.edit.editingFinished.emit()
    assert document.meeting.end == dt.date(2026, 6, 15)
    page.issue_date.check.click()  # unset the date of issue
    assert document.meeting.issue_date is None
    page.distribution.setCurrentIndex(page.distribution.findData("limited"))
    page.distribution.activated.emit(page.distribution.currentIndex())
    assert document.meeting.distribution is Distribution.LIMITED
    page.page_size.setCurrentIndex(page.page_size.findData("Letter"))
    page.page_size.activated.emit(page.page_size.currentIndex())
    assert document.meeting.page_size is PageSize.LETTER
    page.max_slots.setValue(3)
    assert document.meeting.timetable.max_slots_per_day == 3
    assert document.meeting.timetable.days == factories.sample_meeting().timetable.days
    stack = document.undo_stack
    assert stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert document.meeting == factories.sample_meeting()
    assert page.end.value() == factories.SAMPLE_END
    assert page.issue_date.value() == dt.date(2026, 3, 20)
    assert page.max_slots.value() == 2


def test_language_versions_are_switched_on_and_off(qtbot):
    page = _page(qtbot)
    document = page.document
    page.versions["es"].click()
    assert document.meeting.languages == ["en", "fr", "es"]
    assert "0/11" in page.versions["es"].text()
    assert "11/11" in page.versions["fr"].text()
    document.set_language("fr")
    page.versions["fr"].click()
    assert document.meeting.languages == ["en", "es"]
    assert document.language == "en"  # no longer a version: back to the original
    assert document.meeting.venue["fr"] == "Vienne"  # its texts are kept


def test_changing_the_original_language_is_one_step(qtbot):
    page = _page(qtbot)
    document = page.document
    combo = page.original_language
    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())
    assert document.meeting.original_language == "es"
    assert "es" in document.meeting.languages
    assert not page.versions["es"].isEnabled() and page.versions["en"].isEnabled()
    document.undo_stack.undo()
    assert document.meeting.original_language == "en"
    assert document.meeting.languages == ["en", "fr"]


def test_the_page_follows_a_new_document(qtbot):
    page = _page(qtbot)
    other = MeetingDocument(factories.bare_meeting())
    page.set_document(other)
    assert page.symbol.text() == "XYZ/WG.9/2026/1"
    assert page.start.value() is None
    page.symbol.textEdited.emit("XYZ/WG.9/2026/2")
    assert other.meeting.symbol == "XYZ/WG.9/2026/2"


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_alt_letters_of_the_page_are_its_own(make_window):
    """Alt+letter must reach one field: not a menu of the window, not another field."""
    window = make_window(factories.sample_meeting())
    menus = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    fields = [_mnemonic(label.text()) for label in window.meeting_page.labels.values()]
    fields = [letter for letter in fields if letter]
    assert len(fields) >= 12
    assert len(set(fields)) == len(fields)
    assert not set(fields) & set(menus)


def test_undoing_the_version_being_edited_goes_back_to_the_original(qtbot):
    # Otherwise the editor kept writing Arabic texts while the selector showed English.
    page = _page(qtbot)
    document = page.document
    page.versions["ar"].click()
    document.set_language("ar")
    assert page.language_selector.currentData() == "ar"
    document.undo_stack.undo()
    assert "ar" not in document.meeting.languages
    assert document.language == "en"
    assert page.language_selector.currentData() == "en"
    document.undo_stack.redo()
    assert "ar" in document.meeting.languages


def test_a_finding_about_language_versions_focuses_an_editable_version_box(qtbot) -> None:
    """The English box was always the one focused, though for an English original it is the
    original's own box, disabled, so nothing got the focus."""
    from agenda_editor.gui.document import MeetingDocument
    from agenda_editor.gui.meeting_page import MeetingPage
    from tests import factories

    page = MeetingPage(MeetingDocument(factories.sample_meeting()))
    qtbot.addWidget(page)
    page.show()
    page.focus_field("languages")
    focused = page.focusWidget()
    assert focused in page.versions.values()
    assert focused.isEnabled()


def test_translation_counts_follow_each_edit_of_the_agenda(qtbot):
    from agenda_editor.core.model import AgendaItem
    from agenda_editor.core.rules import untranslated_items
    from agenda_editor.core.tree import Position
    from agenda_editor.gui.commands.texts import SetItemTitleCommand
    from agenda_editor.gui.commands.tree import InsertItemCommand, RemoveItemCommand

    page = _page(qtbot)
    document = page.document
    meeting = document.meeting

    def shown() -> str:
        return page.versions["fr"].text()

    def expected() -> str:
        total = sum(1 for _ in meeting.walk())
        done = total - len(untranslated_items(meeting, "fr"))
        return f"French ({done}/{total} items translated)"

    assert shown() == expected()
    edits = [
        SetItemTitleCommand(document, "coop-info", "fr", ""),
        InsertItemCommand(document, AgendaItem(title={"en": "New"}), Position(None, 0)),
        RemoveItemCommand(document, meeting.items[-1].id),
    ]
    for edit in edits:
        document.push(edit)
        assert shown() == expected()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        assert shown() == expected()
