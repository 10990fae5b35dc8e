"""The document to print, as data: what goes where, in which words, without any layout.

:func:`build_plan` reads a :class:`Meeting` for one language version and one part and returns a
:class:`DocumentPlan`: the masthead fields, meeting block, title, agenda lines with their numbers
and punctuation, annotations with consecutively numbered footnotes, and the annex rows. Every
exporter (PDF now, others later) lays out the same plan, so numbering, labels and dates cannot
differ between formats.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

from agenda_editor.core import markup
from agenda_editor.core.languages import RTL_LANGUAGES, LangText
from agenda_editor.core.model import TRANSLATED_MEETING_FIELDS, AgendaItem, Meeting
from agenda_editor.core.numbering import (
    item_paths,
    list_label,
    reference,
    sub_paragraph_labels,
    trailing_punctuation,
)
from agenda_editor.core.rules import untranslated_items
from agenda_editor.core.timetable import placements
from agenda_editor.i18n import dates
from agenda_editor.i18n.labels import (
    LABELS,
    LANGUAGE_NAMES,
    agenda_list_title,
    distribution_label,
    job_line,
    language_lines,
)


class Part(enum.StrEnum):
    FULL = "full"
    AGENDA = "agenda"
    ANNEX = "annex"


class ExportError(Exception):
    """An export that cannot be made; the message says why, in words a user understands."""


def export_target(path: str | os.PathLike[str], extension: str) -> Path:
    """The file an export writes at ``path``, checked before any work is done:
    :class:`ExportError` for a folder, or a file in a folder that does not exist."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name ending in {extension}")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    return target


def write_failure(target: Path, error: OSError) -> ExportError:
    """What to say when writing ``target`` failed."""
    return ExportError(f"cannot write {target}: {error.strerror or error}")


#: How many untranslated texts an error message names before it says "and N more".
_LISTED = 12


class MissingTranslationError(ExportError):
    """Texts missing in the language version being exported."""

    def __init__(self, lang: str, items: list[str], fields: list[str]) -> None:
        self.lang = lang
        self.items = items
        self.fields = fields
        what = [f"item {ref}" for ref in items] + [f"the meeting's {name}" for name in fields]
        if len(what) > _LISTED:
            what = [*what[:_LISTED], f"and {len(what) - _LISTED} more"]
        name = LANGUAGE_NAMES["en"].get(lang, lang)
        super().__init__(
            f"The {name} ({lang}) version is not fully translated: {', '.join(what)}. "
            "Translate these texts, or export with --allow-missing to print the "
            "original-language text, marked."
        )


#: The mark of a reissued document: after its symbol, and before the note at the foot of page 1.
REISSUE_MARK = "*"


@dataclass(frozen=True)
class Text:
    """A user text in the exported language; ``fallback`` when it is the original's text."""

    text: str
    fallback: bool = False


@dataclass(frozen=True)
class NoteRef:
    """The place of footnote ``number`` in a paragraph."""

    number: int


Inline = markup.Run | NoteRef


@dataclass
class Paragraph:
    inlines: list[Inline]
    fallback: bool = False
    #: The letter of a lettered sub-paragraph in the version's style ("(a)", "a)", "(أ)"),
    #: printed hanging before it; ``None`` for an ordinary paragraph.
    label: str | None = None

    @property
    def plain(self) -> str:
        return "".join(i.text if isinstance(i, markup.Run) else str(i.number) for i in self.inlines)


@dataclass
class Note:
    """A footnote: its number (consecutive through the document) and formatted text."""

    number: int
    runs: list[markup.Run]
    fallback: bool = False

    @property
    def plain(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class AgendaLine:
    item_id: str
    depth: int
    label: str
    title: Text
    punctuation: str


@dataclass
class DocumentEntry:
    title: Text
    symbol: str

    @property
    def line(self) -> str:
        """ "Title (SYMBOL)"."""
        return f"{self.title.text} ({self.symbol})" if self.title.text else self.symbol


@dataclass
class Section:
    """The annotation of one item or sub-item: heading, paragraphs and documentation."""

    item_id: str
    depth: int
    label: str
    title: Text
    paragraphs: list[Paragraph] = field(default_factory=list)
    documents: list[DocumentEntry] = field(default_factory=list)


@dataclass
class AnnexRow:
    """One line of the annex; ``time`` is empty except on the first row of a meeting."""

    time: str
    reference: str
    title: Text
    continued: bool


@dataclass
class AnnexEntry:
    """An item taken up in one body's meeting (a parallel annex's cell lists them)."""

    reference: str
    title: Text
    continued: bool


@dataclass
class AnnexPeriod:
    """One row of a parallel annex: a time and, for each body in order, what its meeting at
    that time takes up (an empty list when it does not meet then)."""

    time: str
    cells: list[list[AnnexEntry]]


@dataclass
class AnnexDay:
    """A day of the annex: ``rows`` when one body meets (one line per item), ``periods`` when
    several do (one line per time, one cell per body; see ``DocumentPlan.annex_bodies``)."""

    heading: str
    rows: list[AnnexRow]
    periods: list[AnnexPeriod] = field(default_factory=list)


@dataclass
class Masthead:
    united_nations: str
    symbol: str
    body: Text
    distribution: str
    date: str
    language_lines: list[str]
    job_line: str


@dataclass
class DocumentPlan:
    lang: str
    part: Part
    rtl: bool
    page_size: str
    symbol: str
    masthead: Masthead
    subsidiary_body: Text
    session: Text
    place_and_dates: Text
    title: Text
    agenda: list[AgendaLine]
    sections: list[Section]
    notes: list[Note]
    annex_days: list[AnnexDay]
    #: Every fixed label in the document's language (see :mod:`agenda_editor.i18n.labels`).
    labels: dict[str, str]
    #: References of the items printed in the original language (``allow_missing``).
    fallback_items: list[str] = field(default_factory=list)
    #: The heads of the bodies' columns when several bodies meet side by side (the annex then
    #: has a "Date and time" column and one per body); empty when one body meets.
    annex_bodies: list[Text] = field(default_factory=list)
    #: The note of a reissued document, printed after :data:`REISSUE_MARK` at the foot of
    #: page 1 (the symbol's asterisk points to it); empty when there is none.
    reissue_note: Text = field(default_factory=lambda: Text(""))

    @property
    def reissue_line(self) -> str:
        """The reissue note as printed, after its asterisk ("* Reissued for ...")."""
        note = self.reissue_note.text.strip()
        if not note:
            return ""
        return note if note.startswith(REISSUE_MARK) else f"{REISSUE_MARK} {note}"

    @property
    def reissue_text(self) -> str:
        """The words of the reissue note after its asterisk ("Reissued for ..."); what both
        renderers set after the mark. Empty when there is no note."""
        return self.reissue_line.removeprefix(REISSUE_MARK).lstrip()

    @property
    def has_agenda(self) -> bool:
        return self.part in (Part.FULL, Part.AGENDA)

    @property
    def has_annotations(self) -> bool:
        return self.part is Part.FULL

    @property
    def has_annex(self) -> bool:
        return self.part in (Part.FULL, Part.ANNEX) and bool(self.annex_days)

    def note(self, number: int) -> Note:
        return self.notes[number - 1]


def _is_default_title(meeting: Meeting) -> bool:
    """Whether the meeting's title is empty or the original language's default label."""
    original = meeting.title.get(meeting.original_language, "")
    default = LABELS.get(meeting.original_language, LABELS["en"])["default_title"]
    return not original.strip() or original.strip() == default


def missing_translations(meeting: Meeting, lang: str, part: Part) -> tuple[list[str], list[str]]:
    """(item references, meeting field names) untranslated in ``lang`` for this part."""
    original = meeting.original_language
    if lang == original:
        return [], []
    paths = item_paths(meeting)
    if part is Part.FULL:
        ids = untranslated_items(meeting, lang)
    else:
        ids = [i.id for i in meeting.walk() if i.title.get(original) and not i.title.get(lang)]
    fields = []
    for name in TRANSLATED_MEETING_FIELDS:
        text: LangText = getattr(meeting, name)
        if name == "title" and _is_default_title(meeting):
            continue  # the default title has its label in every language
        if text.get(original) and not text.get(lang):
            fields.append(name.replace("_", " "))
    timetable = meeting.timetable
    untranslated_bodies = any(
        b.name.get(original) and not b.name.get(lang) for b in timetable.bodies
    )
    if part is not Part.AGENDA and timetable.parallel and untranslated_bodies:
        fields.append("names of the bodies")
    return [reference(paths[i], "en") for i in ids], fields


def build_plan(
    meeting: Meeting, lang: str | None = None, part: Part | str = Part.FULL,
    allow_missing: bool = False,
) -> DocumentPlan:  # fmt: skip
    """The document for one language version and part.

    Raises :class:`MissingTranslationError` when texts are missing in ``lang`` (unless
    ``allow_missing``: the original's text is used and marked as ``fallback``), and
    :class:`ExportError` for an unknown language or part or broken annotation markup.
    """
    lang = lang or meeting.original_language
    if lang not in LABELS:
        raise ExportError(f"{lang!r} is not a UN language (use ar, zh, en, fr, ru or es)")
    try:
        part = Part(part)
    except ValueError:
        raise ExportError(f"{part!r} is not a part (use full, agenda or annex)") from None
    items, fields = missing_translations(meeting, lang, part)
    if (items or fields) and not allow_missing:
        raise MissingTranslationError(lang, items, fields)
    plan = _Builder(meeting, lang, part).build(items)
    if part is Part.ANNEX and not plan.annex_days:
        raise ExportError(
            "the meeting has no organization of work yet: add days and meetings to the "
            "timetable before exporting the annex"
        )
    return plan


class _Builder:
    def __init__(self, meeting: Meeting, lang: str, part: Part) -> None:
        self.meeting = meeting
        self.lang = lang
        self.part = part
        self.paths = item_paths(meeting)
        self.notes: list[Note] = []

    def text(self, value: LangText) -> Text:
        own = value.get(self.lang)
        if own:
            return Text(own)
        original = value.get(self.meeting.original_language)
        return Text(original, fallback=True) if original else Text("")

    def build(self, fallback_items: list[str]) -> DocumentPlan:
        m, lang = self.meeting, self.lang
        labels = dict(LABELS[lang])
        if m.title.get(lang) or not _is_default_title(m):
            title = self.text(m.title)
        else:
            title = Text(labels["default_title"])
        job = m.job_number.get(lang, "")
        masthead = Masthead(
            united_nations=labels["united_nations"],
            symbol=m.symbol,
            body=self.text(m.body),
            distribution=distribution_label(str(m.distribution), lang),
            date=dates.masthead_date(m.issue_date, lang) if m.issue_date else "",
            language_lines=language_lines(lang, m.original_language),
            job_line=job_line(job, lang) if job else "",
        )
        venue = self.text(m.venue)
        place = Text(
            dates.place_and_dates(venue.text, m.start, m.end, lang), fallback=venue.fallback
        )
        with_agenda = self.part in (Part.FULL, Part.AGENDA)
        with_annex = self.part in (Part.FULL, Part.ANNEX)
        parallel = with_annex and m.timetable.parallel
        return DocumentPlan(
            lang=lang,
            part=self.part,
            rtl=lang in RTL_LANGUAGES,
            page_size=str(m.page_size),
            symbol=m.symbol,
            masthead=masthead,
            subsidiary_body=self.text(m.subsidiary_body),
            session=self.text(m.session),
            place_and_dates=place,
            title=title,
            agenda=self.agenda() if with_agenda else [],
            sections=self.sections() if self.part is Part.FULL else [],
            notes=self.notes,
            annex_days=(self.parallel_annex() if parallel else self.annex()) if with_annex else [],
            labels=labels,
            fallback_items=fallback_items,
            annex_bodies=[self.text(body.name) for body in m.timetable.bodies] if parallel else [],
            reissue_note=self.text(m.reissue_note),
        )

    def agenda(self) -> list[AgendaLine]:
        return [self.agenda_line(item) for item in self.meeting.walk()]

    def agenda_line(self, item: AgendaItem) -> AgendaLine:
        depth = len(self.paths[item.id])
        title = self.text(item.title)
        if not title.fallback:  # a title in the original's language keeps its own style
            title = Text(agenda_list_title(title.text, self.lang, depth))
        return AgendaLine(
            item_id=item.id,
            depth=depth,
            label=list_label(self.paths[item.id], self.lang),
            title=title,
            punctuation=trailing_punctuation(self.meeting, item.id, self.lang),
        )

    def sections(self) -> list[Section]:
        return [self.section(item) for item in self.meeting.walk()]

    def section(self, item: AgendaItem) -> Section:
        path = self.paths[item.id]
        own = item.annotation.get(self.lang)
        fallback = not own and bool(item.annotation.get(self.meeting.original_language))
        paragraphs = own or item.annotation.get(self.meeting.original_language) or []
        section = Section(
            item_id=item.id,
            depth=len(path),
            label=list_label(path, self.lang),
            title=self.text(item.title),
            documents=[DocumentEntry(self.text(d.title), d.symbol) for d in item.documents],
        )
        # A lettered paragraph with nothing in it gets no letter of its own to print.
        letters = sub_paragraph_labels(
            [p if _printable(p) else markup.set_lettered(p, False) for p in paragraphs], self.lang
        )
        for n, source in enumerate(paragraphs, start=1):
            try:
                parsed = markup.parse(source)
            except markup.MarkupError as error:
                raise ExportError(
                    f"Item {reference(path, 'en')}, paragraph {n} of the annotation has broken "
                    f"markup: {error}."
                ) from None
            inlines: list[Inline] = []
            for inline in parsed:
                if isinstance(inline, markup.Footnote):
                    number = len(self.notes) + 1
                    self.notes.append(Note(number, inline.runs, fallback))
                    inlines.append(NoteRef(number))
                else:
                    inlines.append(inline)
            section.paragraphs.append(Paragraph(inlines, fallback, letters[n - 1]))
        return section

    def annex(self) -> list[AnnexDay]:
        timetable = self.meeting.timetable
        continued = {(p.day, p.slot, p.position): p.continued for p in placements(timetable)}
        days = []
        for d, day in enumerate(timetable.days):
            rows = []
            for s, slot in enumerate(day.slots):
                time = dates.time_range(slot.start, slot.end, self.lang)
                for p, item_id in enumerate(slot.items):
                    if not self.meeting.has_item(item_id):
                        continue
                    rows.append(
                        AnnexRow(
                            time=time,
                            reference=reference(self.paths[item_id], self.lang),
                            title=self.text(self.meeting.item(item_id).title),
                            continued=continued[(d, s, p)],
                        )
                    )
                    time = ""
            days.append(AnnexDay(dates.weekday_date(day.date, self.lang), rows))
        return days

    def parallel_annex(self) -> list[AnnexDay]:
        """The annex of several bodies: per day, one period per distinct meeting time (in time
        order), each with the items every body takes up then; "(continued)" per body."""
        timetable = self.meeting.timetable
        continued = {(p.day, p.slot, p.position): p.continued for p in placements(timetable)}
        column = {body.id: n for n, body in enumerate(timetable.bodies)}
        days = []
        for d, day in enumerate(timetable.days):
            spans = sorted({(slot.start, slot.end) for slot in day.slots})
            periods = []
            for start, end in spans:
                cells: list[list[AnnexEntry]] = [[] for _ in timetable.bodies]
                for s, slot in enumerate(day.slots):
                    if (slot.start, slot.end) != (start, end) or slot.body not in column:
                        continue
                    cells[column[slot.body]] += [
                        AnnexEntry(
                            reference=reference(self.paths[item_id], self.lang),
                            title=self.text(self.meeting.item(item_id).title),
                            continued=continued[(d, s, p)],
                        )
                        for p, item_id in enumerate(slot.items)
                        if self.meeting.has_item(item_id)
                    ]
                if any(cells):
                    periods.append(AnnexPeriod(dates.time_range(start, end, self.lang), cells))
            days.append(AnnexDay(dates.weekday_date(day.date, self.lang), [], periods))
        return days


def _printable(paragraph: str) -> bool:
    """Whether the paragraph prints anything (text or a footnote); broken markup counts."""
    try:
        return bool(markup.plain_text(paragraph, with_footnotes=True).strip())
    except markup.MarkupError:
        return True
