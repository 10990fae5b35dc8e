"""Text emboldened by stroking its outlines, for faces that have no bold of their own.

The bundled Chinese face has one weight only. UN Chinese documents set headings and the
masthead in a heavier face than body text; here the glyphs of :data:`fonts.CJK_BOLD` (the
Chinese face under a name of its own) are filled and then stroked with a thin line of the text's
colour (PDF text render mode 2), which thickens every stroke of the character. The glyphs stay
text: they are found, copied and extracted as before, and the font is embedded once, subset.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from agenda_editor.export import fonts

#: Width of the stroke round each glyph, as a share of the font size.
STROKE: dict[str, float] = {fonts.CJK_BOLD: 0.03}

__all__ = ["STROKE", "EmboldeningCanvas"]


class _Text(PDFTextObject):
    """A text object that strokes the glyphs of the faces in :data:`STROKE`."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        self._stroke: float | None = None
        self._stroked = False
        super().__init__(*args, **kw)
        self._embolden()  # the canvas's own font may be one to embolden

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._embolden()

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._embolden()

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        super().setFillColor(aColor, alpha)
        if self._stroke is not None:
            self.setStrokeColor(aColor)

    def _embolden(self) -> None:
        share = STROKE.get(self._fontname)
        width = None if share is None else share * self._fontsize
        if width == self._stroke:
            return
        if width is None:
            self._code.append("0 Tr")
        else:
            if self._stroke is None:
                fill = getattr(self, "_fillColorObj", None)
                self.setStrokeColor(fill or getattr(self._canvas, "_fillColorObj", None) or black)
            self._code.append(f"{fp_str(width)} w 2 Tr")
            self._stroked = True
        self._stroke = width

    def getCode(self) -> str:
        code: str = super().getCode()
        # The stroke's width and colour are graphics state: give the page back its own.
        return f"q {code} Q" if self._stroked else code


class EmboldeningCanvas(Canvas):
    """The canvas of our PDFs: its text objects embolden the faces in :data:`STROKE`."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return _Text(self, x, y, direction=direction)
