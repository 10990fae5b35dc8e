"""Agendas brought in as text: the sample typed as a PDF viewer's copy gives it, and the real
French document of the reference folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agenda_editor.core import markup
from agenda_editor.core.numbering import item_paths, sub_paragraph_labels
from agenda_editor.importing import AgendaImportError, import_file, import_text
from tests.importing.samples import ENGLISH_TEXT

SEED = (
    Path(__file__).resolve().parents[3] / "shared" / "reference" / "seed-provisional-agenda-fr.txt"
)


def _titles(meeting, lang):
    return [(item_paths(meeting)[item.id], item.title[lang]) for item in meeting.walk()]


def test_masthead_and_meeting_block_of_an_english_agenda() -> None:
    meeting = import_text(ENGLISH_TEXT).meeting
    assert meeting.original_language == "en"
    assert meeting.symbol == "IDB/WG.4/2027/1"
    assert meeting.issue_date == dt.date(2027, 2, 3)
    assert meeting.body == {"en": "Industrial Development Board"}
    assert meeting.subsidiary_body == {"en": "Working Group on Programme Coordination"}
    assert meeting.session == {"en": "Ninth session"}
    assert meeting.venue == {"en": "Geneva"}
    assert (meeting.start, meeting.end) == (dt.date(2027, 3, 15), dt.date(2027, 3, 16))
    assert meeting.title == {}  # the language's default title


def test_agenda_items_and_sub_items_lose_their_numbers_and_punctuation() -> None:
    meeting = import_text(ENGLISH_TEXT).meeting
    assert _titles(meeting, "en") == [
        ((0,), "Organizational matters"),
        ((0, 0), "Opening of the session"),
        ((0, 1), "Adoption of the agenda"),
        ((1,), "Review of regional programmes"),
        ((2,), "Adoption of the report"),
    ]


def test_annotations_footnotes_and_documentation_go_to_their_items() -> None:
    meeting = import_text(ENGLISH_TEXT).meeting
    review = meeting.items[1]
    (paragraph,) = review.annotation["en"]
    # The line broken in the copy is one paragraph again; the marker became a real footnote.
    assert markup.plain_text(paragraph) == (
        "The Working Group will review the regional programmes of the past two years and "
        "consider the funding outlook."
    )
    assert [note.plain for note in markup.footnotes(paragraph)] == [
        "See the summary of evaluations for 2025 and 2026."
    ]
    assert [(d.symbol, d.title["en"]) for d in review.documents] == [
        ("IDB/WG.4/2027/2", "Report of the Director General on regional programmes"),
        ("IDB/WG.4/2027/CRP.1", "Note by the Secretariat on funding"),
    ]
    assert meeting.items[0].annotation == {}
    assert len(meeting.items[0].children[1].annotation["en"]) == 1


def test_annex_rows_become_the_timetable_without_doubling_continued_items() -> None:
    meeting = import_text(ENGLISH_TEXT).meeting
    ids = {path: item_id for item_id, path in item_paths(meeting).items()}
    days = meeting.timetable.days
    assert [day.date for day in days] == [dt.date(2027, 3, 15), dt.date(2027, 3, 16)]
    hours = [[(s.start.hour, s.end.hour) for s in day.slots] for day in days]
    assert hours == [[(10, 13), (15, 18)], [(10, 13), (15, 18)]]
    assert days[0].slots[0].items == [ids[(0, 0)], ids[(0, 1)]]
    assert days[0].slots[1].items == [ids[(1,)]]
    assert days[1].slots[0].items == [ids[(1,)]]  # "(continued)" twice in one meeting: once
    assert days[1].slots[1].items == [ids[(2,)]]


def test_every_line_that_cannot_be_placed_is_reported_with_its_number() -> None:
    text = ENGLISH_TEXT.replace(
        "2. Review of regional programmes.\n",
        "2. Review of regional programmes.\nSee the note below for the schedule\n",
    ).replace("3–6 p.m.\t3\t", "3–6 p.m.\t7\t")
    result = import_text(text)
    lines = text.splitlines()
    reported = {(note.line, note.text) for note in result.notes}
    row = next(n for n, line in enumerate(lines, 1) if line.startswith("3–6 p.m.\t7"))
    assert (lines.index("See the note below for the schedule") + 1,
            "See the note below for the schedule") in reported  # fmt: skip
    assert any(line == row for line, _ in reported)
    assert len(result.meeting.items) == 3  # the stray line did not become an item


def test_a_text_that_is_not_utf8_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_bytes("Ordre du jour provisoire\n1. Élection du Bureau.\n".encode("latin-1"))
    with pytest.raises(AgendaImportError, match=r"agenda\.txt: not UTF-8 text"):
        import_file(path)
    with pytest.raises(AgendaImportError, match=r"expected a \.docx or \.txt file"):
        import_file(tmp_path / "agenda.pdf")


@pytest.mark.skipif(
    not SEED.exists(), reason="the shared reference folder is not beside the checkout"
)
def test_the_real_french_agenda_pasted_as_text() -> None:
    result = import_text(SEED.read_text(encoding="utf-8"))
    meeting = result.meeting
    assert meeting.original_language == "fr"
    assert (meeting.start, meeting.end) == (dt.date(2009, 10, 1), dt.date(2009, 10, 2))
    assert meeting.issue_date == dt.date(2009, 8, 14)
    assert meeting.venue == {"fr": "Vienne"}
    titles = _titles(meeting, "fr")
    assert [path for path, _ in titles] == [(0,), (0, 0), (0, 1), (1,), (2,), (3,), (4,)]
    assert titles[1][1] == "Ouverture de la réunion"
    assert titles[6][1] == "Adoption du rapport"
    item2, item3, item4 = meeting.items[1], meeting.items[2], meeting.items[3]
    assert len(item2.annotation["fr"]) == 3
    (note,) = markup.footnotes(item2.annotation["fr"][0])
    assert note.plain.startswith("CTOC/COP/2005/2/Rev.2")
    assert [d.symbol for d in item2.documents] == [
        "A/64/123", "CTOC/COP/2008/16", "CTOC/COP/WG.2/2009/2",
    ]  # fmt: skip
    # Item 3: the lettered principles stay paragraphs, the page break is mended (9, not 10).
    assert len(item3.annotation["fr"]) == 9
    assert [d.symbol for d in item4.documents] == ["CTOC/COP/2008/16", "CTOC/COP/2008/17"]
    days = meeting.timetable.days
    assert [d.date for d in days] == [dt.date(2009, 10, 1), dt.date(2009, 10, 2)]
    assert [len(s.items) for d in days for s in d.slots] == [2, 1, 1, 3]
    # Only the translation note: every other line found its place.
    assert [note.reason.split(":")[0] for note in result.notes] == [
        "the document is a translation from 'en'"
    ]


@pytest.mark.skipif(
    not SEED.exists(), reason="the shared reference folder is not beside the checkout"
)
def test_the_seeds_lettered_principles_become_lettered_sub_paragraphs() -> None:
    meeting = import_text(SEED.read_text(encoding="utf-8")).meeting
    paragraphs = meeting.items[2].annotation["fr"]
    lettered = [markup.is_lettered(p) for p in paragraphs]
    assert lettered == [False, False, True, True, True, True, True, False, False]
    assert sub_paragraph_labels(paragraphs, "fr")[2:7] == ["a)", "b)", "c)", "d)", "e)"]
    first = markup.plain_text(paragraphs[2])
    assert first.startswith("Importance d'une analyse des besoins")  # the letter is not text
    assert markup.plain_text(paragraphs[6]).endswith("multilatéraux existants.")
    # The paragraph cut by a page break after the list is still one paragraph, unlettered.
    assert markup.plain_text(paragraphs[7]).endswith("l'efficacité de l'assistance technique.")
    # Sub-item heads ("a) Ouverture de la réunion") are still heads, not paragraphs.
    assert not any(markup.is_lettered(p) for i in meeting.walk() if i is not meeting.items[2]
                   for p in i.annotation.get("fr", []))  # fmt: skip


def test_typed_english_letters_become_sub_paragraphs_without_their_letter() -> None:
    text = "\n".join([
        "Provisional agenda", "1. Review of needs.", "Annotations", "1. Review of needs",
        "The Group will consider:", "(a) the survey;", "(b) the budget.", "It may decide.",
    ])  # fmt: skip
    paragraphs = import_text(text, "en").meeting.items[0].annotation["en"]
    assert paragraphs == [
        "The Group will consider:", markup.LETTERED + "the survey;",
        markup.LETTERED + "the budget.", "It may decide.",
    ]  # fmt: skip
