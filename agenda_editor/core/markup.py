"""Annotation paragraphs: text with bold, italic, superscript, subscript and footnotes.

A paragraph is stored as a string in a deliberately tiny markup: the tags ``<b> <i> <sup> <sub>
<footnote>`` (and their closing forms, written exactly so) and the entities ``&lt; &gt; &amp;``.
Anything else, including ``<img src=...>``, ``<font>`` or a lone ``&``, is text and prints
literally. :func:`parse` turns a paragraph into runs; :func:`serialize` turns runs back.

A paragraph that starts with :data:`LETTERED` is a lettered sub-paragraph ("(a) ...;" in English,
"a) ...;" in French): the letter is not part of its text but follows from its place among the
paragraphs around it, in the style of the language (see
:func:`agenda_editor.core.numbering.sub_paragraph_labels`). The mark belongs to the paragraph of
one language version, like its text: every path that keeps a paragraph keeps its mark.
:func:`parse` leaves it out of the runs; code that rebuilds a paragraph from runs puts it back
with :func:`keep_mark`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from agenda_editor.core.problems import Problem, ProblemError

FORMAT_TAGS = ("b", "i", "sup", "sub")
ALLOWED_TAGS = (*FORMAT_TAGS, "footnote")

#: The mark at the start of a lettered sub-paragraph (nowhere else is it a mark).
LETTERED = "<lettered/>"

_TOKEN = re.compile(r"</?(?:b|i|sup|sub|footnote)>|&(?:lt|gt|amp);")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&"}


class MarkupError(ProblemError):
    """A paragraph whose tags do not nest properly; its problem (``markup-*``) says where."""


def _broken(code: str, **params: str) -> MarkupError:
    return MarkupError(Problem(code, params))


@dataclass(frozen=True)
class Run:
    """Text with one set of formats (a frozenset of ``FORMAT_TAGS``)."""

    text: str
    formats: frozenset[str] = frozenset()


@dataclass
class Footnote:
    """A footnote anchored at this place of the paragraph; its text is formatted runs."""

    runs: list[Run] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return "".join(run.text for run in self.runs)


Inline = Run | Footnote


def _append(runs: list[Run], text: str, formats: frozenset[str]) -> None:
    if not text:
        return
    if runs and runs[-1].formats == formats:
        runs[-1] = Run(runs[-1].text + text, formats)
    else:
        runs.append(Run(text, formats))


def parse(paragraph: str) -> list[Inline]:
    """Runs and footnotes of a paragraph; :class:`MarkupError` when tags do not nest."""
    inlines, problem = _parse_cached(paragraph)
    if problem is not None:
        raise MarkupError(problem)
    # Fresh footnote objects: callers may change them, the cache must not see it.
    return [Footnote(list(i.runs)) if isinstance(i, Footnote) else i for i in inlines]


@functools.lru_cache(maxsize=16384)
def _parse_cached(paragraph: str) -> tuple[tuple[Inline, ...], Problem | None]:
    """Parsing is pure and the rule check re-reads every paragraph after each edit: cache it."""
    try:
        return tuple(_parse(paragraph)), None
    except MarkupError as error:
        return (), error.problem


def _parse(paragraph: str) -> list[Inline]:
    position = len(LETTERED) if is_lettered(paragraph) else 0
    if paragraph.find("<", position) < 0 and paragraph.find("&", position) < 0:
        # No tag and no entity: one run of plain text (most paragraphs of most meetings).
        return [Run(paragraph[position:])] if position < len(paragraph) else []
    result: list[Inline] = []
    open_tags: list[str] = []
    opened_at: list[int] = []
    footnote: Footnote | None = None
    runs: list[Run] = []
    formats: frozenset[str] = frozenset()  # of the open tags but footnote, kept as they change

    def add_text(value: str) -> None:
        _append(footnote.runs if footnote is not None else runs, value, formats)

    # Offsets in messages count from 1.
    for match in _TOKEN.finditer(paragraph, position):
        if match.start() > position:
            add_text(paragraph[position : match.start()])
        token = match.group()
        position = match.end()
        if token.startswith("&"):
            add_text(_ENTITIES[token])
            continue
        at = str(match.start() + 1)
        if token.startswith("</"):
            value = token[2:-1]
            if value not in open_tags:
                raise _broken("markup-not-opened", tag=value, at=at)
            if open_tags[-1] != value:
                inner = open_tags[-1]
                raise _broken("markup-crossed", tag=value, inner=inner, at=at)
            open_tags.pop()
            opened_at.pop()
            if value == "footnote":
                assert footnote is not None
                result.append(footnote)
                footnote = None
        else:
            value = token[1:-1]
            if value == "footnote" and footnote is not None:
                raise _broken("markup-footnote-in-footnote", at=at)
            if value in open_tags:
                raise _broken("markup-reopened", tag=value, at=at)
            if value == "footnote":
                result.extend(runs)
                runs = []
                footnote = Footnote()
            open_tags.append(value)
            opened_at.append(match.start() + 1)
        formats = frozenset(tag for tag in open_tags if tag != "footnote")
    if position < len(paragraph):
        add_text(paragraph[position:])
    if open_tags:
        raise _broken("markup-not-closed", tag=open_tags[-1], at=str(opened_at[-1]))
    result.extend(runs)
    return result


def is_lettered(paragraph: str) -> bool:
    """Whether the paragraph is marked as a lettered sub-paragraph."""
    return paragraph.startswith(LETTERED)


def set_lettered(paragraph: str, lettered: bool) -> str:
    """The paragraph with its lettered mark put on or taken off (its text unchanged)."""
    bare = paragraph[len(LETTERED) :] if is_lettered(paragraph) else paragraph
    return LETTERED + bare if lettered else bare


def keep_mark(source: str, rebuilt: str) -> str:
    """``rebuilt`` (a paragraph made anew from the runs of ``source``) with ``source``'s mark."""
    return set_lettered(rebuilt, is_lettered(source))


def validate(paragraph: str) -> str | None:
    """The problem with a paragraph's markup in English, or ``None`` when it is well formed."""
    problem = _parse_cached(paragraph)[1]
    return None if problem is None else problem.english()


def markup_problem(paragraph: str) -> Problem | None:
    """The problem with a paragraph's markup, to be worded in any language, or ``None``."""
    return _parse_cached(paragraph)[1]


def escape(text: str) -> str:
    """Text made safe to put into a paragraph: it will print exactly as given."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def serialize_paragraph(inlines: list[Inline], lettered: bool = False) -> str:
    """The markup of a whole paragraph: its runs and footnotes, with the lettered mark if asked."""
    return set_lettered(serialize(inlines), lettered)


def _serialize_runs(runs: list[Run]) -> str:
    out = []
    for run in runs:
        tags = [tag for tag in FORMAT_TAGS if tag in run.formats]
        out.append(
            "".join(f"<{t}>" for t in tags)
            + escape(run.text)
            + "".join(f"</{t}>" for t in reversed(tags))
        )
    return "".join(out)


def serialize(inlines: list[Inline]) -> str:
    """The paragraph markup for runs and footnotes (inverse of :func:`parse`)."""
    out = []
    for inline in inlines:
        if isinstance(inline, Footnote):
            out.append("<footnote>" + _serialize_runs(inline.runs) + "</footnote>")
        else:
            out.append(_serialize_runs([inline]))
    return "".join(out)


def plain_text(paragraph: str, with_footnotes: bool = False) -> str:
    """The paragraph's text without markup (footnote texts left out unless asked for)."""
    parts = []
    for inline in parse(paragraph):
        if isinstance(inline, Footnote):
            if with_footnotes:
                parts.append(inline.plain)
        else:
            parts.append(inline.text)
    return "".join(parts)


def footnotes(paragraph: str) -> list[Footnote]:
    return [inline for inline in parse(paragraph) if isinstance(inline, Footnote)]
