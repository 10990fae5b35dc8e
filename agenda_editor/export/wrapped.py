"""Paragraphs that work out their lines once per width.

The layout asks a paragraph for its size again and again (keeping a heading with what follows,
fitting a paragraph and its footnotes at the foot of a page, splitting it): ReportLab breaks the
lines anew at each call although they only depend on the width. These paragraphs keep the lines
of the last width they were wrapped to and answer at once when asked for that width again.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from agenda_editor.export.cjk import CjkParagraph


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
