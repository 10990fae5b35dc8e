"""Right-to-left lines: word order, a Latin symbol's place, the full stop, footnote markers."""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle

from agenda_editor.export import fonts
from agenda_editor.export.rich import Span
from agenda_editor.export.rtl import RtlParagraph, _visual_segments

STYLE = ParagraphStyle(
    "t", fontName=fonts.face_name(fonts.ARABIC), fontSize=12, leading=17, alignment=TA_JUSTIFY
)


def visual_lines(spans: list[Span], width: float = 1000) -> list[list[str]]:
    """Each line's drawn pieces from left to right (spaces left out)."""
    fonts.register()
    paragraph = RtlParagraph(spans, STYLE)
    paragraph.wrap(width, 10_000)
    return [
        [p.text for p in _visual_segments(line, paragraph._space()) if not p.text.isspace()]
        for line in paragraph._lines or []
    ]


def test_words_run_from_right_to_left_and_the_full_stop_is_at_the_left() -> None:
    [line] = visual_lines([Span("نظر المؤتمر في التقرير.")])
    assert line[0] == "."
    assert line[1:] == ["التقرير", "في", "المؤتمر", "نظر"]  # last word leftmost, letters logical


def test_a_latin_symbol_keeps_its_place_and_order() -> None:
    [line] = visual_lines([Span("انظر الوثيقة (CTOC/COP/2008/16) والمرفق.")])
    assert line == [".", "والمرفق", "(", "CTOC/COP/2008/16", ")", "الوثيقة", "انظر"]


def test_footnote_marker_follows_a_latin_symbol_in_reading_order() -> None:
    spans = [Span("أبلغت عنها الدول (A/64/123)"), Span("2", sup=True, mark=2), Span("، وقد يود")]
    [line] = visual_lines(spans)
    # Reading from the right: ... الدول (A/64/123) ² ، وقد يود
    assert line.index("A/64/123") > line.index("2") > line.index("،")
    assert line[-1] == "أبلغت"


def test_lines_break_in_logical_order() -> None:
    vocabulary = ["الفريق", "العامل", "المؤتمر", "التقرير", "الدول", "المساعدة", "التقنية"]
    words = [vocabulary[n % len(vocabulary)] for n in range(40)]
    lines = visual_lines([Span(" ".join(words))], width=200)
    assert len(lines) > 2
    assert lines[0][-1] == words[0]  # the first word starts the first line, at the right
    assert lines[1][-1] == words[len(lines[0])]
    assert [w for line in lines for w in reversed(line)] == words


def test_split_keeps_every_line() -> None:
    fonts.register()
    words = " ".join(f"كلمة{n}" for n in range(120))
    paragraph = RtlParagraph([Span(words)], STYLE)
    _, height = paragraph.wrap(200, 10_000)
    head, rest = paragraph.split(200, height / 2)
    head.wrap(200, 10_000)
    rest.wrap(200, 10_000)
    assert head._lines is not None and rest._lines is not None and paragraph._lines is not None
    assert len(head._lines) + len(rest._lines) == len(paragraph._lines)
