"""Recognising the small things of an agenda's text: its language, numbers, dates and hours.

Pure functions over strings, in the six UN languages; month names come from CLDR (Babel), the
fixed labels from :mod:`agenda_editor.i18n.labels`, the sub-item letters from
:mod:`agenda_editor.core.numbering`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.numbering import conventions
from agenda_editor.i18n.labels import LABELS, LANGUAGE_NAMES

_LOCALES = {"en": "en_GB", "fr": "fr", "es": "es", "ru": "ru", "zh": "zh", "ar": "ar"}

#: Superscript digits as a PDF viewer's copy writes footnote markers.
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def normal(text: str) -> str:
    """``text`` for comparison: compatibility-normalised, case-folded, spaces collapsed,
    without the punctuation that ends agenda lines."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(" .:;,：；。؛،")


def clean_title(text: str) -> str:
    """A title as stored: without the agenda list's closing punctuation and with plain
    superscripts ("1^{er}" → "1er")."""
    text = re.sub(r"\^\{([^}]*)\}", r"\1", text)
    text = re.sub(r"</?(?:i|b|sup|sub)>", "", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(" :;：；؛").rstrip(".。").strip()


def guess_language(lines: list[str]) -> str:
    """The language whose fixed labels (title, "Annotations", "Annex"...) the lines use most."""
    texts = {normal(line) for line in lines if line.strip()}
    best, best_score = "en", 0
    for lang in LANGUAGES:
        labels = LABELS[lang]
        keys = ("default_title", "provisional_agenda", "annotations", "documentation", "annex")
        wanted = {normal(labels[key]) for key in keys}
        wanted.add(normal(labels["organization_of_work"]))
        score = sum(2 for text in texts if text in wanted)
        score += sum(1 for text in texts if any(text.startswith(w) for w in wanted))
        if score > best_score:
            best, best_score = lang, score
    return best


def original_language(line: str) -> str | None:
    """The language an "Original: anglais" line names, or ``None``."""
    text = normal(line)
    match = re.match(r"^original\s*:\s*(.+)$", text)
    if not match:
        return None
    name = match.group(1)
    for names in LANGUAGE_NAMES.values():
        for code, written in names.items():
            if normal(written) == name:
                return code
    return None


# -- agenda numbers -----------------------------------------------------------------------------

#: "1. Title"; in Chinese "1．议程" or "1.议程" without a space.
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,3})\s*\.(?:\s+|(?=[\u3000-\u9fff\uff00-\uffef]))(.+)$")
#: "一、" as Chinese texts number a list.
_CHINESE_ITEM = re.compile(r"^\s*([一二三四五六七八九十百零〇]{1,5})\s*[、．.]\s*(.+)$")
_BULLET = r"[-–•·*]?\s*"
#: A wrapped label: "(a)", "a)", "（a）", "(ii)", "(أ)", "(هـ)".
_WRAPPED = re.compile(rf"^\s*{_BULLET}[(（]?([^\s()（）]{{1,6}})[)）]\s*(.+)$")
#: A fourth-level label: "a.", "b.", "أ.".
_DOTTED = re.compile(r"^\s*([^\W\d_]{1,2})\.\s+(.+)$")
_ROMAN = re.compile(r"^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Numbered:
    """A line that starts with an agenda number: ``depth`` 1 for "2.", 2 for "(b)"/"b)", 3 for
    "(ii)", 4 for "a.". ``roman``: for a label that reads both as a letter and as a roman numeral
    ("(i)", "(v)", "(x)"), the index it has as a numeral (at depth 3)."""

    depth: int
    index: int
    text: str
    roman: int | None = None

    def as_roman(self) -> Numbered:
        """The same label read as a third-level roman numeral."""
        assert self.roman is not None
        return Numbered(3, self.roman, self.text)


def _letter_index(letter: str, lang: str) -> int | None:
    for letters in (conventions(lang).letters, conventions("en").letters):
        if letter in letters:
            return letters.index(letter)
    return None


def roman_value(text: str) -> int | None:
    """The value of a lower-case roman numeral ("iv" → 4), or ``None``."""
    if not _ROMAN.match(text):
        return None
    total = 0
    for position, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[position + 1]] if position + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral up to 999 ("十二" → 12), or ``None``."""
    total, current = 0, 0
    for char in text:
        if char in _CHINESE_DIGITS:
            current = _CHINESE_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char in "零〇":
            continue
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


def numbered(line: str, lang: str) -> Numbered | None:
    """The agenda number that starts ``line`` ("1.", "一、", "(a)", "a)", "- a)", "(أ)", "(ii)",
    "a."), or ``None``."""
    digits = unicodedata.normalize("NFKC", line).translate(_ARABIC_DIGITS)
    match = _ITEM_NUMBER.match(digits)
    if match:
        return Numbered(1, int(match.group(1)) - 1, match.group(2).strip())
    match = _CHINESE_ITEM.match(line)
    if match:
        value = chinese_number(match.group(1))
        if value is not None:
            return Numbered(1, value - 1, match.group(2).strip())
    match = _WRAPPED.match(line)
    if match and match.group(2).strip():
        label, text = match.group(1), match.group(2).strip()
        index = _letter_index(label, lang)
        roman = roman_value(label)
        if index is not None:
            return Numbered(2, index, text, roman - 1 if roman is not None else None)
        if roman is not None:
            return Numbered(3, roman - 1, text)
    match = _DOTTED.match(line)
    if match:
        index = _letter_index(match.group(1), lang)
        if index is not None:
            return Numbered(4, index, match.group(2).strip())
    return None


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_LABEL = re.compile(r"\s*[(（]?([^\s()（）]{1,6})[)）]|\s*([^\W\d_]{1,2})\.")


def reference(text: str, lang: str) -> tuple[int, ...] | None:
    """The item path an annex cell names: "2" → (1,), "1 a)" / "1 (a)" → (0, 0),
    "3 (b) (ii)" → (2, 1, 1), "3 b) ii) a." → (2, 1, 1, 0)."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_DIGITS).strip()
    match = re.match(r"^(\d{1,3})", text)
    if not match:
        return None
    path: list[int] = [int(match.group(1)) - 1]
    rest = text[match.end() :]
    while rest.strip():
        label = _LABEL.match(rest)
        if label is None or len(path) >= 4:
            return None
        written = label.group(1) or label.group(2)
        depth = len(path) + 1
        value = roman_value(written) if depth == 3 else None
        index = value - 1 if value is not None else _letter_index(written, lang)
        if index is None:
            return None
        path.append(index)
        rest = rest[label.end() :]
    return tuple(path)


# -- dates and hours --------------------------------------------------------------------------


@cache
def _months(lang: str) -> dict[str, int]:
    """Every written form of each month in ``lang`` (wide and abbreviated, both contexts)."""
    names: dict[str, int] = {}
    locale = _LOCALES[lang]
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, context, locale).items():
                names[normal(name).rstrip(".")] = number
    for number, name in get_month_names("wide", "format", "en_GB").items():
        names.setdefault(normal(name), number)
    if lang == "ar":  # UN Arabic writes both names, "آب/أغسطس"
        from agenda_editor.i18n.dates import _ARABIC_MONTHS

        for number, both in enumerate(_ARABIC_MONTHS, start=1):
            names[normal(both)] = number
            for part in both.split("/"):
                names.setdefault(normal(part), number)
    return names


_DAY = r"(\d{1,2})(?:\s*(?:er|\^\{er\}|<sup>er</sup>))?"


def _month_of(word: str, lang: str) -> int | None:
    return _months(lang).get(normal(word).rstrip("."))


def dates_in(text: str, lang: str, year: int | None = None) -> list[dt.date]:
    """The dates written in ``text``, in order: "14 août 2009", "1er-2 octobre 2009",
    "12 a 16 de mayo de 2025", "30 September–2 October 2009", "2025年5月12日至16日",
    "Thursday, 1 October" (with ``year``)."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_DIGITS)
    zh = re.findall(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日", text)
    if zh:
        found, current_year, month = [], year, None
        for y, m, d in zh:
            current_year = int(y) if y else current_year
            month = int(m) if m else month
            if current_year and month:
                found.append(_safe_date(current_year, month, int(d)))
        return [d for d in found if d is not None]
    word = r"([^\W\d_][^\s\d,]*(?:/[^\W\d_][^\s\d,]*)?)"
    pattern = re.compile(rf"{_DAY}(?:\s+de)?\s+{word}(?:\s+(?:de\s+)?(\d{{4}}))?")
    pending: list[tuple[int, int | None, int | None]] = []  # day, month, year
    for match in pattern.finditer(text):
        month = _month_of(match.group(2), lang)
        if month is None:
            continue
        day = int(match.group(1))
        start = match.start()
        # "1er-2 octobre", "12 a 16 de mayo": a bare day before this one shares its month.
        before = text[:start]
        lone = re.search(rf"{_DAY}\s*(?:[-–—]|\ba\b|\bal\b|\bau\b|–)\s*$", before)
        if lone and not pending:
            pending.append((int(lone.group(1)), month, None))
        pending.append((day, month, int(match.group(3)) if match.group(3) else None))
    last_year = next((y for _, _, y in reversed(pending) if y), year)
    dates: list[dt.date] = []
    for day, month_number, y in pending:
        if month_number is None:
            continue
        date = _safe_date(y or last_year, month_number, day)
        if date is not None:
            dates.append(date)
    return dates


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_TIME = re.compile(
    r"(\d{1,2})(?:\s*(?:[.:h]|heures?|horas?|ч\.?)\s*(\d{2}))?"
    r"\s*(heures?|horas?|h\b|ч\.?|a\.\s?m\.|p\.\s?m\.|am\b|pm\b|上午|下午)?",
    re.IGNORECASE,
)


def time_range(text: str) -> tuple[dt.time, dt.time] | None:
    """The hours of a meeting: "10 a.m.–1 p.m.", "3–6 p.m.", "10 heures–13 heures",
    "10.00–13.00", "10:00-13:00"; ``None`` when ``text`` is not a range of hours."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_DIGITS).strip()
    parts = re.split(r"\s*(?:[-–—]|至|до)\s*|\s+(?:to|a|à)\s+", text)
    if len(parts) != 2:
        return None
    ends = []
    for part in parts:
        match = _TIME.fullmatch(part.strip())
        if not match:
            return None
        ends.append(match)
    times: list[dt.time] = []
    meridiems = [(m.group(3) or "").lower().replace(" ", "") for m in ends]
    for number, match in enumerate(ends):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        meridiem = meridiems[number] or meridiems[1]
        if meridiem in ("p.m.", "pm", "下午") and hour < 12:
            hour += 12
        # "10 a.m.–1 p.m." names both; "3–6 p.m." shares the second one, but "11–1 p.m."
        # starts in the morning.
        shared_pm = number == 0 and not meridiems[0] and meridiems[1] in ("p.m.", "pm")
        if shared_pm and hour > int(ends[1].group(1)) + 12:
            hour -= 12
        if not (0 <= hour < 24 and 0 <= minute < 60):
            return None
        times.append(dt.time(hour, minute))
    if times[0] >= times[1]:
        return None
    return times[0], times[1]
