"""The interface catalogue: up to date with the code, complete, and consistent with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.gui.i18n.ui_texts import TRANSLATIONS, load_script

LANGS = ("ar", "zh", "fr", "ru", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


@pytest.fixture(scope="module")
def update():
    return load_script("update_translations")


def test_ts_files_are_up_to_date_with_the_code(update, capsys) -> None:
    status = update.main(["--check", "--limit", "200"])
    report = capsys.readouterr().out
    assert status == 0, "run python translations/update_translations.py, then translate:\n" + report


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders_of_their_source(update, lang: str) -> None:
    catalogue = update.read_ts(TRANSLATIONS / f"agenda_editor_{lang}.ts")
    wrong = []
    for message in catalogue.messages.values():
        if not message.is_translated():
            continue
        forms = message.translation if message.numerus else [message.translation]
        wanted = sorted(set(PLACEHOLDER.findall(message.source)))
        for form in forms:
            have = sorted(set(PLACEHOLDER.findall(form)))
            # Languages without plural forms (Chinese) may write the number as a placeholder
            # or leave it out of a form only when the source has %n.
            if have != wanted:
                wrong.append(f"[{message.context}] {message.source!r} -> {form!r}")
            if message.source.count("&") - 2 * message.source.count("&&") > 0 and "&" not in form:
                wrong.append(f"[{message.context}] {message.source!r} lost its shortcut: {form!r}")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_numerus_entries_have_the_plural_forms_of_the_language(update, lang: str) -> None:
    forms = {"ar": 6, "zh": 1, "fr": 2, "ru": 3, "es": 2}[lang]
    catalogue = update.read_ts(TRANSLATIONS / f"agenda_editor_{lang}.ts")
    numerus = [m for m in catalogue.messages.values() if m.numerus and m.is_translated()]
    assert all(len(m.translation) == forms for m in numerus), [m.source for m in numerus]


def test_build_script_writes_one_catalogue_per_language(tmp_path: Path) -> None:
    build = load_script("build_translations")
    assert build.main(["--out", str(tmp_path / "qm")]) == 0
    written = sorted(p.name for p in (tmp_path / "qm").iterdir())
    assert written == sorted(f"agenda_editor_{lang}.qm" for lang in LANGS)
    assert all((tmp_path / "qm" / name).stat().st_size > 100 for name in written)


def test_build_script_names_a_missing_source(tmp_path: Path, monkeypatch, capsys) -> None:
    build = load_script("build_translations")
    monkeypatch.setattr(build, "HERE", tmp_path)
    monkeypatch.setattr(build, "ts_path", lambda lang, folder=tmp_path: folder / f"x_{lang}.ts")
    assert build.main(["--out", str(tmp_path / "qm")]) == 1
    assert "x_ar.ts is missing" in capsys.readouterr().err


def test_strings_passed_through_helpers_are_filed_under_the_helpers_context(
    update, tmp_path: Path
) -> None:
    helpers = tmp_path / "texts.py"
    helpers.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text, disambiguation=None, n=-1):\n"
        "    return QCoreApplication.translate('Timetable', text, disambiguation, n)\n"
    )
    user = tmp_path / "panel.py"
    user.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from texts import tr as ttr\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Files', text)\n"
        "A = _tr('Save a copy')\n"
        "B = ttr('%n meeting(s)', 'count', 3)\n"
        "C = _tr(some_variable)\n"
    )
    found = {
        (m.context, m.source, m.comment, m.numerus)
        for m in update.extract([helpers, user]).values()
    }
    assert ("Files", "Save a copy", "", False) in found
    assert ("Timetable", "%n meeting(s)", "count", True) in found
    assert not any(context == "" for context, *_ in found)


def test_check_reports_a_string_missing_from_a_catalogue(update, tmp_path: Path) -> None:
    wanted = {("Menus", "&File", ""): update.Message("Menus", "&File")}
    empty = update.Catalogue("fr")
    assert update.problems(wanted, empty) == ["missing: [Menus] '&File'"]
    written = tmp_path / "x.ts"
    update.write_ts(written, "fr", update.merged(wanted, empty))
    again = update.read_ts(written)
    assert update.problems(wanted, again) == ["untranslated: [Menus] '&File'"]
    again.messages[("Menus", "&File", "")].translation = "&Fichier"
    again.messages[("Menus", "&File", "")].finished = True
    update.write_ts(written, "fr", again.messages.values())
    assert update.problems(wanted, update.read_ts(written)) == []
