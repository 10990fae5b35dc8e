"""Switching the interface language at run time: our catalogue, Qt's own, direction, locale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QLabel

from agenda_editor.gui import language
from agenda_editor.gui.language import LanguageManager
from tests.gui.i18n.conftest import TRANSLATED
from tests.gui.i18n.ui_texts import TRANSLATIONS, load_script


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.buttons()[0].text()
    box.deleteLater()
    return text


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_finished_entry_is_looked_up_in_the_installed_language(languages, lang) -> None:
    catalogue = load_script("update_translations").read_ts(
        TRANSLATIONS / f"agenda_editor_{lang}.ts"
    )
    finished = [m for m in catalogue.messages.values() if m.is_translated() and not m.numerus]
    assert finished, f"the {lang} catalogue has no translation"
    assert languages.apply(lang) == lang
    wrong = [
        (m.context, m.source)
        for m in finished
        if QCoreApplication.translate(m.context, m.source, m.comment or None) != m.translation
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_qt_own_buttons_are_translated_too(languages, lang: str) -> None:
    english = _cancel_text()
    languages.apply(lang)
    assert _cancel_text() not in ("", english)
    languages.apply("en")
    assert _cancel_text() == english


def test_arabic_mirrors_the_application_and_open_widgets(qtbot, languages) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    languages.apply("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert label.isRightToLeft()
    languages.apply("fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not label.isRightToLeft()


def test_switching_emits_the_language_and_sets_the_locale(qtbot, languages) -> None:
    with qtbot.waitSignal(languages.language_changed) as blocker:
        languages.apply("ru")
    assert blocker.args == ["ru"]
    assert QLocale().language() == QLocale.Language.Russian
    # Dates shown by Qt's own widgets (date editors, calendars) follow the language.
    edit = QDateEdit(QDate(2026, 6, 11))
    edit.setDisplayFormat("d MMMM yyyy")
    assert edit.text() == "11 июня 2026"
    edit.deleteLater()
    assert languages.language == "ru" and languages.choice == "ru"


def test_system_choice_follows_the_system_locale(languages, monkeypatch) -> None:
    monkeypatch.setattr(language, "system_language", lambda: "es")
    assert languages.apply(None) == "es"
    assert languages.choice is None
    assert languages.apply("not-a-language") == "es"


def test_system_language_is_english_outside_the_six(monkeypatch) -> None:
    class German:
        @staticmethod
        def uiLanguages() -> list[str]:
            return ["de-DE", "de"]

    monkeypatch.setattr(language.QLocale, "system", lambda: German())
    assert language.system_language() == "en"


def test_missing_catalogues_leave_english_and_say_why(qapp, tmp_path: Path) -> None:
    manager = LanguageManager(tmp_path)
    assert manager.apply("fr") == "en"
    assert "agenda_editor_fr.qm" in (manager.problem or "")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    manager.deleteLater()


def test_environment_folder_without_catalogues_is_named(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(language.TRANSLATIONS_ENV, str(tmp_path))
    with pytest.raises(RuntimeError, match=str(tmp_path)):
        language.find_catalogues()


def test_source_checkout_builds_the_catalogues_into_a_cache(tmp_path: Path) -> None:
    folder = language.build_into_cache(tmp_path / "cache")
    assert sorted(p.name for p in folder.glob("*.qm")) == sorted(
        language.qm_name(lang) for lang in TRANSLATED
    )
    stamp = (folder / language.qm_name("fr")).stat().st_mtime_ns
    assert language.build_into_cache(tmp_path / "cache") == folder  # fresh: not rebuilt
    assert (folder / language.qm_name("fr")).stat().st_mtime_ns == stamp
