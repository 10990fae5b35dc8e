"""Headings that keep with the first lines of what follows them, not with all of it.

ReportLab's ``keepWithNext`` moves a heading to the next page together with the *whole* next
flowable: a heading followed by a long paragraph leaves the foot of the page blank (the Arabic
version's page 1 was half empty). :class:`KeepWithFirst` stands before a run of headings and asks,
when it is placed, whether those headings and the start of the first text after them (as much
of it as its own splitting allows: two lines, with its footnotes) fit in what is left of the
frame; if not, it starts a new frame, so no heading is ever left alone at the foot of a page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import FrameBreak

__all__ = ["KeepWithFirst", "heading", "keep_headings_with_first"]


class KeepWithFirst(Flowable):
    """An invisible mark before ``heads``: they and the start of ``first`` share a page."""

    _ZEROSIZE = True
    #: Never part of a keep-together group: it may start a new frame itself.
    locChanger = 1
    #: The space after the flowable above still overlaps the space before the heading.
    _SPACETRANSFER = True

    def __init__(self, heads: list[Flowable], first: Flowable | None) -> None:
        super().__init__()
        self.heads = heads
        self.first = first

    def fits(self, width: float, height: float, space_above: float = 0.0) -> bool:
        """Whether the heads and the start of ``first`` fit in ``height``, spaced as a frame
        spaces them (the space before a flowable overlaps the space after the one above it,
        ``space_above`` for the first)."""
        left = height
        above = space_above
        for head in self.heads:
            if getattr(head, "_SPACETRANSFER", False):
                continue  # a mark: no height, and the space above passes through it
            left -= max(head.getSpaceBefore() - above, 0.0)
            left -= head.wrap(width, max(left, 0.0))[1]
            if left < 0:
                return False
            above = head.getSpaceAfter()
            left -= above
        first = self.first
        if first is None:
            return True
        left -= max(first.getSpaceBefore() - above, 0.0)
        if left <= 0:
            return False
        if first.wrap(width, left)[1] <= left:
            return True
        return bool(first.split(width, left))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availHeight < 0:
            return 0, 0  # the frame is full already (notes raised its foot): it moves on itself
        frame = self._doctemplateAttr("frame")
        at_top = frame is not None and getattr(frame, "_atTop", False)
        above = getattr(frame, "_prevASpace", 0.0)
        if frame is not None and not at_top and not self.fits(availWidth, availHeight, above):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


def heading(flowable: Flowable) -> Flowable:
    """Mark a heading for :func:`keep_headings_with_first` (instead of keep-with-next)."""
    flowable.keepWithNext = 0
    flowable.keeps_with_first = True
    return flowable


def keep_headings_with_first(flowables: list[Flowable]) -> list[Flowable]:
    """The flowables with a :class:`KeepWithFirst` before each run of headings (flowables
    marked ``keeps_with_first``) for the heads of that run and the first flowable after it;
    the heads no longer keep with the next flowable (bookmarks did, each wrapped by ReportLab
    in a group that copies the frame at every wrap)."""
    out: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in [*flowables, None]:
        if flowable is not None and getattr(flowable, "keeps_with_first", False):
            # The KeepWithFirst before the run keeps it together and with what follows:
            # ReportLab's keep-with-next would only wrap it in a group of its own again.
            flowable.keepWithNext = 0
            run.append(flowable)
            continue
        if run:
            out.append(KeepWithFirst(run, flowable))
            out += run
            run = []
        if flowable is not None:
            out.append(flowable)
    return out
