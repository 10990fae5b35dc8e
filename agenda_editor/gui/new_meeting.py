"""New meetings: a blank one with the usual opening items, or one based on an existing one."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QLocale

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import AgendaItem, Meeting, Origin, OriginKind, PageSize, Timetable

#: The items every agenda opens with, in each language.
_STANDARD_TITLES: dict[str, tuple[str, str, str]] = {
    "en": (
        "Organizational matters",
        "Opening of the meeting",
        "Adoption of the agenda and organization of work",
    ),
    "fr": (
        "Questions d'organisation",
        "Ouverture de la réunion",
        "Adoption de l'ordre du jour et organisation des travaux",
    ),
    "es": (
        "Cuestiones de organización",
        "Apertura de la reunión",
        "Aprobación del programa y organización de los trabajos",
    ),
    "ru": (
        "Организационные вопросы",
        "Открытие совещания",
        "Утверждение повестки дня и организация работы",
    ),
    "zh": ("组织事项", "会议开幕", "通过议程和安排工作"),
    "ar": ("المسائل التنظيمية", "افتتاح الاجتماع", "إقرار جدول الأعمال وتنظيم الأعمال"),
}


def blank_meeting(lang: str = "en", page_size: PageSize = PageSize.A4) -> Meeting:
    """A new meeting in ``lang``: no symbol yet, and the usual opening item with two sub-items."""
    lang = lang if lang in LANGUAGES else "en"
    group, opening, adoption = _STANDARD_TITLES[lang]
    items = [
        AgendaItem(
            title={lang: group},
            children=[AgendaItem(title={lang: opening}), AgendaItem(title={lang: adoption})],
        )
    ]
    return Meeting(
        symbol="", original_language=lang, languages=[lang], items=items, page_size=page_size
    )


def meeting_from_existing(meeting: Meeting, source: str = "") -> Meeting:
    """A new meeting on the model of ``meeting`` (from the file named ``source``): same agenda,
    texts and languages; no dates, no job numbers, an empty organization of work (its
    meetings-per-day limit kept); its origin says where it came from."""
    result = copy.deepcopy(meeting)
    result.origin = Origin(OriginKind.EXISTING, source, meeting.symbol, dt.date.today())
    result.issue_date = result.start = result.end = None
    result.job_number = {}
    result.reissue_note = {}
    result.timetable = Timetable(max_slots_per_day=meeting.timetable.max_slots_per_day)
    return result


def interface_language() -> str:
    """The UN language of the interface, for new meetings (English when it is none of them)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"
