"""Chinese body text prints in a Song (Ming) face, headings in the sans face made bold (issue 12):
UN Chinese documents set body text in Song and headings in Hei. The Song face is a GB2312 subset
of AR PL UMing; a character outside it prints in the sans face, which has all of CJK."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from agenda_editor.core.model import Meeting
from agenda_editor.export import fonts
from agenda_editor.export.pdf import export_pdf

SONG = "UMingCN"
SANS = "DroidSansFallback"
#: Not in GB2312 (so not in the Song subset): the second character of 朱镕基.
RARE = "镕"

poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler absent")


def _runs(path: Path) -> list[tuple[str, str]]:
    """(font name without its subset tag, text) of every text run of the PDF, in order."""
    runs: list[tuple[str, str]] = []

    def visit(text: str, _cm: object, _tm: object, font: dict | None, _size: object) -> None:
        if font and text.strip():
            runs.append((str(font["/BaseFont"]).split("+")[-1], "".join(text.split())))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return runs


def _font_of(runs: list[tuple[str, str]], text: str) -> set[str]:
    return {font for font, run in runs if text in run}


def test_body_text_is_song_and_headings_masthead_and_titles_are_sans(
    meeting6: Meeting, tmp_path: Path
) -> None:
    runs = _runs(export_pdf(meeting6, tmp_path / "zh.pdf", lang="zh"))
    # Body: the agenda list, annotation paragraphs, footnotes.
    assert _font_of(runs, "审查能力建设需求") >= {SONG}  # in the agenda list and the annotations
    assert _font_of(runs, "开幕。") == {SONG}  # an annotation paragraph
    assert _font_of(runs, "避免重复") == {SONG}
    assert _font_of(runs, "截") == {SONG}  # the footnote's text
    # The masthead's organ and the headings stay sans (drawn bold).
    assert {font for font, run in runs if run == "联合国"} == {SANS}  # the masthead
    assert _font_of(runs, "临时议程") >= {SANS}
    assert SONG not in _font_of(runs, "临时议程和说明")


def test_a_character_outside_the_song_subset_prints_in_the_sans_face(
    meeting6: Meeting, tmp_path: Path
) -> None:
    assert RARE not in fonts.coverage(fonts.SONG) and RARE in fonts.coverage(fonts.CJK)
    assert fonts.font_runs(f"朱{RARE}基说", "zh") == [
        (fonts.SONG, "朱"), (fonts.CJK, RARE), (fonts.SONG, "基说"),
    ]  # fmt: skip
    meeting6.items[0].annotation["zh"] = [f"朱{RARE}基先生将主持会议。"]
    path = export_pdf(meeting6, tmp_path / "zh.pdf", lang="zh")
    runs = _runs(path)
    assert (SANS, RARE) in runs
    assert _font_of(runs, "基先生将主持会议") == {SONG}


@poppler
def test_pdffonts_lists_song_and_sans_embedded_as_subsets(
    meeting6: Meeting, tmp_path: Path
) -> None:
    path = export_pdf(meeting6, tmp_path / "zh.pdf", lang="zh")
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in listing}
    assert {SONG, SANS} <= names
    for line in listing:
        assert line.split()[0].count("+") == 1  # subset tag: only the used glyphs are embedded
        assert " yes yes yes " in line  # embedded, subset, with a ToUnicode map
    assert path.stat().st_size < 300_000


@poppler
def test_chinese_text_extracts_exactly_from_both_faces(meeting6: Meeting, tmp_path: Path) -> None:
    meeting6.items[0].annotation["zh"] = [f"朱{RARE}基先生将主持会议。"]
    path = export_pdf(meeting6, tmp_path / "zh.pdf", lang="zh")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    squeezed = "".join(text.split())
    for expected in (
        f"朱{RARE}基先生将主持会议。",
        "缔约方会议在第7/2号决议中强调，援助应避免重复；",
        "联合国",
        "沿海渔业合作公约缔约方会议",
    ):
        assert expected in squeezed, expected
