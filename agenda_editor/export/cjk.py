"""Chinese line breaking with the kinsoku rules ReportLab's CJK wrap only half applies.

ReportLab breaks CJK text between any two characters and lets one closing mark hang in the
margin. Chinese typesetting also forbids a line that starts with a closing mark after another
one ("）。"), a line that ends with an opening bracket ("（"), a footnote number alone at the
start of a line, and breaks inside a Latin word or document symbol. :class:`CjkParagraph`
breaks lines by those rules and otherwise behaves as a ReportLab paragraph.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

from agenda_editor.export import fonts

#: Characters that may not begin a line (closing brackets and punctuation).
CANNOT_START = frozenset(ALL_CANNOT_START + "，；：？！％）》」』】〉’”…")
#: Characters that may not end a line (opening brackets).
CANNOT_END = frozenset(ALL_CANNOT_END + "（《「『【〈“‘")

_FUZZ = 1e-6


def _is_cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


def _strongly_glued(before: cjkU, after: cjkU) -> bool:
    """Punctuation and footnote rules: never break here unless the line cannot break at all."""
    if str(after) in CANNOT_START or str(before) in CANNOT_END:
        return True
    return getattr(after.frag, "fontName", "") == fonts.NOTE_MARK  # number stays with its word


def _glued(before: cjkU, after: cjkU) -> bool:
    """Whether a line should not break between these two characters."""
    if _strongly_glued(before, after):
        return True
    if after.isspace() or before.isspace():
        return False
    # Inside a Latin word, number or document symbol.
    return not _is_cjk(before) and not _is_cjk(after)


def _break_before(units: list[cjkU], start: int, end: int) -> int:
    """Where to end a line that is full at ``end``: the last allowed break, else the last
    break that only cuts a Latin word (one too long for a line), else ``end``."""
    for rule in (_glued, _strongly_glued):
        for cut in range(end, start, -1):
            if not rule(units[cut - 1], units[cut]):
                return cut
    return end


def kinsoku_split(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """Lines of a CJK paragraph broken by the kinsoku rules (see the module's docstring)."""
    units = []
    for frag in frags:
        text = frag.text
        units.extend([cjkU(t, frag, "utf8") for t in text] if text else [cjkU(text, frag, "utf8")])
    lines: list[Any] = []
    start = 0
    while start < len(units):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        end = start
        while end < len(units) and used + units[end].width <= max_width + _FUZZ:
            used += units[end].width
            end += 1
        if end < len(units):
            end = max(_break_before(units, start, end), start + 1)  # always make progress
            used = sum(u.width for u in units[start:end])
        line_units = units[start:end]
        lines.append(
            makeCJKParaLine(line_units, max_width, used, max_width - used, False, calc_bounds)
        )
        start = end
        while start < len(units) and units[start].isspace():
            start += 1  # a space at the start of a line is not printed
    return ParaLines(kind=1, lines=lines)


class CjkParagraph(Paragraph):
    """A paragraph of Chinese text (``wordWrap='CJK'``) broken by the kinsoku rules."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # ReportLab's method and argument names
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if len(self.frags) <= 1 or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        self.height = 0
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return kinsoku_split(self.frags, list(maxWidths), auto_leading not in ("", "off"))
