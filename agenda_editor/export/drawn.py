"""Paragraph lines drawn without ReportLab's per-line machinery, into the very same operators.

ReportLab draws a paragraph a line at a time through several layers (``drawPara``, a function
per alignment, ``_putFragLine``, the text object's ``_textOut`` and ``_formatText``), which for
every line and every fragment look up the font, save and restore the text object's state,
measure the text again and track underlines, links and backgrounds. The body of a meeting's
PDF has none of those: :func:`draw_para` draws left-aligned and justified paragraphs of
unshaped TrueType text, of one fragment or of several (footnote markers, bold and italic runs),
writing the operators ReportLab writes, in its order and with its numbers; anything else
(centred or right-aligned text, right-to-left text, images, links, underlines, backgrounds,
borders, faces drawn emboldened, automatic leading) is left to ReportLab.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import paragraph

from agenda_editor.export import fonts
from agenda_editor.export.stroke import STROKE

__all__ = ["draw_on"]

_ALIGNED = (TA_LEFT, TA_JUSTIFY)


def _drawable(name: str) -> bool:
    """Whether text in the face ``name`` is drawn here: a face of ours, not emboldened."""
    return name not in STROKE and isinstance(getFont(name), fonts._CodedFont)


def _text_alone(frag: Any) -> bool:
    """Whether the fragment is text alone: no image, link, underline or background."""
    state = frag.__dict__
    return not (
        state.get("cbDefn") or state.get("backColor") or state.get("link")
        or state.get("us_lines")
    )  # fmt: skip


def draw_on(para: Any, canvas: Any, x: float, y: float, avail: float = 0) -> bool:
    """Draw ``para`` (a wrapped :class:`~reportlab.platypus.Paragraph`) on ``canvas`` at
    ``x, y`` as ReportLab's ``drawOn`` draws it; ``False`` (nothing drawn) for a paragraph
    left to ReportLab.

    ReportLab saves the canvas's state twice (for the flowable, then for the paragraph),
    moves the origin and sets the fill colour, and restores it all after: here the same
    operators are written, and the canvas's state, which nothing drawn here changes, is left
    as it is instead of being copied and put back."""
    style = para.style
    blpara = para.blPara
    lines = blpara.lines
    if (
        not lines or style.alignment not in _ALIGNED or style.wordWrap or style.shaping
        or style.backColor or (getattr(style, "borderColor", None)
                               and getattr(style, "borderWidth", None))
        or style.endDots or hasattr(para, "_offsets") or para.debug
        or getattr(para, "_showBoundary", None)
        or getattr(para, "autoLeading", getattr(style, "autoLeading", "")) in ("min", "max")
        or "preformatted" in type(para).__name__.lower()
        or canvas._fontname in STROKE or not canvas.bottomup
    ):  # fmt: skip
        return False
    if blpara.kind == 0:
        if not (_text_alone(blpara) and _drawable(blpara.fontName)):
            return False
        fill = _fill(canvas, blpara.textColor)
        if fill is None:
            return False
    else:
        fill = None
        faces: set[str] = set()
        for line in lines:
            for frag in line.words:
                if not _text_alone(frag):
                    return False
                faces.add(frag.fontName)
        if not all(map(_drawable, faces)):
            return False
    x = para._hAlignAdjust(x, avail)
    code = canvas._code
    code.append("q")
    code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
    para.canv = canvas
    code.append("q")
    if fill is not None:
        _draw_words(para, canvas, lines, fill)
    else:
        _draw_frags(para, canvas, lines)
    code.append("Q")
    del para.canv
    code.append("Q")
    return True


def _fill(canvas: Any, color: Any) -> str | None:
    """What the canvas's ``setFillColor(color)`` writes, for an opaque RGB colour that sets no
    transparency; ``None`` for any other colour (left to ReportLab)."""
    if type(color) is not Color or canvas._enforceColorSpace:
        return None
    alpha = getattr(color, "alpha", None)
    if alpha is not None:
        if alpha != canvas._extgstate._d.get("ca", 1):
            return None
        canvas._doc.ensureMinPdfVersion("transparency")  # as setting the alpha does
    return f"{fp_str((color.red, color.green, color.blue))} rg"


class _Coder:
    """Text in a text object's current face as ReportLab's ``_formatText`` writes it: the
    subset's font chosen when the subset changes, then each run shown."""

    def __init__(self, tx: Any) -> None:
        self.tx = tx
        self.doc = tx._canvas._doc
        self.escape = tx._canvas._escape
        self.font: Any = None
        self.name: str | None = None

    def code(self, text: str) -> str:
        tx = self.tx
        if tx._fontname != self.name:
            self.name = tx._fontname
            self.font = getFont(tx._fontname)
        font = self.font
        doc = self.doc
        escape = self.escape
        if not text:
            return ""
        shown = font.shown(text, doc, escape)
        if shown is not None:  # the usual case: one run, in the first subset
            if tx._curSubset == 0:
                return f"({shown}) Tj"
            tx._curSubset = 0
            name = font.getSubsetInternalName(0, doc)
            return f"{name} {fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL ({shown}) Tj"
        parts = []
        for subset, run in font.splitString(text, doc):
            if subset != tx._curSubset:
                name = font.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL")
                tx._curSubset = subset
            parts.append(f"({escape(run)}) Tj")
        return " ".join(parts)


def _is_last(index: int, count: int, words: int, no_justify_last: bool, jllwc: int) -> bool:
    """Whether a line is set as the last (not justified), as ReportLab decides it."""
    last = no_justify_last and index == count - 1
    if last and jllwc and words > jllwc:
        return False
    return last


def _move(tx: Any, dx: float) -> None:
    if dx > 1e-6 or dx < -1e-6:
        tx.setXPos(dx)


def _begin(para: Any, canvas: Any, first_size: float) -> tuple[float, float]:
    """Draws the bullet; the first line's height and x offset."""
    style = para.style
    offset = style.firstLineIndent
    cur_y = para.height - first_size
    if para.bulletText:
        offset = paragraph._drawBullet(canvas, offset, cur_y, para.bulletText, style, rtl=False)
    return cur_y, offset


def _draw_words(para: Any, canvas: Any, lines: list[tuple[float, list[str]]], fill: str) -> None:
    """A paragraph of one fragment: lines of (space left, words)."""
    style = para.style
    blpara = para.blPara
    cur_y, offset = _begin(para, canvas, blpara.fontSize)
    canvas._code.append(fill)
    tx = para.beginText(style.leftIndent, cur_y)
    tx.setFont(blpara.fontName, blpara.fontSize, style.leading)
    code = tx._code
    coder = _Coder(tx)
    justify = style.alignment == TA_JUSTIFY
    no_justify_last = not getattr(para, "_JustifyLast", False)
    jllwc = style.justifyLastLine
    count = len(lines)
    zero = f"{fp_str(0)} Tw"
    for index, (space, words) in enumerate(lines):
        last = _is_last(index, count, len(words), no_justify_last, jllwc)
        dx = offset if index == 0 else 0
        _move(tx, dx)
        text = " ".join(words)
        # whether the line is set without stretching its spaces, as ReportLab decides it
        simple = (-1e-8 < space <= 1e-8 or (last and space > -1e-8)) if justify else space > -1e-8
        if not simple:
            spaces = len(words) + text.count("\xa0") - 1
            simple = spaces <= 0
        if simple:
            code.append(f"{coder.code(text)} T*")
        else:
            code.append(f"{fp_str(space / float(spaces))} Tw")
            code.append(f"{coder.code(text)} T*")
            code.append(zero)
            tx._wordSpace = 0
        _move(tx, -dx)
    canvas.drawText(tx)


def _draw_frags(para: Any, canvas: Any, lines: list[Any]) -> None:
    """A paragraph of several fragments: ``FragLine`` records of fragment words."""
    style = para.style
    cur_y, offset = _begin(para, canvas, lines[0].fontSize)
    tx = para.beginText(style.leftIndent, cur_y)
    tx._leading = None
    tx._fontname, tx._fontsize = None, None
    code = tx._code
    coder = _Coder(tx)
    justify = style.alignment == TA_JUSTIFY
    no_justify_last = not getattr(para, "_JustifyLast", False)
    jllwc = style.justifyLastLine
    leading = style.leading
    count = len(lines)
    color: Any = None
    rise: float = 0
    for index, line in enumerate(lines):
        last = _is_last(index, count, line.wordCount, no_justify_last, jllwc)
        dx = offset if index == 0 else 0
        _move(tx, dx)
        space = line.extraSpace
        if justify:
            simple = line.lineBreak or -1e-8 < space <= 1e-8 or (last and space > -1e-8)
        else:
            simple = space > -1e-8 or getattr(line, "preformatted", False)
        words = line.words
        if not simple:
            spaces = line.wordCount + sum(w.text.count("\xa0") for w in words) - 1
            simple = spaces <= 0
        if not simple:
            tx.setWordSpace(space / float(spaces))
        if tx._leading != leading:
            tx.setLeading(leading)
        final = words[-1]
        for frag in words:
            if tx._fontname != frag.fontName or tx._fontsize != frag.fontSize:
                tx._setFont(frag.fontName, frag.fontSize)
            if color != frag.textColor:
                color = frag.textColor
                tx.setFillColor(color)
            if rise != frag.rise:
                rise = frag.rise
                tx.setRise(rise)
            coded = coder.code(frag.text)
            code.append(f"{coded} T*" if frag is final else coded)
        if not simple:
            tx.setWordSpace(0)
        _move(tx, -dx)
    canvas.drawText(tx)
