"""The annex of an imported agenda, "Proposed organization of work", into the timetable.

Rows come as table cells (Word) or as a copy's lines with tabs between the cells: a day head
("Thursday, 1 October"), a meeting's hours in the first cell ("10 a.m.–1 p.m.") starting a
meeting, and the item taken up ("1 (a)" and its title). An item marked "(continued)" that the
same meeting already holds is not placed twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from agenda_editor.core.model import DEFAULT_MAX_SLOTS_PER_DAY, Day, Meeting, Slot, Timetable
from agenda_editor.core.numbering import item_paths
from agenda_editor.i18n.labels import LABELS
from agenda_editor.importing.words import clean_title, dates_in, normal, reference, time_range

if TYPE_CHECKING:
    from agenda_editor.importing.agenda import ImportNote, SourceLine


def _cells(line: SourceLine) -> list[str]:
    if line.cells is not None:
        cells = list(line.cells)
    elif "\t" in line.text:
        cells = line.text.split("\t")
    else:
        cells = re.split(r"\s{2,}", line.text.strip())
    return [re.sub(r"</?(?:i|b)>", "", cell).strip() for cell in cells]


def read_annex(
    lines: list[SourceLine], meeting: Meeting, lang: str, year: int | None
) -> tuple[Timetable, list[ImportNote]]:
    from agenda_editor.importing.agenda import ImportNote

    labels = LABELS[lang]
    heads = {normal(labels[key]) for key in ("col_date_time", "col_item", "col_title")}
    skip = {normal(labels["organization_of_work"]), normal(labels["annex"])}
    continued = normal(labels["continued"]).strip("()")
    by_path = {path: item_id for item_id, path in item_paths(meeting).items()}
    days: list[Day] = []
    notes: list[ImportNote] = []
    slot: Slot | None = None

    for line in lines:
        cells = _cells(line)
        filled = [cell for cell in cells if cell]
        if not filled:
            continue
        if normal(" ".join(filled)) in skip or {normal(c) for c in filled} <= heads:
            continue
        if not days and all(any(normal(c) in head for head in heads) for c in filled):
            continue  # a column head broken over two lines ("Agenda" / "item")
        first = cells[0]
        rest = [cell for cell in cells[1:] if cell]
        if first and not rest:
            dates = dates_in(first, lang, year)
            if len(dates) == 1:
                days.append(Day(dates[0]))
                slot = None
                continue
        hours = time_range(first) if first else None
        if hours is not None:
            if not days:
                notes.append(ImportNote(line.line, line.text.strip(), "a meeting before any day"))
                continue
            slot = Slot(hours[0], hours[1])
            days[-1].slots.append(slot)
        elif first:
            notes.append(ImportNote(line.line, line.text.strip(), "not a day or a meeting's hours"))
            continue
        if not rest:
            continue
        path = reference(rest[0], lang)
        item_id = by_path.get(path) if path is not None else None
        if item_id is None or slot is None:
            reason = "no agenda item with this number" if slot else "an item before any meeting"
            notes.append(ImportNote(line.line, line.text.strip(), reason))
            continue
        title = normal(clean_title(" ".join(rest[1:])))
        if item_id in slot.items and title.endswith(continued):
            continue  # "(continued)" within the same meeting: the item is there already
        if item_id not in slot.items:
            slot.items.append(item_id)
    most = max((len(day.slots) for day in days), default=0)
    timetable = Timetable(days=days, max_slots_per_day=max(most, DEFAULT_MAX_SLOTS_PER_DAY))
    return timetable, notes
