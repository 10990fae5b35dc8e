"""Agendas brought in from Word: typed numbers, Word numbering, tables, and a file that
LibreOffice wrote from text."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from agenda_editor.cli import main
from agenda_editor.core import markup
from agenda_editor.core.numbering import item_paths
from agenda_editor.importing import AgendaImportError, import_file
from agenda_editor.interchange import load_json
from tests.importing.samples import ENGLISH_TEXT

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ANNEX_START = "Annex"


def _split() -> tuple[list[str], list[list[str]]]:
    """The sample's paragraphs up to the annex table, and the table's rows."""
    lines = ENGLISH_TEXT.splitlines()
    table_start = lines.index("Date and time\tAgenda item\tTitle or subject")
    return lines[:table_start], [line.split("\t") for line in lines[table_start:]]


def _add_numbering(document: docx.document.Document, num_id: str = "90") -> str:
    """A Word list "1." / "(a)" in the document's numbering part; its numId."""
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="{num_id}">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
    ))  # fmt: skip
    numbering.append(parse_xml(
        f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
    ))  # fmt: skip
    return num_id


def _number(paragraph, num_id: str, level: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(parse_xml(
        f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))  # fmt: skip


FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _add_footnotes(document: docx.document.Document, text: str) -> None:
    """A footnotes part holding one real footnote, id 1, as Word writes it."""
    xml = (
        f"<w:footnotes {W_NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode(), document.part.package)
    document.part.relate_to(part, FOOTNOTES_REL)


def _footnote_reference(paragraph) -> None:
    paragraph._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
    ))  # fmt: skip


def _write(path: Path, word_numbering: bool) -> None:
    document = docx.Document()
    num_id = _add_numbering(document) if word_numbering else ""
    heads_id = _add_numbering(document, "91") if word_numbering else ""
    paragraphs, rows = _split()
    in_annotations = False
    for text in paragraphs:
        if text.startswith("²"):  # the copy's footnote line: a real footnote in Word
            _add_footnotes(document, text[1:].strip())
            continue
        in_annotations = in_annotations or text == "Annotations"
        stripped = text
        level = None
        if word_numbering and text[:2] in ("1.", "2.", "3."):
            stripped, level = text[3:], 0
        elif word_numbering and text[:3] in ("(a)", "(b)"):
            stripped, level = text[4:], 1
        before, marker, after = stripped.partition("²")
        paragraph = document.add_paragraph(before)
        if marker:
            _footnote_reference(paragraph)
            paragraph.add_run(after)
        if level is not None:
            _number(paragraph, heads_id if in_annotations else num_id, level)
    table = document.add_table(rows=0, cols=3)
    for cells in rows:
        row = table.add_row().cells
        for cell, text in zip(row, [*cells, "", ""][:3], strict=True):
            cell.text = text
    document.save(str(path))


@pytest.mark.parametrize("word_numbering", [False, True], ids=["typed", "word-numbering"])
def test_a_word_agenda_gives_the_items_annotations_and_timetable(
    tmp_path: Path, word_numbering: bool
) -> None:
    path = tmp_path / "agenda.docx"
    _write(path, word_numbering)
    result = import_file(path)
    meeting = result.meeting
    assert meeting.symbol == "IDB/WG.4/2027/1"
    assert [item.title["en"] for item in meeting.walk()] == [
        "Organizational matters", "Opening of the session", "Adoption of the agenda",
        "Review of regional programmes", "Adoption of the report",
    ]  # fmt: skip
    assert [d.symbol for d in meeting.items[1].documents] == [
        "IDB/WG.4/2027/2", "IDB/WG.4/2027/CRP.1",
    ]  # fmt: skip
    assert len(meeting.items[0].children[0].annotation["en"]) == 1
    ids = {path: item_id for item_id, path in item_paths(meeting).items()}
    slots = [slot.items for day in meeting.timetable.days for slot in day.slots]
    assert slots == [[ids[(0, 0)], ids[(0, 1)]], [ids[(1,)]], [ids[(1,)]], [ids[(2,)]]]
    (paragraph,) = meeting.items[1].annotation["en"]
    assert [note.plain for note in markup.footnotes(paragraph)] == [
        "See the summary of evaluations for 2025 and 2026."
    ]
    assert markup.plain_text(paragraph).endswith("two years and consider the funding outlook.")
    assert result.notes == []


def test_a_damaged_word_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(AgendaImportError, match=r"broken\.docx: not a Word document"):
        import_file(path)


def test_import_on_the_command_line_writes_the_meeting_and_lists_what_it_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "agenda.docx"
    _write(source, word_numbering=True)
    target = tmp_path / "agenda.json"
    assert main(["import", str(source), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "not imported" not in out
    assert f"wrote {target}: 3 agenda items, language English" in out
    meeting = load_json(target)
    assert meeting.start == dt.date(2027, 3, 15)
    stray = tmp_path / "stray.txt"
    stray.write_text(
        ENGLISH_TEXT.replace(
            "3. Adoption of the report.\n", "3. Adoption of the report.\nTo be confirmed\n"
        ),
        encoding="utf-8",
    )
    assert main(["import", str(stray), "-o", str(tmp_path / "stray.agenda"), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith(f"{stray}:15: not imported: not an agenda item")
    assert main(["import", str(tmp_path / "missing.docx"), "-o", str(target)]) == 2
    assert "missing.docx: no such file" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_file_that_libreoffice_wrote_from_text(tmp_path: Path) -> None:
    text = tmp_path / "agenda.txt"
    text.write_text(ENGLISH_TEXT, encoding="utf-8")
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
            "--infilter=Text (encoded):UTF8,LF,,", "--convert-to", "docx:MS Word 2007 XML",
            "--outdir", str(tmp_path), str(text),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    meeting = import_file(tmp_path / "agenda.docx").meeting
    assert [item.title["en"] for item in meeting.items] == [
        "Organizational matters", "Review of regional programmes", "Adoption of the report",
    ]  # fmt: skip
    assert len(meeting.timetable.days) == 2
    assert meeting.items[1].annotation["en"]
