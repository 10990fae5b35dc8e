"""The masthead and meeting block of an imported agenda: symbol, distribution, date of issue,
language lines, body, subsidiary body, session, venue and dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agenda_editor.core.languages import LangText
from agenda_editor.core.model import Distribution
from agenda_editor.core.rules import SYMBOL_PATTERN
from agenda_editor.i18n.labels import LABELS
from agenda_editor.importing.words import dates_in, normal, original_language

if TYPE_CHECKING:
    from agenda_editor.importing.agenda import SourceLine

_JOB_NUMBER = re.compile(r"^([A-Z]\.?\d{2}-\d{4,6})\s*\([A-Z]\)(?:\s+\S.*)?$")
_SESSION = re.compile(
    r"\b(session|sesiones|período|сесси|заседани|meeting|réunion|reunión|совещани)|会议|届会"
    r"|الدورة|الاجتماع",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Note:
    line: int
    text: str
    reason: str


@dataclass
class Masthead:
    symbol: str = ""
    distribution: Distribution = Distribution.GENERAL
    issue_date: dt.date | None = None
    original: str | None = None
    original_line: int = 0
    original_text: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    texts: dict[str, LangText] = field(default_factory=dict)
    notes: list[_Note] = field(default_factory=list)


def _distribution(text: str) -> Distribution | None:
    wanted = normal(text)
    for labels in LABELS.values():
        for value in Distribution:
            if normal(labels[f"distr_{value.value}"]) == wanted:
                return value
    return None


def _split_distribution(text: str) -> list[str]:
    """``text``, or the organ's words and the distribution when a copy joined the two columns
    ("... on Coastal Distr.: General")."""
    plain = re.sub(r"\s+", " ", text).strip()
    for labels in LABELS.values():
        for value in Distribution:
            label = labels[f"distr_{value.value}"]
            if plain.endswith(" " + label) and len(plain) > len(label) + 1:
                return [plain[: -len(label)].strip(), label]
    return [text]


def _fixed(text: str) -> bool:
    """A line every masthead has and the meeting does not store ("United Nations", "Français")."""
    wanted = normal(text)
    return any(
        wanted in (normal(labels["united_nations"]), normal(labels["language_name"]))
        for labels in LABELS.values()
    )


def _venue_and_dates(text: str, lang: str) -> tuple[str, list[dt.date]] | None:
    dates = dates_in(text, lang)
    if not dates:
        return None
    if lang == "zh" and "，" in text:
        return text.rsplit("，", 1)[1].strip(), dates
    separator = "، " if lang == "ar" and "، " in text else ", "
    if separator not in text:
        return "", dates
    return text.split(separator, 1)[0].strip(), dates


def read(lines: list[SourceLine], lang: str) -> Masthead:
    """The masthead fields that ``lines`` (everything above the title) hold."""
    head = Masthead()
    before: list[str] = []  # the organ, above the distribution block
    after: list[str] = []  # the subsidiary body and session, below it
    inside: list[str] = []  # between the distribution and the original language: the organ's
    block_seen = False  # last lines where a PDF's copy puts the two columns on one line
    parts = [(line, piece) for line in lines for part in line.text.split("\t")
             for piece in _split_distribution(part)]  # fmt: skip
    for line, part in parts:
        text = re.sub(r"\s+", " ", part).strip()
        if not text:
            continue
        if not head.symbol and SYMBOL_PATTERN.fullmatch(text):
            head.symbol = text
            continue
        distribution = _distribution(text)
        if distribution is not None:
            head.distribution, block_seen = distribution, True
            continue
        original = original_language(text)
        if original is not None:
            head.original, block_seen = original, True
            head.original_line, head.original_text = line.line, text
            continue
        if _fixed(text):
            continue
        job = _JOB_NUMBER.match(text)
        if job:
            head.texts["job_number"] = {lang: job.group(1)}
            continue
        dates = dates_in(text, "en" if block_seen and not after and lang in ("ar", "ru", "zh")
                         else lang)  # fmt: skip
        if block_seen and not after and head.issue_date is None and len(dates) == 1:
            head.issue_date = dates[0]
            continue
        place = _venue_and_dates(text, lang)
        if place is not None and (block_seen or before):
            venue, found = place
            head.start, head.end = min(found), max(found)
            if venue:
                head.texts["venue"] = {lang: venue}
            continue
        if head.original is None and block_seen:
            inside.append(text)
        else:
            (after if block_seen else before).append(text)
    if head.original is not None:
        before.extend(inside)
    else:
        after[:0] = inside
    if before:
        head.texts["body"] = {lang: " ".join(before)}
    sessions = [text for text in after if _SESSION.search(text)]
    if len(after) > 1 and sessions == after:
        # "Meeting of Experts on ...", "Second meeting": the session is the last line.
        sessions = after[-1:]
    others = [text for text in after if text not in sessions]
    if others:
        head.texts["subsidiary_body"] = {lang: " ".join(others)}
    if sessions:
        head.texts["session"] = {lang: " ".join(sessions)}
    return head
