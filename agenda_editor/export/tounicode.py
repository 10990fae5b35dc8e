"""Searchable Arabic: every shaped glyph maps back to the text it was shaped from.

HarfBuzz turns Arabic letters into contextual glyphs (initial, medial, final forms, ligatures)
that have no character of their own in the font's cmap; ReportLab gives each such glyph a code in
the Private Use Area and writes that code into the font's ``/ToUnicode`` map, so text extraction,
search, copy and paste and screen readers got nothing but the few isolated letters.

:func:`shaped` shapes a run as ReportLab does and works out, from HarfBuzz's clusters, which
source characters each private-use glyph stands for (a lam-alef ligature: both letters; the
second piece of a letter drawn in two: nothing). A glyph that stands for different text in
different words is drawn under an alias code (the same glyph, another code). :func:`install`
makes ReportLab write those texts into the ``/ToUnicode`` maps. Text then comes out in logical
order from extractors that order right-to-left lines (poppler's ``pdftotext``, PDF readers).

Kerning is not applied to Arabic runs: HarfBuzz expresses it with glyph offsets that extractors
read as gaps between words ("الفر يق"), and Amiri's joined letters need little of it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import uharfbuzz
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

__all__ = ["install", "shaped", "source_text"]

_FEATURES = {"kern": False, "liga": True, "dlig": True}
_PRIVATE = range(0xE000, 0xF900)

#: Per font face (as named in the PDF, without the subset tag): private code -> source text.
_SOURCES: dict[str, dict[int, str]] = {}
#: Per font face: (glyph, text) -> the private code that draws the glyph for that text.
_ALIASES: dict[str, dict[tuple[int, str], int]] = {}

_HB_FONTS: dict[int, Any] = {}

_original_cmap = ttfonts.makeToUnicodeCMap


def _face_key(font_name: str) -> str:
    face = pdfmetrics.getFont(font_name).face
    return str((face.name + face.subfontNameX).decode("pdfdoc"))


def shaped(text: str, font_name: str, size: float) -> str:
    """``text`` shaped in the font (a :class:`ShapedStr`, or ``text`` itself when shaping
    changes nothing), each glyph drawn with a code that maps to its source text."""
    width = pdfmetrics.stringWidth(text, font_name, size)
    bag = ABag(fontName=font_name, fontSize=size)
    result = shapeFragWord([width, (bag, text)], features=_FEATURES)[1][1]
    if not (isinstance(result, ShapedStr) and result.__shapeData__):
        return str(result)
    font = pdfmetrics.getFont(font_name)
    key = _face_key(font_name)
    sources = _SOURCES.setdefault(key, {})
    codes = [ord(char) for char in result]
    for n, wanted in enumerate(_wanted(text, result, codes, font)):
        code = codes[n]
        if code not in _PRIVATE and wanted == chr(code):
            continue  # an ordinary character: the font's own mapping is right
        if code not in _PRIVATE or sources.setdefault(code, wanted) != wanted:
            codes[n] = _alias(font.face, key, code, wanted)
    return ShapedStr("".join(map(chr, codes)), shapeData=result.__shapeData__)


def _wanted(text: str, result: ShapedStr, codes: list[int], font: Any) -> list[str]:
    """The source text each glyph of ``result`` stands for, from HarfBuzz's clusters.

    A cluster's text goes to its letter glyph (an inserted kashida stands for U+0640); a mark
    (a glyph that does not advance) is folded into the letter it sits on, which HarfBuzz lists
    after it in a right-to-left run, so that extractors do not read it as a word of its own.
    """
    data = result.__shapeData__[: len(codes)]
    wanted = [chr(code) if code not in _PRIVATE else "" for code in codes]
    starts = sorted({d.cluster for d in data if 0 <= d.cluster <= len(text)})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    members: dict[int, list[int]] = {}  # cluster -> positions of its glyphs
    for position, d in enumerate(data):
        if d.cluster in ends:
            members.setdefault(d.cluster, []).append(position)
    for cluster, positions in members.items():
        source = text[cluster : ends[cluster]]
        private = []
        for n in positions:
            if codes[n] not in _PRIVATE:
                source = source.replace(chr(codes[n]), "", 1)
            elif _glyph_name(font, codes[n]).startswith("uni0640") and "\u0640" not in source:
                wanted[n] = "\u0640"
            else:
                private.append(n)
        if private:
            wanted[private[0]] = source
    marks: list[int] = []
    for n, d in enumerate(data):
        if d.x_advance == 0 and wanted[n] and all(unicodedata.combining(c) for c in wanted[n]):
            marks.append(n)
        elif marks:
            wanted[n] = "".join(wanted[m] for m in marks) + wanted[n]
            for m in marks:
                wanted[m] = ""
            marks = []
    return wanted


def _glyph_name(font: Any, code: int) -> str:
    hb_font = _HB_FONTS.get(id(font))
    if hb_font is None:
        hb_font = _HB_FONTS[id(font)] = uharfbuzz.Font(font.hbFace)
    return str(hb_font.glyph_to_string(font.face.charToGlyph[code]))


def _alias(face: Any, key: str, code: int, text: str) -> int:
    """A private code that draws the same glyph as ``code`` and stands for ``text``."""
    glyph = face.charToGlyph[code]
    aliases = _ALIASES.setdefault(key, {})
    alias = aliases.get((glyph, text))
    if alias is None:
        alias = _PRIVATE[-1]
        while alias in face.charToGlyph:  # ReportLab counts up from the start of the area
            alias -= 1
        face.charToGlyph[alias] = glyph
        face.charWidths[alias] = face.charWidths[code]
        aliases[(glyph, text)] = alias
        _SOURCES[key][alias] = text
    return alias


def source_text(font_name: str, code: int) -> str | None:
    """The text a private-use code of the font stands for (``None``: not one of ours)."""
    return _SOURCES.get(_face_key(font_name), {}).get(code)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ``/ToUnicode`` CMap of a subset, private codes mapped to their text."""
    cmap = str(_original_cmap(fontname, subset))
    sources = _SOURCES.get(fontname.split("+", 1)[-1])
    if not sources:
        return cmap
    lines = cmap.split("\n")
    where = {line: n for n, line in enumerate(lines)}
    for index, code in enumerate(subset):
        text = sources.get(code)
        if text is not None:
            lines[where[f"<{index:02X}> <{code:04X}>"]] = f"<{index:02X}> <{_utf16_hex(text)}>"
    return "\n".join(lines)


def install() -> None:
    """Make ReportLab write the glyphs' texts into ``/ToUnicode`` maps (idempotent)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
