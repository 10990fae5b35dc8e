"""The lines of a provisional agenda, as another tool wrote them, into a meeting.

The document comes in the order UN documents have: the masthead, the title, the numbered agenda
list, the annotations (a head per item repeating its number and title, paragraphs, footnotes,
"Documentation" lists of "Title (SYMBOL)"), and the annex's organization of work. Every line is
either placed in the meeting or reported in :attr:`ImportResult.notes` with the reason; nothing
is dropped without a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from agenda_editor.core import markup
from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument
from agenda_editor.core.rules import SYMBOL_PATTERN
from agenda_editor.i18n.labels import LABELS
from agenda_editor.importing import masthead as masthead_reader
from agenda_editor.importing.annex import read_annex
from agenda_editor.importing.words import (
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPTS,
    Numbered,
    clean_title,
    guess_language,
    normal,
    numbered,
)


@dataclass(frozen=True)
class SourceLine:
    """One line (a paragraph) of the source, with what the source itself knows of it.

    ``number``: the list label the source's numbering gives the paragraph ("1.", "a)"), where
    it is not part of the text (Word numbering). ``cells``: the cells of a table row.
    ``footnotes``: the texts of the footnotes anchored in the line, in order, where the source
    has real footnotes; their places are marked by ``FOOTNOTE_MARK`` in ``text``.
    """

    text: str
    line: int
    number: str | None = None
    cells: tuple[str, ...] | None = None
    footnotes: tuple[str, ...] = ()
    heading: bool = False


#: Where a real footnote of the source is anchored in a line's text.
FOOTNOTE_MARK = "\ufffc"


@dataclass(frozen=True)
class ImportNote:
    """A line of the source that was not placed in the meeting, and why."""

    line: int
    text: str
    reason: str


@dataclass
class ImportResult:
    meeting: Meeting
    notes: list[ImportNote] = field(default_factory=list)


class _Reader:
    def __init__(self, lines: list[SourceLine], lang: str) -> None:
        self.lines = lines
        self.lang = lang
        self.labels = {key: normal(value) for key, value in LABELS[lang].items()}
        self.notes: list[ImportNote] = []
        self.items: list[AgendaItem] = []
        self.meeting_title: str | None = None

    def note(self, line: SourceLine, reason: str) -> None:
        self.notes.append(ImportNote(line.line, line.text.strip(), reason))

    def is_label(self, line: SourceLine, *keys: str) -> bool:
        return normal(line.text) in {self.labels[key] for key in keys}

    # -- sections -----------------------------------------------------------------------------

    def find(self, start: int, *keys: str) -> int | None:
        for index in range(start, len(self.lines)):
            if self.lines[index].cells is None and self.is_label(self.lines[index], *keys):
                return index
        return None

    def title_index(self) -> int | None:
        """The document's title line: the language's title, or a line followed by the list."""
        found = self.find(0, "default_title", "provisional_agenda")
        if found is not None:
            return found
        for index, line in enumerate(self.lines):
            number = self.number_of(line)
            if number is not None and number.depth == 1:
                return index - 1 if index > 0 else None
        return None

    def number_of(self, line: SourceLine) -> Numbered | None:
        if line.cells is not None:
            return None
        if line.number:
            own = numbered(f"{line.number.strip()} {line.text}", self.lang)
            if own is not None:
                return own
        return numbered(line.text, self.lang)

    # -- the agenda list ------------------------------------------------------------------------

    def read_list(self, lines: list[SourceLine]) -> None:
        chain: list[AgendaItem] = []  # the last item read at each depth
        opened = False  # the last item ended with a colon: its sub-items follow
        for line in lines:
            if not line.text.strip() and line.cells is None:
                continue
            number = self.number_of(line)
            if number is None:
                if self.is_label(line, "provisional_agenda"):
                    continue
                self.note(line, "not an agenda item: expected a numbered line such as '1. ...'")
                continue
            number = _in_list(number, chain, opened)
            if number.depth - 1 > len(chain):
                self.note(line, "a sub-item before any agenda item")
                continue
            item = AgendaItem(title={self.lang: clean_title(number.text)})
            siblings = self.items if number.depth == 1 else chain[number.depth - 2].children
            siblings.append(item)
            del chain[number.depth - 1 :]
            chain.append(item)
            opened = number.text.rstrip().endswith((":", "："))

    # -- the annotations ----------------------------------------------------------------------

    def item_by_head(self, line: SourceLine, current: AgendaItem | None) -> AgendaItem | None:
        """The item whose annotation head ``line`` is ("2. Title", "b) Title", "(ii) Title"),
        or ``None``."""
        number = self.number_of(line)
        if number is None:
            return None
        chain = self._chain_of(current)
        readings = [number] if number.roman is None else [number, number.as_roman()]
        head = normal(clean_title(number.text))

        def similar(item: AgendaItem) -> float:
            return SequenceMatcher(None, normal(item.title.get(self.lang, "")), head).ratio()

        everyone: list[AgendaItem] = []
        for reading in readings:
            if reading.depth == 1:
                candidates = self.items
            elif reading.depth - 1 <= len(chain):
                candidates = chain[reading.depth - 2].children
            else:
                continue
            if 0 <= reading.index < len(candidates) and similar(candidates[reading.index]) >= 0.6:
                return candidates[reading.index]
            everyone.extend(candidates)
        # Word numbering that runs on from the agenda list ("4." for the head of item 1):
        # the head is the item whose title it repeats.
        best = max(everyone, key=similar, default=None)
        return best if best is not None and similar(best) >= 0.85 else None

    def _chain_of(self, item: AgendaItem | None) -> list[AgendaItem]:
        """The item and its ancestors, from the top level down (empty for ``None``)."""
        if item is None:
            return []

        def search(items: list[AgendaItem], above: list[AgendaItem]) -> list[AgendaItem] | None:
            for candidate in items:
                if candidate is item:
                    return [*above, candidate]
                found = search(candidate.children, [*above, candidate])
                if found is not None:
                    return found
            return None

        return search(self.items, []) or []

    def read_annotations(self, lines: list[SourceLine]) -> None:
        current: AgendaItem | None = None
        paragraphs: list[tuple[SourceLine, str]] = []
        in_documentation = False
        notes: dict[str, str] = {}

        note_lines: dict[str, SourceLine] = {}

        def flush() -> None:
            if current is not None and paragraphs:
                texts = _join_broken(paragraphs)
                current.annotation[self.lang] = [_anchor(text, notes) for text in texts]
            for number in notes:  # never dropped without a word
                self.note(note_lines[number], "a footnote whose marker is not in the annotation")
            paragraphs.clear()
            notes.clear()
            note_lines.clear()

        consumed: set[int] = set()
        for index, line in enumerate(lines):
            text = line.text.strip()
            if not text or index in consumed:
                continue
            head = self.item_by_head(line, current)
            if head is not None:
                flush()
                current, in_documentation = head, False
                continue
            if current is None:
                self.note(line, "text before the first annotation head")
                continue
            if self.is_label(line, "documentation"):
                in_documentation = True
                continue
            footnote = re.match(rf"^([{SUPERSCRIPT_DIGITS}]+)\s*(.+)$", text)
            if footnote and not in_documentation:
                number = footnote.group(1).translate(SUPERSCRIPTS)
                notes[number], note_lines[number] = footnote.group(2), line
                continue
            if in_documentation:
                document = _document(text, self.lang)
                following = next(
                    (n for n in range(index + 1, len(lines)) if lines[n].text.strip()), None
                )
                if document is None and following is not None:
                    # A long title runs on to the next line, the symbol with it.
                    document = _document(f"{text} {lines[following].text.strip()}", self.lang)
                    if document is not None:
                        consumed.add(following)
                if document is None:
                    self.note(line, "a documentation entry without a '(SYMBOL)' at its end")
                    paragraphs.append((line, _paragraph(line)))
                    in_documentation = False
                else:
                    current.documents.append(document)
                continue
            paragraphs.append((line, self.paragraph(line)))
        flush()

    def paragraph(self, line: SourceLine) -> str:
        """An annotation line as markup; a lettered one ("a) ...;", "(a) ...", or lettered by
        Word numbering) becomes a lettered sub-paragraph without its letter, which the
        document prints from the paragraph's place."""
        number = self.number_of(line)
        if number is None or number.depth != 2:
            return _paragraph(line)
        text = line.text if line.number else number.text
        return markup.LETTERED + _paragraph(SourceLine(text, line.line, footnotes=line.footnotes))


def _in_list(number: Numbered, chain: list[AgendaItem], opened: bool) -> Numbered:
    """The reading of a label that is both a letter and a roman numeral ("(i)", "(v)") that
    fits the list so far: the numeral under a sub-item whose line ended with a colon or whose
    next numeral it is, else the letter."""
    if number.roman is None:
        return number
    letters_next = len(chain[0].children) if chain else None
    numerals_next = len(chain[1].children) if len(chain) >= 2 else None
    if numerals_next is not None and number.roman == numerals_next:
        if opened and len(chain) == 2:
            return number.as_roman()
        if number.index != letters_next:
            return number.as_roman()
    return number


def _paragraph(line: SourceLine) -> str:
    """A source line as annotation markup: its text escaped, its real footnotes in place."""
    text = line.text.strip()
    pieces = text.split(FOOTNOTE_MARK)
    out = [_inline_markup(pieces[0])]
    for number, piece in enumerate(pieces[1:]):
        note = line.footnotes[number] if number < len(line.footnotes) else ""
        out.append(f"<footnote>{_inline_markup(note.strip())}</footnote>")
        out.append(_inline_markup(piece))
    return "".join(out)


def _inline_markup(text: str) -> str:
    """Text with the superscripts a copy writes as "1^{er}" as markup; other tags kept only
    where they are well-formed markup."""
    escaped = markup.escape(text)
    escaped = re.sub(r"&lt;(/?(?:i|b|sup|sub))&gt;", r"<\1>", escaped)
    escaped = re.sub(r"\^\{([^}]*)\}", r"<sup>\1</sup>", escaped)
    if markup.validate(escaped) is not None:
        return markup.escape(re.sub(r"\^\{([^}]*)\}", r"\1", text))
    return escaped


def _anchor(paragraph: str, notes: dict[str, str]) -> str:
    """Footnote markers of a copied text ("technique¹,") replaced by the footnotes' texts."""
    if not notes:
        return paragraph

    def replace(match: re.Match[str]) -> str:
        number = match.group(1).translate(SUPERSCRIPTS)
        text = notes.pop(number, None)
        if text is None:
            return match.group(0)
        return f"<footnote>{markup.escape(text)}</footnote>"

    return re.sub(rf"(?<=\S)([{SUPERSCRIPT_DIGITS}]+)", replace, paragraph)


_TRAILING_MARKS = re.compile(rf"(?:<footnote>.*?</footnote>|</?\w+>|[{SUPERSCRIPT_DIGITS}]+)+$")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_ENDS_SENTENCE = tuple('.;:!?»")”。；：！？؛')


def _join_broken(paragraphs: list[tuple[SourceLine, str]]) -> list[str]:
    """Paragraphs as written: a paragraph cut by a page break ("... les demandes et" then
    "la fourniture ...") is one paragraph again."""
    joined: list[str] = []
    for _, text in paragraphs:
        first = text[:1]
        # Chinese and Arabic letters have no case: a line that goes on after an unfinished one.
        caseless = first.isalpha() and not first.isupper() and not first.islower()
        # A footnote or a closing tag at the end does not finish or continue the sentence.
        ending = _TRAILING_MARKS.sub("", joined[-1].rstrip()) if joined else ""
        # "(CFC/COP/...)" after an unfinished line is the end of its sentence.
        symbol = re.match(r"\([A-Z]{2,}/", text) is not None
        if (
            joined
            and not ending.endswith(_ENDS_SENTENCE)
            and (first.islower() or caseless or symbol)
        ):
            gap = "" if _CJK.match(first) and _CJK.match(ending[-1:]) else " "
            joined[-1] = joined[-1].rstrip() + gap + text
        else:
            joined.append(text)
    return joined


def _document(text: str, lang: str) -> ReferenceDocument | None:
    """ "Title (SYMBOL)" as a reference document."""
    match = re.match(r"^(.*?)\s*[(（]([^()（）]+)[)）]\s*[.;。；]?$", text)
    if not match or not SYMBOL_PATTERN.fullmatch(match.group(2).strip()):
        return None
    title = clean_title(match.group(1))
    return ReferenceDocument(match.group(2).strip(), {lang: title} if title else {})


def read_lines(lines: list[SourceLine], lang: str | None = None) -> ImportResult:
    """The meeting that ``lines`` write, in the language ``lang`` (guessed when ``None``)."""
    lang = lang or guess_language([line.text for line in lines])
    reader = _Reader(lines, lang)
    title = reader.title_index()
    annotations = reader.find((title or 0) + 1, "annotations")
    annex = reader.find((annotations or title or 0) + 1, "annex", "organization_of_work")
    list_end = annotations if annotations is not None else annex
    head = masthead_reader.read(lines[: title if title is not None else 0], lang)
    reader.notes.extend(ImportNote(n.line, n.text, n.reason) for n in head.notes)
    if title is not None:
        reader.read_list(lines[title + 1 : list_end if list_end is not None else len(lines)])
    else:
        reader.read_list(lines[: list_end if list_end is not None else len(lines)])
    if annotations is not None:
        reader.read_annotations(lines[annotations + 1 : annex if annex is not None else None])
    meeting = Meeting(
        symbol=head.symbol,
        original_language=lang,
        languages=[lang],
        distribution=head.distribution,
        issue_date=head.issue_date,
        body=head.texts.get("body", {}),
        subsidiary_body=head.texts.get("subsidiary_body", {}),
        session=head.texts.get("session", {}),
        venue=head.texts.get("venue", {}),
        job_number=head.texts.get("job_number", {}),
        start=head.start,
        end=head.end,
        items=reader.items,
    )
    if title is not None and normal(lines[title].text) not in (
        reader.labels["default_title"],
        reader.labels["provisional_agenda"],
    ):
        meeting.title = {lang: clean_title(lines[title].text)}
    if annex is not None:
        known = head.start or head.issue_date
        year = known.year if known is not None else None
        timetable, annex_notes = read_annex(lines[annex + 1 :], meeting, lang, year)
        meeting.timetable = timetable
        reader.notes.extend(annex_notes)
    if head.original and head.original != lang:
        reader.notes.append(
            ImportNote(
                head.original_line,
                head.original_text,
                f"the document is a translation from {head.original!r}: its texts are imported "
                f"as the {lang!r} version, which becomes the meeting's original",
            )
        )
    reader.notes.sort(key=lambda note: note.line)
    return ImportResult(meeting, reader.notes)
