"""How the timetable view words days, meetings, items and refusals (no widgets here).

Dates and the "(continued)" label are in the document's language (what the annex prints);
messages are in the interface language (``QCoreApplication.translate``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from agenda_editor.core.languages import text_in
from agenda_editor.core.model import Meeting, Slot, Timetable
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.core.timetable import Refusal
from agenda_editor.i18n.dates import weekday_date
from agenda_editor.i18n.labels import label


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Timetable", text, disambiguation, n)


def day_heading(date: dt.date, lang: str) -> str:
    """ "Thursday, 11 June" as the annex writes it in ``lang``."""
    return weekday_date(date, lang)


def time_span(slot: Slot) -> str:
    """ "10:00–13:00"."""
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


def isolated(text: str) -> str:
    """Kept left to right inside right-to-left text (Unicode isolates): "10:00–13:00" would
    otherwise show as "13:00–10:00" in an Arabic window."""
    return f"\u2066{text}\u2069"


def continued_label(lang: str) -> str:
    return label("continued", lang)


def item_title(meeting: Meeting, item_id: str, lang: str) -> tuple[str, bool]:
    """The item's title in ``lang``, else in the original language; and whether it fell back."""
    if not meeting.has_item(item_id):
        return tr("(item no longer in the agenda)"), True
    title = meeting.item(item_id).title
    own = text_in(title, lang)
    if own:
        return own, False
    return text_in(title, meeting.original_language) or "", True


class References:
    """Item numbers ("2 (a)") in one language, computed once per agenda state."""

    def __init__(self, meeting: Meeting, lang: str) -> None:
        self.paths = item_paths(meeting)
        self.lang = lang

    def __call__(self, item_id: str) -> str:
        path = self.paths.get(item_id)
        return reference(path, self.lang) if path else "?"

    def listing(self, item_ids: list[str]) -> str:
        return ", ".join(self(item_id) for item_id in item_ids)


def items_phrase(refs: References, item_ids: list[str]) -> str:
    """ "item 2" or "items 2, 3 (a)"."""
    if len(item_ids) == 1:
        return tr("item {0}").format(refs(item_ids[0]))
    return tr("items {0}").format(refs.listing(item_ids))


def body_name(timetable: Timetable, body_id: str, lang: str, original: str = "en") -> str:
    """The body's name in ``lang`` (else the original's), or "Body 2" when it has none."""
    index = timetable.body_index(body_id)
    if index < len(timetable.bodies):
        name = timetable.bodies[index].name
        own = (name.get(lang) or name.get(original) or "").strip()
        if own:
            return own
    return tr("Body {0}").format(index + 1)


def meeting_phrase(
    timetable: Timetable, day: int, slot: int, lang: str, body: str | None = None
) -> str:
    """ "Thursday, 11 June, 10:00–13:00" (or just the day when the meeting is not there); with
    several bodies the body too: "Thursday, 11 June, 10:00–13:00, Committee of the Whole"
    (``body``: of a meeting not there yet)."""
    the_day = timetable.days[day]
    heading = day_heading(the_day.date, lang)
    exists = 0 <= slot < len(the_day.slots)
    text = tr("{0}, {1}").format(heading, time_span(the_day.slots[slot])) if exists else heading
    body = the_day.slots[slot].body if exists else body
    if timetable.parallel and body is not None:
        return tr("{0}, {1}").format(text, body_name(timetable, body, lang))
    return text


def _date_param(refusal: Refusal, lang: str) -> str:
    try:
        return day_heading(dt.date.fromisoformat(refusal.param("date")), lang)
    except ValueError:
        return refusal.param("date")


def refusal_text(refusal: Refusal, refs: References, lang: str) -> str:
    """The reason for a refused edit, in the interface language."""
    code = refusal.code
    date = _date_param(refusal, lang)
    item = refs(refusal.param("item")) if refusal.param("item") else ""
    if code == "beyond-limit":
        return tr("{0} allows at most {1} meeting(s): interpretation is not available.").format(
            date, refusal.param("limit")
        )
    if code == "beyond-limit-bodies":
        return tr(
            "{0} allows at most {1} meeting(s), all bodies together: interpretation is not "
            "available."
        ).format(date, refusal.param("limit"))
    if code == "body-busy":
        return tr("That body already meets at {0} on {1}.").format(refusal.param("span"), date)
    if code == "last-body":
        return tr("The timetable needs at least one body.")
    if code in ("no-body", "body-id-taken"):
        return tr("That body is no longer in the timetable.")
    if code == "skipped-slot":
        return tr("Add meeting {0} of {1} first.").format(int(refusal.param("slot")) + 1, date)
    if code == "duplicate-in-slot":
        return tr("Item {0} is already taken up in that meeting.").format(item)
    if code == "duplicate-in-drop":
        return tr("Item {0} would be taken up twice in one meeting.").format(item)
    if code == "slot-times":
        return tr("A meeting must end after it starts.")
    if code == "limit-conflict":
        return tr("{0} has {1} meetings, more than the new limit of {2}.").format(
            date, refusal.param("count"), refusal.param("limit")
        )
    if code == "trim-to-zero":
        return tr("The meetings of {0} take up items; no meeting would be left for them.").format(
            date
        )
    if code == "limit-negative":
        return tr("A limit cannot be negative.")
    if code == "unknown-item":
        return tr("That item is no longer in the agenda.")
    if code == "nothing":
        return tr("There is nothing to schedule.")
    if code in ("no-day", "no-slot", "no-placement"):
        return tr("That meeting or item is no longer in the timetable.")
    return refusal.message
