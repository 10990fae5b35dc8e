"""File > Open of a PDF made by Agenda Editor gives back its meeting, all language versions, as an
untitled import; a PDF made elsewhere is named as such and the open meeting stays."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from agenda_editor.core.model import Meeting
from agenda_editor.export.pdf import export_pdf
from agenda_editor.interchange import dumps_json
from tests import factories
from tests.export.six_languages import six_language_meeting


def test_a_pdf_of_ours_opens_as_its_meeting(make_window: Any, tmp_path: Path) -> None:
    meeting: Meeting = six_language_meeting()
    pdf = export_pdf(meeting, tmp_path / "last-year.pdf", lang="ru")
    window = make_window()
    assert window.files.open_path(pdf)
    assert window.document.path is None  # an import: Save asks for a session file
    opened = copy.deepcopy(window.document.meeting)
    assert opened.origin is not None and (opened.origin.kind, opened.origin.source) == (
        "pdf", "last-year.pdf",
    )  # fmt: skip
    opened.origin = None  # the rest is the meeting the PDF was made from
    assert dumps_json(opened) == dumps_json(meeting)
    assert window.files.suggested_path == tmp_path / "last-year.agenda"


def test_a_pdf_made_elsewhere_is_named_and_nothing_changes(
    make_window: Any, tmp_path: Path, no_real_dialogs: list[tuple[str, str]]
) -> None:
    letter = tmp_path / "letter.pdf"
    canvas = Canvas(str(letter))
    canvas.drawString(72, 720, "Not a meeting")
    canvas.save()
    before = letter.read_bytes()
    window = make_window(factories.sample_meeting())
    assert not window.files.open_path(letter)
    [(kind, text)] = no_real_dialogs
    assert kind == "critical"
    assert "“letter.pdf” was not made by Agenda Editor" in text
    assert window.document.meeting == factories.sample_meeting()
    assert letter.read_bytes() == before
