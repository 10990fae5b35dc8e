"""Paragraphs that work out their lines once per width, and break them faster.

The layout asks a paragraph for its size again and again (keeping a heading with what follows,
fitting a paragraph and its footnotes at the foot of a page, splitting it): ReportLab breaks the
lines anew at each call although they only depend on the width. These paragraphs keep the lines
of the last width they were wrapped to and answer at once when asked for that width again.

A paragraph of several fragments (a footnote marker, a bold or italic run) is broken by
:func:`break_frag_lines`, which makes the very lines ReportLab's ``Paragraph.breakLines`` makes
(the same ``FragLine`` records, word lists and widths, down to the last bit) for text without
images, soft hyphens, line breaks, hyphenation, shaping or bidi, and leaves every other paragraph
to ReportLab. ReportLab's loop measures, compares and re-joins every word of a line as it goes;
here the words of one run are joined once, when the line ends.
"""

from __future__ import annotations

from string import whitespace
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Paragraph, paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines

from agenda_editor.export.cjk import CjkParagraph
from agenda_editor.export.drawn import draw_on
from agenda_editor.export.frags import copy

__all__ = ["CjkPara", "Para", "WrapOnce", "break_frag_lines"]

#: What tells two fragments apart when ReportLab joins the words of a line into runs.
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def _same_frag(f: Any, g: Any) -> bool:
    """ReportLab's ``sameFrag`` as its own pure-Python version writes it. Its C version (in
    rl_accel) is several times slower on our fragments, and a paragraph of several fragments
    (one with a footnote) asks it for every word: breaking such a paragraph of 60 words took
    0.65 ms with it, 0.45 ms with this."""
    fdict = f.__dict__
    gdict = g.__dict__
    if "cbDefn" in fdict or "lineBreak" in fdict or "cbDefn" in gdict or "lineBreak" in gdict:
        return False
    return [fdict.get(k) for k in _COMPARED] == [gdict.get(k) for k in _COMPARED]


paragraph.sameFrag = _same_frag

_TEXT = paragraph._FK_TEXT
_HSFrag = paragraph._HSFrag  # a word followed by a space
_SHY = paragraph._shy
#: Word lists of a paragraph already broken once that this module breaks again: a word, and a
#: word followed by a space (not the pieces of a split or hyphenated word, nor injected breaks).
_PLAIN_WORDS = (list, _HSFrag)


#: (face, size) -> (the font, word -> width): each width asked of ReportLab once (a face
#: registered anew under a known name starts afresh).
_WIDTHS: dict[tuple[str, float], tuple[object, dict[str, float]]] = {}
#: (face, size) -> (the font, its ascent and descent), as :data:`_WIDTHS` keeps the font.
_BOUNDS: dict[tuple[str, float], tuple[object, tuple[float, float]]] = {}
#: Widths kept in :data:`_WIDTHS` before it is emptied.
_KEPT = 200_000
_kept = 0


def _widths(name: str, size: float) -> dict[str, float]:
    """Word -> width in this face and size, as far as measured (see :func:`_width`)."""
    global _kept
    font = getFont(name)
    known = _WIDTHS.get((name, size))
    if known is None or known[0] is not font:
        if _kept > _KEPT:
            _WIDTHS.clear()
            _kept = 0
        known = _WIDTHS[(name, size)] = (font, {})
    return known[1]


def _width(widths: dict[str, float], word: str, name: str, size: float) -> float:
    global _kept
    found = widths[word] = stringWidth(word, name, size)
    _kept += 1
    return found


def _space(name: str, size: float) -> float:
    widths = _widths(name, size)
    found = widths.get(" ")
    return _width(widths, " ", name, size) if found is None else found


def _bounds(name: str, size: float) -> tuple[float, float]:
    font = getFont(name)
    found = _BOUNDS.get((name, size))
    if found is None or found[0] is not font:
        found = _BOUNDS[(name, size)] = (font, getAscentDescent(name, size))
    return found[1]


def _frag_words(frags: list[Any]) -> list[list[Any]] | None:
    """The paragraph's words as ReportLab's ``_getFragWords`` makes them (``[width, (frag,
    text), ...]``, a word followed by a space an ``_HSFrag``), for fragments of plain text;
    ``None`` for anything else (an image, a line break, a soft hyphen), left to ReportLab."""
    words: list[list[Any]] = []
    add = words.append
    parts: list[Any] = []  # the word being read, which may run over several fragments
    width = 0.0
    at_start = True  # white space at the paragraph's start is dropped
    for frag in frags:
        state = frag.__dict__
        if "cbDefn" in state or "lineBreak" in state:
            return None
        text = frag.text
        if not text:
            continue
        if _SHY in text:
            return None
        frag._fkind = _TEXT
        if at_start:
            text = paragraph.lstrip(text)
            if not text:
                continue
            at_start = False
        pieces = paragraph.split(text)
        if text[0] in whitespace or not pieces:
            if parts:
                add([width, *parts])
                parts = []
                width = 0.0
                after_space = False
            else:
                after_space = bool(words) and isinstance(words[-1], _HSFrag)
            if not after_space:
                pieces.insert(0, "")
            elif not pieces:
                continue
        name = frag.fontName
        size = frag.fontSize
        widths = _widths(name, size)
        get = widths.get
        last = len(pieces) - 1
        for n, piece in enumerate(pieces):
            found = get(piece)
            if found is None:
                found = _width(widths, piece, name, size)
            if parts:
                parts.append((frag, piece))
                width += found
                if n < last:
                    add(_HSFrag([width, *parts]))
                    parts = []
                    width = 0.0
            elif n < last:
                add(_HSFrag([found, (frag, piece)]))
            else:
                parts = [(frag, piece)]
                width = found
        if text[-1] in whitespace:
            add(_HSFrag([width, *parts]))
            parts = []
            width = 0.0
    if parts:
        add([width, *parts])
    return words


def _processed_words(frags: list[Any]) -> list[list[Any]] | None:
    """The words of a paragraph broken before (ReportLab keeps them as its fragments), or
    ``None`` when one is not a plain word of text."""
    for word in frags:
        if type(word) not in _PLAIN_WORDS or type(word[0]) not in (int, float):
            return None
        for frag, _ in word[1:]:
            if getattr(frag, "_fkind", None) != _TEXT:
                return None
            state = frag.__dict__
            if "cbDefn" in state or "lineBreak" in state:
                return None
    return list(frags)


def _line(runs: list[list[Any]], extra: float, count: int, width: float, first: int) -> Any:
    """The ``FragLine`` of runs ``[frag, text]``: each run a copy of its fragment."""
    words = []
    size = runs[0][0].fontSize
    ascent, descent = _bounds(runs[0][0].fontName, size)
    for frag, text in runs:
        words.append(copy(frag, text=text))
        up, down = _bounds(frag.fontName, frag.fontSize)
        size = max(size, frag.fontSize)
        ascent = max(ascent, up)
        descent = min(descent, down)
    return FragLine(
        extraSpace=extra, wordCount=count, lineBreak=False, words=words,
        fontSize=size, ascent=ascent, descent=descent, maxWidth=width, sFW=first,
    )  # fmt: skip


def _shrink(runs: list[list[Any]], space: float, shrinkage: float) -> float:
    """How much narrower than its width a line may be set by shrinking its spaces (as
    ReportLab adds it up: the space before the next word, then each run's spaces)."""
    total = space
    for frag, text in runs:
        spaces = text.count(" ")
        if spaces:
            total += spaces * _space(frag.fontName, frag.fontSize)
    return total * shrinkage


def _key(frag: Any) -> tuple[Any, ...]:
    state = frag.__dict__
    return tuple([state.get(k) for k in _COMPARED])


def break_frag_lines(
    words: list[list[Any]], widths: list[float], shrinkage: float, split_long: bool
) -> tuple[list[Any], float] | None:
    """The lines ReportLab's ``breakLines`` makes of ``words`` for lines of ``widths`` (the
    last repeated), and the widest line's width; ``None`` when a word is wider than its line,
    which ReportLab splits (left to it)."""
    lines: list[Any] = []
    last_line = len(widths) - 1
    lineno = 0
    line_width = widths[0]
    widest = 0.0
    runs: list[list[Any]] = []  # [fragment, text] of the runs of the current line
    run_frag: Any = None  # the fragment whose copy the line's last run is
    count = 0  # words on the line, as ReportLab counts them for justification
    used = 0.0
    space = 0.0  # the width of the space after the last word, if one follows it
    first = 0  # index of the line's first word
    spaces: dict[int, float] = {}  # id of a fragment -> its space's width
    same: dict[tuple[int, int], bool] = {}  # (id, id) -> whether two fragments make one run
    for index, word in enumerate(words):
        word_width = word[0]
        frag, text = word[1]
        new_used = used + space + word_width if word_width > 0 else used
        over = False
        if new_used > line_width:
            limit = line_width
            if shrinkage:
                limit += _shrink(runs, space, shrinkage)
            over = new_used > limit
            if over and split_long and word_width > widths[min(lineno, last_line)]:
                return None  # a word too long for a line: ReportLab splits it
        ended = over and count > 0
        if ended:
            if used > widest:
                widest = used
            lines.append(_line(runs, line_width - used, count, line_width, first))
            first = index
            lineno += 1
            line_width = widths[min(lineno, last_line)]
            count = 1
            runs = [[frag, text]]
            used = word_width
        else:
            if text:
                count += 1
            if run_frag is not frag:
                pair = (id(run_frag), id(frag))
                joins = same.get(pair)
                if joins is None:
                    joins = same[pair] = bool(runs) and _key(run_frag) == _key(frag)
            else:
                joins = True
            if joins:
                run = runs[-1]
                if space and not run[1].endswith(" "):
                    run[1] += " " + text
                else:
                    run[1] += text
            else:
                if space and runs and not runs[-1][1].endswith(" "):
                    runs[-1][1] += " "
                runs.append([frag, text])
            used = new_used
        run_frag = frag
        if len(word) == 2:
            if type(word) is _HSFrag:
                space = spaces.get(id(frag), -1.0)
                if space < 0:
                    space = spaces[id(frag)] = _space(frag.fontName, frag.fontSize)
            else:
                space = 0
            continue
        pieces = word[2:]
        for piece in pieces:
            runs.append(list(piece))
        if not text and not ended and any(t for _, t in pieces):
            count += 1  # the word's first piece is empty, a later one is not
        tail = run_frag = pieces[-1][0]
        if type(word) is _HSFrag:
            # ReportLab measures the space after a word of several pieces in the face of its
            # last piece, at the size of its last piece on a new line and of its first else.
            space = _space(tail.fontName, tail.fontSize if ended else frag.fontSize)
        else:
            space = 0
    if runs:
        if used > widest:
            widest = used
        lines.append(_line(runs, line_width - used, count, line_width, first))
    return lines, widest


def break_word_lines(
    words: list[str], widths: list[float], name: str, size: float, shrinkage: float,
    split_long: bool,
) -> tuple[list[tuple[float, list[str]]], float] | None:  # fmt: skip
    """The lines ``(space left, words)`` ReportLab's ``breakLines`` makes of the words of a
    paragraph of one fragment (face ``name`` at ``size``), and the widest line's width;
    ``None`` when a word is wider than its line, which ReportLab splits (left to it)."""
    lines: list[tuple[float, list[str]]] = []
    last_line = len(widths) - 1
    lineno = 0
    line_width = widths[0]
    widest = 0.0
    measured = _widths(name, size)
    space = measured.get(" ")
    if space is None:
        space = _width(measured, " ", name, size)
    shrink = shrinkage * space
    line: list[str] = []
    used = -space  # no space before the first word
    for word in words:
        word_width = measured.get(word)
        if word_width is None:
            word_width = _width(measured, word, name, size)
        new_used = used + space + word_width
        if new_used > line_width:
            limit = line_width + shrink * len(line)
            if new_used > limit:
                if split_long and word_width > widths[min(lineno, last_line)]:
                    return None  # a word too long for a line: ReportLab splits it
                if line:
                    if used > widest:
                        widest = used
                    lines.append((line_width - used, line))
                    line = [word]
                    used = word_width
                    lineno += 1
                    line_width = widths[min(lineno, last_line)]
                    continue
        line.append(word)
        used = new_used
    if line:
        if used > widest:
            widest = used
        lines.append((line_width - used, line))
    return lines, widest


class FastLines(Paragraph):
    """A paragraph whose lines of several fragments :func:`break_frag_lines` breaks, and
    whose lines :func:`~agenda_editor.export.drawn.draw_on` draws."""

    frags: list[Any]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not draw_on(self, canvas, x, y, _sW):
            super().drawOn(canvas, x, y, _sW)

    def breakLines(self, width: Any) -> Any:  # ReportLab's method and argument names
        style = self.style
        frags = self.frags
        if (
            not frags or style.wordWrap or style.shaping or style.spaceShrinkage < 0
            or getattr(style, "hyphenationLang", "") or style.uriWasteReduce
            or style.embeddedHyphenation
        ):  # fmt: skip
            return super().breakLines(width)
        processed = paragraph._processed_frags(frags)
        if not processed and len(frags) == 1:
            return self._break_one(width)
        words = _processed_words(frags) if processed else _frag_words(frags)
        if not words:
            return super().breakLines(width)
        widths = list(width) if isinstance(width, (tuple, list)) else [width]
        paragraph._handleBulletWidth(self.bulletText, style, widths)
        broken = break_frag_lines(words, widths, style.spaceShrinkage, style.splitLongWords)
        if broken is None:
            return super().breakLines(width)
        if isinstance(width, list):
            width[:] = widths  # ReportLab narrows the caller's first line for a bullet
        lines, widest = broken
        self.height = 0
        self._width_max = widest
        self._splitLongWordCount = self._hyphenations = 0
        self.frags = words
        return ParaLines(kind=1, lines=lines)

    def _break_one(self, width: Any) -> Any:
        """The lines of a paragraph of one fragment (of plain text, without a background or
        end dots), as ReportLab's own path for it makes them."""
        style = self.style
        frag = self.frags[0]
        state = frag.__dict__
        if style.endDots or "cbDefn" in state or "backColor" in state:
            return super().breakLines(width)
        if "text" in state:
            text = frag.text
            if _SHY in text:
                return super().breakLines(width)
            words = paragraph.split(paragraph.strip(text))
        else:  # the second part of a split paragraph: its words
            words = frag.words
            if type(words) is not list or any(type(w) is not str or _SHY in w for w in words):
                return super().breakLines(width)
            if not any(paragraph.strip(w) for w in words):
                words = []
        if "" in words:
            return super().breakLines(width)  # ReportLab leaves them out, adding the space
        name = frag.fontName
        size = frag.fontSize
        ascent, descent = _bounds(name, size)
        widths = list(width) if isinstance(width, (tuple, list)) else [width]
        paragraph._handleBulletWidth(self.bulletText, style, widths)
        lines: list[tuple[float, list[str]]] = []
        widest = 0.0
        if words:
            broken = break_word_lines(
                words, widths, name, size, style.spaceShrinkage, style.splitLongWords
            )
            if broken is None:
                return super().breakLines(width)
            lines, widest = broken
        if isinstance(width, list):
            width[:] = widths  # ReportLab narrows the caller's first line for a bullet
        self.height = 0
        self._width_max = widest
        self._splitLongWordCount = self._hyphenations = 0
        return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


class WrapOnce:
    """Mixin for :class:`~reportlab.platypus.Paragraph` and its subclasses. The lines outlast
    a split: ReportLab's ``split`` reads them, and drops them when it cannot split."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth and hasattr(self, "blPara"):
            return self.width, self.height  # type: ignore[attr-defined]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)  # type: ignore[misc]
        self._wrapped_for = availWidth
        return size


class Para(WrapOnce, FastLines):
    pass


class CjkPara(WrapOnce, CjkParagraph):
    pass
