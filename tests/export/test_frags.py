"""Paragraphs made from spans without the markup parser print what the parser's paragraphs
printed: the same fragments (face, size, rise, colour, text as ReportLab cleans it)."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from agenda_editor.export import fonts
from agenda_editor.export.frags import frags
from agenda_editor.export.rich import Span, to_markup
from agenda_editor.export.styles import Styles

CASES = [
    [Span(" a  b\tc d "), Span("  x ", bold=True), Span(" y")],
    [Span("\xa0a\u2003b  ", sup=True), Span(" ")],
    [Span("a\u200b b\xa0"), Span("\u200b")],
    [Span("a\u200b b  "), Span("\u200b  c")],
    [Span("<b>bold?</b> &amp; <img src='x'/> R&D"), Span("é ; ", fallback=True)],
    [Span("The report"), Span("1", sup=True, mark=1), Span("2", sup=True, mark=2), Span(".")],
    [Span("Symbol A/80/1 "), Span("قرار", italic=True), Span(" 中文，（报告）")],
    [Span("title", italic=True), Span(";"), Span(" ", sub=True), Span("")],
]


def _parsed(spans: list[Span], lang: str, merge: bool) -> list[dict[str, object]]:
    """The parser's fragments of the spans' markup, neighbours of one kind joined."""
    out: list[dict[str, object]] = []
    for frag in Paragraph(to_markup(spans, lang), _style(lang)).frags:
        here = dict(vars(frag))
        last = dict(out[-1]) if out else None
        if last is not None:
            last["text"] = here["text"]
        if merge and last == here and frag.fontName != fonts.NOTE_MARK:
            out[-1]["text"] = str(out[-1]["text"]) + frag.text
        else:
            out.append(here)
    return out


def _style(lang: str) -> ParagraphStyle:
    return Styles(lang, lang == "ar").body


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
@pytest.mark.parametrize("spans", CASES)
def test_fragments_are_the_parsers(spans: list[Span], lang: str) -> None:
    merge = lang != "zh"
    made = frags(spans, lang, _style(lang), merge=merge)
    assert made is not None
    assert [vars(f) for f in made] == _parsed(spans, lang, merge)


def test_text_with_line_breaks_goes_through_the_parser() -> None:
    assert frags([Span("one\ntwo")], "en", Styles("en", False).body) is None
