"""Headings keep with the first lines of their text, not with all of it (issue 12): no heading is
left alone at the foot of a page, and a heading before a long paragraph stays where there is
room for its first lines instead of leaving the foot of the page blank."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader

from agenda_editor.core.model import Meeting
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import NoteRef, Paragraph, build_plan
from agenda_editor.interchange import load_json
from agenda_editor.resources import sample_path
from tests.export.conftest import page_texts

FILLER = (
    "The Working Group may wish to consider the information before it and to provide "
    "guidance on the further work of the secretariat in this respect."
)


def _outline_pages(reader: PdfReader) -> list[tuple[str, int]]:
    """(title, 1-based page) of every outline entry, in document order."""
    out: list[tuple[str, int]] = []

    def walk(entries: Sequence[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                page = reader.get_destination_page_number(entry)  # type: ignore[arg-type]
                assert page is not None
                out.append((entry.title, page + 1))  # type: ignore[attr-defined]

    walk(reader.outline)
    return out


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _sample_with_filler(sentences: int) -> Meeting:
    """The sample meeting with a paragraph of ``sentences`` sentences before item 2."""
    meeting = load_json(sample_path())
    first = next(item for item in meeting.walk() if item.annotation.get("en"))
    first.annotation["en"] = [*first.annotation["en"], " ".join([FILLER] * sentences)]
    return meeting


def _lead_and_tail(paragraph: Paragraph) -> tuple[str, str]:
    """The first and the last few words of a paragraph's text (footnote markers left out)."""
    words = "".join(i.text for i in paragraph.inlines if not isinstance(i, NoteRef)).split()
    return " ".join(words[:5]), " ".join(words[-3:])


def _headings(meeting: Meeting, path: Path) -> list[tuple[str, int, int]]:
    """(heading, its page, the page its first paragraph starts on) for each item heading."""
    pages = [_squeezed(text) for text in page_texts(path)]
    outline = dict(_outline_pages(PdfReader(path)))
    sections = build_plan(meeting, "en").sections
    found = []
    for n, section in enumerate(sections):
        title = f"{section.label} {section.title.text}"
        if section.paragraphs:
            lead, _ = _lead_and_tail(section.paragraphs[0])
            first_page = next(n for n, text in enumerate(pages, 1) if lead in text)
        else:  # a heading straight followed by its first sub-item's heading
            child = sections[n + 1]
            first_page = outline[f"{child.label} {child.title.text}"]
        found.append((title, outline[title], first_page))
    return found


@pytest.mark.parametrize("sentences", range(0, 30, 3))
def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path: Path, sentences: int) -> None:
    path = export_pdf(_sample_with_filler(sentences), tmp_path / "en.pdf", lang="en")
    for title, heading_page, first_page in _headings(_sample_with_filler(sentences), path):
        assert heading_page == first_page, f"{title!r} on page {heading_page}, its text after"


def test_a_heading_stays_above_the_first_lines_of_a_long_paragraph(tmp_path: Path) -> None:
    """Somewhere in these layouts a heading's first paragraph runs on to the next page: the
    heading stayed with its first lines instead of moving with the whole paragraph."""
    split = 0
    for sentences in range(0, 30, 3):
        meeting = _sample_with_filler(sentences)
        path = export_pdf(meeting, tmp_path / f"en-{sentences}.pdf", lang="en")
        pages = [_squeezed(text) for text in page_texts(path)]
        for section in build_plan(meeting, "en").sections:
            if not section.paragraphs:
                continue
            lead, tail = _lead_and_tail(section.paragraphs[0])
            first = next(n for n, text in enumerate(pages) if lead in text)
            if tail not in pages[first]:
                split += 1
    assert split > 0


def test_the_arabic_annotations_begin_on_page_one(tmp_path: Path) -> None:
    """Page 1 of the Arabic sample has room for the annotations' first headings and lines (it
    was left about a third blank)."""
    renders = Path(__file__).resolve().parents[2] / "docs" / "renders"
    spec = importlib.util.spec_from_file_location(
        "translations", renders / "sample_translations.py"
    )
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    meeting = translations.add_translations(load_json(sample_path()))
    path = export_pdf(meeting, tmp_path / "ar.pdf", lang="ar")
    pages = dict(_outline_pages(PdfReader(path)))
    assert pages["الشروح"] == 1  # "Annotations"
    sections = build_plan(meeting, "ar").sections
    assert pages[f"{sections[1].label} {sections[1].title.text}"] == 1  # with its text


def _heading_page(filler: float) -> tuple[int, float]:
    """The page a heading lands on after ``filler`` points of text, and the room that was left
    on page 1 for the heading and its paragraph."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from agenda_editor.export.keep import heading, keep_headings_with_first

    body = ParagraphStyle("body", fontSize=10, leading=12, allowOrphans=0, allowWidows=0)
    title = ParagraphStyle("title", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6)
    head = heading(RLParagraph("2. A heading", title))
    long = RLParagraph(" ".join([FILLER] * 20), body)
    pages: dict[int, int] = {}

    class Document(SimpleDocTemplate):
        def afterFlowable(self, flowable: object) -> None:
            pages[id(flowable)] = self.canv.getPageNumber()

    document = Document(str(Path("/dev/null")), topMargin=50, bottomMargin=50)
    room = document.height - 12 - filler  # the frame has 6 pt of padding at top and foot
    document.build([Spacer(1, filler), *keep_headings_with_first([head, long])])
    return pages[id(head)], room


@pytest.mark.parametrize("filler", [600, 670, 675, 676, 677, 678, 690])
def test_a_heading_moves_on_only_when_its_first_two_lines_have_no_room(filler: float) -> None:
    page, room = _heading_page(filler)
    needed = 8 + 15 + 6 + 2 * 12  # space before, heading, space after, two lines
    assert page == (1 if room >= needed else 2), (room, needed)
