"""Fixtures of the interface-language tests: compiled catalogues and a language switcher."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from agenda_editor.gui.language import LanguageManager
from tests.gui.i18n.ui_texts import load_script

#: PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a Qt method
#: that returns nothing (``setText``...); ``None`` is not immortal before Python 3.12, so a long
#: test session ends in "Fatal Python error: none_dealloc". These tests retranslate whole
#: windows many times: holding extra references keeps ``None`` alive for the session. The real
#: fix is a PySide6 other than 6.12.0 (6.11.3 is not affected) or Python 3.12+.
_NONE_BALLAST = [None] * 4_000_000

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
