"""What the timetable grid shows, worked out from the meeting: each cell's lines (item number,
title, "(continued)") and the findings of the rules that mark cells and days."""

from __future__ import annotations

from dataclasses import dataclass, field

from agenda_editor.core import rules
from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Meeting
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


@dataclass(frozen=True)
class Entry:
    """One line of a cell: an item taken up in that meeting."""

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


def line_text(ref: str, title: str, continued: bool, lang: str) -> str:
    """ "2 (a)  Title (continued)"."""
    return f"{ref}  {title}" + (f" {continued_label(lang)}" if continued else "")


def entry(meeting: Meeting, lang: str, refs: References, placement: tt.Placement) -> Entry:
    """The line of a cell that shows ``placement``."""
    title, untranslated = item_title(meeting, placement.item_id, lang)
    ref = refs(placement.item_id)
    text = line_text(ref, title, placement.continued, lang)
    return Entry(placement.item_id, ref, title, placement.continued, untranslated, text)


def build(meeting: Meeting, lang: str, shown: GridContent | None = None) -> GridContent:
    """What the grid shows. ``shown``: what it showed before, in the same language; the lines
    of items whose number did not change are taken from it (titles are kept up to date there
    by the model), not worked out again."""
    timetable = meeting.timetable
    layout = GridLayout(timetable)
    content = GridContent(References(meeting, lang), layout)
    known: dict[tuple[str, bool], Entry] = {}
    if shown is not None:
        old = shown.refs.paths
        renumbered = {i for i, path in content.refs.paths.items() if old.get(i) != path}
        known = {
            (line.item_id, line.continued): line
            for lines in shown.entries.values()
            for line in lines
            if line.item_id not in renumbered and line.item_id in old
        }
    for placement in tt.placements(timetable):
        line = known.get((placement.item_id, placement.continued))
        if line is None:
            line = entry(meeting, lang, content.refs, placement)
        row = layout.row_of(placement.day, placement.slot)
        content.entries.setdefault((placement.day, row), []).append(line)
    content.rows = len(layout.rows)
    headings: dict[int, str] = {}
    for finding in rules.timetable_findings(meeting):
        if finding.code not in TIMETABLE_CODES or finding.target.day is None:
            continue
        day = finding.target.day
        if day not in headings:
            headings[day] = day_heading(timetable.days[day].date, lang)
        marker = Marker(
            finding.severity, finding_text(finding, headings[day]), finding.target.item_id
        )
        row = -1 if finding.target.slot is None else layout.row_of(day, finding.target.slot)
        if row < 0:
            content.day_markers.setdefault(day, []).append(marker)
        else:
            content.cell_markers.setdefault((day, row), []).append(marker)
    return content
