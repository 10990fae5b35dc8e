"""What an imported agenda must give back of the meeting it was made from: an outline of one
language version in which items are named by their place (``(2, 1, 0)`` is item 3 (b) (i)),
so that a meeting and its import compare although their item ids differ."""

from __future__ import annotations

import re
from typing import Any

from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import item_paths

MASTHEAD_FIELDS = ("symbol", "distribution", "issue_date", "start", "end")
MASTHEAD_TEXTS = ("body", "subsidiary_body", "session", "venue")


def masthead(meeting: Meeting, lang: str) -> dict[str, Any]:
    fields: dict[str, Any] = {name: getattr(meeting, name) for name in MASTHEAD_FIELDS}
    fields.update({name: getattr(meeting, name).get(lang) for name in MASTHEAD_TEXTS})
    return fields


def items(meeting: Meeting, lang: str) -> list[tuple[Any, ...]]:
    """Each item with its place, title, annotation paragraphs (with their footnotes and
    markup) and documentation list, in document order."""
    paths = item_paths(meeting)
    return [
        (
            paths[item.id],
            item.title.get(lang),
            tuple(item.annotation.get(lang, [])),
            tuple((document.symbol, document.title.get(lang)) for document in item.documents),
        )
        for item in meeting.walk()
    ]


def timetable(meeting: Meeting) -> list[tuple[Any, ...]]:
    """Each meeting of the organization of work: day, hours and the places of its items."""
    paths = item_paths(meeting)
    return [
        (day.date, slot.start, slot.end, tuple(paths[item_id] for item_id in slot.items))
        for day in meeting.timetable.days
        for slot in day.slots
    ]


def assert_same(imported: Meeting, original: Meeting, lang: str) -> None:
    """The import holds the language version ``lang`` of ``original``, nothing less."""
    assert imported.original_language == lang
    assert masthead(imported, lang) == masthead(original, lang)
    assert items(imported, lang) == items(original, lang)
    assert timetable(imported) == timetable(original)


def without_styles(meeting: Meeting, lang: str) -> list[tuple[Any, ...]]:
    """:func:`items` with bold, italic, superscript and subscript left out of the paragraphs
    (a PDF's text has none of them; its footnotes it keeps)."""
    return [
        (place, title, tuple(re.sub(r"</?(?:i|b|sub|sup)>", "", p) for p in paragraphs), documents)
        for place, title, paragraphs, documents in items(meeting, lang)
    ]
