"""File > Import Agenda... and Edit > Paste Agenda as Items in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from agenda_editor.gui import import_agenda
from tests.importing.samples import ENGLISH_TEXT


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def present(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText()))

    monkeypatch.setattr(import_agenda, "_present", present)
    return shown


def test_import_opens_the_agenda_as_a_new_unsaved_meeting(
    window, tmp_path: Path, reports: list[tuple[str, str]]
) -> None:
    source = tmp_path / "agenda.txt"
    source.write_text(ENGLISH_TEXT.replace("(a) Opening", "To be confirmed\n(a) Opening", 1))
    before = source.read_bytes()
    importer = window.menus.import_agenda
    assert importer.import_action in window.menus.file_menu.actions()
    assert importer.import_file(source)
    meeting = window.document.meeting
    assert meeting.symbol == "IDB/WG.4/2027/1"
    assert [item.title["en"] for item in meeting.items][:2] == [
        "Organizational matters",
        "Review of regional programmes",
    ]
    assert window.document.path is None
    assert window.files.suggested_path == tmp_path / "agenda.agenda"
    assert source.read_bytes() == before
    (report,) = reports
    assert report[0] == "1 line of agenda.txt found no place in the meeting:"
    assert report[1] == "Line 11: \u2068To be confirmed\u2069"


def test_an_unreadable_file_is_an_error_message_and_the_meeting_stays(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window.files, "show_error", lambda title, text: errors.append(text))
    source = tmp_path / "agenda.docx"
    source.write_text("not a Word file")
    symbol = window.document.meeting.symbol
    assert not window.menus.import_agenda.import_file(source)
    assert errors == [f"{source}: not a Word document (not a .docx archive)"]
    assert window.document.meeting.symbol == symbol


def test_paste_agenda_adds_its_items_with_annotations_as_one_undo_step(
    window, reports: list[tuple[str, str]]
) -> None:
    document = window.document
    before = [item.id for item in document.meeting.items]
    pasted = "1. Review of regional programmes\n(a) Africa;\n(b) Asia.\nAnnotations\n" \
        "1. Review of regional programmes\nThe programmes are reviewed in turn.\n"  # fmt: skip
    assert window.menus.import_agenda.paste_agenda(pasted)
    items = document.meeting.items
    assert [item.id for item in items[: len(before)]] == before
    added = items[len(before)]
    assert added.title == {"en": "Review of regional programmes"}
    assert [child.title["en"] for child in added.children] == ["Africa", "Asia"]
    assert added.annotation == {"en": ["The programmes are reviewed in turn."]}
    assert reports == []
    document.undo_stack.undo()
    assert [item.id for item in document.meeting.items] == before


def test_paste_agenda_without_a_numbered_agenda_changes_nothing(window) -> None:
    count = window.document.undo_stack.count()
    assert not window.menus.import_agenda.paste_agenda("just a sentence")
    assert window.document.undo_stack.count() == count
