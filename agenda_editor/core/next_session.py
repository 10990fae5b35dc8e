"""The next session of a meeting, proposed from this one.

Most agendas are last session's agenda with new dates. :func:`propose_changes` rolls the
symbol's series forward (its year part ``2026`` to ``2027``; without a year, its last number,
``UNEP/EA.6/1`` to ``UNEP/EA.7/1``) and does the same for every reference document of that
series and for every symbol of that series written in an annotation paragraph; each change is a
:class:`SymbolChange` the caller may edit or drop. :func:`next_session`
then makes the new meeting: the changes applied, dates, job numbers and the timetable's days
cleared, the annotations of the items that change from session to session cleared, while the
standard items (opening, adoption of the agenda, organization of work, adoption of the report)
keep theirs. Every language version is kept. The meeting given is never modified.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agenda_editor.core.model import AgendaItem, Meeting, Origin, OriginKind, Timetable

_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMBER = re.compile(r"\d+")
#: A document symbol written in a text: parts of letters, digits, dots and hyphens joined by
#: slashes ("CFC/COP/WG.4/2026/2", "UNEP/EA.6/L.1"), not the sentence's full stop after it.
#: Latin letters only: a Chinese or Arabic word written right after a symbol is not part of it.
_SYMBOL_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9/.\-])[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+(?![A-Za-z0-9/])"
)

#: Words of the titles of the standard items, in each language (compared in lower case).
STANDARD_TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "organizational matters",
        "opening of the",
        "adoption of the agenda",
        "organization of work",
        "organization of the work",
        "adoption of the report",
    ),
    "fr": (
        "questions d'organisation",
        "ouverture de",
        "adoption de l'ordre du jour",
        "organisation des travaux",
        "adoption du rapport",
    ),
    "es": (
        "cuestiones de organización",
        "apertura de",
        "aprobación del programa",
        "organización de los trabajos",
        "aprobación del informe",
    ),
    "ru": (
        "организационные вопросы",
        "открытие",
        "утверждение повестки дня",
        "организация работы",
        "утверждение доклада",
        "принятие доклада",
    ),
    "zh": ("组织事项", "开幕", "通过议程", "安排工作", "工作安排", "通过报告"),
    "ar": (
        "المسائل التنظيمية",
        "افتتاح",
        "إقرار جدول الأعمال",
        "اعتماد جدول الأعمال",
        "تنظيم الأعمال",
        "اعتماد التقرير",
        "إقرار التقرير",
    ),
}


@dataclass(frozen=True)
class SymbolChange:
    """One symbol to change: the meeting's own (``item_id`` ``None``), the ``position``-th
    reference document of an item, or (``lang`` given) every time it is written in the
    ``position``-th paragraph of the item's annotation in ``lang``."""

    item_id: str | None
    position: int
    old: str
    new: str
    lang: str | None = None

    @property
    def in_annotation(self) -> bool:
        return self.lang is not None


@dataclass(frozen=True)
class NextSessionOptions:
    """What the new meeting does not take over from this one."""

    #: The dates (start, end, issue date) and with them the timetable's days and placements.
    clear_dates: bool = True
    #: The items whose annotations are cleared; ``None``: :func:`session_specific_items`.
    clear_annotations: frozenset[str] | None = None

    def cleared_items(self, meeting: Meeting) -> frozenset[str]:
        """The ids of the items of ``meeting`` whose annotations these options clear."""
        if self.clear_annotations is None:
            return session_specific_items(meeting)
        return self.clear_annotations


def series_of(symbol: str) -> str:
    """The series of a document symbol: what comes before its document number
    (``CTOC/COP/WG.2/2009`` of ``CTOC/COP/WG.2/2009/1/Rev.1``); the symbol itself if none."""
    parts = symbol.strip().split("/")
    for index in range(len(parts) - 1, 0, -1):
        if parts[index].isdigit():
            return "/".join(parts[:index])
    return symbol.strip()


def roll_series(series: str) -> str | None:
    """The next session's series: its (last) year part plus one, else its last number plus
    one; ``None`` when it has neither."""
    parts = series.split("/")
    for index in range(len(parts) - 1, -1, -1):
        if _YEAR.match(parts[index]):
            parts[index] = str(int(parts[index]) + 1)
            return "/".join(parts)
    for index in range(len(parts) - 1, -1, -1):
        numbers = list(_NUMBER.finditer(parts[index]))
        if numbers:
            last = numbers[-1]
            rolled = str(int(last.group()) + 1).zfill(len(last.group()))
            parts[index] = parts[index][: last.start()] + rolled + parts[index][last.end() :]
            return "/".join(parts)
    return None


def _in_series(symbol: str, series: str) -> bool:
    return symbol == series or symbol.startswith(series + "/")


def propose_changes(meeting: Meeting, symbol: str | None = None) -> list[SymbolChange]:
    """The symbols the next session changes, in document order: the meeting's first, then the
    reference documents of its series. ``symbol``: the new meeting's symbol, when the caller
    knows it (its series then replaces the old one in the documents' symbols)."""
    old_symbol = meeting.symbol.strip()
    old_series = series_of(old_symbol)
    if symbol is not None:
        new_symbol = symbol.strip()
        new_series: str | None = series_of(new_symbol)
    else:
        new_series = roll_series(old_series) if old_symbol else None
        new_symbol = new_series + old_symbol[len(old_series) :] if new_series else old_symbol
    changes: list[SymbolChange] = []
    if new_symbol != old_symbol:
        changes.append(SymbolChange(None, -1, old_symbol, new_symbol))
    if not old_series or new_series is None or new_series == old_series:
        return changes
    for item in meeting.walk():
        for position, document in enumerate(item.documents):
            if _in_series(document.symbol, old_series):
                new = new_series + document.symbol[len(old_series) :]
                changes.append(SymbolChange(item.id, position, document.symbol, new))
    for item in meeting.walk():
        for lang, paragraphs in item.annotation.items():
            for position, paragraph in enumerate(paragraphs):
                for old in symbols_in(paragraph, old_series):
                    new = new_series + old[len(old_series) :]
                    changes.append(SymbolChange(item.id, position, old, new, lang))
    return changes


def symbols_in(text: str, series: str) -> list[str]:
    """The symbols of ``series`` written in ``text`` (annotation markup), each once, in order."""
    found: list[str] = []
    for match in _SYMBOL_IN_TEXT.finditer(text):
        symbol = match.group().rstrip(".")
        if _in_series(symbol, series) and symbol not in found:
            found.append(symbol)
    return found


def _replace_symbol(text: str, old: str, new: str) -> str:
    """``text`` with every whole ``old`` symbol written as ``new``."""

    def swap(match: re.Match[str]) -> str:
        written = match.group()
        symbol = written.rstrip(".")
        return new + written[len(symbol) :] if symbol == old else written

    return _SYMBOL_IN_TEXT.sub(swap, text)


def _normalised(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").casefold().split())


def is_standard_item(item: AgendaItem) -> bool:
    """Whether the item is one every session has (opening, adoption of the agenda,
    organization of work, adoption of the report), recognised by its title in any language."""
    for lang, title in item.title.items():
        words = STANDARD_TITLE_WORDS.get(lang, ())
        plain = _normalised(title)
        if any(word in plain for word in words):
            return True
    return False


def annotated_items(meeting: Meeting) -> Iterable[AgendaItem]:
    """The items with annotation paragraphs in some language, in document order."""
    return (item for item in meeting.walk() if any(item.annotation.values()))


def session_specific_items(meeting: Meeting) -> frozenset[str]:
    """The annotated items whose annotations are proposed for clearing: all but the standard."""
    return frozenset(item.id for item in annotated_items(meeting) if not is_standard_item(item))


def next_session(
    meeting: Meeting,
    changes: Sequence[SymbolChange],
    options: NextSessionOptions | None = None,
    source: str = "",
    today: dt.date | None = None,
) -> Meeting:
    """A new meeting for the next session of ``meeting`` (which is left as it is), recording
    that it came from ``meeting`` (its file name ``source``, if it has one) on ``today``."""
    options = options or NextSessionOptions()
    result = copy.deepcopy(meeting)
    result.origin = Origin(
        OriginKind.NEXT_SESSION, source, meeting.symbol.strip(), today or dt.date.today()
    )
    for change in changes:
        if change.item_id is None:
            result.symbol = change.new.strip()
        elif change.lang is not None:
            if result.has_item(change.item_id):
                paragraphs = result.item(change.item_id).annotation.get(change.lang, [])
                if 0 <= change.position < len(paragraphs):
                    paragraphs[change.position] = _replace_symbol(
                        paragraphs[change.position], change.old, change.new.strip()
                    )
        elif result.has_item(change.item_id):
            documents = result.item(change.item_id).documents
            if 0 <= change.position < len(documents):
                documents[change.position].symbol = change.new.strip()
    result.job_number = {}
    result.reissue_note = {}  # the next session's document is a new one, not a reissue
    if options.clear_dates:
        result.issue_date = result.start = result.end = None
        timetable = result.timetable
        result.timetable = Timetable(
            max_slots_per_day=timetable.max_slots_per_day, bodies=timetable.bodies
        )
    cleared = options.cleared_items(meeting)
    for item in result.walk():
        if item.id in cleared:
            item.annotation = {}
    return result
