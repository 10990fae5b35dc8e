"""The named styles of the Word document, per language version, and its list definitions.

Every paragraph of the DOCX has one of these styles and no direct paragraph formatting, so an
editor who changes "Heading 2" changes every item head. Sizes, indents and spacing are those of
the PDF (:mod:`agenda_editor.export.styles`). The agenda list ("Agenda Item 1", "Agenda Item 2",
...) and the annotation heads ("Heading 2", "Heading 3", ...) are numbered by Word lists tied to
the styles, in the language's way of writing numbers ("(a)", "a)", "(أ)").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from agenda_editor.core.numbering import conventions
from agenda_editor.export import wordml
from agenda_editor.export.rich import FALLBACK_COLOR
from agenda_editor.export.styles import INDENT, STEP, scale
from agenda_editor.export.wordml import Level
from agenda_editor.i18n.labels import masthead_language

#: Faces named in the document: the UN's Times New Roman for Latin and Cyrillic, SimSun (a Song
#: face) for Chinese, Simplified Arabic for Arabic. Word has them on every UN desktop; elsewhere
#: the application substitutes (LibreOffice uses the metric-compatible Liberation Serif).
LATIN_FONT: Final = "Times New Roman"
EAST_ASIAN_FONT: Final = "SimSun"
COMPLEX_FONT: Final = "Simplified Arabic"

#: The language tag set on the text of each version (Word's spelling and hyphenation).
LOCALES: Final = {
    "ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "es": "es-ES",
}  # fmt: skip

#: Levels of the agenda list and of the heads (Word allows nine).
LEVELS: Final = 9

# Style names (the ids are the names without spaces).
MASTHEAD_UN: Final = "Masthead United Nations"
MASTHEAD_SYMBOL: Final = "Masthead Symbol"
MASTHEAD_ORGAN: Final = "Masthead Organ"
MASTHEAD_BLOCK: Final = "Masthead Distribution"
MEETING: Final = "Meeting Block"
MEETING_PLACE: Final = "Meeting Place and Dates"
TITLE: Final = "Title"
PART_HEADING: Final = "Heading 1"
ANNOTATION: Final = "Annotation"
SUB_PARAGRAPH: Final = "Annotation Sub-paragraph"
DOC_HEADING: Final = "Documentation Heading"
DOC_ENTRY: Final = "Documentation Entry"
NOTE_TEXT: Final = "footnote text"
NOTE_REFERENCE: Final = "footnote reference"
ANNEX_HEAD: Final = "Annex Column Head"
ANNEX_DAY: Final = "Annex Day"
ANNEX_CELL: Final = "Annex Cell"
ANNEX_TABLE: Final = "Organization of Work"
MASTHEAD_TABLE: Final = "Masthead"
HEADER: Final = "Header"
HEADER_EVEN: Final = "Header Even Page"
FOOTER: Final = "Footer"
FOOTER_EVEN: Final = "Footer Even Page"
JOB_NUMBER: Final = "Job Number"
UNTRANSLATED: Final = "Untranslated"

NOTE_TEXT_ID: Final = "FootnoteText"
NOTE_REFERENCE_ID: Final = "FootnoteReference"


def agenda_style(depth: int) -> str:
    """ "Agenda Item 1" for an item, "Agenda Item 2" for a sub-item..."""
    return f"Agenda Item {min(depth, LEVELS)}"


def head_style(depth: int) -> str:
    """ "Heading 2" for an item's annotation head, "Heading 3" for a sub-item's..."""
    return f"Heading {min(depth, LEVELS - 1) + 1}"


def style_id(name: str) -> str:
    return {NOTE_TEXT: NOTE_TEXT_ID, NOTE_REFERENCE: NOTE_REFERENCE_ID}.get(
        name, name.replace(" ", "")
    )


def _twips(points: float) -> int:
    return round(points * 20)


@dataclass(frozen=True)
class _Look:
    """What a paragraph style sets; ``None`` leaves the inherited value."""

    size: float | None = None
    leading: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None  # "start", "end", "both", "center"
    left: float | None = None
    right: float | None = None
    first_line: float | None = None
    before: float | None = None
    after: float | None = None
    keep_with_next: bool | None = None


_ALIGN: Final = {
    # In a right-to-left (w:bidi) paragraph Word and LibreOffice read "left" as its start.
    "start": WD_ALIGN_PARAGRAPH.LEFT,
    "end": WD_ALIGN_PARAGRAPH.RIGHT,
    "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
}


def list_levels(
    lang: str, style_of: Any, first_left: float, step: float, count: int
) -> list[Level]:
    """``count`` levels of a Word list written as ``lang`` writes agenda numbers: "1.", then
    "(a)" / "a)" / "(أ)", "(i)" / "i)", "a.", "i.", each level's style from ``style_of(depth)``
    and its number hanging ``step`` before the text at ``first_left + (depth - 1) * step``."""
    conv = conventions(lang)
    letters = "arabicAbjad" if conv.letters[0] != "a" else "lowerLetter"
    levels = []
    for depth in range(1, count + 1):
        slot = f"%{depth}"
        if depth == 1:
            fmt, text = "decimal", slot + conv.item_number_suffix
        elif depth == 2:
            fmt, text = letters, conv.sub_item_pattern.format(slot)
        elif depth == 3:
            fmt, text = "lowerRoman", conv.sub_item_pattern.format(slot)
        elif depth == 4:
            fmt, text = letters, slot + "."
        else:
            fmt, text = "lowerRoman", slot + "."
        left = first_left + (depth - 1) * step
        levels.append(Level(fmt, text, style_id(style_of(depth)), _twips(left), _twips(step)))
    return levels


class StyleSheet:
    """Defines the styles of one language version in a python-docx document."""

    def __init__(self, document: Document, lang: str, rtl: bool) -> None:
        self.document = document
        self.lang = lang
        self.rtl = rtl
        self.scale = scale(lang)

    # -- low level ----------------------------------------------------------------------------
    def _fonts(self, rpr: Any) -> None:
        wordml.set_child(
            rpr, "w:rFonts", ascii=LATIN_FONT, hAnsi=LATIN_FONT, eastAsia=EAST_ASIAN_FONT,
            cs=COMPLEX_FONT,
        )  # fmt: skip

    def _paragraph_style(
        self, name: str, look: _Look, base: str = "Normal", rtl: bool | None = None
    ) -> Any:
        """Define (or redefine) a paragraph style; right to left in Arabic unless ``rtl``
        says otherwise."""
        styles = self.document.styles
        try:
            style = styles[name]
        except KeyError:
            style = None
        if style is not None:
            for tag in ("w:pPr", "w:rPr", "w:next", "w:link", "w:basedOn"):
                for old in style.element.findall(qn(tag)):
                    style.element.remove(old)
        else:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.style_id = style_id(name)
        if name != "Normal":
            style.base_style = styles[base]
        style.hidden = False
        style.quick_style = True
        self._apply(style, look)
        if self.rtl if rtl is None else rtl:
            # Every style says it: LibreOffice reads a style's alignment with its own w:bidi.
            wordml.set_bidi(style.element.get_or_add_pPr())
        elif self.rtl:
            wordml.set_child(style.element.get_or_add_pPr(), "w:bidi", val="0")
        return style

    def _apply(self, style: Any, look: _Look) -> None:
        fmt, font = style.paragraph_format, style.font
        rpr = style.element.get_or_add_rPr()
        if look.size is not None:
            font.size = Pt(look.size)
            wordml.set_child(rpr, "w:szCs", val=str(round(look.size * 2)))
        if look.bold is not None:
            font.bold = look.bold
            wordml.set_child(rpr, "w:bCs", val="1" if look.bold else "0")
        if look.italic is not None:
            font.italic = look.italic
            wordml.set_child(rpr, "w:iCs", val="1" if look.italic else "0")
        if look.leading is not None:
            fmt.line_spacing = Pt(look.leading)
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        if look.align is not None:
            fmt.alignment = _ALIGN[look.align]
        if look.left is not None:
            fmt.left_indent = Pt(look.left)
        if look.right is not None:
            fmt.right_indent = Pt(look.right)
        if look.first_line is not None:
            fmt.first_line_indent = Pt(look.first_line)
        if look.before is not None:
            fmt.space_before = Pt(look.before)
        if look.after is not None:
            fmt.space_after = Pt(look.after)
        if look.keep_with_next is not None:
            fmt.keep_with_next = look.keep_with_next

    # -- the sheet ---------------------------------------------------------------------------
    def _prune(self) -> None:
        """Drop the template's styles we do not use (dozens of table and linked character
        styles): an editor's style list shows the document's own."""
        keep = {"Normal", "Default Paragraph Font", "Normal Table", "No List", "Title"}
        keep |= {"Header", "Footer"} | {f"Heading {n}" for n in range(1, LEVELS + 1)}
        root = self.document.styles.element
        for style in root.findall(qn("w:style")):
            if style.name_val not in keep:
                root.remove(style)
        part = self.document.part
        for key, rel in list(part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                del part.rels[key]

    def define(self) -> None:
        s = self.scale
        self._prune()
        self._defaults()
        body = _Look(size=s.body, leading=s.leading)
        self._paragraph_style("Normal", _Look(
            size=s.body, leading=s.leading, align="start", after=0, before=0,
        ))  # fmt: skip
        self._paragraph_style(MASTHEAD_UN, _Look(
            size=s.heading + 3, leading=s.heading + 6, bold=True,
        ))  # fmt: skip
        self._paragraph_style(MASTHEAD_SYMBOL, _Look(size=15, leading=19, align="end"))
        self._paragraph_style(MASTHEAD_ORGAN, _Look(
            size=s.heading, leading=s.heading + 3, bold=True,
        ))  # fmt: skip
        # The distribution, date and language lines of the Arabic version are English: left
        # to right, as the PDF prints them.
        block_rtl = self.rtl and masthead_language(self.lang) == self.lang
        self._paragraph_style(MASTHEAD_BLOCK, _Look(leading=s.body + 2), rtl=block_rtl)
        self._paragraph_style(MEETING, _Look(bold=True))
        self._paragraph_style(MEETING_PLACE, body)
        self._paragraph_style(TITLE, _Look(
            size=s.title, leading=s.title + 3, bold=True, before=14, after=10,
            keep_with_next=True,
        ))  # fmt: skip
        self._paragraph_style(PART_HEADING, _Look(
            size=s.heading, leading=s.heading + 3, bold=True, before=10, after=8,
            keep_with_next=True,
        ))  # fmt: skip
        self._outline(PART_HEADING, 0)
        indent, step = INDENT / 1.0, STEP / 1.0
        for depth in range(1, LEVELS + 1):
            label_at = indent + (depth - 1) * step
            self._paragraph_style(agenda_style(depth), _Look(
                align="start", left=label_at + step, first_line=-step, right=indent,
                after=s.leading / 2,
            ))  # fmt: skip
        for depth in range(1, LEVELS):
            name = head_style(depth)
            self._paragraph_style(name, _Look(
                bold=True, left=indent + (depth - 1) * step, first_line=-step, before=8,
                after=6, keep_with_next=True,
            ))  # fmt: skip
            self._outline(name, depth)
        self._paragraph_style(ANNOTATION, _Look(
            align="both", left=indent, right=indent, after=6,
        ))  # fmt: skip
        # A lettered sub-paragraph: "(a)", a tab, the text hanging a step in (two in Arabic,
        # whose letters are wider: "(ب)", as the PDF sets them).
        hang = step * 2 if self.rtl else step
        self._paragraph_style(SUB_PARAGRAPH, _Look(
            align="both", left=indent + hang, first_line=-hang, right=indent, after=6,
        ))  # fmt: skip
        self._paragraph_style(DOC_HEADING, _Look(
            italic=True, left=indent, before=6, after=4, keep_with_next=True,
        ))  # fmt: skip
        self._paragraph_style(DOC_ENTRY, _Look(left=indent, right=indent, after=4))
        self._paragraph_style(NOTE_TEXT, _Look(
            size=s.note, leading=s.note_leading, align="both", left=indent,
            first_line=-0.3 * 28.35, after=1,
        ))  # fmt: skip
        self._paragraph_style(ANNEX_HEAD, _Look(
            size=s.body - 1, leading=s.leading - 1, italic=True,
        ))  # fmt: skip
        self._paragraph_style(ANNEX_DAY, _Look(bold=True, before=6, keep_with_next=True))
        self._paragraph_style(ANNEX_CELL, body)
        # The symbol and the page number sit on the outer side of the page: at the end of
        # the line on odd pages, at its start on even ones (mirrored in Arabic, as the PDF).
        self._paragraph_style(HEADER, _Look(size=9, leading=11, bold=True, after=2, align="end"))
        header = self.document.styles[HEADER].element.get_or_add_pPr()
        wordml.paragraph_border(header, "bottom", 4, 1)
        self._paragraph_style(HEADER_EVEN, _Look(align="start"), base=HEADER)
        self._paragraph_style(FOOTER, _Look(size=9, leading=11, bold=True, align="end"))
        self._paragraph_style(FOOTER_EVEN, _Look(align="start"), base=FOOTER)
        self._paragraph_style(JOB_NUMBER, _Look(size=8, leading=10, bold=False, align="start"))
        self._character_styles()
        self._table_styles()

    def _defaults(self) -> None:
        """Fonts and language of all text, and right-to-left paragraphs in Arabic."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for child in list(rpr):
            rpr.remove(child)
        self._fonts(rpr)
        size = str(round(self.scale.body * 2))
        wordml.set_child(rpr, "w:sz", val=size)
        wordml.set_child(rpr, "w:szCs", val=size)
        locale = LOCALES[self.lang]
        wordml.set_child(
            rpr, "w:lang", val=locale if self.lang not in ("ar", "zh") else "en-GB",
            eastAsia=LOCALES["zh"] if self.lang != "zh" else locale,
            bidi=LOCALES["ar"],
        )  # fmt: skip
        ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        for child in list(ppr):
            ppr.remove(child)
        wordml.set_child(ppr, "w:spacing", after="0", line="240", lineRule="auto")

    def _outline(self, name: str, level: int) -> None:
        ppr = self.document.styles[name].element.get_or_add_pPr()
        wordml.set_child(ppr, "w:outlineLvl", val=str(level))

    def _character_styles(self) -> None:
        styles = self.document.styles
        reference = styles.add_style(NOTE_REFERENCE, WD_STYLE_TYPE.CHARACTER)
        reference.style_id = NOTE_REFERENCE_ID
        reference.font.superscript = True
        reference.hidden = False
        untranslated = styles.add_style(UNTRANSLATED, WD_STYLE_TYPE.CHARACTER)
        untranslated.font.color.rgb = RGBColor.from_string(FALLBACK_COLOR.lstrip("#").upper())
        untranslated.hidden = False
        untranslated.quick_style = True

    def _table_styles(self) -> None:
        """The masthead and annex tables: no grid, no cell padding at the sides, right to left
        in Arabic; the annex has a rule above and below."""
        styles = self.document.styles
        for name in (MASTHEAD_TABLE, ANNEX_TABLE):
            style = styles.add_style(name, WD_STYLE_TYPE.TABLE)
            style.base_style = styles["Normal Table"]
            style.hidden = False
            tblpr = wordml.set_child(style.element, "w:tblPr")
            if self.rtl:
                tblpr.append(wordml.element("w:bidiVisual"))
            if name == ANNEX_TABLE:
                tblpr.append(
                    wordml.element(
                        "w:tblBorders", wordml.border("top", 4), wordml.border("bottom", 4)
                    )
                )
            end = "0" if name == MASTHEAD_TABLE else "120"
            tblpr.append(
                wordml.element(
                    "w:tblCellMar",
                    wordml.element("w:top", w="40", type="dxa"),
                    wordml.element("w:left", w="120" if self.rtl else "0", type="dxa"),
                    wordml.element("w:bottom", w="60", type="dxa"),
                    wordml.element("w:right", w="0" if self.rtl else end, type="dxa"),
                )
            )

    def number_lists(self) -> tuple[int, int]:
        """Define the agenda list and the heads list; returns their ``numId`` values."""
        numbering = self.document.part.numbering_part.element
        agenda = list_levels(self.lang, agenda_style, INDENT + STEP, STEP, LEVELS)
        heads = list_levels(self.lang, head_style, INDENT, STEP, LEVELS - 1)
        agenda_id, heads_id = wordml.write_numbering(numbering, [agenda, heads])
        styles = self.document.styles
        for depth in range(1, LEVELS + 1):
            wordml.number_paragraph_style(styles[agenda_style(depth)].element, agenda_id, depth - 1)
        for depth in range(1, LEVELS):
            wordml.number_paragraph_style(styles[head_style(depth)].element, heads_id, depth - 1)
        return agenda_id, heads_id
