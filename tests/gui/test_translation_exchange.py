"""File > Export for Translation and File > Import Translation in the window: one undo step,
the report of units left out, and the texts to review in the translation mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agenda_editor.core import translation_status as ts
from agenda_editor.gui.dialogs import translation_exchange as exchange
from agenda_editor.interchange.xliff_writer import save_xliff
from tests.core.test_exchange import english_only
from tests.factories import sample_meeting, two_body_meeting


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def show(_parent: Any, _icon: Any, title: str, text: str, details: str = "") -> None:
        shown.append((f"{title}: {text}", details))

    monkeypatch.setattr(exchange, "show_message", show)
    return shown


def _fill(path: Path, replacements: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_the_dialog_offers_every_language_but_the_original(qtbot: Any) -> None:
    meeting = sample_meeting()
    dialog = exchange.ExportForTranslationDialog(meeting, "fr")
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["ar", "zh", "fr", "ru", "es"]
    assert dialog.chosen_language() == "fr"
    assert "no version yet" in dialog.language.itemText(codes.index("ru"))


def test_export_then_import_fills_a_new_version_in_one_undo_step(
    make_window: Any, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    window = make_window(english_only())
    path = tmp_path / "es.xlf"
    assert exchange.export_for_translation(window, "es", path)
    _fill(
        path,
        {
            "<source>Vienna</source>": "<source>Vienna</source><target>Viena</target>",
            "<source>Organizational matters</source>": "<source>Organizational matters</source>"
            "<target>Cuestiones de organización</target>",
        },
    )
    document = window.document
    depth = document.undo_stack.count()
    result = exchange.import_translation(window, path)
    assert result is not None and messages == []
    assert document.meeting.venue["es"] == "Viena"
    assert document.meeting.items[0].title["es"] == "Cuestiones de organización"
    assert "es" in document.meeting.languages
    assert document.undo_stack.count() == depth + 1
    assert window.tabs.currentWidget() is window.translation_panel
    assert window.translation_panel.target_language() == "es"
    document.undo_stack.undo()
    assert "es" not in document.meeting.languages and "es" not in document.meeting.venue
    assert document.meeting.items[0].title.get("es") is None


def test_a_changed_original_is_reported_and_marked_for_review(
    make_window: Any, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    meeting = sample_meeting()
    path = tmp_path / "fr.xlf"
    save_xliff(meeting, "fr", path)
    _fill(
        path, {'<target state="translated">Vienne</target>': "<target>Vienne (Autriche)</target>"}
    )
    window = make_window(meeting)
    document = window.document
    document.meeting.venue["en"] = "Geneva"  # edited after the export
    result = exchange.import_translation(window, path)
    assert result is not None
    assert document.meeting.venue["fr"] == "Vienne"  # ours kept
    [(text, details)] = messages
    assert "1 unit of the file could not be placed and was left out" in text and "review" in text
    assert "Original now: Geneva" in details and "Original in the file: Vienna" in details
    panel = window.translation_panel
    ref = ts.TextRef("meeting", field="venue")
    row = panel._row_of(ref)
    assert row is not None and row.text(2) == "Review: Vienne"
    assert "Vienne (Autriche)" in row.toolTip(2)
    # Next Untranslated stops at it although it has a translation.
    panel.text_list.setCurrentItem(panel.text_list.topLevelItem(0))
    assert panel.next_action.isEnabled()
    assert panel.go_to_next_untranslated() == ref
    document.undo_stack.undo()  # the import, and its marks, taken back
    assert ("fr", ref) not in document.review
    document.undo_stack.redo()
    assert document.review[("fr", ref)] == "Vienne (Autriche)"
    # Writing the translation anew ends the review.
    row = panel._row_of(ref)
    assert row is not None
    panel.text_list.setCurrentItem(row)
    panel.translation_edit.selectAll()
    panel.translation_edit.insertPlainText("Genève")
    assert panel.commit()
    assert ("fr", ref) not in document.review
    row = panel._row_of(ref)
    assert row is not None and row.text(2) == "Genève"


def test_a_file_for_another_meeting_changes_nothing(
    make_window: Any, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    other = english_only()
    other.symbol = "A/OTHER/1"
    path = tmp_path / "other.xlf"
    save_xliff(other, "fr", path)
    window = make_window(english_only())
    depth = window.document.undo_stack.count()
    assert exchange.import_translation(window, path) is None
    [(text, details)] = messages
    assert "cannot be imported; the meeting is unchanged" in text and "A/OTHER/1" in details
    assert window.document.undo_stack.count() == depth


def test_the_file_menu_has_both_commands(make_window: Any) -> None:
    window = make_window(sample_meeting())
    texts = [action.text() for action in window.menus.file_menu.actions()]
    assert "Export for &Translation..." in texts and "&Import Translation..." in texts


def test_body_names_are_imported_and_undone_with_the_rest(
    make_window: Any, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    meeting = two_body_meeting()
    path = tmp_path / "fr.xlf"
    save_xliff(meeting, "fr", path)
    _fill(path, {"Commission plénière": "Commission plénière (CP)"})
    window = make_window(meeting)
    document = window.document
    assert exchange.import_translation(window, path) is not None and messages == []
    assert document.meeting.timetable.bodies[1].name["fr"] == "Commission plénière (CP)"
    document.undo_stack.undo()
    assert document.meeting.timetable.bodies[1].name["fr"] == "Commission plénière"
