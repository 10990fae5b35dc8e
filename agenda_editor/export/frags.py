"""Paragraph fragments made from spans directly, without ReportLab's markup parser.

A ReportLab paragraph is a list of fragments (text in one face, size, colour and rise). Making
them from :mod:`~agenda_editor.export.rich` markup meant parsing the markup of every paragraph
again (an HTML parser and a stack of tags: the largest share of making a paragraph). Here each
kind of piece (face, superscript or subscript, the untranslated colour) is parsed once per style,
from the very markup :func:`~agenda_editor.export.rich.to_markup` writes for it, and every piece
of text of that kind is a copy of that fragment: the fragments are those the parser makes, with
the text as the parser leaves it (runs of white space made one space, as ReportLab's paragraph
cleans its text).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from agenda_editor.export import rich
from agenda_editor.export.rich import Span

__all__ = ["copy", "frags", "merged_pieces"]

#: (style's face, size, colour, markup of the piece) -> the parser's fragment for it.
_TEMPLATES: dict[tuple[str, float, str, str], ParaFrag] = {}
_PROBE = "x"


def copy(frag: ParaFrag, **changes: Any) -> ParaFrag:
    """``frag.clone(**changes)``: a fragment of the same attributes with ``changes``, made
    without the keyword arguments ReportLab's ``clone`` passes its class (twice as fast: a
    paragraph's fragments and the runs of each of its lines are such copies)."""
    if type(frag) is not ParaFrag:
        return frag.clone(**changes)
    made: ParaFrag = object.__new__(ParaFrag)
    state = made.__dict__
    state.update(frag.__dict__)
    state.update(changes)
    return made


def merged_pieces(spans: list[Span], lang: str, merge: bool = True) -> list[tuple[str, str]]:
    """(markup around the text, text as the parser leaves it) of each piece; with ``merge``,
    neighbours of one kind joined (a paragraph of one face is one fragment, which ReportLab
    breaks and draws as one), else split where the parser splits them, at ``&``, ``<`` and
    ``>``."""
    raw = rich.pieces(spans, lang)
    nbsp = any("\xa0" in text for _, text in raw)
    out: list[tuple[str, str]] = []
    for wrapper, text in raw:
        if not text:
            continue  # no text between the tags: the parser makes no fragment
        text = _cleaned(text, nbsp)
        if merge:
            if out and out[-1][0] == wrapper and wrapper != rich.NOTE_WRAPPER:
                out[-1] = (wrapper, out[-1][1] + text)
            else:
                out.append((wrapper, text))
        else:
            out += [(wrapper, part) for part in _ENTITIES.split(text) if part]
    return out


def _template(style: ParagraphStyle, wrapper: str) -> ParaFrag:
    key = (style.fontName, style.fontSize, repr(style.textColor), wrapper)
    frag = _TEMPLATES.get(key)
    if frag is None:
        parsed = ParaParser().parse(wrapper.format(_PROBE), style)[1]
        if parsed is None or len(parsed) != 1 or parsed[0].text != _PROBE:
            raise ValueError(f"unexpected fragments for {wrapper!r}")
        frag = _TEMPLATES[key] = parsed[0]
    return frag


#: The characters the parser reads as entities: each is a fragment of its own.
_ENTITIES = re.compile("([&<>])")
#: White space as ReportLab's paragraph cleaning splits on when the text has a no-break
#: space (which it keeps); without one it splits as ``str.split`` does.
_SPACES = "".join(paragraph._wsc)


def _cleaned(text: str, nbsp: bool) -> str:
    """The text as ReportLab's paragraph cleans it: every run of white space one space."""
    if "  " not in text and text.isprintable():
        return text  # no run of spaces, no tab, no line break, no other space
    if nbsp:
        words = " ".join(w for w in paragraph._wsc_re_split(text) if w)
        starts, ends = text[0] in _SPACES, text[-1] in _SPACES
    else:
        words = " ".join(text.split())
        starts, ends = text[0].isspace(), text[-1].isspace()
    if not words:
        return " "
    return (" " if starts else "") + words + (" " if ends else "")


def frags(
    spans: list[Span], lang: str, style: ParagraphStyle, merge: bool = True
) -> list[Any] | None:
    """The fragments ReportLab's parser makes of ``rich.to_markup(spans, lang)`` in ``style``;
    with ``merge``, neighbouring pieces of one kind joined (not for Chinese: its line breaking
    needs the pieces, see :mod:`.cjk`). ``None`` for text with line breaks, which ReportLab
    cleans line by line: that text goes through the parser."""
    if any("\n" in span.text for span in spans):
        return None
    return [
        copy(_template(style, wrapper), text=text, link=[], us_lines=[])
        for wrapper, text in merged_pieces(spans, lang, merge)
    ]
