"""Paragraphs of several fragments (footnote markers, bold and italic runs) are broken into the
very lines ReportLab breaks them into: the same words on the same lines, with the same widths
and justification counts, the same pieces when a paragraph is split across pages, and the same
lines again when a paragraph already broken once is wrapped to another width."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from agenda_editor.export import fonts, wrapped
from agenda_editor.export.frags import frags
from agenda_editor.export.rich import Span
from agenda_editor.export.styles import Styles
from agenda_editor.export.wrapped import Para

fonts.register()
STYLES = Styles("en", False)
#: Styles of different indents, alignments and sizes, with the bullet each is set with.
STYLED: list[tuple[ParagraphStyle, str | None]] = [
    (STYLES.body, None),
    (STYLES.note, None),
    (STYLES.sub_paragraph, "(b)"),
    (STYLES.agenda_line(2), "12."),
    (STYLES.heading, None),
]


def _frag(frag: Any) -> dict[str, Any]:
    return dict(vars(frag))


def _lines(paragraph: Paragraph) -> list[dict[str, Any]]:
    out = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # a paragraph of one fragment: (space left, words)
            out.append({"line": line})
            continue
        seen = dict(vars(line))
        seen["words"] = [_frag(word) for word in line.words]
        out.append(seen)
    return out


def _words(paragraph: Paragraph) -> list[Any]:
    """The paragraph's fragments: after breaking, ReportLab's list of words."""
    out: list[Any] = []
    for word in paragraph.frags:
        if isinstance(word, list):
            out.append((type(word).__name__, word[0], [(_frag(f), t) for f, t in word[1:]]))
        else:
            out.append(_frag(word))
    return out


def _seen(paragraph: Paragraph) -> dict[str, Any]:
    lines = paragraph.blPara
    return {
        "paragraph": {k: v for k, v in vars(lines).items() if k != "lines"},
        "lines": _lines(paragraph),
        "words": _words(paragraph),
        "size": (paragraph.width, paragraph.height),
        "widest": paragraph._width_max,
        "widths": paragraph._wrapWidths,
    }


def _pair(spans: list[Span], style: ParagraphStyle, bullet: str | None) -> tuple[Any, Any]:
    """A paragraph of ours and ReportLab's own, of the same fragments."""
    ours = frags(spans, "en", style)
    theirs = frags(spans, "en", style)
    assert ours is not None and theirs is not None
    text = "".join(s.text for s in spans)
    return Para(text, style, bullet, frags=ours), Paragraph(text, style, bullet, frags=theirs)


def assert_same_lines(
    spans: list[Span], style: ParagraphStyle, bullet: str | None, width: float, height: float
) -> None:
    ours, theirs = _pair(spans, style, bullet)
    assert ours.wrap(width, height) == theirs.wrap(width, height)
    assert _seen(ours) == _seen(theirs)
    # wrapped again to another width: ReportLab breaks its list of words this time
    assert ours.wrap(width * 0.8, height) == theirs.wrap(width * 0.8, height)
    assert _seen(ours) == _seen(theirs)
    ours_parts = ours.split(width, height)
    theirs_parts = theirs.split(width, height)
    assert len(ours_parts) == len(theirs_parts)
    for mine, its in zip(ours_parts, theirs_parts, strict=True):
        assert _words(mine) == _words(its)
        assert mine.wrap(width, 10_000) == its.wrap(width, 10_000)
        assert _seen(mine) == _seen(its)


SENTENCE = (
    "The Working Group will have before it a note by the Secretariat on the implementation "
    "of resolution 9/1 (CTOC/COP/WG.9/2026/2), prepared pursuant to paragraph 14"
)
CASES = [
    [Span(SENTENCE), Span("1", sup=True, mark=1), Span(". It will also consider the report.")],
    [Span("Bold", bold=True), Span(" and "), Span("italic", italic=True), Span(" words " * 30)],
    [Span("word"), Span("2", sup=True, mark=2), Span("3", sup=True, mark=3), Span(" next " * 9)],
    [Span("[not translated] ", italic=True, fallback=True), Span(SENTENCE, fallback=True)],
    [Span("  lead"), Span(" ", bold=True), Span("  "), Span("tail  "), Span("x", sub=True)],
    [Span("A" * 90), Span(" overlong word", italic=True)],  # wider than a line: ReportLab's
    [Span("no\xa0break\xa0space  "), Span("thin\u2009space", bold=True), Span(" end")],
    # one fragment
    [Span(SENTENCE + " " + SENTENCE)],
    [Span("  " + SENTENCE + "\xa0and\xa0more ", italic=True)],
    [Span("A" * 90 + " word")],
    [Span("   ")],
]


@pytest.mark.parametrize("width", [60, 150, 260, 420])
@pytest.mark.parametrize(("style", "bullet"), STYLED)
@pytest.mark.parametrize("spans", CASES)
def test_lines_are_reportlabs(
    spans: list[Span], style: ParagraphStyle, bullet: str | None, width: float
) -> None:
    assert_same_lines(spans, style, bullet, width, 40)


#: Fragment texts as no span makes them (ReportLab's cleaning would make the thin spaces plain
#: ones): words whose first or last piece is empty.
RAW = [
    ["ab\xa0c d\u2009", "1", " e f g h", "2", "\u2009ij k"],
    ["abc\xa0x\u2009", "1", " next words\xa0here", "2", "\u2009end"],
    ["\u2009lead\xa0", "3", "\u2009", "tail\u2009\xa0", "4", " more " * 12],
]


@pytest.mark.parametrize("width", range(10, 130, 3))
@pytest.mark.parametrize("texts", RAW)
def test_fragments_of_any_text_break_as_reportlab_breaks_them(
    texts: list[str], width: float
) -> None:
    made = frags([Span("x"), Span("1", sup=True, mark=1)], "en", STYLES.cell)
    assert made is not None
    kinds = made[0], made[1]  # plain text, a footnote marker
    pairs = [[kinds[n % 2].clone(text=t) for n, t in enumerate(texts)] for _ in range(2)]
    ours = Para("", STYLES.cell, frags=pairs[0])
    theirs = Paragraph("", STYLES.cell, frags=pairs[1])
    assert ours.wrap(width, 100) == theirs.wrap(width, 100)
    assert _seen(ours) == _seen(theirs)


@pytest.mark.parametrize(
    ("breaker", "spans", "kind"),
    [("break_frag_lines", CASES[0], 1), ("break_word_lines", [Span(SENTENCE)], 0)],
)
def test_paragraphs_are_broken_here(
    monkeypatch: pytest.MonkeyPatch, breaker: str, spans: list[Span], kind: int
) -> None:
    """The comparisons above compare this module's lines, not ReportLab's with themselves."""
    calls: list[int] = []
    breaks = getattr(wrapped, breaker)

    def counted(*args: Any) -> Any:
        calls.append(1)
        return breaks(*args)

    monkeypatch.setattr(wrapped, breaker, counted)
    ours, _ = _pair(spans, STYLES.body, None)
    ours.wrap(300, 1000)
    assert calls
    assert ours.blPara.kind == kind


_WORD = st.text(alphabet="aeiouxyzABC.,;()/-0123456789éß", min_size=0, max_size=14)
_SPACE = st.sampled_from([" ", "  ", "", "\t", "\xa0", "\u2009", " \n"[0]])


@st.composite
def _span(draw: st.DrawFn) -> Span:
    if draw(st.integers(0, 5)) == 0:
        return Span(str(draw(st.integers(1, 120))), sup=True, mark=draw(st.integers(1, 120)))
    parts = draw(st.lists(st.tuples(_WORD, _SPACE), min_size=1, max_size=12))
    text = "".join(w + s for w, s in parts)
    if draw(st.booleans()):
        text = draw(_SPACE) + text
    return Span(
        text, bold=draw(st.booleans()), italic=draw(st.booleans()),
        sup=draw(st.integers(0, 7)) == 0, sub=draw(st.integers(0, 9)) == 0,
        fallback=draw(st.integers(0, 5)) == 0,
    )  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    spans=st.lists(_span(), min_size=1, max_size=8),
    styled=st.sampled_from(STYLED),
    width=st.floats(30, 480),
    height=st.floats(0, 120),
)
def test_random_paragraphs_break_as_reportlab_breaks_them(
    spans: list[Span], styled: tuple[ParagraphStyle, str | None], width: float, height: float
) -> None:
    style, bullet = styled
    assert_same_lines(spans, style, bullet, width, height)
