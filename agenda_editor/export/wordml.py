"""Raw WordprocessingML for what python-docx has no API for: numbering definitions, the
footnotes part, fields, and properties such as ``w:bidi`` or ``w:tblHeader``.

Everything here builds elements with python-docx's own ``OxmlElement`` and inserts them in the
order the schema requires (Word refuses a file whose children are out of order), using the child
sequence python-docx declares for each element where it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement

FOOTNOTES_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)

#: Characters XML 1.0 cannot hold (controls other than tab, line feed, carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text that an XML file can hold: characters XML forbids are dropped (they print as
    nothing in the PDF too)."""
    return _NOT_XML.sub("", text)


def _names(*parts: str) -> tuple[str, ...]:
    return tuple(" ".join(parts).split())


#: The order of the children of the elements we add to (ECMA-376 part 1), where it matters.
_ORDER: dict[str, tuple[str, ...]] = {
    "w:pPr": _names(
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
        "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
        "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    "w:rPr": _names(
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
        "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
        "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
    ),
    "w:trPr": _names(
        "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
        "tblCellSpacing jc hidden ins del trPrChange"
    ),
    "w:tcPr": _names(
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
        "tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange"
    ),
    "w:sectPr": _names(
        "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
        "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection "
        "bidi rtlGutter docGrid printerSettings sectPrChange"
    ),
    # Settings: only the neighbours of what we set (footnotePr).
    "w:settings": _names(
        "evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets "
        "drawingGridHorizontalSpacing drawingGridVerticalSpacing "
        "displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
        "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin "
        "drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning "
        "characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter "
        "noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml "
        "ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly "
        "useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace updateFields "
        "hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr attachedSchema "
        "themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
        "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults "
        "doNotEmbedSmartTags decimalSymbol listSeparator"
    ),
}


def _local(tag: str) -> str:
    return tag.split(":", 1)[1]


def set_child(parent: BaseOxmlElement, tag: str, **attributes: str) -> BaseOxmlElement:
    """Replace (or add) ``parent``'s child ``tag`` with one carrying ``attributes`` (given
    without the ``w:`` prefix), at its place in the schema's order."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    child = OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attributes.items()})
    order = _ORDER.get(parent.prefix + ":" + parent.tag.rsplit("}", 1)[1], ())
    name = _local(tag)
    if name in order:
        later = set(order[order.index(name) + 1 :])
        for index, existing in enumerate(parent):
            if existing.tag.rsplit("}", 1)[1] in later:
                parent.insert(index, child)
                return child
    parent.append(child)
    return child


def element(tag: str, *children: BaseOxmlElement, **attributes: str) -> BaseOxmlElement:
    """A new ``tag`` element with ``w:`` attributes and children, in the order given."""
    node = OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attributes.items()})
    for child in children:
        node.append(child)
    return node


# -- numbering --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """One level of a Word list: its number format, text ("(%2)"), style and indents (twips)."""

    number_format: str
    text: str
    style_id: str
    left: int
    hanging: int


def abstract_numbering(abstract_id: int, levels: list[Level]) -> BaseOxmlElement:
    """A ``w:abstractNum``: a multilevel list whose level ``n`` restarts after level ``n-1``,
    each level tied to its paragraph style (so that the style carries the number)."""
    node = element("w:abstractNum", abstractNumId=str(abstract_id))
    node.append(element("w:multiLevelType", val="multilevel"))
    for index, level in enumerate(levels):
        node.append(
            element(
                "w:lvl",
                element("w:start", val="1"),
                element("w:numFmt", val=level.number_format),
                element("w:pStyle", val=level.style_id),
                element("w:suff", val="tab"),
                element("w:lvlText", val=level.text),
                element("w:lvlJc", val="left"),
                element(
                    "w:pPr",
                    element("w:ind", left=str(level.left), hanging=str(level.hanging)),
                ),
                ilvl=str(index),
            )
        )
    return node


def write_numbering(numbering: BaseOxmlElement, lists: list[list[Level]]) -> list[int]:
    """Fill the numbering part with one abstract list and one list instance per entry of
    ``lists`` (each its own counters); returns the ``numId`` of each."""
    for child in list(numbering):
        numbering.remove(child)
    ids = []
    for n, levels in enumerate(lists, start=1):
        numbering.append(abstract_numbering(n, levels))
    for n in range(1, len(lists) + 1):
        numbering.append(element("w:num", element("w:abstractNumId", val=str(n)), numId=str(n)))
        ids.append(n)
    return ids


def number_paragraph_style(style_element: BaseOxmlElement, num_id: int, level: int) -> None:
    """Make a paragraph style numbered: its paragraphs take level ``level`` of list ``num_id``."""
    ppr = style_element.get_or_add_pPr()
    numpr = set_child(ppr, "w:numPr")
    numpr.append(element("w:ilvl", val=str(level)))
    numpr.append(element("w:numId", val=str(num_id)))


# -- footnotes --------------------------------------------------------------------------------


class FootnotesPart(XmlPart):
    """``word/footnotes.xml``: the separator notes Word requires, then one note per footnote."""


_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


def add_footnotes_part(document_part: XmlPart) -> FootnotesPart:
    """Create ``word/footnotes.xml`` and relate it to the document."""
    part = FootnotesPart(
        PackURI("/word/footnotes.xml"), FOOTNOTES_CONTENT_TYPE, parse_xml(_FOOTNOTES_XML),
        document_part.package,
    )  # fmt: skip
    document_part.relate_to(part, RT.FOOTNOTES)
    return part


def footnote(number: int, paragraph: BaseOxmlElement) -> BaseOxmlElement:
    """A ``w:footnote`` holding ``paragraph`` (which starts with the ``w:footnoteRef`` mark)."""
    node = element("w:footnote", id=str(number))
    node.append(paragraph)
    return node


def note_reference_run(number: int, style_id: str, ref_only: bool = False) -> BaseOxmlElement:
    """The run that marks footnote ``number`` in the text (``w:footnoteReference``), or, in the
    note itself, the note's own number (``w:footnoteRef``)."""
    run = element("w:r", element("w:rPr", element("w:rStyle", val=style_id)))
    if ref_only:
        run.append(element("w:footnoteRef"))
    else:
        run.append(element("w:footnoteReference", id=str(number)))
    return run


def marked_note_reference_run(number: int, mark: str) -> BaseOxmlElement:
    """The reference to footnote ``number`` shown as ``mark`` ("*", in the text's own size)
    instead of a number (Word's custom mark: the numbered notes are counted without it)."""
    run = element("w:r")
    run.append(element("w:footnoteReference", customMarkFollows="1", id=str(number)))
    text = element("w:t")
    text.text = mark
    run.append(text)
    return run


def declare_footnotes(settings: BaseOxmlElement) -> None:
    """Name the separator notes in the settings, as Word itself writes them."""
    pr = set_child(settings, "w:footnotePr")
    pr.append(element("w:footnote", id="-1"))
    pr.append(element("w:footnote", id="0"))


# -- fields, paragraphs, tables ----------------------------------------------------------------


def page_field(run_properties: BaseOxmlElement | None = None) -> BaseOxmlElement:
    """A ``PAGE`` field: the page number, which Word updates."""
    run = element("w:r")
    if run_properties is not None:
        run.append(run_properties)
    run.append(element("w:t"))
    run[-1].text = "1"
    return element("w:fldSimple", run, instr=" PAGE ")


def border(edge: str, size_eighths: int, space: int = 0) -> BaseOxmlElement:
    """A single black rule of ``size_eighths`` eighths of a point on ``edge``."""
    return element(
        f"w:{edge}", val="single", sz=str(size_eighths), space=str(space), color="000000"
    )


def paragraph_border(ppr: BaseOxmlElement, edge: str, size_eighths: int, space: int) -> None:
    borders = set_child(ppr, "w:pBdr")
    borders.append(border(edge, size_eighths, space))


def set_bidi(ppr: BaseOxmlElement) -> None:
    set_child(ppr, "w:bidi")


def repeat_header_row(row: BaseOxmlElement) -> None:
    """The row is repeated at the top of every page the table runs on to."""
    set_child(row.get_or_add_trPr(), "w:tblHeader")


def keep_row_together(row: BaseOxmlElement) -> None:
    """The row never splits across a page break."""
    set_child(row.get_or_add_trPr(), "w:cantSplit")
