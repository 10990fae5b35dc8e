"""Text as a PDF viewer's copy or ``pdftotext`` gives it, tidied into an agenda's lines.

A PDF's text carries the page as well as the document: running heads (the symbol on every
page), the job number at the foot of the first page, page numbers, footnotes at the foot of
their page with their numbers on lines of their own, and the markers in the text as plain digits
("cooperation.1"). ``pdftotext -layout`` keeps columns apart with runs of spaces and indents a
table row whose first cell is empty. :func:`tidy` turns such lines into the lines
:func:`~agenda_editor.importing.agenda.read_lines` reads: page furniture left out, the job number
moved up to the masthead, each footnote attached to the line its marker is in, columns as tabs,
a number alone on its line ("1." as the default ``pdftotext`` gives it) joined to its title,
and an Arabic line, which ``pdftotext`` gives in the order of the page (its numbers, brackets
and Latin runs where the eye sees them), put back in reading order. Typed text (tabs,
superscript markers) passes through unchanged.
"""

from __future__ import annotations

import dataclasses
import re

from agenda_editor.core.rules import SYMBOL_PATTERN
from agenda_editor.i18n.labels import LABELS
from agenda_editor.importing.agenda import FOOTNOTE_MARK, SourceLine
from agenda_editor.importing.words import normal

#: Direction marks and embeddings that ``pdftotext`` writes around right-to-left text.
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_JOB_NUMBER = re.compile(r"^[A-Z]\.?\d{2}-\d{4,6}\s*\([A-Z]\)$")
_LONE_NUMBER = re.compile(r"^\d{1,3}$")
_LONE_LABEL = re.compile(r"^(?:\d{1,3}\s*[.．]|[(（]?[a-z]{1,4}[)）]|[(（][^\s()（）]{1,2}[)）])$")
_LRE, _RLE, _PDF = "\u202a", "\u202b", "\u202c"
_MIRROR = str.maketrans("()[]", ")(][")
#: A number or word of a left-to-right run ("10:00", "CFC/COP/WG.4/2026/2", "7/2").
_CORE = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z]|[./:\-](?=[0-9A-Za-z]))*")
_RANGE = re.compile(r"^\d+-\d+$")
_REFERENCE = re.compile(r"^[0-9٠-٩]{1,3}(?:\s*\([^()]{1,6}\))*$")
_SYMBOL_CHAR = re.compile(r"[A-Za-z0-9./\-]")
_ANNEX_LABELS = {normal(labels["annex"]) for labels in LABELS.values()}
#: A table row whose first cell is empty is indented at least this far past the table's margin.
_CELL_INDENT = 8


def _strip(line: SourceLine, text: str) -> SourceLine:
    return dataclasses.replace(line, text=text)


def tidy(lines: list[SourceLine]) -> list[SourceLine]:
    """The agenda's lines of a PDF's text (see the module's documentation)."""
    breaks = {index for index, line in enumerate(lines) if "\f" in line.text}
    rtl = {index for index, line in enumerate(lines) if _RLE in line.text}
    lines = [
        _strip(line, _logical(line.text) if index in rtl else line.text)
        for index, line in enumerate(lines)
    ]
    lines = [_strip(line, line.text.translate(_BIDI).replace("\f", "")) for line in lines]
    lines = _columns(lines, rtl)
    lines = _furniture(lines, breaks)
    lines = _footnotes(lines)
    lines = _inline_footnotes(lines)
    return _lone_labels(lines)


def _columns(lines: list[SourceLine], rtl: set[int]) -> list[SourceLine]:
    """Runs of two or more spaces between words are column gaps: written as tabs, with a tab
    in front of a row indented like a table row whose first cell is empty. The columns of a
    right-to-left line come from the right: a row of an item's number and title only has no
    first cell."""
    out = []
    for index, line in enumerate(lines):
        text = line.text.rstrip()
        stripped = text.lstrip(" ")
        parts = re.split(r" {2,}", stripped)
        if "\t" in text or len(parts) < 2:
            out.append(_strip(line, stripped if "\t" not in text else text))
            continue
        if index in rtl:
            parts.reverse()
            lead = "\t" if len(parts) == 2 and _REFERENCE.match(parts[0]) else ""
        else:
            indent = len(text) - len(stripped)
            lead = "\t" if indent >= _CELL_INDENT else ""
        out.append(_strip(line, lead + "\t".join(parts)))
    return out


def _logical(text: str) -> str:
    """A right-to-left line of ``pdftotext`` in logical order. It writes each left-to-right
    run (numbers, Latin words) between LRE and PDF marks with the neutral characters around it
    (spaces, full stops, brackets) in the order they have on the page, and the brackets of the
    right-to-left text mirrored: "‪ .1‬المسائل" for "1. المسائل", ")أ(" for "(أ)"."""
    # A justified line is stretched with tatweels between letters ("الـكربون"); the one that
    # is part of a letter ("هـ") is followed by no letter.
    text = re.sub(r"(?<=[\u0620-\u064a])\u0640+(?=[\u0620-\u064a])", "", text)
    pieces = re.split(f"({_LRE}[^{_PDF}]*{_PDF})", text)
    out: list[str] = []
    for piece in pieces:
        if piece.startswith(_LRE):
            run = piece[1:-1]
            fixed = _run(run)
            if fixed == run and run.count("(") > run.count(")") and out and out[-1].endswith("("):
                # "V.26-01971 (A" after its closing bracket: the bracket closes the run.
                out[-1] = out[-1][:-1]
                fixed = run + ")"
            out.append(fixed)
        else:
            out.append(piece.replace(_RLE, "").replace(_PDF, "").translate(_MIRROR))
    return "".join(out)


def _run(run: str) -> str:
    """One left-to-right run of a right-to-left line, as :func:`_logical` says."""
    pieces: list[tuple[bool, str]] = []  # (is a word or number, text)
    position = 0
    for match in _CORE.finditer(run):
        if match.start() > position:
            pieces.append((False, run[position : match.start()]))
        pieces.append((True, match.group()))
        position = match.end()
    if position < len(run):
        pieces.append((False, run[position:]))
    if sum(1 for core, _ in pieces if core) > 1 and pieces[0][0]:
        return run  # a Latin phrase ("Original: English"): as written
    out = []
    for core, piece in reversed(pieces):
        if core:
            # A range of numbers comes from the right too: "12-11" is "11-12".
            out.append("-".join(reversed(piece.split("-"))) if _RANGE.match(piece) else piece)
        else:
            out.append(piece[::-1].translate(_MIRROR))
    return "".join(out)


def _plain(line: SourceLine) -> str:
    return line.text.strip()


def _furniture(lines: list[SourceLine], breaks: set[int]) -> list[SourceLine]:
    """Without the running heads (the symbol again), page numbers (next to them, to a page
    break or at the end); the job number moved to the top, where the masthead is read."""
    first, symbol = next(
        (
            (index, part.strip())
            for index, line in enumerate(lines)
            for part in line.text.split("\t")
            if SYMBOL_PATTERN.fullmatch(part.strip())
        ),
        (len(lines), None),
    )
    furniture: set[int] = set()
    jobs: list[SourceLine] = []
    for index in range(first + 1, len(lines)):
        text = _plain(lines[index])
        if text == symbol:
            furniture.add(index)
        elif _JOB_NUMBER.match(text):
            jobs.append(lines[index])
            furniture.add(index)
    for index, line in enumerate(lines):
        if not _LONE_NUMBER.match(_plain(line)):
            continue
        neighbours = [_neighbour(lines, index, step) for step in (-1, 1)]
        after_break = any(index < page <= (neighbours[1] or len(lines)) for page in breaks)
        # The default pdftotext puts a page's number where it falls in the reading order: it
        # is the page's number, and no footnote text follows it.
        page = 1 + sum(1 for start in breaks if start <= index)
        following = neighbours[1]
        bare = following is None or _LONE_LABEL.match(_plain(lines[following])) is not None
        if (
            (int(_plain(line)) == page and bare)
            or after_break
            or any(n is None or n in furniture for n in neighbours)
        ):
            furniture.add(index)
    kept = [line for index, line in enumerate(lines) if index not in furniture]
    return [*jobs[:1], *kept]


def _neighbour(lines: list[SourceLine], index: int, step: int) -> int | None:
    """The index of the next non-blank line before (-1) or after (1) ``index``."""
    index += step
    while 0 <= index < len(lines):
        if _plain(lines[index]):
            return index
        index += step
    return None


def _footnotes(lines: list[SourceLine]) -> list[SourceLine]:
    """Footnotes as a PDF's text has them (their numbers alone on a line, the texts after)
    attached to the line whose marker ("States2 and") names them."""
    out = list(lines)
    index = 0
    while index < len(out):
        if normal(_plain(out[index])) in _ANNEX_LABELS:
            break  # the annex has no footnotes; its lone numbers are items
        numbers: list[int] = []
        cursor = index
        while cursor < len(out) and (
            _LONE_NUMBER.match(_plain(out[cursor])) or (numbers and not _plain(out[cursor]))
        ):
            if _plain(out[cursor]):
                numbers.append(cursor)
            cursor += 1
        if not numbers:
            index += 1
            continue
        texts: list[int] = []
        while cursor < len(out) and len(texts) < len(numbers):
            if _LONE_LABEL.match(_plain(out[cursor])):
                break
            if _plain(out[cursor]):
                texts.append(cursor)
            elif texts:
                break
            cursor += 1
        if len(texts) != len(numbers) or not _attach(out, index, numbers, texts):
            index = cursor
            continue
        for gone in sorted([*numbers, *texts], reverse=True):
            del out[gone]
    return out


def _attach(lines: list[SourceLine], before: int, numbers: list[int], texts: list[int]) -> bool:
    """Put each footnote text on the last line above ``before`` holding its marker; ``False``
    (nothing changed) when a marker is not found."""
    places: list[tuple[int, re.Match[str]]] = []
    for number_at in numbers:
        marker = re.compile(
            rf"(?<=[^\W\d]|[.,;:)”’。，；：）،]){_plain(lines[number_at])}(?![\w/])"
        )
        # The nearest marker above, back to the previous footnote's; "CO2" is a formula, not a
        # marker: digits after an upper-case letter count only when nothing else can be it.
        candidates: list[tuple[int, re.Match[str]]] = []
        for index in range(before - 1, -1, -1):
            text = lines[index].text
            found = [m for m in marker.finditer(text) if not _in_symbol(text, m)]
            if FOOTNOTE_MARK in text:
                found = [m for m in found if FOOTNOTE_MARK not in text[m.start() :]]
            candidates.extend((index, m) for m in reversed(found))
            if FOOTNOTE_MARK in text:
                break
        plain = [(i, m) for i, m in candidates if not lines[i].text[m.start() - 1].isupper()]
        if not (plain or candidates):
            return False
        places.append((plain or candidates)[0])
    for (index, match), text_at in zip(places, texts, strict=True):
        line = lines[index]
        text = line.text[: match.start()] + FOOTNOTE_MARK + line.text[match.end() :]
        count = line.text[: match.start()].count(FOOTNOTE_MARK)
        notes = (*line.footnotes[:count], _plain(lines[text_at]), *line.footnotes[count:])
        lines[index] = dataclasses.replace(line, text=text, footnotes=notes)
    return True


def _inline_footnotes(lines: list[SourceLine]) -> list[SourceLine]:
    """Footnotes written on one line with their number ("1 انظر الوثيقة ...", as the text of an
    Arabic page gives them), numbered on from the footnotes already found; the marker is in
    the text, or alone on a line of its own inside the paragraph (then it ends the line after)."""
    out = list(lines)
    expected = 1 + sum(line.text.count(FOOTNOTE_MARK) for line in out)
    index = 0
    while index < len(out):
        if normal(_plain(out[index])) in _ANNEX_LABELS:
            break
        match = re.match(r"^(\d{1,3})\s+(\S.*)$", _plain(out[index]))
        if match is None or int(match.group(1)) != expected:
            index += 1
            continue
        number, text = match.group(1), match.group(2)
        alone = next((n for n in range(index - 1, -1, -1) if _plain(out[n]) == number), None)
        carrier = _neighbour(out, alone, 1) if alone is not None else None
        if alone is not None and carrier is not None and carrier < index:
            line = out[carrier]
            out[carrier] = dataclasses.replace(
                line, text=line.text.rstrip() + FOOTNOTE_MARK, footnotes=(*line.footnotes, text)
            )
            del out[index]
            del out[alone]
            index -= 1
        else:
            holder = [*out[:index], _strip(out[index], number)]
            if not _attach(holder, index, [index], [index]):
                index += 1
                continue
            out[:index] = holder[:index]
            # _attach took the footnote's text from the line given: put the real text there.
            for n in range(index - 1, -1, -1):
                if out[n].footnotes and out[n].footnotes[-1] == number:
                    out[n] = dataclasses.replace(out[n], footnotes=(*out[n].footnotes[:-1], text))
                    break
            del out[index]
        expected += 1
    return out


def _in_symbol(text: str, match: re.Match[str]) -> bool:
    """Whether the digits matched are part of a document symbol ("Rev.1" of "A/78/1/Rev.1")."""
    start, end = match.start(), match.end()
    while start > 0 and _SYMBOL_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _SYMBOL_CHAR.match(text[end]):
        end += 1
    return "/" in text[start:end]


def _lone_labels(lines: list[SourceLine]) -> list[SourceLine]:
    """A number or letter alone on its line ("1.", "(a)"), its title on the next line."""
    out: list[SourceLine] = []
    pending: SourceLine | None = None
    for line in lines:
        text = _plain(line)
        if pending is not None and text:
            out.append(_strip(line, f"{_plain(pending)} {text}"))
            pending = None
        elif _LONE_LABEL.match(text):
            pending = line
        else:
            out.append(line)
    if pending is not None:
        out.append(pending)
    return out
