"""Paragraphs that work out their lines once per width.

The layout asks a paragraph for its size again and again (keeping a heading with what follows,
fitting a paragraph and its footnotes at the foot of a page, splitting it): ReportLab breaks the
lines anew at each call although they only depend on the width. These paragraphs keep the lines
of the last width they were wrapped to and answer at once when asked for that width again.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, paragraph

from agenda_editor.export.cjk import CjkParagraph

#: What tells two fragments apart when ReportLab joins the words of a line into runs.
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def _same_frag(f: Any, g: Any) -> bool:
    """ReportLab's ``sameFrag`` as its own pure-Python version writes it. Its C version (in
    rl_accel) is several times slower on our fragments, and a paragraph of several fragments
    (one with a footnote) asks it for every word: breaking such a paragraph of 60 words took
    0.65 ms with it, 0.45 ms with this."""
    fdict = f.__dict__
    gdict = g.__dict__
    if "cbDefn" in fdict or "lineBreak" in fdict or "cbDefn" in gdict or "lineBreak" in gdict:
        return False
    return [fdict.get(k) for k in _COMPARED] == [gdict.get(k) for k in _COMPARED]


paragraph.sameFrag = _same_frag


class WrapOnce:
    """Mixin for :class:`~reportlab.platypus.Paragraph` and its subclasses."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth and hasattr(self, "blPara"):
            return self.width, self.height  # type: ignore[attr-defined]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)  # type: ignore[misc]
        self._wrapped_for = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> Any:
        self._wrapped_for = None  # splitting may break the lines anew
        return super().split(availWidth, availHeight)  # type: ignore[misc]


class Para(WrapOnce, Paragraph):
    pass


class CjkPara(WrapOnce, CjkParagraph):
    pass
