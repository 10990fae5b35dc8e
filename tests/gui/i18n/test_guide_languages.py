"""F1 opens the user guide in the interface language (issue 17): six guides shipped, each with
the sections and the keys of the English one; a language without one falls back to English."""

from __future__ import annotations

import re
from typing import Any

import pytest

from agenda_editor.gui import help as help_module
from agenda_editor.resources import resource_path
from tests.gui.i18n.conftest import TRANSLATED

#: The title each guide opens with (its <title>), as its window shows it.
TITLES = {
    "en": "Agenda Editor — user guide",
    "fr": "Agenda Editor — guide de l'utilisateur",
    "es": "Agenda Editor — guía del usuario",
    "ru": "Agenda Editor — руководство пользователя",
    "zh": "Agenda Editor 用户指南",
    "ar": "Agenda Editor — دليل المستخدم",
}
KEY = re.compile(r"<td>([^<]*(?:Ctrl|Alt|Shift|F\d)[^<]*)</td>")


def _guide(lang: str) -> str:
    return (resource_path("help") / f"guide-{lang}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_f1_opens_the_guide_of_the_interface_language(
    make_window: Any, languages: Any, lang: str
) -> None:
    languages.apply(lang)
    window = make_window()
    window.menus.help.guide_action.trigger()
    guide = window.menus.help.guide
    assert guide.browser.source().fileName() == f"guide-{lang}.html"
    assert guide.windowTitle() == TITLES[lang]
    text = guide.browser.toPlainText()
    assert "Ctrl+Shift+Return" in text
    assert "Cut, copy" not in text  # translated, not the English guide
    # Back in English, the open guide follows.
    languages.apply("en")
    assert guide.windowTitle() == TITLES["en"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_guide_has_the_sections_and_keys_of_the_english_one(lang: str) -> None:
    english, translated = _guide("en"), _guide(lang)
    anchors = re.findall(r'id="([a-z]+)"', english)
    assert re.findall(r'id="([a-z]+)"', translated) == anchors
    assert re.findall(r'href="#([a-z]+)"', translated) == re.findall(r'href="#([a-z]+)"', english)
    assert KEY.findall(translated) == KEY.findall(english)
    for key in ("Ctrl+F", "Ctrl+H", "Ctrl+J", "Ctrl+T", "Ctrl+E", "Shift+F7", "F1"):
        assert key in translated


def test_a_language_without_a_guide_falls_back_to_english() -> None:
    assert help_module.guide_path("xx").name == "guide-en.html"
    assert {help_module.guide_path(lang).name for lang in TRANSLATED} == {
        f"guide-{lang}.html" for lang in TRANSLATED
    }
