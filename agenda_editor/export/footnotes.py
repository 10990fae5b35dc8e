"""Footnotes at the bottom of the page where they are referenced.

A paragraph that references footnotes is wrapped in a :class:`NoteAnchor`. When the anchor is
placed, it checks that the paragraph *and* its notes fit in what is left of the frame, raises the
frame's bottom by the notes' height and hands the notes to :class:`NotesArea`, which draws them
under a short rule when the page ends. A paragraph split across pages takes each note to the page
of its marker. A note too long for the space left is split: its rest is carried over to the foot
of the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph

from agenda_editor.export import fonts

#: Space for the short rule above the notes.
RULE_SPACE = 9.0
#: A note taller than this may be split and carried over to the next page.
LONG_NOTE = 48.0
#: Length of that rule.
RULE_LENGTH = 2.5 * 28.35


def note_numbers(flowable: Flowable) -> list[int]:
    """Numbers of the footnote markers in a paragraph (or a part of a split paragraph)."""
    numbers_of = getattr(flowable, "note_numbers", None)
    if numbers_of is not None:
        return list(numbers_of())
    found: list[int] = []
    blpara = getattr(flowable, "blPara", None)
    if blpara is not None and getattr(blpara, "kind", 0) == 1:
        words = [w for line in blpara.lines for w in line.words]
        for word in words:
            if getattr(word, "fontName", "") == fonts.NOTE_MARK and word.text.strip().isdigit():
                found.append(int(word.text))
        return found
    for frag_word in getattr(flowable, "frags", []) or []:
        if isinstance(frag_word, list):
            for frag, text in frag_word[1:]:
                if getattr(frag, "fontName", "") == fonts.NOTE_MARK and text.strip().isdigit():
                    found.append(int(text))
        elif getattr(frag_word, "fontName", "") == fonts.NOTE_MARK:
            text = getattr(frag_word, "text", "")
            if text.strip().isdigit():
                found.append(int(text))
    return found


@dataclass
class NotesArea:
    """The notes of the current page and those carried over from the previous one."""

    width: float
    make_note: Callable[[int], list[Flowable]]
    page: list[Flowable] = field(default_factory=list)
    carried: list[Flowable] = field(default_factory=list)
    #: Footnote numbers already placed (each note once, even if its paragraph is split).
    placed: set[int] = field(default_factory=set)

    def height(self, flowables: list[Flowable]) -> float:
        return sum(self.note_height(f) for f in flowables)

    def note_height(self, note: Flowable) -> float:
        """The note's height with the space after it, worked out once per note."""
        height: float | None = getattr(note, "_note_height", None)
        if height is None:
            height = note.wrap(self.width, 10_000)[1] + note.getSpaceAfter()
            note._note_height = height
        return height

    def used(self) -> float:
        items = self.carried + self.page
        return self.height(items) + RULE_SPACE if items else 0.0

    def start_page(self, frame: Frame) -> None:
        """At the top of a page: notes carried over take their room at its foot."""
        self.page = self.carried
        self.carried = []
        if self.page:
            frame._y1p += self.height(self.page) + RULE_SPACE

    def draw(self, canvas: Canvas, x: float, bottom: float, rtl: bool = False) -> None:
        """Draw this page's notes upward from ``bottom`` with the rule above them (at the
        right for a right-to-left document)."""
        if not self.page:
            return
        total = self.height(self.page)
        y = bottom + total
        canvas.saveState()
        canvas.setLineWidth(0.5)
        start = x + self.width - RULE_LENGTH if rtl else x
        canvas.line(start, y + RULE_SPACE - 3, start + RULE_LENGTH, y + RULE_SPACE - 3)
        canvas.restoreState()
        for flowable in self.page:
            _, h = flowable.wrap(self.width, 10_000)
            y -= h
            flowable.drawOn(canvas, x, y)
            y -= flowable.getSpaceAfter()
        self.page = []


class NoteAnchor(Flowable):
    """A paragraph with footnote markers; keeps its notes on the page of their markers."""

    def __init__(self, paragraph: Flowable, area: NotesArea) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.area = area
        #: The paragraph's note numbers and what they were read from (see :meth:`_numbers`).
        self._numbers_of: tuple[object, ...] | None = None
        self._numbers_read: list[int] = []
        #: (numbers read, how many notes are placed, whether the page has notes) of the
        #: room the notes need, worked out last.
        self._need_for: tuple[object, ...] | None = None
        self._need_known = 0.0

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def _numbers(self) -> list[int]:
        """:func:`note_numbers` of the paragraph, read again only when what they are read
        from (its lines, its fragments) has been replaced: the layout asks at every wrap."""
        paragraph = self.paragraph
        source = (
            getattr(paragraph, "blPara", None), getattr(paragraph, "frags", None),
            getattr(paragraph, "_lines", None),
        )  # fmt: skip
        known = self._numbers_of
        if known is None or any(a is not b for a, b in zip(known, source, strict=True)):
            self._numbers_read = note_numbers(paragraph)
            self._numbers_of = source
        return self._numbers_read

    def _notes(self) -> list[Flowable]:
        numbers = [n for n in self._numbers() if n not in self.area.placed]
        return [f for n in numbers for f in self.area.make_note(n)]

    def _need(self) -> float:
        """Room the notes must have on this page; a long last note may run on to the next.
        Worked out again only when notes have been placed since (they are only ever added)
        or the page's first note has come or gone (the rule above the notes)."""
        area = self.area
        numbers = self._numbers()
        key = (numbers, len(area.placed), bool(area.page))
        known = self._need_for
        if known is not None and known[0] is numbers and known[1:] == key[1:]:
            return self._need_known
        notes = self._notes()
        if not notes:
            need = 0.0
        else:
            rule = 0.0 if area.page else RULE_SPACE
            heights = [area.note_height(f) for f in notes]
            need = sum(heights[:-1]) + min(heights[-1], LONG_NOTE) + rule
        self._need_for = key
        self._need_known = need
        return need

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, h = self.paragraph.wrap(availWidth, availHeight)
        self.width = w
        self.height = h
        need = self._need()
        return w, h if h + need <= availHeight else h + need

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        need = self._need()
        parts = self.paragraph.split(availWidth, max(0.0, availHeight - need))
        if len(parts) < 2:
            return []
        return [NoteAnchor(part, self.area) for part in parts]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        frame: Frame | None = getattr(self, "_frame", None)
        notes = self._notes()
        self.paragraph.drawOn(canvas, x, y, _sW)
        if not notes or frame is None:
            return
        for n in note_numbers(self.paragraph):
            self.area.placed.add(n)
        rule = 0.0 if self.area.page else RULE_SPACE
        room = y - frame._y1p - rule
        for note in notes:
            height = self.area.note_height(note)
            if height <= room:
                self.area.page.append(note)
                room -= height
                frame._y1p += height
                continue
            parts = note.split(self.area.width, max(room, 0.0)) if room > 0 else []
            if len(parts) == 2:
                self.area.page.append(parts[0])
                frame._y1p += self.area.note_height(parts[0])
                room = 0.0
                self.area.carried.append(parts[1])
            else:
                self.area.carried.append(note)
        frame._y1p += rule


def is_anchor_needed(flowable: Flowable) -> bool:
    return bool(note_numbers(flowable)) if isinstance(flowable, Paragraph) else False
