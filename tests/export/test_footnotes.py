"""Footnotes at the foot of the page of their marker, and long ones carried over."""

from __future__ import annotations

from pathlib import Path

from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.export import fonts
from agenda_editor.export.blocks import Blocks
from agenda_editor.export.footnotes import RULE_SPACE, NoteAnchor, NotesArea
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import build_plan
from agenda_editor.export.rich import Span
from agenda_editor.export.styles import Styles
from tests.export.conftest import page_texts
from tests.factories import bare_meeting

FILLER = (
    "The Working Group may wish to consider the matter further and to give the Conference "
    "advice on the measures to be taken in the period before its next session. "
)


def page_of(pages: list[str], token: str) -> int:
    hits = [n for n, text in enumerate(pages) if token in "".join(text.split())]
    assert len(hits) == 1, f"{token} found on pages {hits}"
    return hits[0]


def many_notes_meeting(count: int) -> Meeting:
    paragraphs = [
        f"{FILLER * (1 + n % 4)}Anchor{n:02d}<footnote>Notetext{n:02d} {FILLER * (n % 3)}"
        "</footnote>."
        for n in range(count)
    ]
    return bare_meeting(AgendaItem(id="a", title={"en": "Notes"}, annotation={"en": paragraphs}))


def test_every_note_is_on_the_page_of_its_marker(tmp_path: Path) -> None:
    meeting = many_notes_meeting(40)
    pages = page_texts(export_pdf(meeting, tmp_path / "notes.pdf"))
    assert len(pages) > 4
    for n in range(40):
        assert page_of(pages, f"Anchor{n:02d}") == page_of(pages, f"Notetext{n:02d}"), n


def test_notes_are_numbered_consecutively_on_the_pages(tmp_path: Path) -> None:
    meeting = many_notes_meeting(12)
    pages = page_texts(export_pdf(meeting, tmp_path / "notes.pdf"))
    text = "".join("".join(pages).split())
    positions = [text.index(f"{n + 1}Notetext{n:02d}") for n in range(12)]
    assert positions == sorted(positions)


def test_a_note_longer_than_the_space_left_runs_on_to_the_next_page(tmp_path: Path) -> None:
    long_note = " ".join(f"Longword{n:03d}" for n in range(700))
    paragraphs = [FILLER * 6, FILLER * 6 + f"Marker<footnote>{long_note}</footnote>.", FILLER]
    meeting = bare_meeting(
        AgendaItem(id="a", title={"en": "Long note"}, annotation={"en": paragraphs})
    )
    pages = page_texts(export_pdf(meeting, tmp_path / "long.pdf"))
    first = page_of(pages, "Marker")
    assert page_of(pages, "Longword000") == first
    last = page_of(pages, "Longword699")
    assert last > first
    flat = ["".join(p.split()) for p in pages]
    words = [w for p in flat for w in [p] if "Longword" in w]
    assert sum(w.count("Longword") for w in words) == 700  # nothing lost, nothing repeated


def test_a_paragraph_split_across_pages_takes_each_note_to_its_markers_page(
    tmp_path: Path,
) -> None:
    paragraph = (
        "Early<footnote>FirstNote text.</footnote> " + FILLER * 40
        + "Late<footnote>SecondNote text.</footnote>."
    )  # fmt: skip
    meeting = bare_meeting(AgendaItem(id="a", title={"en": "Long"}, annotation={"en": [paragraph]}))
    pages = page_texts(export_pdf(meeting, tmp_path / "split.pdf"))
    assert page_of(pages, "Early") == page_of(pages, "FirstNote") == 0  # no wasted first page
    assert page_of(pages, "Late") == page_of(pages, "SecondNote") == 1


def test_footnote_lines_are_set_ragged_not_stretched() -> None:
    """A justified note stretched the gaps of its first line (beside the hanging number)."""
    import io
    import re

    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from agenda_editor.export import fonts
    from agenda_editor.export.styles import Styles

    fonts.register()
    style = Styles("en", False).note
    assert Styles("ar", True).note.alignment == TA_RIGHT
    assert style.alignment == TA_LEFT
    note = Paragraph(
        "<super>1</super> See CFC/COP/2025/9, chapter I, and the report of the Working Group on "
        "its third meeting (CFC/COP/WG.4/2025/5), paragraphs 12 to 19.",
        style,
    )
    canvas = Canvas(io.BytesIO())
    note.wrap(300, 1000)
    assert len(note.blPara.lines) > 1
    note.drawOn(canvas, 0, 0)
    drawn = "\n".join(canvas._code)
    # Justified lines are drawn with extra word spacing (Tw); ragged ones without.
    assert not [op for op in re.findall(r"(-?[0-9.]+) Tw", drawn) if float(op) != 0]


def test_a_paragraphs_room_for_its_notes_follows_the_notes_placed() -> None:
    """The room an anchor keeps for its notes is worked out once, and again when a note has
    been placed by an earlier part of the paragraph or the page's first note has come."""
    fonts.register()
    area = NotesArea(400.0, lambda n: [])
    blocks = Blocks(build_plan(many_notes_meeting(2), "en"), Styles("en", False), area)
    spans = [Span(FILLER), Span("1", sup=True, mark=1), Span(FILLER), Span("2", sup=True, mark=2)]
    anchor = NoteAnchor(blocks.para(spans, blocks.styles.body), area)
    width, tall = 400.0, 10_000.0
    one, two = (area.note_height(f) for n in (1, 2) for f in area.make_note(n))
    text = anchor.paragraph.wrap(width, tall)[1]
    # fitting only if the notes fit too: just too short a frame asks for more than it has
    assert anchor.wrap(width, text + one + two + RULE_SPACE - 1)[1] == text + one + two + RULE_SPACE
    area.page.append(area.make_note(1)[0])  # the page has a note: no second rule
    assert anchor.wrap(width, text + one + two - 1)[1] == text + one + two
    area.placed.add(1)  # note 1 went with an earlier part of the paragraph
    assert anchor.wrap(width, text + two - 1)[1] == text + two
    area.placed.add(2)
    assert anchor.wrap(width, text - 1)[1] == text
