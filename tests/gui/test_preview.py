"""Print preview and printing in the real window: the real PDF's pages, kept up to date after
edits without blocking typing, in the language version shown; File > Print through Qt's print
dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from agenda_editor.export import pages
from agenda_editor.gui import preview as preview_module
from agenda_editor.gui.commands.texts import SetItemTitleCommand
from tests import factories


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview_module, "DELAY_MS", 50)


def open_preview(window, qtbot):
    window.resize(1400, 900)
    window.show()
    window.menus.preview.preview_action.trigger()
    widget = window.menus.preview.widget
    qtbot.waitUntil(lambda: widget.page_count() > 0, timeout=20000)
    return widget


def test_the_preview_shows_the_pages_of_the_real_pdf(window, qtbot, fast) -> None:
    widget = open_preview(window, qtbot)
    expected = pages.page_count(pages.document_pdf(factories.sample_meeting(), "en"))
    assert widget.page_count() == expected > 1
    assert widget.status.text() == f"{expected} pages in English, as they will print"
    labels = [widget.pages_layout.itemAt(i).widget() for i in range(widget.pages_layout.count())]
    assert len(labels) == expected
    assert all(not label.pixmap().isNull() for label in labels)
    # A page of A4 is taller than wide, and has ink on it.
    first = widget.images[0]
    assert first.height() > first.width()
    assert any(first.pixel(x, y) != 0xFFFFFFFF for x in range(0, first.width(), 7) for y in (200,))


def test_the_preview_follows_edits_a_moment_later_without_blocking(window, qtbot, fast) -> None:
    widget = open_preview(window, qtbot)
    before = widget.shown_generation
    image_before = widget.images[0].copy()
    long_title = "A much longer title " * 12
    window.document.push(SetItemTitleCommand(window.document, "org", "en", long_title))
    # The edit is done at once; the preview catches up after the pause.
    assert window.document.meeting.item("org").title["en"] == long_title
    assert widget.shown_generation == before
    qtbot.waitUntil(lambda: widget.shown_generation > before, timeout=20000)
    assert widget.images[0] != image_before


def test_the_preview_shows_the_version_chosen(window, qtbot, fast) -> None:
    widget = open_preview(window, qtbot)
    window.document.set_language("fr")
    qtbot.waitUntil(lambda: widget.lang == "fr", timeout=20000)
    assert widget.status.text().endswith("in French, as they will print")


def test_print_sends_the_pages_to_the_printer(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    chosen: list[tuple[int, int]] = []

    class Accepting:
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            self.printer = printer

        def setMinMax(self, low: int, high: int) -> None:
            chosen.append((low, high))

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview_module, "QPrintDialog", Accepting)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert window.menus.preview.print_action.shortcut().toString() == "Ctrl+P"
    assert window.menus.preview.print_document(printer)
    expected = pages.page_count(pages.document_pdf(factories.sample_meeting(), "en"))
    assert chosen == [(1, expected)]
    assert len(PdfReader(target).pages) == expected
    assert window.statusBar().currentMessage() == f"Sent {expected} pages to the printer."


def test_a_cancelled_print_prints_nothing(window, tmp_path: Path, monkeypatch) -> None:
    class Cancelling:
        def __init__(self, *_args: object) -> None:
            pass

        def setMinMax(self, *_args: int) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(preview_module, "QPrintDialog", Cancelling)
    printer = QPrinter()
    printer.setOutputFileName(str(tmp_path / "none.pdf"))
    assert not window.menus.preview.print_document(printer)
    assert not (tmp_path / "none.pdf").exists()
