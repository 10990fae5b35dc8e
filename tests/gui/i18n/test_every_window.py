"""Every window and dialog, in every interface language: no text of our catalogue left in
English, and Arabic mirrored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from agenda_editor.core.model import Slot
from agenda_editor.gui.dialogs.export_pdf import ExportPdfDialog
from agenda_editor.gui.dialogs.preferences import PreferencesDialog
from agenda_editor.gui.dialogs.recovery import RecoveryDialog
from agenda_editor.gui.dialogs.versions import VersionsDialog
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.dialogs import (
    DayLimitDialog,
    MoveDialog,
    ScheduleDialog,
    SlotTimesDialog,
)
from agenda_editor.gui.translation import TranslationPanel
from agenda_editor.gui.versions import VersionNameDialog
from agenda_editor.storage.recovery import RecoveryEntry
from agenda_editor.storage.settings import Settings
from agenda_editor.storage.versions import make_version
from tests import factories
from tests.gui.i18n.conftest import TRANSLATED
from tests.gui.i18n.ui_texts import translated_sources, untranslated


def _dialogs(document: MeetingDocument, tmp_path: Path) -> list[QWidget]:
    meeting = document.meeting
    slot = Slot(dt.time(10), dt.time(13))
    entry = RecoveryEntry("k", tmp_path / "a.agenda", dt.datetime(2026, 6, 1, 9, 30), tmp_path)
    panel = TranslationPanel(document)
    panel.set_target_language("fr")
    return [
        PreferencesDialog(Settings()),
        ExportPdfDialog(meeting, "en", tmp_path / "meeting"),
        RecoveryDialog([entry]),
        SlotTimesDialog("Thursday, 11 June", slot),
        DayLimitDialog("Thursday, 11 June", None, 2, 1),
        ScheduleDialog(document),
        MoveDialog(document, [(0, 0, 0)]),
        panel,
    ]


#: Shown in English on purpose: the language list names each language in itself.
DELIBERATE = {"QComboBox:language_box: 'English'"}


def _check(widgets: list[QWidget], sources: dict[str, str]) -> list[str]:
    found = []
    for widget in widgets:
        found += [
            f"{type(widget).__name__} / {text}"
            for text in untranslated(widget, sources)
            if text not in DELIBERATE
        ]
    return found


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_window_opened_in_the_language(qtbot, make_window, languages, tmp_path, lang) -> None:
    sources = translated_sources(lang)
    assert len(sources) > 100, f"the {lang} catalogue is mostly untranslated"
    languages.apply(lang)
    window = make_window(factories.sample_meeting())
    window.show()
    window.document.versions.append(make_version(window.document.meeting, "Rev.1"))
    widgets = [
        *_dialogs(window.document, tmp_path),
        VersionsDialog(window),
        VersionNameDialog(None, never_saved=True),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
    left = _check([window, *widgets], sources)
    assert not left, "left in English:\n" + "\n".join(left)
    mirrored = lang == "ar"
    for widget in (window, window.agenda_panel, window.timetable_panel, *widgets):
        assert widget.isRightToLeft() is mirrored, type(widget).__name__


@pytest.mark.parametrize("lang", TRANSLATED)
def test_switching_at_run_time_retranslates_the_window(qtbot, make_window, languages, lang) -> None:
    """Preferences is modal, so only the window and its panels are open when the language
    changes: they must follow it without a restart."""
    sources = translated_sources(lang)
    window = make_window(factories.sample_meeting())
    window.show()
    panel = TranslationPanel(window.document)
    qtbot.addWidget(panel)
    file_menu = window.menuBar().actions()[0].text()
    english = _check([window, panel], sources)
    assert len(english) > 20, "the English window should show catalogue sources"
    languages.apply(lang)
    QApplication.processEvents()
    assert window.menuBar().actions()[0].text() != file_menu
    left = _check([window, panel], sources)
    assert not left, "not retranslated:\n" + "\n".join(left)
    assert window.isRightToLeft() is (lang == "ar")
    assert panel.isRightToLeft() is (lang == "ar")
    languages.apply("en")
    QApplication.processEvents()
    assert window.menuBar().actions()[0].text() == file_menu
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_next_untranslated_from_another_tab_shows_the_translation_mode(qtbot, make_window) -> None:
    meeting = factories.sample_meeting()
    meeting.item("report").title.pop("fr")
    window = make_window(meeting)
    window.show()
    panel = window.translation_panel
    window.show_tab(window.meeting_page)
    panel.set_target_language("fr")
    assert panel.next_action in window.menus.view_menu.actions()
    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(window.meeting_page, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is panel
    assert panel.text_list.currentItem().text(2) == "Untranslated"
