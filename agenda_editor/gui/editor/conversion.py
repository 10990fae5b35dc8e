"""Annotation markup <-> QTextDocument, both ways, keeping only what the document allows.

A paragraph of markup (see :mod:`agenda_editor.core.markup`) is one block of the text document.
Bold, italic, superscript and subscript are character formats. A footnote is one object
character (U+FFFC) whose character format has the object type :data:`FOOTNOTE_OBJECT` and holds
the footnote's own markup in the property :data:`FOOTNOTE_PROPERTY`; the editor draws it as its
number. A lettered sub-paragraph is a block whose format has :data:`LETTERED_PROPERTY` set (and
an indent, where the editor draws its letter). Everything else a text document can hold (fonts,
colours, tables, images, links) is not read back: its text is kept, its formatting dropped.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from agenda_editor.core import markup
from agenda_editor.core.markup import Footnote, Inline, Run

#: The object type of a footnote mark in the text document.
FOOTNOTE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
#: The character-format property holding a footnote's own markup.
FOOTNOTE_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
#: The block-format property of a lettered sub-paragraph.
LETTERED_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
#: The character that stands for an inline object (a footnote mark).
OBJECT_CHARACTER = "\ufffc"

#: A weight from which a pasted font counts as bold (semi-bold and heavier).
_BOLD_FROM = 600
_LINE_BREAKS = str.maketrans({"\u2028": " ", "\u2029": " ", "\n": " ", "\r": " "})


def char_format(formats: frozenset[str] | set[str] = frozenset()) -> QTextCharFormat:
    """A character format with exactly these of bold, italic, superscript, subscript."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if "b" in formats else QFont.Weight.Normal)
    fmt.setFontItalic("i" in formats)
    if "sup" in formats:
        alignment = QTextCharFormat.VerticalAlignment.AlignSuperScript
    elif "sub" in formats:
        alignment = QTextCharFormat.VerticalAlignment.AlignSubScript
    else:
        alignment = QTextCharFormat.VerticalAlignment.AlignNormal
    fmt.setVerticalAlignment(alignment)
    return fmt


def formats_of(fmt: QTextCharFormat) -> frozenset[str]:
    """Which of bold, italic, superscript and subscript a character format has."""
    found = set()
    if fmt.fontWeight() >= _BOLD_FROM:
        found.add("b")
    if fmt.fontItalic():
        found.add("i")
    alignment = fmt.verticalAlignment()
    if alignment == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        found.add("sup")
    elif alignment == QTextCharFormat.VerticalAlignment.AlignSubScript:
        found.add("sub")
    return frozenset(found)


def footnote_format(footnote_markup: str) -> QTextCharFormat:
    """The format of a footnote mark holding the footnote's markup (its runs, no tags around)."""
    fmt = char_format()
    fmt.setObjectType(FOOTNOTE_OBJECT)
    fmt.setProperty(FOOTNOTE_PROPERTY, footnote_markup)
    return fmt


def is_footnote(fmt: QTextFormat) -> bool:
    return fmt.objectType() == FOOTNOTE_OBJECT and fmt.hasProperty(FOOTNOTE_PROPERTY)


def footnote_runs(fmt: QTextFormat) -> list[Run]:
    """The runs of the footnote a mark holds; malformed markup is taken as plain text."""
    value = fmt.property(FOOTNOTE_PROPERTY)
    text = value if isinstance(value, str) else ""
    try:
        inlines = markup.parse(text)
    except markup.MarkupError:
        return [Run(text)] if text else []
    runs: list[Run] = []
    for inline in inlines:
        runs.extend(inline.runs if isinstance(inline, Footnote) else [inline])
    return runs


def runs_markup(runs: list[Run]) -> str:
    """The markup of formatted runs without footnotes (what a footnote mark holds)."""
    return markup.serialize(list(runs))


def clean_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """The format for typing after ``fmt``: its bold/italic/... without any footnote object."""
    return char_format(formats_of(fmt))


# -- document -> markup ------------------------------------------------------------------------


def _block_inlines(block: QTextBlock, start: int, end: int) -> list[Inline]:
    """Runs and footnotes of the block's characters within [start, end) of the document."""
    result: list[Inline] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        frag_start = fragment.position()
        lo, hi = max(start, frag_start), min(end, frag_start + fragment.length())
        if lo >= hi:
            continue
        text = fragment.text()[lo - frag_start : hi - frag_start]
        fmt = fragment.charFormat()
        if is_footnote(fmt):
            # Marks, and any text that took the mark's format: text stays text.
            for char in text:
                if char == OBJECT_CHARACTER:
                    result.append(Footnote(footnote_runs(fmt)))
                else:
                    _add_text(result, char, fmt)
        else:
            _add_text(result, text.replace(OBJECT_CHARACTER, ""), fmt)
    return result


def _add_text(result: list[Inline], text: str, fmt: QTextCharFormat) -> None:
    text = text.translate(_LINE_BREAKS)
    if not text:
        return
    formats = formats_of(fmt)
    last = result[-1] if result else None
    if isinstance(last, Run) and last.formats == formats:
        result[-1] = Run(last.text + text, formats)
    else:
        result.append(Run(text, formats))


def markup_between(document: QTextDocument, start: int, end: int) -> list[str]:
    """The paragraphs of markup for the characters from ``start`` to ``end`` of the document."""
    paragraphs: list[str] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        inlines = _block_inlines(block, start, end)
        paragraphs.append(markup.serialize_paragraph(inlines, is_lettered_block(block)))
        block = block.next()
    return paragraphs


def to_markup(document: QTextDocument) -> list[str]:
    """The annotation paragraphs the document holds; trailing empty paragraphs (lettered or
    not) are left out."""
    paragraphs = markup_between(document, 0, document.characterCount())
    while paragraphs and not markup.set_lettered(paragraphs[-1], False):
        paragraphs.pop()
    return paragraphs


def html_to_markup(html: str) -> list[str]:
    """Paragraphs of markup from HTML (a word processor's clipboard): bold/italic/sup/sub kept."""
    document = QTextDocument()
    document.setHtml(html)
    paragraphs = to_markup(document)
    # Tables and lists leave empty blocks between cells; a paragraph of nothing is dropped.
    return [p for p in paragraphs if markup.plain_text(p).strip()]


def text_to_markup(text: str) -> list[str]:
    """Paragraphs of markup from plain text: one paragraph per non-empty line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [markup.escape(line) for line in lines if line.strip()]


def footnote_marks(document: QTextDocument) -> list[tuple[int, list[Run]]]:
    """Each footnote mark of the document, in order: its position and its runs."""
    marks = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            if fragment.isValid() and is_footnote(fragment.charFormat()):
                for offset, char in enumerate(fragment.text()):
                    if char == OBJECT_CHARACTER:
                        marks.append(
                            (fragment.position() + offset, footnote_runs(fragment.charFormat()))
                        )
        block = block.next()
    return marks


# -- markup -> document -------------------------------------------------------------------------


def insert_inlines(cursor: QTextCursor, inlines: list[Inline]) -> None:
    for inline in inlines:
        if isinstance(inline, Footnote):
            cursor.insertText(OBJECT_CHARACTER, footnote_format(runs_markup(inline.runs)))
        else:
            cursor.insertText(inline.text, char_format(inline.formats))


def parse_lenient(paragraph: str) -> list[Inline]:
    """The paragraph's runs; malformed markup is shown as its literal text."""
    try:
        return markup.parse(paragraph)
    except markup.MarkupError:
        text = markup.set_lettered(paragraph, False)
        return [Run(text)] if text else []


def paragraph_format(lettered: bool = False) -> QTextBlockFormat:
    """The look of a paragraph in the editor: a little space after it, as in print; a lettered
    sub-paragraph is indented one step (its letter is drawn in the indent)."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(6)
    fmt.setIndent(1 if lettered else 0)
    fmt.setProperty(LETTERED_PROPERTY, lettered)
    return fmt


def is_lettered_block(block: QTextBlock) -> bool:
    return bool(block.blockFormat().boolProperty(LETTERED_PROPERTY))


def insert_markup(cursor: QTextCursor, paragraphs: list[str]) -> None:
    """Insert paragraphs at the cursor: the first continues the current paragraph (and keeps
    its lettering); each further one is lettered as its markup says."""
    for number, paragraph in enumerate(paragraphs):
        if number:
            cursor.insertBlock(paragraph_format(markup.is_lettered(paragraph)))
        insert_inlines(cursor, parse_lenient(paragraph))
    cursor.setCharFormat(clean_format(cursor.charFormat()))


def set_markup(document: QTextDocument, paragraphs: list[str]) -> None:
    """Replace the document's content by the paragraphs."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setCharFormat(char_format())
    cursor.setBlockFormat(paragraph_format(bool(paragraphs) and markup.is_lettered(paragraphs[0])))
    insert_markup(cursor, paragraphs)
    cursor.endEditBlock()


def strip_footnotes(paragraphs: list[str]) -> list[str]:
    """The paragraphs without their footnotes (for a field where footnotes cannot go)."""
    return [
        markup.keep_mark(
            p, markup.serialize([i for i in parse_lenient(p) if not isinstance(i, Footnote)])
        )
        for p in paragraphs
    ]


def to_html(paragraphs: list[str]) -> str:
    """Simple HTML for the clipboard: paragraphs with b/i/sup/sub; footnotes left out."""
    return "".join(f"<p>{markup.set_lettered(p, False)}</p>" for p in strip_footnotes(paragraphs))
