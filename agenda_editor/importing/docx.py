"""An agenda written in Word: its paragraphs, Word numbering, real footnotes and tables.

python-docx reads the document; what it has no API for (the labels Word numbering gives
paragraphs, the footnotes part) is read from the WordprocessingML underneath. The paragraphs
become :class:`~agenda_editor.importing.agenda.SourceLine` objects for the common reader.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from agenda_editor.core.numbering import _letter, _roman, conventions
from agenda_editor.i18n.labels import LABELS
from agenda_editor.importing.agenda import FOOTNOTE_MARK, ImportResult, SourceLine, read_lines
from agenda_editor.importing.errors import ImportFileError
from agenda_editor.importing.words import normal

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
#: A Word document larger than this is not an agenda (and may be a zip bomb).
MAX_DOCX_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024


class DocxImportError(ImportFileError):
    """A file that cannot be read as a Word document; its problem names it and says why."""


_ANNEX_LABELS = {normal(labels[key]) for labels in LABELS.values() for key in ("annex",)}


class _Numbering:
    """The labels Word numbering gives paragraphs ("1.", "(a)"), counted as Word counts them."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> fmt
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in node.iter(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    int(start.get(f"{W}val", "1")) if start is not None else 1,
                )
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{W}numId", "")] = abstract.get(ref.get(f"{W}val", ""), {})

    def label(self, paragraph: Any) -> str | None:
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return None
        num_id, level = num_pr
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return None
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        text = levels[level][1]
        for shown in range(level + 1):
            fmt, _, start = levels.get(shown, ("decimal", "", 1))
            value = max(counters[shown], 1) + start - 1
            text = text.replace(f"%{shown + 1}", _format(fmt, value))
        return text


#: Word's ``arabicAlpha``: the Arabic letters in alphabetical (hijā'ī) order.
_ARABIC_ALPHA = (*"أبتثجحخدذرزسشصضطظعغفقكلمن", "هـ", "و", "ي")
_CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese(value: int) -> str:
    """``value`` (1 to 999) in Chinese counting numerals, as Word's ``chineseCounting``."""
    if not 0 < value < 1000:
        return str(value)
    hundreds, tens, units = value // 100, value // 10 % 10, value % 10
    text = f"{_CHINESE_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _CHINESE_DIGITS[tens]) + "十"
    elif hundreds and units:
        text += "零"
    return text + (_CHINESE_DIGITS[units] if units else "")


def _format(fmt: str, value: int) -> str:
    if fmt == "arabicAbjad":
        return _letter(value - 1, conventions("ar").letters)
    if fmt == "arabicAlpha":
        return _letter(value - 1, _ARABIC_ALPHA)
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified"):
        return _chinese(value)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(digit) + 0xFEE0) for digit in str(value))
    if fmt == "lowerLetter":
        return _letter(value - 1, tuple("abcdefghijklmnopqrstuvwxyz"))
    if fmt == "upperLetter":
        return _letter(value - 1, tuple("abcdefghijklmnopqrstuvwxyz")).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    return str(value)


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The numbering of a paragraph, its own or its style's."""
    p_pr = paragraph._p.pPr
    candidates = [p_pr.find(f"{W}numPr") if p_pr is not None else None]
    style = paragraph.style
    while style is not None and len(candidates) < 5:
        s_pr = style.element.pPr
        candidates.append(s_pr.find(f"{W}numPr") if s_pr is not None else None)
        style = style.base_style
    for num_pr in candidates:
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{W}numId")
        level = num_pr.find(f"{W}ilvl")
        if num_id is not None and num_id.get(f"{W}val") not in (None, "0"):
            return num_id.get(f"{W}val", ""), int(
                level.get(f"{W}val", "0")
            ) if level is not None else 0
    return None


def _footnotes(document: Any) -> dict[str, str]:
    """The text of each real footnote of the document, by its id."""
    for rel in document.part.rels.values():
        if rel.reltype == FOOTNOTES_REL and not rel.is_external:
            from lxml import etree

            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            root = etree.fromstring(rel.target_part.blob, parser)
            notes = {}
            for note in root.iter(f"{W}footnote"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                    continue
                texts = [_runs_text(p, {})[0] for p in note.iter(f"{W}p")]
                notes[note.get(f"{W}id", "")] = " ".join(t.strip() for t in texts if t.strip())
            return notes
    return {}


def _paragraph_text(paragraph: Any, notes: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """A paragraph's text with its bold, italic, superscript and subscript runs as markup
    tags, and the texts of the footnotes anchored in it (marked by ``FOOTNOTE_MARK``)."""
    return _runs_text(paragraph._p, notes)


def _runs_text(element: Any, notes: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """The text of the runs in ``element`` (a paragraph's XML), as :func:`_paragraph_text`."""
    pieces: list[str] = []
    anchored: list[str] = []
    for run in element.iter(f"{W}r"):
        reference = run.find(f"{W}footnoteReference")
        if reference is not None:
            pieces.append(FOOTNOTE_MARK)
            anchored.append(notes.get(reference.get(f"{W}id", ""), ""))
            continue
        text = "".join(
            node.text or ("\t" if node.tag == f"{W}tab" else "")
            for node in run
            if node.tag in (f"{W}t", f"{W}tab")
        )
        if not text:
            continue
        r_pr = run.find(f"{W}rPr")
        if r_pr is not None:
            align = r_pr.find(f"{W}vertAlign")
            if align is not None and align.get(f"{W}val") == "superscript":
                text = f"<sup>{text}</sup>"
            elif align is not None and align.get(f"{W}val") == "subscript":
                text = f"<sub>{text}</sub>"
            if _on(r_pr.find(f"{W}i")):
                text = f"<i>{text}</i>"
            if _on(r_pr.find(f"{W}b")):
                text = f"<b>{text}</b>"
        pieces.append(text)
    text = "".join(pieces)
    for tag in ("i", "b", "sup", "sub"):
        text = text.replace(f"</{tag}><{tag}>", "")
    return text, tuple(anchored)


def _on(node: Any) -> bool:
    return node is not None and node.get(f"{W}val", "true") not in ("0", "false", "none")


def _check_zip(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        detail = str(error.strerror or error)
        raise DocxImportError.of(path, "import-unreadable", detail=detail) from None
    if size > MAX_DOCX_BYTES:
        raise DocxImportError.of(path, "import-docx-too-large")
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise DocxImportError.of(path, "import-docx-unpacks")
            if "word/document.xml" not in archive.namelist():
                raise DocxImportError.of(path, "import-docx-no-document")
    except zipfile.BadZipFile:
        raise DocxImportError.of(path, "import-docx-not-zip") from None


def _row_cells(row: Any) -> list[Any]:
    """The cells of a table row, each once: python-docx repeats a cell merged across columns
    (``gridSpan``) once per column it spans."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def docx_lines(path: Path) -> list[SourceLine]:
    """The paragraphs and table rows of the Word document at ``path``, in order."""
    _check_zip(path)
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise DocxImportError.of(path, "import-docx-damaged", detail=str(error)) from None
    numbering = _Numbering(document)
    notes = _footnotes(document)
    lines: list[SourceLine] = []
    in_annex = False

    def add_paragraph(paragraph: Any) -> None:
        nonlocal in_annex
        text, anchored = _paragraph_text(paragraph, notes)
        if normal(text) in _ANNEX_LABELS:
            in_annex = True
        style = paragraph.style.name if paragraph.style is not None else ""
        lines.append(
            SourceLine(
                text,
                len(lines) + 1,
                number=numbering.label(paragraph),
                footnotes=anchored,
                heading=style.lower().startswith("heading"),
            )
        )

    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                if in_annex:
                    cells = tuple(
                        "\n".join(_paragraph_text(p, notes)[0] for p in cell.paragraphs)
                        for cell in _row_cells(row)
                    )
                    lines.append(SourceLine("\t".join(cells), len(lines) + 1, cells=cells))
                else:
                    for cell in _row_cells(row):
                        for paragraph in cell.paragraphs:
                            add_paragraph(paragraph)
        else:
            add_paragraph(block)
    return lines


def import_docx(path: Path, lang: str | None = None) -> ImportResult:
    """The meeting the Word document at ``path`` writes."""
    return read_lines(docx_lines(path), lang)
