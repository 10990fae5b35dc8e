"""Chinese headings and masthead look bold (issue 12): the one Chinese face has no bold, so its
glyphs are stroked as well as filled where the text is bold; they stay searchable text, and the
face is embedded once, subset."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from agenda_editor.core.model import Meeting
from agenda_editor.export import fonts, rich
from agenda_editor.export.pages import render_pages
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.rich import Span
from agenda_editor.export.stroke import EmboldeningCanvas
from tests.export.test_pdf import embedded_fonts

WORDS = "组织事项和工作安排"


def _ink(bold: bool) -> int:
    """Dark pixels of ``WORDS`` set at 14 pt, bold or not, in a PDF of our canvas."""
    style = ParagraphStyle("p", fontName=fonts.face_name(fonts.SERIF), fontSize=14, leading=18)
    markup = rich.to_markup([Span(WORDS, bold=bold)], "zh")
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(markup, style)], canvasmaker=EmboldeningCanvas)
    (page,) = render_pages(out.getvalue(), dpi=150)
    return sum(1 for blue in page.data[0::4] if blue < 128)


def test_bold_chinese_prints_heavier_than_regular() -> None:
    regular, bold = _ink(False), _ink(True)
    assert regular > 0
    assert bold > regular * 1.2, (regular, bold)


def test_the_bold_chinese_face_is_the_same_file_under_its_own_name() -> None:
    assert fonts.face_name(fonts.CJK, bold=True) == fonts.CJK_BOLD
    assert fonts.face_name(fonts.CJK, bold=True) != fonts.face_name(fonts.CJK)
    assert fonts.coverage(fonts.CJK) >= {"组", "说", "明"}


def _content(reader: PdfReader, page: int) -> str:
    return reader.pages[page].get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]


def test_chinese_headings_are_stroked_and_body_text_is_not(
    meeting6: Meeting, tmp_path: Path
) -> None:
    path = export_pdf(meeting6, tmp_path / "zh.pdf", lang="zh")
    reader = PdfReader(path)
    content = _content(reader, 0)
    assert " 2 Tr" in content  # the masthead, the title and the headings
    # The Chinese face is embedded as subsets only (ReportLab makes one per 256 glyphs), for
    # regular and bold alike: the PDF stays small.
    names = [name for name in embedded_fonts(reader) if "DroidSans" in name]
    assert names and all("+" in name for name in names), names
    assert path.stat().st_size < 250_000
    # The English version strokes nothing.
    english = PdfReader(export_pdf(meeting6, tmp_path / "en.pdf", lang="en"))
    assert " 2 Tr" not in _content(english, 0)


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="poppler absent",
)
def test_bold_chinese_stays_text(meeting6: Meeting, tmp_path: Path) -> None:
    path = export_pdf(meeting6, tmp_path / "zh.pdf", lang="zh")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    squeezed = "".join(text.split())
    assert "联合国" in squeezed  # the masthead, bold
    assert "临时议程" in squeezed  # the headings
    for item in meeting6.walk():
        assert "".join(item.title["zh"].split()) in squeezed
