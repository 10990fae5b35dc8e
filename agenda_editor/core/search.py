"""Find and replace in the texts of the agenda: item titles, annotations, their footnotes and
the titles of reference documents, in chosen language versions.

Annotation paragraphs are markup (:mod:`agenda_editor.core.markup`): the search looks at their
text, never at tags, and a replacement takes the formatting of the text where the match starts.
A match never spans a footnote mark; a footnote's text is searched on its own. Paragraphs whose
markup is malformed are left alone (the findings report them).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from agenda_editor.core import markup
from agenda_editor.core.model import AgendaItem, Meeting

#: Where a footnote mark stands in the searched text of a paragraph (never matched).
_ANCHOR = "\ufffc"
#: Characters of context shown on each side of a match.
CONTEXT = 30


@dataclass(frozen=True)
class Query:
    """What to look for: literal text, optionally matching case and whole words only."""

    text: str
    match_case: bool = False
    whole_words: bool = False

    def pattern(self) -> re.Pattern[str]:
        body = re.escape(self.text)
        if self.whole_words:
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """A searchable text: ``kind`` is "title", "annotation" (paragraph ``index``), "footnote"
    (footnote ``note`` of paragraph ``index``) or "document" (document ``index``'s title)."""

    item_id: str
    lang: str
    kind: str
    index: int = 0
    note: int = -1


@dataclass(frozen=True)
class Hit:
    """One match: where, at which characters of the place's text, and the text around it."""

    place: Place
    start: int
    end: int
    before: str
    match: str
    after: str


# -- texts as characters with their formats ------------------------------------------------------

_Char = tuple[str, frozenset[str]]


def _chars(runs: Iterable[markup.Inline]) -> tuple[list[_Char], list[markup.Footnote]]:
    """The paragraph's characters (a footnote mark as one ``_ANCHOR``) and its footnotes."""
    chars: list[_Char] = []
    notes: list[markup.Footnote] = []
    for inline in runs:
        if isinstance(inline, markup.Footnote):
            chars.append((_ANCHOR, frozenset()))
            notes.append(inline)
        else:
            chars.extend((ch, inline.formats) for ch in inline.text)
    return chars, notes


def _runs(chars: list[_Char], notes: list[markup.Footnote]) -> list[markup.Inline]:
    result: list[markup.Inline] = []
    pending = iter(notes)
    for ch, formats in chars:
        if ch == _ANCHOR:
            result.append(next(pending))
        elif result and isinstance(result[-1], markup.Run) and result[-1].formats == formats:
            result[-1] = markup.Run(result[-1].text + ch, formats)
        else:
            result.append(markup.Run(ch, formats))
    return result


def _replace_chars(
    chars: list[_Char], pattern: re.Pattern[str], replacement: str, only: int | None
) -> tuple[list[_Char], int]:
    """``chars`` with the matches (or the match number ``only``) replaced; and how many."""
    text = "".join(ch for ch, _ in chars)
    matches = list(pattern.finditer(text))
    if only is not None:
        matches = matches[only : only + 1]
    result = list(chars)
    for found in reversed(matches):
        formats = chars[found.start()][1] if found.start() < len(chars) else frozenset()
        result[found.start() : found.end()] = [(ch, formats) for ch in replacement]
    return result, len(matches)


# -- walking the texts -----------------------------------------------------------------------------


def _parsed(paragraph: str) -> list[markup.Inline] | None:
    try:
        return markup.parse(paragraph)
    except markup.MarkupError:
        return None


def _places(item: AgendaItem, lang: str) -> Iterator[tuple[Place, str]]:
    """Every searchable text of ``item`` in ``lang``, with its plain text."""
    if item.title.get(lang):
        yield Place(item.id, lang, "title"), item.title[lang]
    for index, paragraph in enumerate(item.annotation.get(lang, [])):
        inlines = _parsed(paragraph)
        if inlines is None:
            continue
        chars, notes = _chars(inlines)
        yield Place(item.id, lang, "annotation", index), "".join(ch for ch, _ in chars)
        for number, note in enumerate(notes):
            text = "".join(run.text for run in note.runs)
            yield Place(item.id, lang, "footnote", index, number), text
    for index, document in enumerate(item.documents):
        if document.title.get(lang):
            yield Place(item.id, lang, "document", index), document.title[lang]


def find(meeting: Meeting, query: Query, languages: Iterable[str]) -> list[Hit]:
    """Every match of ``query`` in the agenda's texts of ``languages``, in document order."""
    if not query.text:
        return []
    pattern = query.pattern()
    langs = list(languages)
    hits = []
    for item in meeting.walk():
        for lang in langs:
            for place, text in _places(item, lang):
                for found in pattern.finditer(text):
                    start, end = found.start(), found.end()
                    before = text[max(0, start - CONTEXT) : start].replace(_ANCHOR, "")
                    after = text[end : end + CONTEXT].replace(_ANCHOR, "")
                    hits.append(Hit(place, start, end, before, found.group(), after))
    return hits


def _replace_in_item(
    item: AgendaItem,
    pattern: re.Pattern[str],
    replacement: str,
    langs: list[str],
    only: tuple[Place, int] | None,
) -> int:
    """Replace in ``item`` itself (a copy); ``only``: one place and the match number there."""
    count = 0

    def wanted(place: Place) -> tuple[bool, int | None]:
        if only is None:
            return True, None
        return only[0] == place, only[1]

    def plain(text: str, place: Place) -> str:
        nonlocal count
        go, number = wanted(place)
        if not go:
            return text
        chars = [(ch, frozenset[str]()) for ch in text]
        result, done = _replace_chars(chars, pattern, replacement, number)
        count += done
        return "".join(ch for ch, _ in result)

    for lang in langs:
        if item.title.get(lang):
            item.title[lang] = plain(item.title[lang], Place(item.id, lang, "title"))
        paragraphs = item.annotation.get(lang, [])
        for index, paragraph in enumerate(paragraphs):
            inlines = _parsed(paragraph)
            if inlines is None:
                continue
            chars, notes = _chars(inlines)
            done = 0
            go, number = wanted(Place(item.id, lang, "annotation", index))
            if go:
                chars, done = _replace_chars(chars, pattern, replacement, number)
            for note_number, note in enumerate(notes):
                go, number = wanted(Place(item.id, lang, "footnote", index, note_number))
                if go:
                    note_chars, in_note = _replace_chars(
                        _chars(note.runs)[0], pattern, replacement, number
                    )
                    if in_note:
                        note.runs = [r for r in _runs(note_chars, []) if isinstance(r, markup.Run)]
                    done += in_note
            if done:  # untouched paragraphs keep their exact spelling
                rebuilt = markup.serialize(_runs(chars, notes))
                paragraphs[index] = markup.keep_mark(paragraph, rebuilt)
                count += done
        for index, document in enumerate(item.documents):
            if document.title.get(lang):
                place = Place(item.id, lang, "document", index)
                document.title[lang] = plain(document.title[lang], place)
    return count


def replace(
    meeting: Meeting,
    query: Query,
    replacement: str,
    languages: Iterable[str],
    only: Hit | None = None,
) -> tuple[dict[str, AgendaItem], int]:
    """The items that change when ``query`` is replaced by ``replacement`` (all matches, or
    just the match ``only``), as changed copies by id (sub-items left as they are), and how
    many matches were replaced. The meeting itself is not changed."""
    if not query.text:
        return {}, 0
    pattern = query.pattern()
    langs = list(languages)
    target: tuple[Place, int] | None = None
    if only is not None:
        same_place = [
            hit for hit in find(meeting, query, [only.place.lang]) if hit.place == only.place
        ]
        numbers = [n for n, hit in enumerate(same_place) if hit.start == only.start]
        if not numbers:
            return {}, 0
        target = (only.place, numbers[0])
    changed: dict[str, AgendaItem] = {}
    total = 0
    for item in meeting.walk():
        if target is not None and item.id != target[0].item_id:
            continue
        trial = copy.deepcopy(item)
        trial.children = []
        count = _replace_in_item(trial, pattern, replacement, langs, target)
        if count:
            changed[item.id] = trial
            total += count
    return changed, total
