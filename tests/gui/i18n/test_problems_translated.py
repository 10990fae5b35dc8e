"""A file that cannot be opened is said in the interface language, as the command line says it
in English: the problems of session and JSON files are worded from the translation tables."""

from __future__ import annotations

from pathlib import Path
from string import Formatter
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from agenda_editor.cli import main
from agenda_editor.core.problems import ENGLISH_ONLY, TEMPLATES, Problem, word
from agenda_editor.gui import files
from agenda_editor.gui.dialogs import translation_exchange
from agenda_editor.gui.language import LanguageManager
from agenda_editor.gui.problem_texts import error_text
from agenda_editor.importing import AgendaImportError, import_file
from agenda_editor.interchange import InterchangeError, load_json
from agenda_editor.storage import session
from agenda_editor.storage.errors import SessionFileError
from tests import factories
from tests.storage.test_crafted import tamper


def test_a_damaged_session_file_is_said_in_french(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    damaged = tmp_path / "réunion.agenda"
    damaged.write_bytes(b"this is not a database at all, only text")
    languages.apply("fr")
    window = make_window()
    assert not window.files.open_path(damaged)
    kind, text = no_real_dialogs[-1]
    assert kind == "critical"
    assert f"« {damaged} » n'est pas un fichier de session Agenda Editor" in text
    # The command line words the same problem in English.
    with pytest.raises(SessionFileError) as raised:
        session.load(damaged)
    assert str(raised.value) == f'"{damaged}" is not an Agenda Editor session file'


def test_a_json_file_with_a_syntax_error_is_said_in_spanish(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "agenda-editor/1",\n  "symbol": }', encoding="utf-8")
    languages.apply("es")
    window = make_window()
    assert not window.files.open_path(broken)
    _kind, text = no_real_dialogs[-1]
    assert "JSON no válido en la línea 2, columna 13" in text


def test_who_has_a_file_open_is_said_in_french(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    first = make_window()
    assert first.files.open_path(path)
    languages.apply("fr")
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> str:
        asked.append(text)
        return "cancel"

    monkeypatch.setattr(files, "ask_choice", ask)
    assert not make_window().files.open_path(path)
    owner = first.files.lock.owner
    assert asked and f"{owner.user} sur l'ordinateur {owner.host} depuis le " in asked[0]


@pytest.mark.parametrize("lang", ["ar", "zh", "fr", "ru", "es"])
def test_every_problem_is_translated_and_keeps_its_values(
    languages: LanguageManager, lang: str
) -> None:
    languages.apply(lang)
    for code, template in TEMPLATES.items():
        if code in ENGLISH_ONLY:
            continue
        if code == "export-has-errors":  # the command line's; the window asks in its own words
            continue
        names = {name for _text, name, _spec, _conv in Formatter().parse(template) if name}
        problem = Problem(code, {name: f"<{name}>" for name in names})
        translated = word(problem, QCoreApplication.translate)
        assert translated != problem.english(), (lang, code)
        for name in names:
            assert f"<{name}>" in translated, (lang, code, name)


def test_a_file_that_is_not_xliff_is_said_in_russian(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path = tmp_path / "notes.xlf"
    path.write_text("<html><body>not a translation</body></html>", encoding="utf-8")
    languages.apply("ru")
    shown: list[str] = []

    def show(_parent: object, _icon: object, _title: str, text: str, details: str = "") -> None:
        shown.append(details)

    monkeypatch.setattr(translation_exchange, "show_message", show)
    window = make_window(factories.sample_meeting())
    assert translation_exchange.import_translation(window, path) is None
    assert shown == [f"{path}: это не файл XLIFF (его корневой элемент — <html>)"]


def test_a_json_file_with_a_wrong_value_is_said_in_french(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    wrong = tmp_path / "ordre.json"
    wrong.write_text(
        '{"format": "agenda-editor/1", "meeting": {"symbol": ["A"], "original_language": "en"},'
        ' "items": []}',
        encoding="utf-8",
    )
    languages.apply("fr")
    window = make_window()
    assert not window.files.open_path(wrong)
    _kind, text = no_real_dialogs[-1]
    assert f"{wrong}: meeting.symbol: un texte est attendu ; reçu : une liste" in text
    # The command line says the same problem in English, as it always did.
    with pytest.raises(InterchangeError) as raised:
        load_json(wrong)
    assert str(raised.value) == f"{wrong}: meeting.symbol: expected text, got a list"


def test_broken_markup_in_a_json_file_is_said_in_french_to_the_last_word(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    broken = tmp_path / "notes.json"
    broken.write_text(
        '{"format": "agenda-editor/1", "meeting": {"symbol": "A/1", "original_language": "en"},'
        ' "items": [{"title": "One", "annotation": ["The <b>survey</i>."]}]}',
        encoding="utf-8",
    )
    languages.apply("fr")
    window = make_window()
    assert not window.files.open_path(broken)
    _kind, text = no_real_dialogs[-1]
    assert text.endswith(
        f"{broken}: items[0].annotation[0]: balisage incorrect : </i> n'a aucune balise <i> "
        "avant elle à fermer (au caractère 14)"
    )
    with pytest.raises(InterchangeError) as raised:
        load_json(broken)
    assert str(raised.value) == (
        f"{broken}: items[0].annotation[0]: broken markup: </i> has no <i> before it to close "
        "(at character 14)"
    )


def test_a_pdf_that_is_no_pdf_at_all_is_said_in_french(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    fake = tmp_path / "faux.pdf"
    fake.write_bytes(b"hello, not a PDF")
    languages.apply("fr")
    window = make_window(factories.sample_meeting())
    assert not window.files.open_path(fake)
    kind, text = no_real_dialogs[-1]
    assert kind == "critical"
    assert f"{fake}: ce n'est pas un fichier PDF" in text
    assert window.document.meeting == factories.sample_meeting()


def test_a_word_document_that_is_not_one_is_said_in_french(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    broken = tmp_path / "ordre.docx"
    broken.write_bytes(b"plain text pretending to be a Word document")
    languages.apply("fr")
    window = make_window(factories.sample_meeting())
    assert not window.menus.import_agenda.import_file(broken)
    kind, text = no_real_dialogs[-1]
    assert kind == "critical"
    assert f"{broken} : ce n'est pas un document Word (pas une archive .docx)" in text
    assert window.document.meeting == factories.sample_meeting()
    # The command line says it in English.
    with pytest.raises(AgendaImportError) as raised:
        import_file(broken)
    assert str(raised.value) == f"{broken}: not a Word document (not a .docx archive)"


@pytest.mark.parametrize(
    ("statement", "english", "french"),
    [
        (
            "UPDATE meeting SET start_date = '20310407'",
            'first day is not a valid date (expected a date as YYYY-MM-DD, got "20310407")',
            "le premier jour : ce n'est pas une date valide (une date au format AAAA-MM-JJ est "
            'attendue ; reçu : "20310407")',
        ),
        (
            "UPDATE meeting SET symbol = X'35'",
            "the document symbol is not text (b'5')",
            "la cote du document : ce n'est pas du texte (b'5')",
        ),
        (
            "UPDATE slot SET body_id = 'nowhere'",
            "the timetable has a meeting of a body that does not exist",
            "le calendrier a une séance d'un organe qui n'existe pas",
        ),
    ],
)
def test_a_crafted_inconsistent_session_file_is_said_in_french_to_the_last_word(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]], capsys: pytest.CaptureFixture[str],
    statement: str, english: str, french: str,
) -> None:  # fmt: skip
    path = tmp_path / "réunion.agenda"
    session.save(factories.sample_meeting(), path)
    tamper(path, statement)
    languages.apply("fr")
    window = make_window()
    assert not window.files.open_path(path)
    _kind, text = no_real_dialogs[-1]
    assert text.endswith(f"Le contenu de « {path} » est incohérent : {french}")
    assert english not in text
    # The command line says the same problem in English, word for word as before.
    assert main(["check", str(path)]) != 0
    assert f'"{path}" has inconsistent content: {english}' in capsys.readouterr().err


def test_a_meeting_that_cannot_be_saved_is_said_in_french_to_the_last_word(
    tmp_path: Path, languages: LanguageManager
) -> None:
    meeting = factories.sample_meeting()
    meeting.items[1].id = meeting.items[0].id
    path = tmp_path / "réunion.agenda"
    with pytest.raises(SessionFileError) as raised:
        session.save(meeting, path)
    same = repr(meeting.items[0].id)
    assert str(raised.value) == f'"{path}" was not saved: two agenda items have the same id {same}'
    languages.apply("fr")
    assert error_text(raised.value).endswith(
        f"deux points de l'ordre du jour ont le même identifiant {same}"
    )


def test_a_number_in_a_problem_is_grouped_as_french_writes_it(
    make_window: Any, tmp_path: Path, languages: LanguageManager,
    no_real_dialogs: list[tuple[str, str]],
) -> None:  # fmt: skip
    broken = tmp_path / "long.json"
    broken.write_text('{"format": ' + "9" * 5000 + "}", encoding="utf-8")
    languages.apply("fr")
    window = make_window()
    assert not window.files.open_path(broken)
    _kind, text = no_real_dialogs[-1]
    assert "5\u202f000" in text, text  # "5,000" would read as five in French
    assert "5,000" not in text
