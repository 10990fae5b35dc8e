"""Our own PDF as text, the way ``pdftotext -layout`` (like a PDF viewer's copy, one line per
line of the page, columns apart) gives it, imported in English, Chinese and Arabic: running
heads, page numbers and the job number left out, footnotes found by their markers, columns of
the masthead and the annex read, lines broken by the page width joined again, and the Arabic
lines put back in logical order (numbers, brackets and Latin runs where they belong). And an
Arabic agenda typed with Arabic-Indic numbers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from agenda_editor.cli import main
from agenda_editor.export.pdf import export_pdf
from agenda_editor.importing import import_text
from agenda_editor.importing.agenda import FOOTNOTE_MARK, SourceLine
from agenda_editor.importing.pdf_text import tidy
from agenda_editor.interchange import load_json
from tests.export.six_languages import six_language_meeting
from tests.importing import outline
from tests.importing.samples import ARABIC_TEXT

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed"
)


def _pdf_text(tmp_path: Path, lang: str, *options: str) -> Path:
    pdf = export_pdf(six_language_meeting(), tmp_path / f"agenda-{lang}.pdf", lang=lang)
    text = tmp_path / f"agenda-{lang}.txt"
    subprocess.run(["pdftotext", *options, str(pdf), str(text)], check=True, timeout=60)
    return text


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_the_text_of_our_pdf_gives_back_the_meeting(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _pdf_text(tmp_path, lang, "-layout")
    imported = tmp_path / "imported.json"
    assert main(["import", str(text), "-o", str(imported), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert [
        line for line in out.splitlines() if "not imported" in line and "Original" not in line
    ] == []
    meeting, original = load_json(imported), six_language_meeting()
    assert outline.masthead(meeting, lang) == outline.masthead(original, lang)
    assert outline.without_styles(meeting, lang) == outline.without_styles(original, lang)
    assert outline.timetable(meeting) == outline.timetable(original)
    assert meeting.job_number == {lang: original.job_number[lang]}


@needs_pdftotext
def test_the_default_pdftotext_gives_the_agenda_and_annotations(tmp_path: Path) -> None:
    """Without -layout, numbers stand on lines of their own and the annex's columns come one
    after the other: the agenda, annotations and footnotes are read, the annex lines reported."""
    result = import_text(_pdf_text(tmp_path, "en").read_text(encoding="utf-8"), "en")
    original = six_language_meeting()
    assert outline.without_styles(result.meeting, "en") == outline.without_styles(original, "en")
    assert result.notes and all("hours" in note.reason for note in result.notes)


def test_footnote_numbers_on_their_own_lines_find_their_markers() -> None:
    lines = [
        SourceLine(text, number)
        for number, text in enumerate(
            [
                "CO2 levels rose in 2025,1 as the States2 said; CO2 fell.",
                "",
                "1",
                "   See A/1.",
                "2",
                "   Replies.",
                "3",
                "Not a footnote: no marker 3 before it.",
            ],
            start=1,
        )
    ]
    tidied = tidy(lines)
    first = tidied[0]
    assert (
        first.text
        == f"CO2 levels rose in 2025,{FOOTNOTE_MARK} as the States{FOOTNOTE_MARK} said; CO2 fell."
    )
    assert first.footnotes == ("See A/1.", "Replies.")
    assert [line.text for line in tidied[1:]] == ["", "3", "Not a footnote: no marker 3 before it."]


def test_running_heads_page_numbers_and_the_job_number_leave_the_flow() -> None:
    texts = ["United Nations      ABC/WG.1/2026/1", "Provisional agenda", "1. Opening.",
             "V.26-00001 (E)", "", "\fABC/WG.1/2026/1", "2. Closing.", "", "2"]  # fmt: skip
    tidied = tidy([SourceLine(text, number) for number, text in enumerate(texts, start=1)])
    assert [line.text for line in tidied] == [
        "V.26-00001 (E)", "United Nations\tABC/WG.1/2026/1", "Provisional agenda", "1. Opening.",
        "", "2. Closing.", "",
    ]  # fmt: skip


def test_an_arabic_agenda_typed_with_arabic_indic_numbers() -> None:
    result = import_text(ARABIC_TEXT)
    meeting, original = result.meeting, six_language_meeting()
    assert meeting.original_language == "ar"  # recognised from its labels
    assert [note.text for note in result.notes] == ["Original: English"]
    assert outline.masthead(meeting, "ar") == outline.masthead(original, "ar")
    assert outline.without_styles(meeting, "ar") == outline.without_styles(original, "ar")
    assert outline.timetable(meeting) == outline.timetable(original)


@pytest.mark.parametrize(
    ("written", "logical"),
    [
        ("\u202b\u202a .1\u202cالمسائل التنظيمية\u202a:\u202c\u202c", "1. المسائل التنظيمية:"),
        ("\u202b)أ( افتتاح الاجتماع؛\u202c", "(أ) افتتاح الاجتماع؛"),
        ("\u202b)\u202a (i\u202cالبرامج الإقليمية؛\u202c", "(i) البرامج الإقليمية؛"),
        ("\u202b)\u202aV.26-01971 (A\u202c\u202c", "V.26-01971 (A)"),
        ("\u202bالخميس \u202a 11\u202cحزيران\u202a/\u202cيونيه \u202a ،2026\u202cالساعة "
         "\u202a.10:00\u202c\u202c", "الخميس 11 حزيران/يونيه 2026، الساعة 10:00."),
        ("\u202bفيينا\u202a 12-11 ،\u202cحزيران\u202c", "فيينا، 11-12 حزيران"),
        ("\u202bثاني أكسيد الـكربون )هـ(\u202c", "ثاني أكسيد الكربون (هـ)"),
    ],
)  # fmt: skip
def test_an_arabic_line_of_pdftotext_is_put_back_in_logical_order(
    written: str, logical: str
) -> None:
    assert [line.text for line in tidy([SourceLine(written, 1)])] == [logical]
