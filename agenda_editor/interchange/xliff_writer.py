"""Writing a language version of a meeting as an XLIFF 1.2 file for translation tools.

One ``<file>`` whose ``original`` is the meeting's symbol, ``source-language`` its original
language and ``target-language`` the version to translate; one ``<trans-unit>`` per text (see
:mod:`agenda_editor.core.exchange` for the ids), in document order, with a ``<note>`` saying
where the text is and, when the version has it already, a ``<target state="translated">``.

Inline content (docs/translation-exchange.md): bold, italic, superscript and subscript are
``<g ctype="bold|italic|x-sup|x-sub">``; a footnote is ``<x id="fnN" ctype="x-footnote"/>`` in
its paragraph, its text the next unit; document symbols are ``<mrk mtype="protected">``.
"""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from agenda_editor import __version__
from agenda_editor.atomic import replacing
from agenda_editor.core import markup
from agenda_editor.core.exchange import ExchangeError, NoteMark, Piece, Unit, units
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.core.rules import SYMBOL_PATTERN

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
TOOL_ID = "agenda-editor"
DATATYPE = "x-agenda-editor"
#: Our formats and the ``ctype`` of the ``<g>`` that carries them.
CTYPES = {"b": "bold", "i": "italic", "sup": "x-sup", "sub": "x-sub"}
FOOTNOTE_CTYPE = "x-footnote"


def _q(name: str) -> str:
    return f"{{{XLIFF_NS}}}{name}"


def protected_symbols(meeting: Meeting) -> list[str]:
    """The document symbols of the meeting, longest first (the ones to protect in texts)."""
    symbols = {meeting.symbol.strip()}
    for item in meeting.walk():
        symbols.update(document.symbol.strip() for document in item.documents)
    return sorted((s for s in symbols if s), key=len, reverse=True)


def _symbol_pattern(meeting: Meeting) -> re.Pattern[str]:
    known = "|".join(re.escape(symbol) for symbol in protected_symbols(meeting))
    # Besides the symbols the meeting lists, anything written like one with letters and digits
    # ("E/CN.7/2009/CRP.6"); :meth:`_Content._protected` leaves out "and/or" and "7/2".
    return re.compile(rf"{known}|{SYMBOL_PATTERN.pattern}" if known else SYMBOL_PATTERN.pattern)


class _Content:
    """Builds the mixed content of a ``<source>`` or ``<target>``."""

    def __init__(self, element: ET.Element, symbols: re.Pattern[str]) -> None:
        self.stack = [element]
        self.formats: list[str] = []
        self.symbols = symbols
        self.group = 0

    def _text(self, text: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def _protected(self, text: str) -> None:
        position = 0
        for match in self.symbols.finditer(text):
            symbol = match.group()
            if not (any(ch.isdigit() for ch in symbol) and any(ch.isalpha() for ch in symbol)):
                continue  # "and/or", "7/2", "11/06/2026": not document symbols
            self._text(text[position : match.start()])
            ET.SubElement(self.stack[-1], _q("mrk"), {"mtype": "protected"}).text = symbol
            position = match.end()
        self._text(text[position:])

    def _set_formats(self, wanted: frozenset[str]) -> None:
        while self.formats and not set(self.formats) <= wanted:
            self.formats.pop()
            self.stack.pop()
        for tag in markup.FORMAT_TAGS:
            if tag in wanted and tag not in self.formats:
                self.group += 1
                attributes = {"id": str(self.group), "ctype": CTYPES[tag]}
                self.stack.append(ET.SubElement(self.stack[-1], _q("g"), attributes))
                self.formats.append(tag)

    def add(self, piece: Piece) -> None:
        if isinstance(piece, NoteMark):
            self._set_formats(frozenset())
            attributes = {
                "id": f"fn{piece.number}",
                "ctype": FOOTNOTE_CTYPE,
                "equiv-text": f"[{piece.number}]",
            }
            ET.SubElement(self.stack[-1], _q("x"), attributes)
        else:
            self._set_formats(piece.formats)
            self._protected(piece.text)


def _content(parent: ET.Element, tag: str, pieces: list[Piece], symbols: re.Pattern[str]) -> None:
    element = ET.SubElement(parent, _q(tag))
    builder = _Content(element, symbols)
    for piece in pieces:
        builder.add(piece)


def _unit(body: ET.Element, unit: Unit, symbols: re.Pattern[str], copy_source: bool) -> None:
    element = ET.SubElement(body, _q("trans-unit"), {"id": unit.id, "resname": unit.id})
    _content(element, "source", unit.source, symbols)
    if unit.target is not None:
        _content(element, "target", unit.target, symbols)
        element[-1].set("state", "translated")
    elif copy_source:
        _content(element, "target", unit.source, symbols)
        element[-1].set("state", "needs-translation")
    ET.SubElement(element, _q("note"), {"from": TOOL_ID}).text = unit.where


def to_xliff(meeting: Meeting, lang: str, copy_source: bool = False) -> bytes:
    """The XLIFF document (UTF-8 bytes) that sends the meeting out for translation into
    ``lang``; :class:`~agenda_editor.core.exchange.ExchangeError` (a ``ValueError``) for the
    original language or a language we do not have.

    An untranslated text has no ``<target>``, unless ``copy_source``: then its target is a copy
    of the source marked ``state="needs-translation"`` (for tools that translate only existing
    targets, such as OmegaT's XLIFF filter); the merge does not take such a copy.
    """
    if lang not in LANGUAGES:
        raise ExchangeError(
            "xliff-unknown-language", lang=repr(lang), languages=", ".join(LANGUAGES)
        )
    if lang == meeting.original_language:
        raise ExchangeError("xliff-original-language", lang=repr(lang))
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(_q("xliff"), {"version": "1.2"})
    file = ET.SubElement(
        root,
        _q("file"),
        {
            "original": meeting.symbol,
            "source-language": meeting.original_language,
            "target-language": lang,
            "datatype": DATATYPE,
            "tool-id": TOOL_ID,
        },
    )
    header = ET.SubElement(file, _q("header"))
    ET.SubElement(
        header,
        _q("tool"),
        {"tool-id": TOOL_ID, "tool-name": "Agenda Editor", "tool-version": __version__},
    )
    ET.SubElement(header, _q("note")).text = (
        f"{meeting.symbol}: provisional agenda and annotations, to be translated from "
        f"{meeting.original_language} into {lang}. Keep the tags: <g> is formatting, <x/> the "
        'place of a footnote (its text is a unit of its own); <mrk mtype="protected"> '
        "marks document symbols, which are not translated."
    )
    body = ET.SubElement(file, _q("body"))
    symbols = _symbol_pattern(meeting)
    for unit in units(meeting, lang):
        _unit(body, unit, symbols, copy_source)
    _indent(root)
    text = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'.encode()


#: The elements that hold other elements only; source, target and note hold text.
_STRUCTURE = frozenset(_q(tag) for tag in ("xliff", "file", "header", "body", "trans-unit"))


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent the structure two spaces a level, never inside a text (unlike ``ET.indent``)."""
    if element.tag not in _STRUCTURE or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def save_xliff(meeting: Meeting, lang: str, path: str | Path, copy_source: bool = False) -> None:
    """Write :func:`to_xliff` to ``path`` atomically (the file is whole or untouched)."""
    path = Path(path)
    data = to_xliff(meeting, lang, copy_source)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    try:
        with replacing(path) as temporary:
            temporary.write_bytes(data)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from error
