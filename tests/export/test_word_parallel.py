"""The Word export of a session where two bodies meet side by side: the annex read back with
python-docx in English and French, its head repeated and no row split across pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from agenda_editor.export.word import export_docx
from tests.factories import sample_meeting, two_body_meeting


@pytest.mark.parametrize(
    ("lang", "heads", "morning", "continued"),
    [
        ("en", ["Date and time", "Plenary", "Committee of the Whole"],
         ["10 a.m.–1 p.m.", "1 (a)\tOpening of the meeting", "3 (a)\tExchange of information"],
         "3 (b)\tJoint programming (continued)"),
        ("fr", ["Date et heure", "Plénière", "Commission plénière"],
         ["10 heures–13 heures", "1 a)\tOuverture de la réunion", "3 a)\tÉchange d'informations"],
         "3 b)\tProgrammation conjointe (suite)"),
    ],
)  # fmt: skip
def test_the_two_body_annex_in_word(
    tmp_path: Path, lang: str, heads: list[str], morning: list[str], continued: str
) -> None:
    path = export_docx(two_body_meeting(), tmp_path / f"{lang}.docx", lang=lang, part="annex")
    table = Document(str(path)).tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == heads
    time, plenary, committee = rows[2]
    assert time == morning[0]
    assert plenary.split("\n")[0] == morning[1] and committee.split("\n")[0] == morning[2]
    assert rows[3][2] == continued  # the Committee continues 3 (b) that afternoon
    assert rows[-1][1].endswith("\tAdoption of the report" if lang == "en" else "du rapport")
    assert rows[-1][2] == ""  # the Committee does not meet on the last afternoon
    header = table.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def test_one_body_keeps_the_three_columns(tmp_path: Path) -> None:
    path = export_docx(sample_meeting(), tmp_path / "one.docx", lang="en", part="annex")
    head = [cell.text for cell in Document(str(path)).tables[-1].rows[0].cells]
    assert head == ["Date and time", "Agenda item", "Title or subject"]
