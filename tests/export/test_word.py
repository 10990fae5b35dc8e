"""The Word document read back with python-docx: styles, numbering, footnotes, right to left,
the annex table, page, headers and footers, properties, untranslated texts, hostile text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting, PageSize
from agenda_editor.export import word_styles as ws
from agenda_editor.export.plan import ExportError, MissingTranslationError, build_plan
from agenda_editor.export.word import export_docx
from agenda_editor.i18n.labels import LABELS


def opened(meeting: Meeting, path: Path, lang: str, **kw: Any) -> Any:
    return docx.Document(str(export_docx(meeting, path, lang=lang, **kw)))


def styled(document: Any, prefix: str) -> list[Any]:
    return [p for p in document.paragraphs if p.style.name.startswith(prefix)]


def footnotes(document: Any) -> Any:
    [rel] = [r for r in document.part.rels.values() if r.reltype.endswith("/footnotes")]
    return parse_xml(rel.target_part.blob)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_agenda_lines_and_heads_are_styled_and_carry_no_numbers_of_their_own(
    meeting6: Meeting, tmp_path: Path, lang: str
) -> None:
    document = opened(meeting6, tmp_path / "m.docx", lang)
    plan = build_plan(meeting6, lang)
    lines = styled(document, "Agenda Item")
    assert [p.style.name for p in lines] == [f"Agenda Item {x.depth}" for x in plan.agenda]
    # The number comes from the Word list; the text is the title and its punctuation.
    assert [p.text for p in lines] == [x.title.text + x.punctuation for x in plan.agenda]
    heads = [p for p in styled(document, "Heading ") if p.style.name != "Heading 1"]
    assert [p.text for p in heads] == [s.title.text for s in plan.sections]
    assert [p.style.name for p in heads] == [f"Heading {s.depth + 1}" for s in plan.sections]
    # No direct paragraph formatting anywhere in the body: every look comes from a style.
    for paragraph in document.paragraphs:
        ppr = paragraph._p.pPr
        extra = [c.tag for c in ppr if c.tag != qn("w:pStyle")] if ppr is not None else []
        assert not extra, (paragraph.text, extra)
    # Changing "Heading 2" changes every item head: no run overrides the style's size.
    for head in styled(document, "Heading 2"):
        assert all(run.font.size is None and run.bold is None for run in head.runs)


@pytest.mark.parametrize(
    ("lang", "sub_item", "letters"),
    [
        ("en", "(%2)", "lowerLetter"), ("zh", "(%2)", "lowerLetter"),
        ("fr", "%2)", "lowerLetter"), ("es", "%2)", "lowerLetter"), ("ru", "%2)", "lowerLetter"),
        ("ar", "(%2)", "arabicAbjad"),
    ],
)  # fmt: skip
def test_word_lists_number_the_agenda_and_the_heads_in_the_languages_style(
    meeting6: Meeting, tmp_path: Path, lang: str, sub_item: str, letters: str
) -> None:
    document = opened(meeting6, tmp_path / "m.docx", lang)
    numbering = document.part.numbering_part.element
    abstracts = numbering.findall(qn("w:abstractNum"))
    assert len(abstracts) == 2  # the agenda and the heads count separately
    for abstract in abstracts:
        levels = abstract.findall(qn("w:lvl"))
        text = [lvl.find(qn("w:lvlText")).get(qn("w:val")) for lvl in levels]
        formats = [lvl.find(qn("w:numFmt")).get(qn("w:val")) for lvl in levels]
        assert text[:3] == ["%1.", sub_item, sub_item.replace("2", "3")]
        assert formats[:3] == ["decimal", letters, "lowerRoman"]
    # The styles carry the list: a paragraph made "Agenda Item 2" is numbered at level 2.
    agenda_id = numbering.findall(qn("w:num"))[0].get(qn("w:numId"))
    style = document.styles["Agenda Item 2"].element
    numpr = style.pPr.find(qn("w:numPr"))
    assert numpr.find(qn("w:numId")).get(qn("w:val")) == agenda_id
    assert numpr.find(qn("w:ilvl")).get(qn("w:val")) == "1"
    head = document.styles["Heading 2"].element.pPr.find(qn("w:numPr"))
    assert head.find(qn("w:numId")).get(qn("w:val")) != agenda_id


def test_footnotes_are_real_word_notes_in_order(meeting6: Meeting, tmp_path: Path) -> None:
    for lang in ("en", "ar"):
        document = opened(meeting6, tmp_path / f"{lang}.docx", lang)
        plan = build_plan(meeting6, lang)
        notes = [
            n for n in footnotes(document).findall(qn("w:footnote"))
            if n.get(qn("w:type")) is None
        ]  # fmt: skip
        assert len(notes) == len(plan.notes) >= 2
        for note, expected in zip(notes, plan.notes, strict=True):
            text = "".join(t.text for t in note.iter(qn("w:t")))
            assert text.strip() == expected.plain
            assert note.find(f".//{qn('w:footnoteRef')}") is not None
            style = note.find(qn("w:p")).find(f".//{qn('w:pStyle')}")
            assert style.get(qn("w:val")) == ws.NOTE_TEXT_ID
        body = document.element.body
        marks = [r.get(qn("w:id")) for r in body.iter(qn("w:footnoteReference"))]
        assert marks == [str(n.number) for n in plan.notes]
        assert document.styles[ws.NOTE_REFERENCE].font.superscript


def test_arabic_is_right_to_left_with_complex_script_fonts(
    meeting6: Meeting, tmp_path: Path
) -> None:
    document = opened(meeting6, tmp_path / "ar.docx", "ar")
    normal = document.styles["Normal"].element
    assert normal.pPr.find(qn("w:bidi")) is not None
    sect = document.sections[0]._sectPr
    assert sect.find(qn("w:bidi")) is not None
    for table in document.tables:
        assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None or (
            document.styles[table.style.name].element.find(qn("w:tblPr")).find(qn("w:bidiVisual"))
            is not None
        )
    fonts = document.styles.element.find(qn("w:docDefaults")).find(f".//{qn('w:rFonts')}")
    assert fonts.get(qn("w:cs")) == ws.COMPLEX_FONT
    size = document.styles["Normal"].element.rPr.find(qn("w:szCs")).get(qn("w:val"))
    assert size == "25"  # 12.5 pt: Arabic is set larger, as in the PDF
    runs = [r for p in styled(document, "Agenda Item") for r in p.runs]
    assert runs and all(r.font.rtl for r in runs if any("\u0600" <= c <= "\u06ff" for c in r.text))
    # The symbol inside Arabic text is a left-to-right run of its own.
    symbol_runs = [
        r for p in document.paragraphs for r in p.runs if "CFC/COP" in r.text and not r.font.rtl
    ]
    assert symbol_runs
    # The English distribution block stays left to right.
    block = document.styles[ws.MASTHEAD_BLOCK].element.pPr.find(qn("w:bidi"))
    assert block.get(qn("w:val")) == "0"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_other_versions_are_left_to_right_and_chinese_has_east_asian_fonts(
    meeting6: Meeting, tmp_path: Path, lang: str
) -> None:
    document = opened(meeting6, tmp_path / "m.docx", lang)
    assert document.styles["Normal"].element.pPr.find(qn("w:bidi")) is None
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f".//{qn('w:rFonts')}")
    assert fonts.get(qn("w:eastAsia")) == ws.EAST_ASIAN_FONT
    assert fonts.get(qn("w:ascii")) == ws.LATIN_FONT
    language = defaults.find(f".//{qn('w:lang')}")
    assert language.get(qn("w:eastAsia" if lang == "zh" else "w:val")) == ws.LOCALES[lang]


def test_annex_table_repeats_its_head_and_keeps_rows_whole(
    meeting6: Meeting, tmp_path: Path
) -> None:
    document = opened(meeting6, tmp_path / "fr.docx", "fr")
    plan = build_plan(meeting6, "fr")
    table = document.tables[-1]
    rows = table.rows
    head = rows[0]._tr.trPr
    assert head.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)
    assert [c.text for c in rows[0].cells] == [
        LABELS["fr"][k] for k in ("col_date_time", "col_item", "col_title")
    ]
    expected: list[list[str]] = []
    for day in plan.annex_days:
        expected.append([day.heading] * 3)  # one cell across the three columns
        for row in day.rows:
            title = row.title.text + (" (suite)" if row.continued else "")
            expected.append([row.time, row.reference, title])
    assert [[c.text for c in r.cells] for r in rows[1:]] == expected
    assert sum(" (suite)" in row[2] for row in expected) >= 1
    # "(suite)": the word in italics, the brackets upright.
    [continued, *_] = [r for r in table.rows if "(suite)" in r.cells[2].text]
    runs = continued.cells[2].paragraphs[0].runs
    assert [(r.text, bool(r.italic)) for r in runs[-3:]] == [
        ("(", False), ("suite", True), (")", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("size", "width", "height"), [(PageSize.A4, 595.3, 841.9), (PageSize.LETTER, 612, 792)]
)
def test_page_size_margins_headers_footers_and_properties(
    meeting6: Meeting, tmp_path: Path, size: PageSize, width: float, height: float
) -> None:
    meeting6.page_size = size
    document = opened(meeting6, tmp_path / "m.docx", "en")
    section = document.sections[0]
    assert abs(section.page_width.pt - width) < 1 and abs(section.page_height.pt - height) < 1
    assert section.left_margin.pt > 60 and section.top_margin.pt > 60
    assert section.different_first_page_header_footer
    assert document.settings.odd_and_even_pages_header_footer
    plan = build_plan(meeting6, "en")
    assert section.first_page_footer.paragraphs[0].text == plan.masthead.job_line
    assert section.header.paragraphs[0].text == meeting6.symbol
    assert section.even_page_header.paragraphs[0].text == meeting6.symbol
    for footer in (section.footer, section.even_page_footer):
        field = footer.paragraphs[0]._p.find(qn("w:fldSimple"))
        assert field.get(qn("w:instr")).strip() == "PAGE"
    props = document.core_properties
    assert props.title == plan.title.text
    assert props.subject == meeting6.symbol
    assert props.language == "en-GB"


def test_parts_agenda_and_annex(meeting6: Meeting, tmp_path: Path) -> None:
    agenda = opened(meeting6, tmp_path / "a.docx", "en", part="agenda")
    assert styled(agenda, "Agenda Item") and not styled(agenda, "Heading 2")
    assert len(agenda.tables) == 1  # the masthead only
    annex = opened(meeting6, tmp_path / "x.docx", "en", part="annex")
    assert not styled(annex, "Agenda Item")
    assert annex.tables[-1].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    texts = [p.text for p in annex.paragraphs]
    assert LABELS["en"]["organization_of_work"] in texts


def test_untranslated_texts_follow_the_pdf_rules(meeting6: Meeting, tmp_path: Path) -> None:
    meeting6.items[0].title.pop("fr")
    target = tmp_path / "fr.docx"
    target.write_bytes(b"earlier")
    with pytest.raises(MissingTranslationError, match="item 1"):
        export_docx(meeting6, target, lang="fr")
    assert target.read_bytes() == b"earlier"
    document = opened(meeting6, target, "fr", allow_missing=True)
    first = styled(document, "Agenda Item")[0]
    marker, *rest = first.runs
    assert marker.text.strip() == LABELS["fr"]["untranslated"]
    assert marker.italic and marker.style.name == ws.UNTRANSLATED
    assert rest[0].style.name == ws.UNTRANSLATED
    assert meeting6.items[0].title["en"] in first.text


def test_hostile_text_stays_text(meeting6: Meeting, tmp_path: Path) -> None:
    hostile = '<w:p><w:r><w:t>x</w:t></w:r></w:p> & <img src="x"> \x01\x0b'
    meeting6.items[0].title["en"] = hostile
    meeting6.items[0].children[0].annotation["en"] = ["A &lt;b&gt; <b>bold</b> <script>."]
    document = opened(meeting6, tmp_path / "m.docx", "en")
    first = styled(document, "Agenda Item")[0]
    assert first.text == '<w:p><w:r><w:t>x</w:t></w:r></w:p> & <img src="x"> :'
    [paragraph] = [p for p in document.paragraphs if p.text.startswith("A <b>")]
    assert paragraph.text == "A <b> bold <script>."
    assert [r.text for r in paragraph.runs if r.bold] == ["bold"]


def test_bad_targets_are_named_and_errors_are_messages(
    meeting6: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_docx(meeting6, tmp_path, lang="en")
    with pytest.raises(ExportError, match="does not exist"):
        export_docx(meeting6, tmp_path / "no" / "m.docx", lang="en")
    target = tmp_path / "m.docx"
    target.write_bytes(b"earlier")

    def broken(*args: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("agenda_editor.export.word._Writer.annex_table", broken)
    with pytest.raises(ExportError, match=r"Word document could not be made.*boom"):
        export_docx(meeting6, target, lang="en")
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["m.docx"]


def test_progress_is_reported(meeting6: Meeting, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_docx(meeting6, tmp_path / "m.docx", lang="en", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_styles_use_the_pdf_sizes(meeting6: Meeting, tmp_path: Path) -> None:
    document = opened(meeting6, tmp_path / "m.docx", "en")
    assert document.styles["Normal"].font.size == Pt(10)
    assert document.styles[ws.ANNOTATION].paragraph_format.alignment is not None
    assert document.styles["Title"].font.bold and document.styles["Title"].font.size == Pt(14)
