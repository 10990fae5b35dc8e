"""The file types offered by the Open, Save As and Import Translation dialogs are named in the
interface language (issue 12): a French officer reads "Fichiers de session Agenda Editor"."""

from __future__ import annotations

from typing import Any

import pytest

from agenda_editor.gui import files
from agenda_editor.gui.dialogs import translation_exchange
from agenda_editor.gui.language import LanguageManager


def _capture(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[str]:
    seen: list[str] = []

    def dialog(_parent: object, _title: str, _start: str, filters: str) -> tuple[str, str]:
        seen.append(filters)
        return "", ""

    monkeypatch.setattr(owner, name, dialog)
    return seen


def test_open_and_save_dialogs_name_the_file_types_in_french(
    make_window: Any, languages: LanguageManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    languages.apply("fr")
    opened = _capture(monkeypatch, files.QFileDialog, "getOpenFileName")
    saved = _capture(monkeypatch, files.QFileDialog, "getSaveFileName")
    assert window.files.ask_open_path("Ouvrir") is None
    assert window.files.ask_save_path() is None
    assert opened[0].split(";;") == [
        "Fichiers Agenda Editor (*.agenda *.json *.pdf)",
        "Fichiers de session Agenda Editor (*.agenda)",
        "Réunions JSON (*.json)",
        "PDF créés par Agenda Editor (*.pdf)",
        "Tous les fichiers (*)",
    ]
    assert saved == ["Fichiers de session Agenda Editor (*.agenda)"]


@pytest.mark.parametrize("lang", ["ar", "zh", "ru", "es"])
def test_every_translation_keeps_the_patterns_the_dialog_filters_by(
    make_window: Any, languages: LanguageManager, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    window = make_window()
    languages.apply(lang)
    assert translation_exchange.QFileDialog is files.QFileDialog
    seen = _capture(monkeypatch, files.QFileDialog, "getOpenFileName")
    window.files.ask_open_path("")
    translation_exchange.run_import_translation(window)
    opened, imported = seen[:1], seen[1:]
    english = ["Agenda Editor files", "Agenda Editor sessions", "JSON meetings", "All files"]
    shown = opened[0].split(";;")
    assert not any(name in entry for entry in shown for name in english)
    assert [entry[entry.index("(") :] for entry in shown] == [
        "(*.agenda *.json *.pdf)", "(*.agenda)", "(*.json)", "(*.pdf)", "(*)",
    ]  # fmt: skip
    assert not imported[0].startswith("XLIFF files")
    assert imported[0].endswith("(*.xlf *.xliff)")
