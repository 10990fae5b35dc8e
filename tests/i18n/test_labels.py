"""The per-language table of fixed document labels."""

from __future__ import annotations

import pytest

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.i18n import labels


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_label(lang: str) -> None:
    table = labels.LABELS[lang]
    assert set(table) == set(labels.KEYS)
    assert all(value.strip() for value in table.values())


def test_labels_differ_between_languages() -> None:
    # A label copied into another language by mistake shows up as a duplicate.
    for key in ("united_nations", "provisional_agenda", "default_title", "organization_of_work"):
        values = [labels.label(key, lang) for lang in LANGUAGES]
        assert len(set(values)) == len(values), key


def test_conventions_labels() -> None:
    assert labels.label("united_nations", "fr") == "Nations Unies"
    assert labels.label("continued", "fr") == "(suite)"
    assert labels.label("continued", "es") == "(continuación)"
    assert labels.label("provisional_agenda", "ar") == "جدول الأعمال المؤقت"
    assert labels.label("organization_of_work", "zh") == "拟议工作安排"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Original: English"]),
        ("fr", ["Français", "Original: anglais"]),
        ("es", ["Español", "Original: inglés"]),
        ("ru", ["Russian", "Original: English"]),
        ("zh", ["Chinese", "Original: English"]),
        ("ar", ["Arabic", "Original: English"]),
    ],
)
def test_language_lines_of_a_version_of_an_english_original(lang: str, expected: list[str]) -> None:
    assert labels.language_lines(lang, "en") == expected


def test_language_lines_of_a_french_original_in_english() -> None:
    assert labels.language_lines("en", "fr") == ["English", "Original: French"]


@pytest.mark.parametrize("lang", ["ar", "ru", "zh"])
def test_distribution_stays_in_english_in_ar_ru_zh(lang: str) -> None:
    assert labels.distribution_label("limited", lang) == "Distr.: Limited"


def test_distribution_in_french_and_spanish() -> None:
    assert labels.distribution_label("general", "fr") == "Distr. générale"
    assert labels.distribution_label("general", "es") == "Distr. general"


def test_job_line_letters() -> None:
    letters = {lang: labels.job_line("V.26-01966", lang)[-2] for lang in LANGUAGES}
    assert letters == {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
    assert labels.job_line("V.26-01966", "en") == "V.26-01966 (E)"


def test_unknown_language_is_named() -> None:
    with pytest.raises(labels.UnknownLanguageError, match="'de' is not a UN language"):
        labels.label("annex", "de")
