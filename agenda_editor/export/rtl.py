"""Right-to-left paragraphs (Arabic): line breaking, bidi reordering, shaping and drawing.

ReportLab's own bidi pass needs ``rlbidi``, which is not available; this flowable does the work
itself: it breaks the logical text into lines by the shaped width of each word, runs the Unicode
bidi algorithm (python-bidi) on every line with a right-to-left base direction, and draws the
visual runs from the right. Arabic runs are given back to HarfBuzz (ReportLab's shaping) in
logical order, so letters join; Latin runs (document symbols) keep their order and their place
in the sentence, and a sentence's final full stop ends up at the left.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from bidi import algorithm as bidi_algorithm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from agenda_editor.export import fonts, tounicode
from agenda_editor.export.rich import FALLBACK_COLOR, Span

tounicode.install()  # shaped glyphs carry their text: the Arabic PDF is searchable

RLM = "\u200f"
_INVISIBLE = {"\u200e", "\u200f"}


@dataclass(frozen=True)
class Piece:
    """Text in one face, size and position (``rise`` for superscripts)."""

    text: str
    font: str
    size: float
    rise: float
    color: str
    mark: int | None = None


@dataclass
class _Word:
    pieces: list[Piece] = field(default_factory=list)

    def width(self) -> float:
        return sum(_width(p.text, p.font, p.size) for p in self.pieces)


def _is_arabic(char: str) -> bool:
    code = ord(char)
    if 0x0660 <= code <= 0x0669 or 0x06F0 <= code <= 0x06F9:
        return False  # digits keep their left-to-right order
    return (
        0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F
        or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
    )  # fmt: skip


@lru_cache(maxsize=50_000)
def _shaped(text: str, font: str, size: float) -> str:
    if any(_is_arabic(c) for c in text) and pdfmetrics.getFont(font).shapable:
        return tounicode.shaped(text, font, size)
    return text


@lru_cache(maxsize=50_000)
def _width(text: str, font: str, size: float) -> float:
    text = "".join(c for c in text if c not in _INVISIBLE)
    shaped = _shaped(text, font, size)
    if isinstance(shaped, ShapedStr):
        return sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    return pdfmetrics.stringWidth(text, font, size)


def spans_to_pieces(spans: list[Span], style: ParagraphStyle, lang: str = "ar") -> list[Piece]:
    pieces = []
    for span in spans:
        size = style.fontSize * (0.65 if span.sup or span.sub else 1)
        rise = style.fontSize * (0.38 if span.sup else -0.15 if span.sub else 0)
        color = FALLBACK_COLOR if span.fallback else "#000000"
        if span.mark is not None:
            # A right-to-left mark before the number keeps it after the preceding word in
            # reading order, even after a Latin symbol (it is not drawn).
            marker = RLM + str(span.mark)
            pieces.append(Piece(marker, fonts.NOTE_MARK, size, rise, color, span.mark))
            continue
        for family, text in fonts.font_runs(span.text, lang):
            face = fonts.face_name(family, span.bold, span.italic)
            pieces.append(Piece(text, face, size, rise, color))
    return pieces


def _words(pieces: list[Piece]) -> list[_Word]:
    words = [_Word()]
    for piece in pieces:
        for n, part in enumerate(re.split(r"\s+", piece.text)):
            if n > 0 and words[-1].pieces:
                words.append(_Word())
            if part:
                words[-1].pieces.append(
                    Piece(part, piece.font, piece.size, piece.rise, piece.color, piece.mark)
                )
    return [w for w in words if w.pieces]


def _visual_segments(line: list[_Word], space: Piece) -> list[Piece]:
    """The line's pieces in visual order, left to right, ready to draw."""
    chars: list[tuple[str, int]] = []  # (char, index of its piece)
    pieces: list[Piece] = []
    for n, word in enumerate(line):
        if n:
            pieces.append(space)
            chars.append((" ", len(pieces) - 1))
        for piece in word.pieces:
            pieces.append(piece)
            chars.extend((c, len(pieces) - 1) for c in piece.text)
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1
    storage["base_dir"] = "R"
    bidi_algorithm.get_embedding_levels("".join(c for c, _ in chars), storage)
    for info, (_, owner) in zip(storage["chars"], chars, strict=True):
        info["piece"] = owner
    for step in (
        bidi_algorithm.explicit_embed_and_overrides,
        bidi_algorithm.resolve_weak_types,
        bidi_algorithm.resolve_neutral_types,
        bidi_algorithm.resolve_implicit_levels,
        bidi_algorithm.reorder_resolved_levels,
        bidi_algorithm.apply_mirroring,
    ):
        step(storage, False)
    segments: list[tuple[int, bool, bool, list[str]]] = []  # piece, rtl, arabic, chars
    for info in storage["chars"]:
        rtl = info["level"] % 2 == 1
        arabic = rtl and _is_arabic(info["ch"])
        key = (info["piece"], rtl, arabic)
        if segments and segments[-1][:3] == key:
            segments[-1][3].append(info["ch"])
        else:
            segments.append((*key, [info["ch"]]))
    out: list[Piece] = []
    for owner, _rtl, arabic, seg_chars in segments:
        seg_chars = [c for c in seg_chars if c not in _INVISIBLE]
        if not seg_chars:
            continue
        text = "".join(reversed(seg_chars) if arabic else seg_chars)
        out.append(replace_text(pieces[owner], text))
    return out


def replace_text(piece: Piece, text: str) -> Piece:
    return Piece(text, piece.font, piece.size, piece.rise, piece.color, piece.mark)


class RtlParagraph(Flowable):
    """A right-to-left paragraph of spans, set by the style's size, leading and indents.

    ``style.leftIndent`` is the indent at the start of the line (the right), ``rightIndent``
    at its end, ``firstLineIndent`` as in ReportLab (negative for a hanging label). A
    ``bullet`` (a list label: "1.", "(أ)") is set on the first line at ``style.bulletIndent``
    from the right, the text at ``leftIndent``, so the texts of a list start in line.
    """

    def __init__(
        self,
        spans: list[Span],
        style: ParagraphStyle,
        lines: list[list[_Word]] | None = None,
        bullet: list[Span] | None = None,
    ) -> None:
        super().__init__()
        self.spans = spans
        self.style = style
        self.bullet = bullet
        self._bullet = _words(spans_to_pieces(bullet, style)) if bullet else []
        self._words = _words(spans_to_pieces(spans, style))
        self._lines = lines
        self._fixed = lines is not None
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def _space(self) -> Piece:
        face = fonts.face_name(fonts.ARABIC)
        return Piece(" ", face, self.style.fontSize, 0, "#000000")

    def _break(self, width: float) -> list[list[_Word]]:
        lines: list[list[_Word]] = []
        current: list[_Word] = []
        used = 0.0
        space = _width(" ", self._space().font, self.style.fontSize)
        for word in self._words:
            limit = self._line_width(width, first=not lines)
            w = word.width()
            if current and used + space + w > limit:
                lines.append(current)
                current, used = [word], w
            else:
                used += (space if current else 0) + w
                current.append(word)
        if current:
            lines.append(current)
        return lines

    def _line_width(self, width: float, first: bool) -> float:
        indent = self.style.leftIndent + (self.style.firstLineIndent if first else 0)
        return width - indent - self.style.rightIndent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        if not self._fixed:
            self._lines = self._break(availWidth)
        self.height = len(self._lines or []) * self.style.leading + self.style.fontSize * 0.3
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int((availHeight - self.style.fontSize * 0.3) // self.style.leading)
        if fit >= len(lines):
            return [self]
        # No single line left alone at the foot or the top of a page.
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        style_rest = ParagraphStyle("rtl-rest", parent=self.style, firstLineIndent=0)
        head = RtlParagraph(self.spans, self.style, lines[:fit], self.bullet)
        head.spaceAfter = 0
        rest = RtlParagraph(self.spans, style_rest, lines[fit:])
        rest.spaceBefore = 0
        return [head, rest]

    def note_numbers(self) -> list[int]:
        lines = self._lines if self._lines is not None else [self._words]
        return [p.mark for line in lines for w in line for p in w.pieces if p.mark is not None]

    def plain_text(self) -> str:
        return "".join(span.text for span in self.spans)

    def _draw_bullet(self, y: float) -> None:
        segments = _visual_segments(self._bullet, self._space())
        widths = [_width(s.text, s.font, s.size) for s in segments]
        x = self.width - self.style.bulletIndent - sum(widths)
        for segment, w in zip(segments, widths, strict=True):
            if not segment.text.isspace():
                text_object = self.canv.beginText(x, y + segment.rise)
                text_object.setFont(segment.font, segment.size)
                text_object.setFillColor(colors.HexColor(segment.color))
                text_object.textOut(_shaped(segment.text, segment.font, segment.size))
                self.canv.drawText(text_object)
            x += w

    def draw(self) -> None:
        canvas: Canvas = self.canv
        style = self.style
        lines = self._lines or []
        y = self.height - style.fontSize
        if self._bullet and lines:
            self._draw_bullet(y)
        for n, line in enumerate(lines):
            first = n == 0
            segments = _visual_segments(line, self._space())
            widths = [_width(s.text, s.font, s.size) for s in segments]
            limit = self._line_width(self.width, first)
            used = sum(widths)
            extra = 0.0
            spaces = sum(1 for s in segments if s.text.isspace())
            last = n == len(lines) - 1
            if style.alignment == TA_JUSTIFY and not last and spaces:
                extra = max(0.0, limit - used) / spaces
                used = limit
            right = self.width - style.leftIndent - (style.firstLineIndent if first else 0)
            x = (
                (right + style.rightIndent - used) / 2
                if style.alignment == TA_CENTER
                else (right - used)
            )
            for segment, w in zip(segments, widths, strict=True):
                if segment.text.isspace():
                    x += w + extra
                    continue
                text_object = canvas.beginText(x, y + segment.rise)
                text_object.setFont(segment.font, segment.size)
                text_object.setFillColor(colors.HexColor(segment.color))
                text_object.textOut(_shaped(segment.text, segment.font, segment.size))
                canvas.drawText(text_object)
                x += w
            y -= style.leading


def characters(flowable: RtlParagraph) -> list[tuple[str, str]]:
    """(character, face) of every printed character, for coverage checks."""
    out: list[tuple[str, str]] = []
    for word in [*flowable._bullet, *flowable._words]:
        for piece in word.pieces:
            out.extend(
                (unicodedata.normalize("NFC", c), piece.font)
                for c in piece.text
                if c not in _INVISIBLE
            )
    return out
