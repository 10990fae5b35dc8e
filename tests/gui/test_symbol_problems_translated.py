"""Why a symbol is malformed is said in the interface language, not only the sentence around it
(the Meeting page under the symbol field, the documents table's tooltip and status message)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.editor.documents import DocumentsTable
from agenda_editor.gui.language import LanguageManager
from agenda_editor.gui.meeting_page import MeetingPage
from tests import factories
from tests.gui.i18n.ui_texts import load_script


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    load_script("build_translations").build(out)
    return out


@pytest.fixture
def french(qapp: QApplication, catalogues: Path) -> Iterator[None]:
    manager = LanguageManager(catalogues)
    manager.apply("fr")
    yield
    manager.apply("en")
    QApplication.processEvents()
    manager.deleteLater()


def test_meeting_page_says_what_is_wrong_with_the_symbol_in_french(
    qtbot: QtBot, french: None
) -> None:
    meeting = factories.sample_meeting()
    meeting.symbol = "AB C/1"
    page = MeetingPage(MeetingDocument(meeting))
    qtbot.addWidget(page)
    assert page.symbol_problem.text() == "Cote non valide : elle contient des espaces."


def test_documents_table_says_what_is_wrong_with_a_symbol_in_french(
    qtbot: QtBot, french: None
) -> None:
    document = MeetingDocument(factories.sample_meeting())
    item = next(item for item in document.meeting.walk() if item.documents)
    item.documents[0].symbol = "AB C/1"
    table = DocumentsTable(document)
    qtbot.addWidget(table)
    table.set_item(item.id)
    cell = table.table.item(0, 0)
    assert cell is not None
    assert cell.toolTip() == "Cette cote est mal formée : elle contient des espaces."
    messages: list[str] = []
    table.status_message.connect(messages.append)
    cell.setText("CD E/2")
    assert messages == ["La cote CD E/2 est mal formée : elle contient des espaces."]


@pytest.mark.parametrize(
    ("symbol", "reason"),
    [
        ("A/64/1–B", "la partie 'B' n'a pas de parties séparées par des barres obliques"),
        ("A/64/1–B//2", "la partie 'B//2' comporte une partie vide entre deux barres obliques"),
        ("A/64/<1>", "elle contient des caractères que les cotes n'utilisent pas : < >"),
        ("A64", "elle n'a pas de parties séparées par des barres obliques"),
    ],
)
def test_every_reason_a_symbol_is_malformed_is_said_in_french(
    qtbot: QtBot, french: None, symbol: str, reason: str
) -> None:
    meeting = factories.sample_meeting()
    meeting.symbol = symbol
    page = MeetingPage(MeetingDocument(meeting))
    qtbot.addWidget(page)
    assert page.symbol_problem.text() == f"Cote non valide : {reason}."


def test_the_symbol_finding_gives_its_reason_in_french(french: None) -> None:
    from agenda_editor.core.rules import check
    from agenda_editor.gui.finding_texts import finding_text

    meeting = factories.sample_meeting()
    meeting.symbol = "A/64/1–B"
    finding = next(f for f in check(meeting) if f.code == "meeting-symbol")
    assert "the part 'B' has no slash-separated parts" in finding.message  # the CLI's English
    assert "la partie 'B' n'a pas de parties séparées" in finding_text(finding)
