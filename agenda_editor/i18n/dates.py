"""Dates, date ranges, weekdays and meeting times as UN documents write them, per language.

Month and weekday names come from CLDR (Babel); the UN house styles on top of it (French "1er",
Spanish "12 a 16 de mayo", Chinese "至", the Arabic double month names, English "10 a.m.–1 p.m.")
are written here once. Pure functions: no Qt, no I/O, used by the exporters and the window.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from babel.dates import format_date, get_day_names

from agenda_editor.i18n.labels import UnknownLanguageError, masthead_language

_LOCALES: Final = {"en": "en_GB", "fr": "fr", "es": "es", "ru": "ru", "zh": "zh", "ar": "ar"}

#: UN Arabic documents name months with their Levantine and Egyptian names together.
_ARABIC_MONTHS: Final = (
    "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
    "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
)  # fmt: skip

#: Joins the two ends of a date range where both are written in full.
#: Date ranges take an en dash, as UN documents print them ("17–19 September", "1er–2 octobre").
_RANGE_DASH: Final = {"en": "–", "fr": "–", "ru": "–", "ar": "–"}


def _locale(lang: str) -> str:
    try:
        return _LOCALES[lang]
    except KeyError:
        raise UnknownLanguageError(lang) from None


def _day(day: int, lang: str) -> str:
    """The day of the month: "1er" for the first in French."""
    return "1er" if lang == "fr" and day == 1 else str(day)


def _month(date: dt.date, lang: str) -> str:
    """The month name as used after a day number (Russian genitive "августа")."""
    if lang == "ar":
        return _ARABIC_MONTHS[date.month - 1]
    return format_date(date, "MMMM", locale=_locale(lang))


def _day_month(date: dt.date, lang: str) -> str:
    if lang == "zh":
        return f"{date.month}月{date.day}日"
    if lang == "es":
        return f"{date.day} de {_month(date, lang)}"
    return f"{_day(date.day, lang)} {_month(date, lang)}"


def _year_suffix(year: int, lang: str) -> str:
    if lang == "es":
        return f" de {year}"
    if lang == "ru":
        return f" {year} года"
    return f" {year}"


def full_date(date: dt.date, lang: str) -> str:
    """ "14 August 2009", "1er octobre 2009", "14 de agosto de 2009", "2009年8月14日"."""
    _locale(lang)
    if lang == "zh":
        return f"{date.year}年{date.month}月{date.day}日"
    return _day_month(date, lang) + _year_suffix(date.year, lang)


def masthead_date(date: dt.date, lang: str) -> str:
    """The date of issue in the masthead (in English for the ar, ru and zh versions)."""
    return full_date(date, masthead_language(lang))


def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """The meeting's dates: "12–16 May 2025", "1er–2 octobre 2009", "12 a 16 de mayo de 2025"."""
    _locale(lang)
    if end < start:
        start, end = end, start
    if start == end:
        return full_date(start, lang)
    if lang == "zh":
        if start.year != end.year:
            return f"{full_date(start, lang)}至{full_date(end, lang)}"
        if start.month != end.month:
            return f"{full_date(start, lang)}至{end.month}月{end.day}日"
        return f"{full_date(start, lang)}至{end.day}日"
    if lang == "es":
        if start.year != end.year:
            return f"{full_date(start, lang)} a {full_date(end, lang)}"
        if start.month != end.month:
            return f"{_day_month(start, lang)} a {full_date(end, lang)}"
        return f"{start.day} a {full_date(end, lang)}"
    dash = _RANGE_DASH.get(lang, "-")
    spaced = f" {dash} " if lang == "ru" else dash
    if start.year != end.year:
        return f"{full_date(start, lang)}{spaced}{full_date(end, lang)}"
    if start.month != end.month:
        return f"{_day_month(start, lang)}{spaced}{full_date(end, lang)}"
    return f"{_day(start.day, lang)}{dash}{full_date(end, lang)}"


def place_and_dates(venue: str, start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """ "Vienna, 12-16 May 2025"; Chinese puts the venue last: "2025年5月12日至16日，维也纳"."""
    if start is None and end is None:
        return venue
    first = start or end
    last = end or start
    assert first is not None and last is not None
    dates = date_range(first, last, lang)
    if not venue:
        return dates
    if lang == "zh":
        return f"{dates}，{venue}"
    if lang == "ar":
        return f"{venue}، {dates}"
    return f"{venue}, {dates}"


def weekday_date(date: dt.date, lang: str) -> str:
    """The day heading of the annex: "Thursday, 1 October", "Jeudi 1er octobre"."""
    weekday = get_day_names("wide", locale=_locale(lang))[date.weekday()]
    if lang == "zh":
        return f"{date.month}月{date.day}日，{weekday}"
    if lang == "ar":
        return f"{weekday}، {_day_month(date, lang)}"
    weekday = weekday[:1].upper() + weekday[1:]
    if lang in ("fr", "es"):
        return f"{weekday} {_day_month(date, lang)}"
    return f"{weekday}, {_day_month(date, lang)}"


def _english_time(time: dt.time, with_meridiem: bool = True) -> str:
    if time.hour == 12 and time.minute == 0:
        return "12 noon"
    hour = time.hour % 12 or 12
    text = str(hour) if time.minute == 0 else f"{hour}.{time.minute:02d}"
    if with_meridiem:
        text += " a.m." if time.hour < 12 else " p.m."
    return text


def _french_time(time: dt.time) -> str:
    if time.minute == 0:
        return f"{time.hour} heures"
    return f"{time.hour} h {time.minute:02d}"


def time_range(start: dt.time, end: dt.time, lang: str) -> str:
    """A meeting's hours: "10 a.m.–1 p.m.", "3–6 p.m.", "10 heures–13 heures", "10.00 a 13.00
    horas"."""
    _locale(lang)
    if lang == "en":
        same_half = (start.hour < 12) == (end.hour < 12) and 12 not in (start.hour, end.hour)
        noon = dt.time(12, 0) in (start, end)
        first = _english_time(start, with_meridiem=not same_half or noon)
        return f"{first}–{_english_time(end)}"
    if lang == "fr":
        return f"{_french_time(start)}–{_french_time(end)}"
    if lang == "es":
        return f"{start:%H.%M} a {end:%H.%M} horas"
    return f"{start:%H:%M}–{end:%H:%M}"
