"""Text is encoded for drawing a line at a time (``fonts._CodedFont``): the codes, subsets and
runs must be exactly those of ReportLab's character-by-character ``TTFont.splitString``, or
the PDF would draw other glyphs or map them to other text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agenda_editor.export import fonts

#: Latin, a no-break space, Cyrillic, Arabic, Chinese (hundreds of subsets in the CJK face),
#: private-use codes (Arabic glyph aliases) and characters no bundled font has.
_CHARS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x17F),
    st.just("\u00a0"),
    st.characters(min_codepoint=0x400, max_codepoint=0x44F),
    st.characters(min_codepoint=0x621, max_codepoint=0x64A),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.characters(min_codepoint=0xE000, max_codepoint=0xE010),
    st.sampled_from("\u2603\U0001f600\u0000"),
)


class _Doc:
    """A stand-in for ReportLab's PDF document, which a font keeps its subsets per."""


@settings(max_examples=60, deadline=None)
@given(
    family=st.sampled_from([fonts.SERIF, fonts.ARABIC, fonts.CJK]),
    lines=st.lists(st.text(_CHARS, max_size=60), min_size=1, max_size=12),
)
def test_lines_get_the_codes_reportlab_gives_them(family: str, lines: list[str]) -> None:
    font = pdfmetrics.getFont(fonts.face_name(family))
    ours, theirs = _Doc(), _Doc()
    for line in lines:
        assert font.splitString(line, ours) == TTFont.splitString(font, line, theirs)
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert font.state[ours].subsets == font.state[theirs].subsets
    assert font.state[ours].nextCode == font.state[theirs].nextCode


def test_a_code_point_given_a_glyph_later_is_drawn_with_it() -> None:
    # tounicode gives private-use codes to shaped Arabic glyphs as it meets them: a code drawn
    # as .notdef before must not stay .notdef once it has a glyph.
    font = pdfmetrics.getFont(fonts.face_name(fonts.ARABIC))
    code = 0xF000
    assert code not in font.face.charToGlyph
    doc = _Doc()
    assert font.splitString(chr(code), doc) == [(0, b"\0")]
    font.face.charToGlyph[code] = font.face.charToGlyph[ord("a")]
    try:
        assert font.splitString(chr(code), doc) == TTFont.splitString(font, chr(code), _Doc())
        assert font.splitString(chr(code), doc) != [(0, b"\0")]
    finally:
        del font.face.charToGlyph[code]


def test_a_line_across_several_subsets_is_drawn_in_runs() -> None:
    # The first subset holds about 220 characters: past it a line switches subsets.
    font = pdfmetrics.getFont(fonts.face_name(fonts.CJK))
    ideographs = "".join(map(chr, range(0x5000, 0x5000 + 600)))
    lines = [ideographs, f"{ideographs[590:]} {ideographs[:3]}a{ideographs[300:303]}", "x"]
    ours, theirs = _Doc(), _Doc()
    for line in lines:
        runs = font.splitString(line, ours)
        assert runs == TTFont.splitString(font, line, theirs)
    assert len({subset for subset, _ in font.splitString(lines[1], ours)}) == 3
