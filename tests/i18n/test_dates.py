"""Dates, ranges, weekdays and times as UN documents write them."""

from __future__ import annotations

import datetime as dt

import pytest

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.i18n import dates
from agenda_editor.i18n.labels import UnknownLanguageError

D = dt.date


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "14 August 2009"),
        ("fr", "14 août 2009"),
        ("es", "14 de agosto de 2009"),
        ("ru", "14 августа 2009 года"),
        ("zh", "2009年8月14日"),
        ("ar", "14 آب/أغسطس 2009"),
    ],
)
def test_full_date(lang: str, expected: str) -> None:
    assert dates.full_date(D(2009, 8, 14), lang) == expected


def test_french_first_of_the_month() -> None:
    assert dates.full_date(D(2009, 10, 1), "fr") == "1er octobre 2009"
    assert dates.full_date(D(2009, 10, 1), "en") == "1 October 2009"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Vienna, 12–16 May 2025"),
        ("fr", "Vienna, 12–16 mai 2025"),
        ("es", "Vienna, 12 a 16 de mayo de 2025"),
        ("ru", "Vienna, 12–16 мая 2025 года"),
        ("zh", "2025年5月12日至16日，Vienna"),
        ("ar", "Vienna، 12–16 أيار/مايو 2025"),
    ],
)
def test_place_and_dates(lang: str, expected: str) -> None:
    assert dates.place_and_dates("Vienna", D(2025, 5, 12), D(2025, 5, 16), lang) == expected


def test_french_range_starting_on_the_first() -> None:
    assert dates.place_and_dates("Vienne", D(2009, 10, 1), D(2009, 10, 2), "fr") == (
        "Vienne, 1er–2 octobre 2009"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "30 September–2 October 2009"),
        ("fr", "30 septembre–2 octobre 2009"),
        ("es", "30 de septiembre a 2 de octubre de 2009"),
        ("zh", "2009年9月30日至10月2日"),
    ],
)
def test_range_across_months(lang: str, expected: str) -> None:
    assert dates.date_range(D(2009, 9, 30), D(2009, 10, 2), lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "30 December 2025–2 January 2026"),
        ("es", "30 de diciembre de 2025 a 2 de enero de 2026"),
        ("zh", "2025年12月30日至2026年1月2日"),
    ],
)
def test_range_across_years(lang: str, expected: str) -> None:
    assert dates.date_range(D(2025, 12, 30), D(2026, 1, 2), lang) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_day_meeting_is_one_date(lang: str) -> None:
    day = D(2026, 6, 11)
    assert dates.date_range(day, day, lang) == dates.full_date(day, lang)


def test_reversed_range_is_put_in_order() -> None:
    assert dates.date_range(D(2025, 5, 16), D(2025, 5, 12), "en") == "12–16 May 2025"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Thursday, 1 October"),
        ("fr", "Jeudi 1er octobre"),
        ("es", "Jueves 1 de octubre"),
        ("ru", "Четверг, 1 октября"),
        ("zh", "10月1日，星期四"),
        ("ar", "الخميس، 1 تشرين الأول/أكتوبر"),
    ],
)
def test_weekday_date(lang: str, expected: str) -> None:
    assert dates.weekday_date(D(2009, 10, 1), lang) == expected


T = dt.time


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        (T(10), T(13), "en", "10 a.m.–1 p.m."),
        (T(15), T(18), "en", "3–6 p.m."),
        (T(10, 30), T(12), "en", "10.30 a.m.–12 noon"),
        (T(10), T(13), "fr", "10 heures–13 heures"),
        (T(15, 30), T(18), "fr", "15 h 30–18 heures"),
        (T(10), T(13), "es", "10.00 a 13.00 horas"),
        (T(15), T(18), "ru", "15:00–18:00"),
        (T(15), T(18), "zh", "15:00–18:00"),
    ],
)
def test_time_range(start: dt.time, end: dt.time, lang: str, expected: str) -> None:
    assert dates.time_range(start, end, lang) == expected


def test_masthead_date_in_english_for_ar_ru_zh() -> None:
    assert dates.masthead_date(D(2026, 3, 20), "ru") == "20 March 2026"
    assert dates.masthead_date(D(2026, 3, 20), "fr") == "20 mars 2026"


def test_unknown_language() -> None:
    with pytest.raises(UnknownLanguageError):
        dates.full_date(D(2026, 1, 1), "xx")
