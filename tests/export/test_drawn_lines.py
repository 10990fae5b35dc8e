"""Paragraphs are drawn into the very operators ReportLab draws them into: the same text, fonts,
positions, word spacing, colours and rises, for paragraphs of one fragment and of several, with
bullets, justified and left-aligned, whole and split across pages."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable

from agenda_editor.export import drawn, fonts
from agenda_editor.export.frags import frags
from agenda_editor.export.rich import Span
from agenda_editor.export.stroke import EmboldeningCanvas
from agenda_editor.export.wrapped import Para
from tests.export.test_wrapped_lines import CASES, SENTENCE, STYLED, STYLES, _span

fonts.register()


def _drawn(spans: list[Span], style: ParagraphStyle, bullet: str | None, width: float,
           ours: bool) -> tuple[list[str], list[Any]]:  # fmt: skip
    """The canvas's operators after drawing the paragraph (and its parts after a split), with
    this module or with ReportLab's own ``drawOn``, and the canvas's state after drawing."""
    canvas = EmboldeningCanvas(io.BytesIO())
    canvas.setFont(fonts.face_name(fonts.SERIF), 12)  # as a page's decoration leaves it
    made = frags(spans, "en", style)
    assert made is not None
    para = Para("".join(s.text for s in spans), style, bullet, frags=made)
    parts = para.split(width, 30) or [para]
    states: list[Any] = []
    for y, part in enumerate(parts):
        part.wrap(width, 10_000)
        if ours:
            part.drawOn(canvas, 72, 700 - 100 * y, 5)
        else:
            Flowable.drawOn(part, canvas, 72, 700 - 100 * y, 5)
        state = {name: getattr(canvas, name) for name in canvas.STATE_ATTRIBUTES}
        state["_extgstate"] = dict(canvas._extgstate._d)
        states.append(state)
        states.append(hasattr(part, "canv"))
    states.append(canvas._doc._pdfVersion)
    return canvas._code, states


def assert_drawn_as_reportlab(
    spans: list[Span], style: ParagraphStyle, bullet: str | None, width: float
) -> None:
    assert _drawn(spans, style, bullet, width, True) == _drawn(spans, style, bullet, width, False)


@pytest.mark.parametrize("width", [60, 150, 260, 420])
@pytest.mark.parametrize(("style", "bullet"), STYLED)
@pytest.mark.parametrize("spans", CASES)
def test_paragraphs_are_drawn_as_reportlab_draws_them(
    spans: list[Span], style: ParagraphStyle, bullet: str | None, width: float
) -> None:
    assert_drawn_as_reportlab(spans, style, bullet, width)


def test_a_coloured_first_indented_paragraph_is_drawn_as_reportlab_draws_it() -> None:
    style = ParagraphStyle(
        "indented", parent=STYLES.body, firstLineIndent=18, textColor=Color(0.2, 0.4, 0.6),
        justifyLastLine=3,
    )  # fmt: skip
    for spans in CASES:
        for width in (90, 200, 380):
            assert_drawn_as_reportlab(spans, style, "1.", width)


@pytest.mark.parametrize(("spans", "kind"), [([Span(SENTENCE)], 0), (CASES[0], 1), (CASES[1], 1)])
def test_body_paragraphs_are_drawn_here(
    monkeypatch: pytest.MonkeyPatch, spans: list[Span], kind: int
) -> None:
    """The comparisons above compare this module's drawing, not ReportLab's with itself."""
    drawn_here: list[bool] = []
    draw = drawn.draw_on

    def counted(*args: Any) -> bool:
        drawn_here.append(draw(*args))
        return drawn_here[-1]

    monkeypatch.setattr("agenda_editor.export.wrapped.draw_on", counted)
    for style, bullet in STYLED:
        made = frags(spans, "en", style)
        para = Para(SENTENCE, style, bullet, frags=made)
        para.wrap(300, 1000)
        assert para.blPara.kind == kind
        para.drawOn(EmboldeningCanvas(io.BytesIO()), 0, 0)
    assert drawn_here == [style.alignment in drawn._ALIGNED for style, _ in STYLED]
    assert any(drawn_here)


def test_centred_and_emboldened_text_is_left_to_reportlab() -> None:
    centred = ParagraphStyle("centred", parent=STYLES.body, alignment=1)
    chinese = ParagraphStyle("bold", parent=STYLES.body, fontName=fonts.CJK_BOLD)
    fonts.face_name(fonts.CJK)
    for style in (centred, chinese):
        para = Para(SENTENCE, style)
        para.wrap(300, 1000)
        assert not drawn.draw_on(para, EmboldeningCanvas(io.BytesIO()), 0, 0)
        assert_drawn_as_reportlab([Span(SENTENCE)], style, None, 300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    spans=st.lists(_span(), min_size=1, max_size=8),
    styled=st.sampled_from(STYLED),
    width=st.floats(30, 480),
)
def test_random_paragraphs_are_drawn_as_reportlab_draws_them(
    spans: list[Span], styled: tuple[ParagraphStyle, str | None], width: float
) -> None:
    style, bullet = styled
    assert_drawn_as_reportlab(spans, style, bullet, width)


def test_text_beyond_a_fonts_first_subset_is_drawn_as_reportlab_draws_it() -> None:
    """A font's first 256 codes go to the characters met first; the rest are drawn from
    further subsets, each chosen with its own font operator."""
    serif = fonts.coverage(fonts.SERIF)
    letters = [c for c in map(chr, range(0x21, 0x530)) if c in serif and c.isalpha()]
    assert len(letters) > 400
    words = ["".join(letters[n : n + 7]) for n in range(0, len(letters), 7)]
    text = " ".join(words)
    for spans in ([Span(text)], [Span(text[:900]), Span("1", sup=True, mark=1), Span(text[900:])]):
        for width in (150, 420):
            assert_drawn_as_reportlab(spans, STYLES.body, None, width)
