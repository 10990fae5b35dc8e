"""A file that cannot be opened is said in the interface language, as the command line says it
in English: the problems of session and JSON files are worded from the translation tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agenda_editor.core.problems import TEMPLATES, Problem, word
from agenda_editor.gui.language import LanguageManager
from agenda_editor.storage import session
from agenda_editor.storage.errors import SessionFileError


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


@pytest.mark.parametrize("lang", ["ar", "zh", "fr", "ru", "es"])
def test_every_problem_is_translated_and_keeps_its_values(
    languages: LanguageManager, lang: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    languages.apply(lang)
    for code in TEMPLATES:
        if code == "json-content":  # the English words of the reader, not translated
            continue
        params = {name: f"<{name}>" for name in ("file", "detail", "version", "latest",
                  "journals", "seconds", "megabytes", "offset", "line", "column", "expected",
                  "value")}  # fmt: skip
        problem = Problem(code, params)
        translated = word(problem, QCoreApplication.translate)
        assert translated != problem.english(), (lang, code)
        for name in params:
            if "{" + name + "}" in TEMPLATES[code]:
                assert f"<{name}>" in translated, (lang, code, name)
