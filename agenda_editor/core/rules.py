"""Checks of a meeting: what would make the document wrong or the timetable impossible.

:func:`check` returns findings; each has a severity, a stable ``code``, the values the message
needs (``params``, so a translated interface can word it its own way), an English message and
what it is about (``target``), so a user interface can go to the item, day or slot.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

from agenda_editor.core import markup
from agenda_editor.core.findings import SYMBOL_PROBLEMS, Finding, Severity, Target, worded
from agenda_editor.core.findings import make as _make
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import TRANSLATED_MEETING_FIELDS, AgendaItem, Meeting
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.core.style import check_job_numbers, item_lettering, item_style
from agenda_editor.core.timetable import (
    Placement,
    PlacementLists,
    placement_lists,
    placements,
    slots_overlap,
)

__all__ = [
    "Finding",
    "RuleCheck",
    "Severity",
    "SymbolFault",
    "Target",
    "check",
    "has_errors",
    "symbol_fault",
    "symbol_problem",
    "untranslated_items",
    "untranslated_parts",
]


# A UN document symbol: parts separated by "/", each of letters, digits and . - ( ) *;
# two symbols of a joint document may be joined by a dash ("E/CN.7/2009/CRP.6–E/CN.15/...").
# Some series put one space after the name of a body in a part after the first: the
# Mediterranean Action Plan's "UNEP/MED WG.550/1", "UNEP/MED IG.26/22",
# "UNEP(DEPI)/MED WG.431/Inf.3". Nowhere else does a symbol have a space.
_SYMBOL_PART = r"[A-Za-z0-9.()*-]+"
_SPACED_PART = r"[A-Z]+ [A-Za-z][A-Za-z0-9.()*-]*"
_LATER_PART = rf"(?:{_SPACED_PART}|{_SYMBOL_PART})"
_ONE_SYMBOL = rf"{_SYMBOL_PART}(?:/{_LATER_PART})+"
SYMBOL_PATTERN = re.compile(rf"{_ONE_SYMBOL}(?:[–—]{_ONE_SYMBOL})*")


_SYMBOL_CHARACTERS = re.compile(r"[A-Za-z0-9.()*/\-–—]")
_JOINT_DASH = re.compile(r"[–—]")


def _misplaced_space(symbol: str) -> bool:
    """Whether a space stands where no series has one (see ``_SPACED_PART``)."""
    for one in _JOINT_DASH.split(symbol):
        first, *later = one.split("/")
        if any(ch.isspace() for ch in first):
            return True
        for part in later:
            if any(ch.isspace() for ch in part) and not re.fullmatch(_SPACED_PART, part):
                return True
    return False


@dataclass(frozen=True)
class SymbolFault:
    """Why a symbol is malformed: a reason of :data:`~agenda_editor.core.findings.SYMBOL_PROBLEMS`
    and the values its wording names (``str()`` is the English wording)."""

    reason: str
    params: tuple[tuple[str, str], ...] = ()

    def word(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The reason worded through ``translate(context, source)`` (English without it)."""
        source, values = SYMBOL_PROBLEMS[self.reason], dict(self.params)
        return worded(source, values, translate) if translate else worded(source, values)

    def __str__(self) -> str:
        return self.word()


@functools.lru_cache(maxsize=16384)
def symbol_fault(symbol: str) -> SymbolFault | None:
    """Why ``symbol`` is not a well-formed document symbol, or ``None``."""
    if not symbol.strip():
        return SymbolFault("empty")
    if _misplaced_space(symbol):
        return SymbolFault("spaces")
    bad = sorted({ch for ch in symbol if ch != " " and not _SYMBOL_CHARACTERS.fullmatch(ch)})
    if bad:
        return SymbolFault("characters", (("chars", " ".join(bad)),))
    parts = _JOINT_DASH.split(symbol)
    for part in parts:
        whose = () if len(parts) == 1 else (("part", repr(part)),)
        prefix = "part-" if whose else ""
        if not part:
            return SymbolFault("joint-side-empty")
        if "/" not in part:
            return SymbolFault(prefix + "no-slash", whose)
        if "//" in part or part.startswith("/") or part.endswith("/"):
            return SymbolFault(prefix + "empty-part", whose)
    if not SYMBOL_PATTERN.fullmatch(symbol):  # a safety net: the checks above should cover it
        return SymbolFault("not-a-symbol")
    return None


def symbol_problem(symbol: str) -> str | None:
    """Why ``symbol`` is not a well-formed document symbol, in English, or ``None``."""
    fault = symbol_fault(symbol)
    return None if fault is None else str(fault)


def check(meeting: Meeting, languages: Iterable[str] | None = None) -> list[Finding]:
    """Everything worth telling the user about the meeting.

    ``languages``: the language versions about to be exported; their untranslated texts are
    errors. Without it, untranslated texts of the meeting's versions are reported as information.
    """
    return RuleCheck(languages).check(meeting)


class RuleCheck:
    """:func:`check` kept through edits, for a window that checks after every edit.

    The findings about one item alone (its texts at its place in the agenda) are kept for it and
    made again only when it changed (:meth:`item_changed`, which every change of its title,
    annotation or documents must be told to), moved, or is another item of the same id; the
    meeting-wide checks are made from what is kept. :meth:`check` returns exactly the findings
    of a fresh :func:`check`, in the same order.
    """

    def __init__(self, languages: Iterable[str] | None = None) -> None:
        self._exporting = list(languages) if languages is not None else None
        self._kept: dict[str, _ItemFindings] = {}
        self._changed: set[str] = set()
        self._context: tuple[object, ...] = ()
        #: The agenda's order the kept sections are for, and the sections (see _items_checked).
        self._order: tuple[tuple[AgendaItem, tuple[int, ...]], ...] | None = None
        self._sections: tuple[
            list[Finding], list[Finding], list[Finding], list[Finding], list[list[Finding]]
        ] = ([], [], [], [], [])
        #: The scheduling findings, for an order of the agenda and the timetable's lists.
        self._scheduling: tuple[object, PlacementLists | None, list[Finding]] = (None, None, [])

    def item_changed(self, item_id: str) -> None:
        """The item's title, annotation or documents changed: its findings are made again."""
        self._changed.add(item_id)

    def check(self, meeting: Meeting) -> list[Finding]:
        """What :func:`check` says about ``meeting`` now."""
        original = meeting.original_language
        exporting = self._exporting
        langs = exporting if exporting is not None else meeting.languages
        severity = Severity.ERROR if exporting is not None else Severity.INFO
        translated = [lang for lang in langs if lang != original and lang in LANGUAGES]
        context = (original, tuple(translated), severity)
        if context != self._context:  # every item's findings depend on these
            self._context, self._kept, self._order = context, {}, None
        order = _walk_with_paths(meeting)
        if order is not self._order or self._changed:
            self._sections = self._items_checked(order, original, translated, severity)
            self._order = order
        listed, annotations, style, lettering, untranslated = self._sections
        items = self._kept

        def ref(item_id: str) -> str:
            return items[item_id].ref

        findings = _check_meeting(meeting) + listed + annotations + style
        findings += check_job_numbers(meeting)
        findings += lettering
        findings += _check_timetable(meeting)
        # What the scheduling check reads: the tree, and the bodies and items of the meetings.
        lists = placement_lists(meeting.timetable)
        if self._scheduling[0] is not order or self._scheduling[1] != lists:
            scheduling = _check_scheduling(meeting, ref) if meeting.timetable.days else []
            self._scheduling = (order, lists, scheduling)
        findings += self._scheduling[2]
        findings += _check_timetable_order(meeting)
        for n, lang in enumerate(translated):
            findings += _untranslated_meeting(meeting, lang, severity)
            findings += untranslated[n]
        return findings

    def _items_checked(
        self,
        order: tuple[tuple[AgendaItem, tuple[int, ...]], ...],
        original: str,
        translated: list[str],
        severity: Severity,
    ) -> tuple[list[Finding], list[Finding], list[Finding], list[Finding], list[list[Finding]]]:
        """The item-by-item parts of the check, in the agenda's ``order``: the items' check,
        the annotation languages, the style of the texts, the lettering, and what is
        untranslated in each of the ``translated`` languages."""
        kept, changed = self._kept, self._changed
        self._kept = items = {}
        found_in_order = []
        for item, path in order:
            item_id = item.id
            found = kept.get(item_id)
            if found is None or found.item is not item or found.path != path or item_id in changed:
                found = _ItemFindings(item, path, original, translated, severity)
            items[item_id] = found
            found_in_order.append(found)
        first: dict[str, _Listing] = {}
        for found in found_in_order:
            if found.documents:
                found.list_documents(first)

        def joined(part: Callable[[_ItemFindings], Sequence[Finding]]) -> list[Finding]:
            return list(chain.from_iterable(map(part, found_in_order)))

        untranslated = [
            list(chain.from_iterable(found.untranslated[n] for found in found_in_order))
            for n in range(len(translated))
        ]
        changed.clear()
        return (
            joined(_LISTED),
            joined(_ANNOTATION),
            joined(_STYLE),
            joined(_LETTERING),
            untranslated,
        )


def _walk_with_paths(meeting: Meeting) -> tuple[tuple[AgendaItem, tuple[int, ...]], ...]:
    """Every item in document order with its path (as :func:`item_paths` gives it), once per
    state of the tree (the same tuple while the tree does not change)."""

    def walk() -> tuple[tuple[AgendaItem, tuple[int, ...]], ...]:
        paths = item_paths(meeting)
        out: list[tuple[AgendaItem, tuple[int, ...]]] = []

        def visit(items: list[AgendaItem]) -> None:
            for item in items:
                out.append((item, paths[item.id]))
                if item.children:
                    visit(item.children)

        visit(meeting.items)
        return tuple(out)

    return meeting.index.derived("walk with paths", walk)


_LISTED = attrgetter("listed")
_ANNOTATION = attrgetter("annotation")
_STYLE = attrgetter("style")
_LETTERING = attrgetter("lettering")

#: Where a symbol is listed: the reference of the item, the document's titles.
_Listing = tuple[str, dict[str, str]]


class _ItemFindings:
    """What the checks say about one item alone, at one place in the agenda (``path``), in the
    order :func:`check` lists them; made once per state of the item and kept by
    :class:`RuleCheck`."""

    __slots__ = (
        "_earlier", "_listings", "annotation", "documents", "head", "item",
        "lettering", "listed", "path", "ref", "style", "symbols", "untranslated",
    )  # fmt: skip

    def __init__(
        self,
        item: AgendaItem,
        path: tuple[int, ...],
        original: str,
        translated: list[str],
        severity: Severity,
    ) -> None:
        ref = reference(path, "en")
        self.item, self.path, self.ref = item, path, ref
        # Shared empty tuples rather than thousands of empty lists: a fresh check makes one of
        # these for every item.
        self.head: Sequence[Finding] = _title_and_markup(item, original, ref) or ()
        self.documents = _documents(item, ref) if item.documents else ()
        self.symbols = tuple(symbol for symbol, _, _ in self.documents) if item.documents else ()
        self._listings = tuple((symbol, (ref, title)) for symbol, title, _ in self.documents)
        self.annotation: Sequence[Finding] = _annotation_not_in_original(item, original, ref)
        self.style: Sequence[Finding] = item_style(item, ref) or ()
        self.lettering: Sequence[Finding] = item_lettering(item, original, ref) or ()
        self.untranslated = [_untranslated_item(item, original, lang, severity, ref)
                             for lang in translated] if translated else ()  # fmt: skip
        #: The item's findings of the items' check: its title, its markup, its documents.
        self.listed = self.head
        #: The first listings of its symbols :meth:`list_documents` was last given.
        self._earlier: tuple[_Listing | None, ...] | None = None

    def list_documents(self, first: dict[str, _Listing]) -> None:
        """Work out :attr:`listed` for an item with documents, adding the documents titled
        otherwise than where their symbol was first listed. ``first``: the first listing of each
        symbol in the items before it (the item's reference, the titles); the item's own
        listings are added to it."""
        documents = self.documents
        earlier = tuple(map(first.get, self.symbols))
        if earlier != self._earlier:
            self._earlier = earlier
            out = list(self.head)
            own: dict[str, _Listing] = {}
            for symbol, title, faults in documents:
                out += faults
                before = first.get(symbol) or own.get(symbol)
                if before and _titles_differ(before[1], title):
                    out.append(
                        _make(
                            Severity.WARNING, "document-titles-differ",
                            Target("item", self.item.id, field="documents"),
                            item=self.ref, other=before[0], symbol=symbol,
                        )
                    )  # fmt: skip
                elif not before:
                    own[symbol] = (self.ref, title)
            self.listed = out
        for symbol, listing in self._listings:
            first.setdefault(symbol, listing)


def _check_reissue(meeting: Meeting) -> list[Finding]:
    """A reissued symbol's asterisk and the note it points to come together."""
    marked = meeting.symbol.strip().endswith("*")
    noted = bool(meeting.reissue_note.get(meeting.original_language, "").strip())
    if marked and not noted:
        return [
            _make(
                Severity.WARNING, "meeting-reissue-no-note",
                Target("meeting", field="reissue_note"), symbol=meeting.symbol,
            )
        ]  # fmt: skip
    if noted and not marked:
        return [
            _make(
                Severity.WARNING, "meeting-reissue-no-mark",
                Target("meeting", field="symbol"),
            )
        ]  # fmt: skip
    return []


def _check_meeting(meeting: Meeting) -> list[Finding]:
    out = []
    problem = symbol_problem(meeting.symbol)
    if not meeting.symbol.strip():
        out.append(
            _make(
                Severity.ERROR, "meeting-no-symbol", Target("meeting", field="symbol"),
            )
        )  # fmt: skip
    elif problem:
        out.append(
            _make(
                Severity.ERROR, "meeting-symbol",
                Target("meeting", field="symbol"), symbol=meeting.symbol, problem=problem,
            )
        )  # fmt: skip
    out += _check_reissue(meeting)
    if meeting.original_language not in LANGUAGES:
        out.append(
            _make(
                Severity.ERROR, "meeting-language",
                Target("meeting", field="original_language"), lang=meeting.original_language,
            )
        )  # fmt: skip
    if meeting.start and meeting.end and meeting.end < meeting.start:
        out.append(
            _make(
                Severity.ERROR, "meeting-dates",
                Target("meeting", field="end"), start=str(meeting.start), end=str(meeting.end),
            )
        )  # fmt: skip
    if meeting.issue_date and meeting.start and meeting.issue_date > meeting.start:
        out.append(
            _make(
                Severity.WARNING, "meeting-issue-date",
                Target("meeting", field="issue_date"),
                date=str(meeting.issue_date), start=str(meeting.start),
            )
        )  # fmt: skip
    if not meeting.items:
        out.append(
            _make(
                Severity.WARNING,
                "no-items",
                Target("meeting"),
            )
        )
    return out


def _title_and_markup(item: AgendaItem, original: str, ref: str) -> list[Finding]:
    """A missing title, broken markup in the annotation."""
    out = []
    if not item.title.get(original, "").strip():
        out.append(
            _make(
                Severity.ERROR, "item-no-title", Target("item", item.id, field="title"),
                item=ref,
            )
        )  # fmt: skip
    for text_lang, paragraphs in item.annotation.items():
        for number, paragraph in enumerate(paragraphs, start=1):
            problem = markup.validate(paragraph)
            if problem:
                out.append(
                    _make(
                        Severity.ERROR, "item-markup",
                        Target("item", item.id, field="annotation", lang=text_lang),
                        item=ref, problem=problem, lang=text_lang, paragraph=str(number),
                    )
                )  # fmt: skip
    return out


def _documents(item: AgendaItem, ref: str) -> list[tuple[str, dict[str, str], list[Finding]]]:
    """Each document the item lists: its symbol, its titles and what is wrong with it alone
    (no symbol, a malformed one, a second listing in the item)."""
    out = []
    seen: set[str] = set()
    for document in item.documents:
        faults = []
        problem = symbol_problem(document.symbol)
        if not document.symbol.strip():
            faults.append(
                _make(
                    Severity.ERROR, "document-no-symbol",
                    Target("item", item.id, field="documents"), item=ref,
                )
            )  # fmt: skip
        elif problem:
            faults.append(
                _make(
                    Severity.ERROR, "document-symbol",
                    Target("item", item.id, field="documents"),
                    item=ref, symbol=document.symbol, problem=problem,
                )
            )  # fmt: skip
        if document.symbol in seen:
            faults.append(
                _make(
                    Severity.WARNING, "document-duplicate",
                    Target("item", item.id, field="documents"),
                    item=ref, symbol=document.symbol,
                )
            )  # fmt: skip
        seen.add(document.symbol)
        out.append((document.symbol, document.title, faults))
    return out


def _titles_differ(first: dict[str, str], second: dict[str, str]) -> bool:
    """Whether two listings of one symbol give it different titles in some language (the
    original or a translation: a document has one title in each language)."""
    return any(
        first[lang].strip() and (second.get(lang) or "").strip()
        and " ".join(first[lang].split()) != " ".join(second[lang].split())
        for lang in first
    )  # fmt: skip


def _annotation_not_in_original(item: AgendaItem, original: str, ref: str) -> tuple[Finding, ...]:
    """An item annotated in other versions but not in the original: the original is what
    translators work from, so the annotation was probably written in the wrong version."""
    if _has_text(item.annotation.get(original)):
        return ()
    others = sorted(
        lang for lang, paragraphs in item.annotation.items()
        if lang != original and _has_text(paragraphs)
    )  # fmt: skip
    if not others:
        return ()
    return (
        _make(
            Severity.WARNING, "annotation-not-in-original",
            Target("item", item.id, field="annotation", lang=original),
            item=ref, langs=", ".join(others), lang=original,
        ),
    )  # fmt: skip


def _has_text(paragraphs: list[str] | None) -> bool:
    return any(map(_paragraph_has_text, paragraphs or ()))


@functools.lru_cache(maxsize=16384)  # every check asks of every paragraph of the original
def _paragraph_has_text(paragraph: str) -> bool:
    if markup.validate(paragraph) is not None:  # reported as broken markup: what was typed
        return bool(paragraph.strip())
    return bool(markup.plain_text(paragraph).strip())


def _check_timetable_order(meeting: Meeting) -> list[Finding]:
    """Days and meetings listed out of time order: the annex prints them as listed."""
    out = []
    seen: dict[dt.date, int] = {}
    previous: dt.date | None = None
    for d, day in enumerate(meeting.timetable.days):
        when = day.date.isoformat()
        if day.date in seen:
            out.append(
                _make(
                    Severity.ERROR, "day-duplicate",
                    Target("day", day=d), date=when,
                )
            )  # fmt: skip
        elif previous is not None and day.date < previous:
            out.append(
                _make(
                    Severity.WARNING, "days-order",
                    Target("day", day=d), date=when, other=previous.isoformat(),
                )
            )  # fmt: skip
        seen.setdefault(day.date, d)
        previous = day.date if previous is None else max(previous, day.date)
        for s in range(1, len(day.slots)):
            earlier, slot = day.slots[s - 1], day.slots[s]
            if slot.body == earlier.body and slot.start < earlier.start:
                span = f"{slot.start:%H:%M}-{slot.end:%H:%M}"
                other = f"{earlier.start:%H:%M}-{earlier.end:%H:%M}"
                out.append(
                    _make(
                        Severity.WARNING, "slots-order",
                        Target("slot", day=d, slot=s), date=when, span=span, other=other,
                    )
                )  # fmt: skip
    return out


def _check_bodies(meeting: Meeting) -> list[Finding]:
    """Bodies the annex cannot head: unnamed among several, or two with one id."""
    out = []
    timetable = meeting.timetable
    seen: set[str] = set()
    for n, body in enumerate(timetable.bodies):
        if body.id in seen:
            out.append(
                _make(
                    Severity.ERROR, "body-duplicate",
                    Target("meeting", field="bodies"), body=body.id,
                )
            )  # fmt: skip
        seen.add(body.id)
        if timetable.parallel and not body.name.get(meeting.original_language, "").strip():
            out.append(
                _make(
                    Severity.ERROR, "body-no-name",
                    Target("meeting", field="bodies"), number=str(n + 1),
                )
            )  # fmt: skip
    for d, day in enumerate(timetable.days):
        for s, slot in enumerate(day.slots):
            if slot.body not in seen:
                span = f"{slot.start:%H:%M}-{slot.end:%H:%M}"
                out.append(
                    _make(
                        Severity.ERROR, "slot-unknown-body",
                        Target("slot", day=d, slot=s), date=day.date.isoformat(), span=span,
                    )
                )  # fmt: skip
    return out


def _check_timetable(meeting: Meeting) -> list[Finding]:
    out = _check_bodies(meeting)
    timetable = meeting.timetable
    known = meeting.index.items()
    for d, day in enumerate(timetable.days):
        when = day.date.isoformat()
        limit = timetable.limit_for(day)
        if len(day.slots) > limit:
            out.append(
                _make(
                    Severity.ERROR, "day-over-limit",
                    Target("day", day=d), date=when, count=str(len(day.slots)), limit=str(limit),
                )
            )  # fmt: skip
        if (meeting.start and day.date < meeting.start) or (meeting.end and day.date > meeting.end):
            out.append(
                _make(
                    Severity.ERROR, "day-outside-meeting",
                    Target("day", day=d), date=when,
                )
            )  # fmt: skip
        for s, slot in enumerate(day.slots):
            span = f"{slot.start:%H:%M}-{slot.end:%H:%M}"
            if slot.end <= slot.start:
                out.append(
                    _make(
                        Severity.ERROR, "slot-times",
                        Target("slot", day=d, slot=s), date=when, span=span,
                        variant="" if slot.end < slot.start else "equal",
                    )
                )  # fmt: skip
            for s2 in range(s + 1, len(day.slots)):
                other = day.slots[s2]
                if other.body == slot.body and slots_overlap(slot, other):
                    other_span = f"{other.start:%H:%M}-{other.end:%H:%M}"
                    out.append(
                        _make(
                            Severity.ERROR, "slots-overlap",
                            Target("slot", day=d, slot=s2), date=when, span=span,
                            other=other_span,
                        )
                    )  # fmt: skip
            for item_id in slot.items:
                if item_id not in known:
                    out.append(
                        _make(
                            Severity.ERROR, "slot-unknown-item",
                            Target("slot", day=d, slot=s), date=when, span=span, item=item_id,
                        )
                    )  # fmt: skip

    return out


def _check_scheduling(meeting: Meeting, ref: Callable[[str], str]) -> list[Finding]:
    """Items the organization of work leaves out, and items taken up out of agenda order."""
    out = [
        _make(
            Severity.WARNING, "item-unscheduled",
            Target("item", item_id, field="timetable"), item=ref(item_id),
        )
        for item_id in unscheduled_items(meeting)
    ]  # fmt: skip
    return out + _check_item_order(meeting, ref)


def timetable_findings(meeting: Meeting) -> list[Finding]:
    """The findings of :func:`check` about days and meetings of the timetable (what its grid
    marks), without the checks of the agenda's texts."""
    paths = item_paths(meeting)

    def ref(item_id: str) -> str:
        return reference(paths[item_id], "en")

    grid = _check_timetable(meeting) + _check_item_order(meeting, ref)
    return [
        finding
        for finding in grid + _check_timetable_order(meeting)
        if finding.target.day is not None
    ]


def slot_findings(meeting: Meeting) -> list[Finding]:
    """The findings of :func:`timetable_findings` about the days and meetings themselves and
    what they list, in its order, without the order of the items taken up (the grid checks
    that day by day: :mod:`agenda_editor.core.item_order`) or of the days."""
    return [finding for finding in _check_timetable(meeting) if finding.target.day is not None]


def unscheduled_items(meeting: Meeting) -> list[str]:
    """Ids of the items (in agenda order) such that neither they, their ancestors nor their
    sub-items are taken up in the organization of work; none when it has no days.

    Worked out once for a state of the tree and of the timetable's lists of items: after an
    edit the timetable panel, the agenda's marks and the rule check all ask.
    """
    timetable = meeting.timetable
    if not timetable.days:
        return []
    lists = tuple(tuple(slot.items) for day in timetable.days for slot in day.slots)
    kept: dict[tuple[tuple[str, ...], ...], tuple[str, ...]]
    kept = meeting.index.derived("unscheduled", dict)
    found = kept.get(lists)
    if found is None:
        if len(kept) > 8:  # undo and redo come back to a few states; not every one is kept
            kept.clear()
        found = kept[lists] = tuple(_unscheduled(meeting))
    return list(found)


def _unscheduled(meeting: Meeting) -> list[str]:
    """What :func:`unscheduled_items` lists, from the index's parents and paths of the tree
    (kept for each state of the tree) rather than from a walk of it: a meeting of 3,000
    items is asked after every edit."""
    scheduled = {p.item_id for p in placements(meeting.timetable)}
    parents = meeting.index.parents()
    # Taken up, or above an item that is: a branch is marked up to the top level once.
    reached: set[str] = set()
    for scheduled_id in scheduled:
        current: str | None = scheduled_id
        while current is not None and current not in reached and current in parents:
            reached.add(current)
            current = parents[current]
    result: list[str] = []
    for item_id in item_paths(meeting):  # document order
        if item_id in reached:
            continue
        above = parents[item_id]
        while above is not None and above not in scheduled:
            above = parents[above]
        if above is None:  # no ancestor taken up (which would take it up with it)
            result.append(item_id)
    return result


def _check_item_order(meeting: Meeting, ref: Callable[[str], str]) -> list[Finding]:
    out = []
    timetable = meeting.timetable
    # The items' paths (kept per state of the tree) give their order: one item comes before
    # another on the agenda when its path is less, and is above it when its path begins it.
    paths = item_paths(meeting)
    # Each body takes up the agenda in its own order: the order is checked body by body.
    first_taken: dict[str, list[tuple[str, Placement]]] = {}
    for placement in placements(timetable):
        if not placement.continued and placement.item_id in paths:
            body = timetable.days[placement.day].slots[placement.slot].body
            first_taken.setdefault(body, []).append((placement.item_id, placement))
    for taken in first_taken.values():
        out += _check_order(taken, paths, ref)
    return out


def _check_order(
    first_taken: list[tuple[str, Placement]],
    paths: Mapping[str, tuple[int, ...]],
    ref: Callable[[str], str],
) -> list[Finding]:
    """Items of one body taken up after an item that comes after them on the agenda."""
    out = []
    # ``latest``: the item furthest down the agenda taken up so far. An item taken up after it
    # but listed before it on the agenda is out of order, unless it is one of its ancestors
    # (taking up the sub-items, then the item itself, is the usual way to close an item).
    latest: str | None = None
    furthest: tuple[int, ...] = ()  # the path of ``latest``
    for item_id, placement in first_taken:
        path = paths[item_id]
        if latest is not None and path < furthest and furthest[: len(path)] != path:
            out.append(
                _make(
                    Severity.WARNING, "item-out-of-order",
                    Target("slot", item_id, day=placement.day, slot=placement.slot),
                    item=ref(item_id), other=ref(latest),
                )
            )  # fmt: skip
        if latest is None or path > furthest:
            latest, furthest = item_id, path
    return out


def _untranslated_meeting(meeting: Meeting, lang: str, severity: Severity) -> list[Finding]:
    """The meeting's texts and bodies' names with no ``lang`` translation."""
    out = []
    for name in TRANSLATED_MEETING_FIELDS:
        text = getattr(meeting, name)
        if text.get(meeting.original_language) and not text.get(lang):
            out.append(
                _make(
                    severity, "untranslated-meeting",
                    Target("meeting", field=name, lang=lang), field=name, lang=lang,
                )
            )  # fmt: skip
    if meeting.timetable.parallel:
        for body in meeting.timetable.bodies:
            name = body.name.get(meeting.original_language, "").strip()
            if name and not body.name.get(lang, "").strip():
                out.append(
                    _make(
                        severity, "untranslated-body",
                        Target("meeting", field="bodies", lang=lang), body=name, lang=lang,
                    )
                )  # fmt: skip
    return out


def _untranslated_item(
    item: AgendaItem, original: str, lang: str, severity: Severity, ref: str
) -> tuple[Finding, ...]:
    parts = untranslated_parts(item, original, lang)
    if not parts:
        return ()
    return (
        _make(
            severity, "untranslated-item",
            Target("item", item.id, lang=lang), item=ref, lang=lang, missing=", ".join(parts),
        ),
    )  # fmt: skip


def untranslated_items(meeting: Meeting, lang: str) -> list[str]:
    """Ids of items with a title, annotation or document title missing in ``lang``."""
    original = meeting.original_language
    return [item.id for item in meeting.walk() if untranslated_parts(item, original, lang)]


def untranslated_parts(item: AgendaItem, original: str, lang: str) -> list[str]:
    """What of the item has text in ``original`` but none in ``lang``.

    Among "title", "annotation" and "document titles"; blank text counts as missing.
    """

    def has(text: str | None) -> bool:
        return bool(text and text.strip())

    parts = []
    if has(item.title.get(original)) and not has(item.title.get(lang)):
        parts.append("title")
    if any(map(has, item.annotation.get(original, []))) and not any(
        map(has, item.annotation.get(lang, []))
    ):
        parts.append("annotation")
    if any(has(d.title.get(original)) and not has(d.title.get(lang)) for d in item.documents):
        parts.append("document titles")
    return parts


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(finding.severity is Severity.ERROR for finding in findings)
