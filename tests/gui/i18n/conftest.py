"""Fixtures of the interface-language tests: compiled catalogues and a language switcher."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from agenda_editor.gui.language import LanguageManager
from tests.gui.i18n.ui_texts import load_script

#: The interface languages that have a catalogue (English is the source).
TRANSLATED = ("ar", "zh", "fr", "ru", "es")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled from translations/*.ts by the build script, once a session."""
    out = tmp_path_factory.mktemp("qm")
    load_script("build_translations").build(out)
    return out


@pytest.fixture
def languages(qapp: QApplication, qm_dir: Path) -> Iterator[LanguageManager]:
    """A language manager on the compiled catalogues; English again after the test."""
    manager = LanguageManager(qm_dir)
    yield manager
    manager.apply("en")
    QApplication.processEvents()
    manager.deleteLater()
