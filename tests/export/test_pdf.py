"""The PDF read back: text order, labels, numbering, dates, footnotes, annex, fonts, metadata."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting, PageSize
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import build_plan
from agenda_editor.i18n.labels import LABELS
from tests.export.conftest import all_text, page_texts

LTR = [lang for lang in LANGUAGES if lang != "ar"]


def squeeze(text: str) -> str:
    """Text without any white space: line breaks fall anywhere, in CJK between any two
    characters."""
    return "".join(text.split())


def assert_in_order(text: str, expected: list[str]) -> None:
    haystack = squeeze(text)
    position = 0
    for piece in expected:
        found = haystack.find(squeeze(piece), position)
        assert found >= 0, f"{piece!r} missing after position {position}"
        position = found + len(squeeze(piece))


@pytest.mark.parametrize("lang", LTR)
def test_text_order_labels_numbering_and_punctuation(
    meeting6: Meeting, tmp_path: Path, lang: str
) -> None:
    path = export_pdf(meeting6, tmp_path / f"{lang}.pdf", lang=lang)
    plan = build_plan(meeting6, lang)
    labels = LABELS[lang]
    expected = [
        labels["united_nations"], meeting6.symbol, plan.masthead.body.text,
        plan.masthead.distribution, plan.masthead.date, *plan.masthead.language_lines,
        plan.subsidiary_body.text, plan.session.text, plan.place_and_dates.text,
        plan.title.text, labels["provisional_agenda"],
        *(f"{x.label} {x.title.text}{x.punctuation}" for x in plan.agenda),
        labels["annotations"],
        *(f"{s.label} {s.title.text}" for s in plan.sections[:2]),
        labels["annex"], labels["organization_of_work"],
        labels["col_date_time"], labels["col_item"], labels["col_title"],
        plan.annex_days[0].heading, plan.annex_days[1].heading,
    ]  # fmt: skip
    assert_in_order(all_text(path), expected)


@pytest.mark.parametrize(
    ("lang", "date_line", "continued"),
    [
        ("en", "Vienna, 11–12 June 2026", "(continued)"),
        ("fr", "Vienne, 11–12 juin 2026", "(suite)"),
        ("es", "Viena, 11 a 12 de junio de 2026", "(continuación)"),
        ("ru", "Вена, 11–12 июня 2026 года", "(продолжение)"),
        ("zh", "2026年6月11日至12日，维也纳", "（续）"),
    ],
)
def test_date_line_and_continued_rows(
    meeting6: Meeting, tmp_path: Path, lang: str, date_line: str, continued: str
) -> None:
    text = all_text(export_pdf(meeting6, tmp_path / "m.pdf", lang=lang))
    assert squeeze(date_line) in squeeze(text)
    annex = squeeze(text)[squeeze(text).index(squeeze(LABELS[lang]["organization_of_work"])) :]
    title = build_plan(meeting6, lang).annex_days[0].rows[2].title.text
    # Item 2 is taken up twice on the first day: once plain, once continued.
    assert annex.count(squeeze(title)) == 2
    assert annex.count(squeeze(title + " " + continued)) == 1 or (
        annex.count(squeeze(title) + squeeze(continued)) == 1
    )


def test_arabic_version(meeting6: Meeting, tmp_path: Path) -> None:
    path = export_pdf(meeting6, tmp_path / "ar.pdf", lang="ar")
    text = all_text(path)
    # The masthead's distribution, date and language lines stay in English.
    assert_in_order(text, ["Distr.: General", "20 March 2026", "Arabic", "Original: English"])
    # The Latin symbol inside Arabic text stays visible.
    assert "(CFC/COP/WG.4/2026/2)" in text
    assert "V.26-01971 (A)" in page_texts(path)[0]
    reader = PdfReader(path)
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "ar"
    assert any("Amiri" in name for name in embedded_fonts(reader))


def test_english_annex_times_only_on_first_row_of_a_meeting(
    meeting6: Meeting, tmp_path: Path
) -> None:
    text = all_text(export_pdf(meeting6, tmp_path / "en.pdf", part="annex"))
    assert squeeze(text).count(squeeze("10 a.m.–1 p.m.")) == 2  # one per day, not per row
    assert squeeze(text).count(squeeze("3–6 p.m.")) == 2


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its TrueType program is embedded (/FontFile2)."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fonts_embedded_and_subset(meeting6: Meeting, tmp_path: Path, lang: str) -> None:
    reader = PdfReader(export_pdf(meeting6, tmp_path / "f.pdf", lang=lang))
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert all("+" in name for name in fonts)  # subset tag
    assert not any(name.lstrip("/") in ("Helvetica", "Times-Roman") for name in fonts)


def test_metadata_and_outline(meeting6: Meeting, tmp_path: Path) -> None:
    reader = PdfReader(export_pdf(meeting6, tmp_path / "fr.pdf", lang="fr"))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Ordre du jour provisoire et annotations"
    assert meta.subject == "CFC/COP/WG.4/2026/1"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "fr"

    def titles(outline: Sequence[object]) -> list[str]:
        out: list[str] = []
        for entry in outline:
            if isinstance(entry, list):
                out += titles(entry)
            else:
                out.append(entry.title)  # type: ignore[attr-defined]
        return out

    names = titles(reader.outline)
    assert "Annexe" in names
    assert "1. Questions d'organisation" in names
    assert "a) Ouverture de la réunion" in names


def test_page_size_follows_the_meeting(meeting6: Meeting, tmp_path: Path) -> None:
    a4 = PdfReader(export_pdf(meeting6, tmp_path / "a4.pdf")).pages[0].mediabox
    meeting6.page_size = PageSize.LETTER
    letter = PdfReader(export_pdf(meeting6, tmp_path / "letter.pdf")).pages[0].mediabox
    assert round(float(a4.width)) == 595 and round(float(a4.height)) == 842
    assert round(float(letter.width)) == 612 and round(float(letter.height)) == 792


def test_running_heads(meeting6: Meeting, tmp_path: Path) -> None:
    pages = page_texts(export_pdf(meeting6, tmp_path / "en.pdf"))
    assert len(pages) >= 3
    assert "V.26-01966 (E)" in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert "V.26-01966" not in text
        assert meeting6.symbol in text
        assert str(number) in text.split()


def test_parts(meeting6: Meeting, tmp_path: Path) -> None:
    agenda = all_text(export_pdf(meeting6, tmp_path / "a.pdf", part="agenda"))
    assert "Provisional agenda" in agenda
    assert "Annotations" not in agenda and "Proposed organization of work" not in agenda
    annex = page_texts(export_pdf(meeting6, tmp_path / "x.pdf", part="annex"))
    assert len(annex) == 1
    assert_in_order(
        annex[0],
        [meeting6.symbol, "Working Group on Capacity-Building", "Vienna, 11–12 June 2026",
         "Proposed organization of work", "Date and time", "Thursday, 11 June"],
    )  # fmt: skip
    assert "Provisional agenda" not in annex[0]


def test_long_annex_repeats_its_head_and_never_splits_a_row(tmp_path: Path) -> None:
    import datetime as dt

    from agenda_editor.core.model import AgendaItem, Day, Slot, Timetable
    from tests.factories import bare_meeting

    items = [
        AgendaItem(
            id=f"t{n}",
            title={"en": f"Start{n:02d} " + "consideration of a long subject " * 6 + f"End{n:02d}"},
        )
        for n in range(40)
    ]
    meeting = bare_meeting(*items)
    first = dt.date(2026, 6, 1)
    meeting.timetable = Timetable(
        days=[
            Day(first + dt.timedelta(days=d), [
                Slot(dt.time(10), dt.time(13), [f"t{n}" for n in range(d * 4, d * 4 + 2)]),
                Slot(dt.time(15), dt.time(18), [f"t{n}" for n in range(d * 4 + 2, d * 4 + 4)]),
            ])
            for d in range(10)
        ]
    )  # fmt: skip
    pages = [squeeze(t) for t in page_texts(export_pdf(meeting, tmp_path / "a.pdf", part="annex"))]
    assert len(pages) >= 2
    for page in pages:
        assert squeeze("Date and time Agenda item Title or subject") in page
    for n in range(40):
        on = [p for p, text in enumerate(pages) if f"Start{n:02d}" in text]
        assert on == [p for p, text in enumerate(pages) if f"End{n:02d}" in text]
        assert len(on) == 1
