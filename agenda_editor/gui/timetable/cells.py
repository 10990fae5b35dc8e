"""What the timetable grid shows, worked out from the meeting: each cell's lines (item number,
title, "(continued)") and the findings of the rules that mark cells and days."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import NamedTuple

from agenda_editor.core import item_order, rules
from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import reference
from agenda_editor.gui.timetable.layout import GridLayout
from agenda_editor.gui.timetable.texts import (
    References,
    continued_label,
    day_heading,
    item_title,
    tr,
)

TIMETABLE_CODES = {
    "day-over-limit",
    "day-outside-meeting",
    "slot-times",
    "slots-overlap",
    "slot-unknown-item",
    "slot-unknown-body",
    "item-out-of-order",
}


class Entry(NamedTuple):
    """One line of a cell: an item taken up in that meeting (a named tuple: an edit that
    renumbers the agenda makes a thousand of them, and the grid compares them)."""

    item_id: str
    reference: str
    title: str
    continued: bool
    #: The title is in the original language (no translation in the document's language).
    untranslated: bool
    text: str


@dataclass(frozen=True)
class Marker:
    """A finding shown in the grid: its severity, its message, the item it is about."""

    severity: rules.Severity
    message: str
    item_id: str | None = None


def finding_text(finding: rules.Finding, heading: str) -> str:
    p = finding.params
    code = finding.code
    if code == "day-over-limit":
        return tr("{0} has {1} meetings; the limit is {2}.").format(
            heading, p.get("count"), p.get("limit")
        )
    if code == "day-outside-meeting":
        return tr("{0} is outside the meeting's dates.").format(heading)
    if code == "slot-times":
        return tr("This meeting ends before it starts.")
    if code == "slots-overlap":
        return tr("This meeting overlaps the meeting {0}.").format(p.get("span"))
    if code == "slot-unknown-item":
        return tr("This meeting lists an item that is not in the agenda.")
    if code == "slot-unknown-body":
        return tr("This meeting belongs to no body of the timetable.")
    if code == "item-out-of-order":
        return tr(
            "Item {0} is taken up after item {1}, which comes after it on the agenda."
        ).format(p.get("item"), p.get("other"))
    return finding.message


@dataclass
class GridContent:
    refs: References
    #: Which body's meeting each row shows (rows are grouped by body).
    layout: GridLayout | None = None
    #: (day, row) -> the lines of the meeting that cell shows, in order.
    entries: dict[tuple[int, int], list[Entry]] = field(default_factory=dict)
    cell_markers: dict[tuple[int, int], list[Marker]] = field(default_factory=dict)
    day_markers: dict[int, list[Marker]] = field(default_factory=dict)
    #: Rows of the grid: as many meetings as the most generous day allows or holds.
    rows: int = 0
    #: What the lines were worked out from (:func:`timetable.placement_lists`).
    lists: tt.PlacementLists | None = None
    #: The check of the order of items, day by day (an edit redoes the days it changed).
    order: item_order.OrderCheck | None = None


def line_text(ref: str, title: str, continued: bool, lang: str) -> str:
    """ "2 (a)  Title (continued)"."""
    return f"{ref}  {title}" + (f" {continued_label(lang)}" if continued else "")


def entry(meeting: Meeting, lang: str, refs: References, placement: tt.Placement) -> Entry:
    """The line of a cell that shows ``placement``."""
    return line_of(meeting, lang, refs, placement.item_id, placement.continued)


def line_of(meeting: Meeting, lang: str, refs: References, item_id: str, continued: bool) -> Entry:
    """The line of a cell that shows ``item_id`` (``continued``: taken up again)."""
    title, untranslated = item_title(meeting, item_id, lang)
    ref = refs(item_id)
    return Entry(
        item_id, ref, title, continued, untranslated, line_text(ref, title, continued, lang)
    )


def _lay_out(
    meeting: Meeting,
    lang: str,
    content: GridContent,
    placements: list[tt.Placement],
    known: dict[tuple[str, bool], Entry],
) -> None:
    """Put each of ``placements``' lines into its cell, taking those of ``known`` as they are."""
    layout = content.layout
    assert layout is not None
    for placement in placements:
        line = known.get((placement.item_id, placement.continued))
        if line is None:
            line = entry(meeting, lang, content.refs, placement)
        row = layout.row_of(placement.day, placement.slot)
        content.entries.setdefault((placement.day, row), []).append(line)


def _kept_days(shown: GridContent, content: GridContent) -> list[bool]:
    """Which days show the same lines in the same cells as in ``shown`` (numbers aside): the
    same meetings listing the same items in the same rows, none of whose items is listed by
    a day that changed (that could make its appearance there the first, or no longer)."""
    old_lists, new_lists = shown.lists, content.lists
    old_layout, layout = shown.layout, content.layout
    assert new_lists is not None and layout is not None
    if old_lists is None or old_layout is None or len(old_lists) != len(new_lists):
        return [False] * len(new_lists)
    kept = []
    moved: set[str] = set()  # the items of the days that changed
    for day, (old, new) in enumerate(zip(old_lists, new_lists, strict=True)):
        same = old == new
        if not same:
            for _body, items in (*old, *new):
                moved.update(items)
        kept.append(same and old_layout.day_rows(day) == layout.day_rows(day))
    if moved:
        for day, lists in enumerate(new_lists):
            if kept[day] and not all(moved.isdisjoint(items) for _body, items in lists):
                kept[day] = False
    return kept


def _renumbered(
    meeting: Meeting, lang: str, refs: References, lines: list[Entry], renumbered: set[str]
) -> list[Entry]:
    """A cell's lines with the numbers of renumbered items worked out again (the list itself
    when none is). Their titles are kept (the model keeps them up to date), and so is the
    rest of their text after the number; the line of an item no longer in the agenda is
    worked out again in full."""
    if not renumbered or renumbered.isdisjoint(map(_item_id, lines)):
        return lines
    paths = refs.paths
    numbered = list(lines)
    for row, line in enumerate(lines):
        item_id = line.item_id
        if item_id not in renumbered:
            continue
        path = paths.get(item_id)
        if path is None:
            numbered[row] = line_of(meeting, lang, refs, item_id, line.continued)
            continue
        ref = reference(path, refs.lang)
        # line_text() starts the text with the number: the rest of it is the same.
        text = ref + line.text[len(line.reference) :]
        numbered[row] = Entry(item_id, ref, line.title, line.continued, line.untranslated, text)
    return numbered


_item_id = operator.attrgetter("item_id")


def build(meeting: Meeting, lang: str, shown: GridContent | None = None) -> GridContent:
    """What the grid shows. ``shown``: what it showed before, in the same language; the lines
    of items whose number did not change are taken from it (titles are kept up to date there
    by the model), not worked out again."""
    timetable = meeting.timetable
    layout = GridLayout(timetable)
    content = GridContent(References(meeting, lang), layout)
    content.lists = tt.placement_lists(timetable)
    content.rows = len(layout.rows)
    placements = tt.placements(timetable)
    kept = [False] * len(content.lists)
    if shown is None:
        _lay_out(meeting, lang, content, placements, {})
    else:
        old = shown.refs.paths
        new = content.refs.paths
        renumbered: set[str] = set()
        if new is not old:
            before = old.get
            renumbered = {i for i, path in new.items() if before(i) != path}
            renumbered.update(old.keys() - new.keys())
        # The days an edit did not touch keep their lines (renumbered where the tree changed);
        # the others are laid out again from their placements, with the lines they showed.
        kept = _kept_days(shown, content)
        known: dict[tuple[str, bool], Entry] = {}
        for cell, lines in shown.entries.items():
            if cell[0] < len(kept) and kept[cell[0]]:
                content.entries[cell] = _renumbered(meeting, lang, content.refs, lines, renumbered)
            else:
                known.update(
                    ((line.item_id, line.continued), line)
                    for line in lines
                    if line.item_id not in renumbered
                )
        for day, same in enumerate(kept):
            if not same:
                _lay_out(meeting, lang, content, tt.day_placements(placements, day), known)
    paths = content.refs.paths
    content.order = item_order.check_order(
        placements,
        content.lists,
        paths,
        lambda item_id: reference(paths[item_id], "en"),
        shown.order if shown is not None else None,
        kept,
    )
    place_markers(content, meeting, lang, rules.slot_findings(meeting) + content.order.findings())
    return content


def place_markers(
    content: GridContent, meeting: Meeting, lang: str, findings: list[rules.Finding]
) -> None:
    """Put the markers of the grid's ``findings`` on their cells and days."""
    layout = content.layout
    assert layout is not None
    headings: dict[int, str] = {}
    for finding in findings:
        if finding.code not in TIMETABLE_CODES or finding.target.day is None:
            continue
        day = finding.target.day
        if day not in headings:
            headings[day] = day_heading(meeting.timetable.days[day].date, lang)
        marker = Marker(
            finding.severity, finding_text(finding, headings[day]), finding.target.item_id
        )
        row = -1 if finding.target.slot is None else layout.row_of(day, finding.target.slot)
        if row < 0:
            content.day_markers.setdefault(day, []).append(marker)
        else:
            content.cell_markers.setdefault((day, row), []).append(marker)
