"""Page geometry and paragraph styles of a UN document, per language version.

Body text is set like the UN "SingleTxt" style: 10 pt serif on 12 pt leading, justified, indented
1.27 cm on both sides of the text block; headings are bold with an initial capital only. Arabic
and Chinese get the sizes and leading their scripts need.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from agenda_editor.export import fonts

#: The indent of body text and of agenda titles from the edge of the text block.
INDENT = 1.27 * cm
#: The step of each deeper level of the agenda and of headings.
STEP = 0.635 * cm


@dataclass(frozen=True)
class Geometry:
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


def geometry(page_size: str) -> Geometry:
    """A4 (Vienna, Geneva) or Letter (New York) with the margins of UN documents."""
    if page_size.lower() == "letter":
        width, height = LETTER
        return Geometry(width, height, 2.7 * cm, 2.7 * cm, 2.5 * cm, 2.5 * cm)
    width, height = A4
    return Geometry(width, height, 2.4 * cm, 2.4 * cm, 2.6 * cm, 2.6 * cm)


@dataclass(frozen=True)
class Scale:
    """Type sizes of one script: body size and leading, heading sizes."""

    body: float
    leading: float
    note: float
    note_leading: float
    title: float
    heading: float


_SCALES = {
    "latin": Scale(10, 12, 8.5, 9.5, 14, 12),
    "ar": Scale(12.5, 17, 10, 13, 16, 14),
    "zh": Scale(10.5, 15, 8.5, 11, 15, 13),
}


def scale(lang: str) -> Scale:
    return _SCALES.get(lang, _SCALES["latin"])


class Styles:
    """The named paragraph styles of one language version."""

    def __init__(self, lang: str, rtl: bool) -> None:
        self.lang = lang
        self.rtl = rtl
        s = scale(lang)
        base = fonts.face_name(fonts.CHAINS.get(lang, fonts.CHAINS["en"])[0])
        bold = fonts.face_name(fonts.CHAINS.get(lang, fonts.CHAINS["en"])[0], bold=True)
        start = TA_RIGHT if rtl else TA_LEFT
        self.start = start
        #: How far a lettered sub-paragraph's text hangs after its letter: Arabic letters, as
        #: shaped ("(ب)" is 23 pt wide), need twice the room of Latin ones.
        self.hang = STEP * 2 if rtl else STEP
        wrap = "CJK" if lang == "zh" else None

        def style(name: str, **kw: object) -> ParagraphStyle:
            defaults: dict[str, object] = {
                "fontName": base, "fontSize": s.body, "leading": s.leading,
                "alignment": start, "wordWrap": wrap, "bulletFontName": base,
                "bulletFontSize": s.body, "allowWidows": 0, "allowOrphans": 0,
            }  # fmt: skip
            defaults.update(kw)
            return ParagraphStyle(name, **defaults)

        self.body = style(
            "body", alignment=TA_JUSTIFY, leftIndent=INDENT, rightIndent=INDENT, spaceAfter=6
        )
        self.un = style("un", fontName=bold, fontSize=s.heading + 3, leading=s.heading + 6)
        self.symbol = style(
            "symbol", fontName=fonts.face_name(fonts.SERIF), fontSize=15, leading=19,
            alignment=TA_LEFT if rtl else TA_RIGHT,
        )  # fmt: skip
        self.organ = style("organ", fontName=bold, fontSize=s.heading, leading=s.heading + 3)
        self.block = style("block", leading=s.body + 2)
        self.meeting = style("meeting", fontName=bold, spaceAfter=0)
        self.meeting_plain = style("meeting-plain", spaceAfter=0)
        self.title = style(
            "title", fontName=bold, fontSize=s.title, leading=s.title + 3,
            spaceBefore=14, spaceAfter=10, keepWithNext=1,
        )  # fmt: skip
        self.heading = style(
            "heading", fontName=bold, fontSize=s.heading, leading=s.heading + 3,
            spaceBefore=10, spaceAfter=8, keepWithNext=1,
        )  # fmt: skip
        self.item_heading = style(
            "item-heading", fontName=bold, leftIndent=INDENT, spaceBefore=8, spaceAfter=6,
        )  # fmt: skip
        self.doc_heading = style(
            "doc-heading", fontName=fonts.face_name(
                fonts.CHAINS.get(lang, fonts.CHAINS["en"])[0], italic=True
            ),
            leftIndent=INDENT, spaceBefore=6, spaceAfter=4, keepWithNext=1,
        )  # fmt: skip
        # A lettered sub-paragraph: its letter where the text of a paragraph starts, its text
        # hanging a step further in (at the start side: the right in Arabic).
        self.sub_paragraph = style(
            "sub-paragraph", alignment=TA_JUSTIFY, leftIndent=INDENT + self.hang,
            bulletIndent=INDENT, rightIndent=INDENT, spaceAfter=6,
        )  # fmt: skip
        self.doc_entry = style("doc-entry", leftIndent=INDENT, rightIndent=INDENT, spaceAfter=4)
        self.note = style(
            # Set ragged, as UN footnotes are: justified, a short note line had stretched gaps.
            "note", fontSize=s.note, leading=s.note_leading, alignment=start,
            leftIndent=INDENT, firstLineIndent=-0.3 * cm, spaceAfter=1,
        )  # fmt: skip
        self.cell = style("cell", spaceAfter=0, alignment=start)
        self.cell_head = style(
            "cell-head",
            fontName=fonts.face_name(fonts.CHAINS.get(lang, fonts.CHAINS["en"])[0], italic=True),
            fontSize=s.body - 1, leading=s.leading - 1, alignment=start,
        )  # fmt: skip
        self.day = style("day", fontName=bold, spaceAfter=0)
        self.running = style("running", fontSize=s.note, leading=s.note_leading)
        self.center = TA_CENTER

    def agenda_line(self, depth: int) -> ParagraphStyle:
        """An agenda line: the number hangs at the indent of its level, the title follows."""
        s = scale(self.lang)
        label_at = INDENT + (depth - 1) * STEP
        return ParagraphStyle(
            f"agenda-{depth}", parent=self.body, alignment=self.start,
            leftIndent=label_at + STEP, bulletIndent=label_at, firstLineIndent=0,
            spaceAfter=s.leading / 2, rightIndent=INDENT,
        )  # fmt: skip

    def section_heading(self, depth: int) -> ParagraphStyle:
        label_at = (depth - 1) * STEP
        return ParagraphStyle(
            f"item-heading-{depth}", parent=self.item_heading,
            leftIndent=INDENT + label_at, bulletIndent=label_at + (INDENT - STEP),
        )  # fmt: skip
