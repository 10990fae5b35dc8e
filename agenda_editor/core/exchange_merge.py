"""Merging a translation made in a translation tool back into the meeting.

:func:`merge` takes the units read from a translation file (:class:`Translation`) and returns a
copy of the meeting with the targets written into the language version, and a report of every
unit it did not take and why: an id the meeting does not have, an original changed since the
file was made (both texts are in the report; our text is kept and the text is marked for
review), a target with markup our texts do not allow (a footnote lost or doubled, formatting in a
title). The meeting given is never changed.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.core.exchange import (
    FOOTNOTE,
    PARAGRAPH,
    PLAIN,
    ExchangeError,
    NoteMark,
    Piece,
    Unit,
    body_name,
    is_blank,
    normalized,
    same_content,
    shown,
    units,
)
from agenda_editor.core.languages import LANGUAGES, sort_languages
from agenda_editor.core.model import Meeting

#: XLIFF states that say a target is not a translation yet (a copy of the source, a draft).
UNTRANSLATED_STATES = frozenset({"new", "needs-translation"})


@dataclass
class IncomingUnit:
    """A unit as read from the file; ``problem`` when its content could not be read."""

    id: str
    source: list[Piece]
    target: list[Piece] | None
    state: str | None = None
    problem: str | None = None


@dataclass
class Translation:
    """A translation file: the meeting it was made for, its languages and its units."""

    meeting_symbol: str
    source_language: str
    target_language: str
    units: list[IncomingUnit] = field(default_factory=list)


#: Why a unit was not merged (:attr:`Skipped.code`).
UNKNOWN, DUPLICATE, UNREADABLE, CHANGED, MARKUP, ALONE = (
    "unknown", "duplicate", "unreadable", "changed", "markup", "alone",
)  # fmt: skip


@dataclass(frozen=True)
class Skipped:
    """A unit that was not merged: why (``code``, one of :data:`UNKNOWN`..., and ``reason`` in
    English words), and the texts involved (plain, for the report)."""

    unit_id: str
    where: str
    code: str
    reason: str
    ours: str = ""
    theirs: str = ""
    translation: str = ""


@dataclass
class MergeResult:
    meeting: Meeting
    lang: str
    #: Texts whose translation was added or changed.
    filled: list[ts.TextRef] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: Texts whose original changed since the file was made: ref -> the translator's text.
    review: dict[ts.TextRef, str] = field(default_factory=dict)

    @property
    def progress(self) -> ts.Progress:
        return ts.progress(self.meeting, self.lang)


def exchange_language(code: str) -> str | None:
    """Our language for an XLIFF language tag ("fr", "fr-FR", "ZH-cn"), ``None`` if not one."""
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else None


def check_file(meeting: Meeting, translation: Translation, lang: str | None = None) -> str:
    """The language the file translates into; :class:`ExchangeError` when it is for another
    meeting, another original language, or not the language ``lang`` asked for."""
    if translation.meeting_symbol.strip() != meeting.symbol.strip():
        theirs = translation.meeting_symbol or "an unnamed meeting"
        raise ExchangeError("xliff-other-meeting", theirs=repr(theirs), ours=repr(meeting.symbol))
    source = exchange_language(translation.source_language)
    if source != meeting.original_language:
        raise ExchangeError(
            "xliff-other-original",
            source=repr(translation.source_language),
            original=repr(meeting.original_language),
        )
    target = exchange_language(translation.target_language)
    if target is None:
        raise ExchangeError(
            "xliff-unknown-target",
            target=repr(translation.target_language),
            languages=", ".join(LANGUAGES),
        )
    if target == meeting.original_language:
        raise ExchangeError("xliff-into-original", target=repr(target))
    if lang is not None and target != lang:
        raise ExchangeError("xliff-other-target", target=repr(target), lang=repr(lang))
    return target


def _target_problem(unit: Unit, target: list[Piece]) -> str | None:
    """What in a target our texts cannot hold, or ``None``."""
    marks = [piece.number for piece in target if isinstance(piece, NoteMark)]
    formatted = any(isinstance(p, markup.Run) and p.formats for p in target)
    if unit.kind == PLAIN and (marks or formatted):
        return "this text is plain: its translation cannot have formatting or footnotes"
    if unit.kind == FOOTNOTE and marks:
        return "a footnote cannot contain another footnote"
    if unit.kind == PARAGRAPH:
        wanted = [piece.number for piece in unit.source if isinstance(piece, NoteMark)]
        counts = Counter(marks)
        missing = [n for n in wanted if n not in counts]
        if missing:
            return f"the translation has lost the place of footnote {missing[0]}"
        doubled = [n for n, count in counts.items() if count > 1]
        if doubled:
            return f"the translation places footnote {doubled[0]} twice"
        extra = [n for n in counts if n not in wanted]
        if extra:
            return f"the translation has a footnote {extra[0]} the original does not have"
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Merger:
    def __init__(self, meeting: Meeting, lang: str) -> None:
        self.result = MergeResult(copy.deepcopy(meeting), lang)
        self.ours = {unit.id: unit for unit in units(meeting, lang)}
        self.plain: dict[str, tuple[Unit, list[Piece]]] = {}
        self.paragraphs: dict[tuple[str, int], tuple[Unit, list[Piece]]] = {}
        self.notes: dict[tuple[str, int, int], tuple[Unit, list[Piece]]] = {}

    def skip(
        self, unit_id: str, code: str, reason: str, unit: Unit | None = None, **texts: str
    ) -> None:
        where = unit.where if unit is not None else ""
        self.result.skipped.append(Skipped(unit_id, where, code, reason, **texts))

    def take(self, incoming: list[IncomingUnit]) -> None:
        counts = Counter(entry.id for entry in incoming)
        for entry in incoming:
            unit = self.ours.get(entry.id)
            if counts[entry.id] > 1:
                self.skip(entry.id, DUPLICATE, "the file has more than one unit with this id", unit)
            elif entry.problem:
                self.skip(entry.id, UNREADABLE, entry.problem, unit)
            elif unit is None:
                reason = "no text of the meeting has this id"
                self.skip(entry.id, UNKNOWN, reason, theirs=shown(entry.source))
            elif entry.target is None or is_blank(entry.target):
                continue  # not translated in the file
            elif entry.state in UNTRANSLATED_STATES and same_content(entry.source, entry.target):
                continue  # the tool copied the original into the target: not a translation
            elif not same_content(entry.source, unit.source):
                theirs = shown(entry.target)
                self.skip(
                    entry.id,
                    CHANGED,
                    "the original has changed since the file was made; our text is kept",
                    unit, ours=shown(unit.source), theirs=shown(entry.source), translation=theirs,
                )  # fmt: skip
                self.result.review[unit.ref] = theirs
            elif problem := _target_problem(unit, entry.target):
                self.skip(entry.id, MARKUP, problem, unit, translation=shown(entry.target))
            else:
                self._accept(unit, normalized(entry.target))

    def _accept(self, unit: Unit, target: list[Piece]) -> None:
        ref = unit.ref
        if unit.kind == PLAIN:
            self.plain[unit.id] = (unit, target)
        elif unit.kind == PARAGRAPH:
            self.paragraphs[(ref.item_id or "", ref.index)] = (unit, target)
        else:
            self.notes[(ref.item_id or "", ref.index, ref.note + 1)] = (unit, target)

    # -- writing the accepted targets -------------------------------------------------------

    def apply(self) -> MergeResult:
        meeting, lang = self.result.meeting, self.result.lang
        before = copy.deepcopy(meeting)
        for unit, target in self.plain.values():
            self._set_plain(unit.ref, _one_line(_plain(target)))
        for (item_id, index), (_unit, target) in self.paragraphs.items():
            self._set_paragraph(item_id, index, self._paragraph(item_id, index, target))
        for key, (unit, target) in self.notes.items():
            if key[:2] not in self.paragraphs:
                self._footnote_alone(unit, key, target)
        if lang not in meeting.languages and (self.plain or self.paragraphs or self.notes):
            meeting.languages = sort_languages([*meeting.languages, lang])
            meeting.languages.remove(meeting.original_language)
            meeting.languages.insert(0, meeting.original_language)
        self.result.filled = [
            ref
            for ref in ts.texts(meeting)
            if ts.text_of(meeting, ref, lang) != ts.text_of(before, ref, lang)
        ] + [
            ts.TextRef("body", field=body.id)
            for body in meeting.timetable.bodies
            if body_name(meeting, body.id, lang) != body_name(before, body.id, lang)
        ]
        return self.result

    def _set_plain(self, ref: ts.TextRef, text: str) -> None:
        meeting, lang = self.result.meeting, self.result.lang
        if ref.kind == "meeting":
            getattr(meeting, ref.field or "")[lang] = text
        elif ref.kind == "body":
            for body in meeting.timetable.bodies:
                if body.id == ref.field:
                    body.name[lang] = text
        elif ref.kind == "title":
            meeting.item(ref.item_id or "").title[lang] = text
        else:
            meeting.item(ref.item_id or "").documents[ref.index].title[lang] = text

    def _existing_notes(self, item_id: str, index: int) -> list[markup.Footnote]:
        paragraphs = self.result.meeting.item(item_id).annotation.get(self.result.lang, [])
        if index >= len(paragraphs):
            return []
        try:
            return markup.footnotes(paragraphs[index])
        except markup.MarkupError:
            return []

    def _paragraph(self, item_id: str, index: int, target: list[Piece]) -> str:
        """The translated paragraph: each footnote place filled with the footnote's translation
        from the file, else the version's present translation of it, else left empty.

        It is a lettered sub-paragraph when the original's paragraph is: the unit translates
        that paragraph, and the file carries its text only."""
        existing = self._existing_notes(item_id, index)
        inlines: list[markup.Inline] = []
        for piece in target:
            if isinstance(piece, markup.Run):
                inlines.append(markup.Run(piece.text.replace("\n", " "), piece.formats))
                continue
            note = self.notes.get((item_id, index, piece.number))
            if note is not None:
                runs = [p for p in note[1] if isinstance(p, markup.Run)]
            elif piece.number <= len(existing):
                runs = list(existing[piece.number - 1].runs)
            else:
                runs = []
            inlines.append(markup.Footnote(runs))
        meeting = self.result.meeting
        original = meeting.item(item_id).annotation.get(meeting.original_language, [])
        lettered = index < len(original) and markup.is_lettered(original[index])
        return markup.serialize_paragraph(inlines, lettered)

    def _set_paragraph(self, item_id: str, index: int, paragraph: str) -> None:
        annotation = self.result.meeting.item(item_id).annotation
        paragraphs = list(annotation.get(self.result.lang, []))
        paragraphs += [""] * (index + 1 - len(paragraphs))
        if _same_paragraph(paragraphs[index], paragraph):
            return  # the same text and formats: keep it as the user typed it
        paragraphs[index] = paragraph
        annotation[self.result.lang] = paragraphs

    def _footnote_alone(self, unit: Unit, key: tuple[str, int, int], target: list[Piece]) -> None:
        """A footnote translated without its paragraph: it goes into the version's paragraph
        when that paragraph has a footnote at that place."""
        item_id, index, number = key
        existing = self._existing_notes(item_id, index)
        if number > len(existing):
            self.skip(
                unit.id,
                ALONE,
                "the paragraph of this footnote has no translation to put it in; "
                "translate the paragraph too",
                unit,
                translation=shown(target),
            )
            return
        paragraph = self.result.meeting.item(item_id).annotation[self.result.lang][index]
        inlines = markup.parse(paragraph)
        seen = 0
        for position, inline in enumerate(inlines):
            if isinstance(inline, markup.Footnote):
                seen += 1
                if seen == number:
                    runs = [p for p in target if isinstance(p, markup.Run)]
                    inlines[position] = markup.Footnote(runs)
        self._set_paragraph(item_id, index, markup.keep_mark(paragraph, markup.serialize(inlines)))


def _same_paragraph(first: str, second: str) -> bool:
    if markup.is_lettered(first) != markup.is_lettered(second):
        return False
    try:
        return markup.parse(first) == markup.parse(second)
    except markup.MarkupError:
        return False


def _plain(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces if isinstance(piece, markup.Run))


def merge(meeting: Meeting, translation: Translation, lang: str | None = None) -> MergeResult:
    """The meeting with the file's translations merged in (a copy) and what was not taken.

    :class:`ExchangeError` when the file is for another meeting or language (see
    :func:`check_file`).
    """
    target = check_file(meeting, translation, lang)
    merger = _Merger(meeting, target)
    merger.take(translation.units)
    return merger.apply()


__all__ = [
    "UNTRANSLATED_STATES",
    "ExchangeError",
    "IncomingUnit",
    "MergeResult",
    "Skipped",
    "Translation",
    "check_file",
    "exchange_language",
    "merge",
]
