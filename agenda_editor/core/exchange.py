"""Translation exchange: the meeting's texts as units a translation tool translates one by one.

Every text of the original (see :mod:`agenda_editor.core.translation_status`) is one
:class:`Unit` with a stable id made from our own ids, a description of where it is, its source
(the original) and its target (the translation into the exchange language, ``None`` when there
is none yet). The content of a unit is a list of pieces: :class:`~agenda_editor.core.markup.Run`
(text with bold, italic, superscript, subscript) and :class:`NoteMark`, the place of a footnote
in its paragraph; the footnote's own text is the next unit. The file format (XLIFF) is written
and read in :mod:`agenda_editor.interchange`; merging a translation back is
:mod:`agenda_editor.core.exchange_merge`.

Unit ids::

    meeting/body                      a masthead field (body, subsidiary_body, session, venue,
                                      title)
    ITEM/title                        the title of the item whose id is ITEM
    ITEM/p3                           its third annotation paragraph
    ITEM/p3/fn1                       the first footnote of that paragraph
    ITEM/doc/A/CN.9/1234              the title of the reference document with that symbol
    ITEM/doc#2                        ... of the second document, when its symbol is blank or
                                      listed twice in the item
    body/BODY                         the name of the timetable's body whose id is BODY

Body names are texts of the exchange but not of the translation mode's list; their ref is
``TextRef("body", field=BODY)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.core.problems import Problem

#: A unit's kind says what content its target may have.
PLAIN, PARAGRAPH, FOOTNOTE = "plain", "paragraph", "footnote"

_FIELD_NAMES = {
    "body": "body",
    "subsidiary_body": "subsidiary body",
    "session": "session",
    "venue": "venue",
    "title": "document title",
    "reissue_note": "reissue note",
}


@dataclass(frozen=True)
class NoteMark:
    """The place of footnote ``number`` (1-based, as in the original paragraph)."""

    number: int


Piece = markup.Run | NoteMark


@dataclass
class Unit:
    """One text to translate: ``where`` says in English where it is in the document."""

    id: str
    ref: ts.TextRef
    kind: str
    where: str
    source: list[Piece]
    target: list[Piece] | None


class ExchangeError(ValueError):
    """A translation file that cannot be merged into this meeting: ``problem`` says why (a code
    of :data:`agenda_editor.core.problems.TEMPLATES` and its values), ``str()`` in English."""

    def __init__(self, code: str, **params: object) -> None:
        self.problem = Problem(code, {name: str(value) for name, value in params.items()})
        super().__init__(self.problem.english())


# -- content -----------------------------------------------------------------------------------


def pieces_of_paragraph(paragraph: str) -> list[Piece]:
    """A paragraph's runs with each footnote replaced by its :class:`NoteMark`."""
    pieces: list[Piece] = []
    number = 0
    for inline in markup.parse(paragraph):
        if isinstance(inline, markup.Footnote):
            number += 1
            pieces.append(NoteMark(number))
        else:
            pieces.append(inline)
    return pieces


def plain_pieces(text: str) -> list[Piece]:
    return [markup.Run(text)] if text else []


def normalized(pieces: list[Piece]) -> list[Piece]:
    """The same content with neighbouring runs of one format joined and empty runs dropped."""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, markup.Run):
            if not piece.text:
                continue
            last = out[-1] if out else None
            if isinstance(last, markup.Run) and last.formats == piece.formats:
                out[-1] = markup.Run(last.text + piece.text, piece.formats)
                continue
        out.append(piece)
    return out


def shown(pieces: list[Piece] | None) -> str:
    """The content as one line of plain text, footnotes as "[1]" (for reports)."""
    if not pieces:
        return ""
    text = "".join(
        f"[{piece.number}]" if isinstance(piece, NoteMark) else piece.text for piece in pieces
    )
    return " ".join(text.split())


def same_content(first: list[Piece], second: list[Piece]) -> bool:
    """Whether two contents are the same text, formats and footnotes (spacing aside)."""

    def key(pieces: list[Piece]) -> list[tuple[str, frozenset[str] | int]]:
        out: list[tuple[str, frozenset[str] | int]] = []
        for piece in normalized(pieces):
            if isinstance(piece, NoteMark):
                out.append(("", piece.number))
            else:
                out.append((" ".join(piece.text.split()), piece.formats))
        return [entry for entry in out if entry[0] or isinstance(entry[1], int)]

    return key(first) == key(second)


def is_blank(pieces: list[Piece] | None) -> bool:
    return not pieces or not shown([p for p in pieces if isinstance(p, markup.Run)]).strip()


# -- the units of a meeting --------------------------------------------------------------------


def document_keys(item: AgendaItem) -> list[str]:
    """The id part of each reference document of the item: its symbol, or "#n" when blank
    or used twice."""
    counts = Counter(document.symbol.strip() for document in item.documents)
    keys = []
    for index, document in enumerate(item.documents):
        symbol = document.symbol.strip()
        keys.append(f"/{symbol}" if symbol and counts[symbol] == 1 else f"#{index + 1}")
    return keys


def unit_id(meeting: Meeting, ref: ts.TextRef) -> str:
    if ref.kind == "meeting":
        return f"meeting/{ref.field}"
    base = ref.item_id or ""
    if ref.kind == "title":
        return f"{base}/title"
    if ref.kind == "document":
        return f"{base}/doc{document_keys(meeting.item(base))[ref.index]}"
    paragraph = f"{base}/p{ref.index + 1}"
    return paragraph if ref.kind == "paragraph" else f"{paragraph}/fn{ref.note + 1}"


def describe(meeting: Meeting, ref: ts.TextRef, paths: Mapping[str, tuple[int, ...]]) -> str:
    """Where the text is, in English: "Item 2 (b), annotation paragraph 3"."""
    if ref.kind == "meeting":
        return f"Meeting, {_FIELD_NAMES.get(ref.field or '', ref.field or '')}"
    item = f"Item {reference(paths[ref.item_id or ''], 'en')}"
    if ref.kind == "title":
        return f"{item}, title"
    if ref.kind == "document":
        symbol = meeting.item(ref.item_id or "").documents[ref.index].symbol.strip()
        return f"{item}, title of document {symbol or ref.index + 1}"
    where = f"{item}, annotation paragraph {ref.index + 1}"
    return where if ref.kind == "paragraph" else f"{where}, footnote {ref.note + 1}"


def _kind(ref: ts.TextRef) -> str:
    return {"paragraph": PARAGRAPH, "footnote": FOOTNOTE}.get(ref.kind, PLAIN)


def _content(meeting: Meeting, ref: ts.TextRef, lang: str) -> list[Piece] | None:
    """The text at ``ref`` in ``lang`` as pieces; ``None`` when it is blank or unreadable."""
    if not ts.is_translated(meeting, ref, lang):
        return None
    if ref.kind in ("paragraph", "footnote"):
        paragraph = meeting.item(ref.item_id or "").annotation[lang][ref.index]
        try:
            if ref.kind == "paragraph":
                return pieces_of_paragraph(paragraph)
            return list(markup.footnotes(paragraph)[ref.note].runs)
        except markup.MarkupError:
            return None  # the checks report broken markup; such a text is not exchanged
    return plain_pieces(ts.text_of(meeting, ref, lang) or "")


def body_name(meeting: Meeting, body_id: str, lang: str) -> str | None:
    """The name of the timetable's body ``body_id`` in ``lang``; ``None`` when blank."""
    for body in meeting.timetable.bodies:
        if body.id == body_id:
            name = body.name.get(lang, "")
            return name if name.strip() else None
    return None


def _body_units(meeting: Meeting, lang: str) -> list[Unit]:
    out = []
    for number, body in enumerate(meeting.timetable.bodies, start=1):
        source = body_name(meeting, body.id, meeting.original_language)
        if source is None:
            continue
        target = body_name(meeting, body.id, lang) if lang != meeting.original_language else None
        out.append(
            Unit(
                f"body/{body.id}",
                ts.TextRef("body", field=body.id),
                PLAIN,
                f"Organization of work, name of body {number}",
                plain_pieces(source),
                plain_pieces(target) if target is not None else None,
            )
        )
    return out


def units(meeting: Meeting, lang: str) -> list[Unit]:
    """Every text of the original as a unit, in document order, with its ``lang`` translation.

    A text whose original markup does not parse is left out (the rule check reports it).
    """
    paths = item_paths(meeting)
    out = []
    for ref in ts.texts(meeting):
        if ref.kind == "body":
            continue  # the translation status lists bodies too; their units come below
        source = _content(meeting, ref, meeting.original_language)
        if source is None:
            continue
        target = _content(meeting, ref, lang) if lang != meeting.original_language else None
        where = describe(meeting, ref, paths)
        out.append(Unit(unit_id(meeting, ref), ref, _kind(ref), where, source, target))
    return out + _body_units(meeting, lang)
