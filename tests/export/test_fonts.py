"""The bundled fonts: embeddable TrueType outlines, with their licences, of a sensible size."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from agenda_editor.export import fonts
from agenda_editor.resources import resource_path

FONT_DIR = resource_path("fonts")
FILES = sorted(FONT_DIR.glob("*.ttf"))


def test_fonts_are_bundled_with_licences() -> None:
    assert {f.stem.split("-")[0] for f in FILES} == {
        "LiberationSerif",
        "Amiri",
        "DroidSansFallback",
        "UMingCN",
    }
    for family in ("LiberationSerif", "Amiri", "DroidSansFallback", "UMing"):
        licence = FONT_DIR / f"LICENSE-{family}.txt"
        assert licence.is_file() and licence.stat().st_size > 500
    assert (FONT_DIR / "README.md").is_file()


def test_fonts_stay_small() -> None:
    # The Song face is a GB2312 subset (packaging/make_song_subset.py), not the 20 MB collection.
    assert (FONT_DIR / "UMingCN-GB2312.ttf").stat().st_size < 6_000_000
    assert sum(f.stat().st_size for f in FILES) < 12_000_000


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_font_is_truetype_outlines_reportlab_embeds(path: object) -> None:
    # ReportLab refuses CFF (PostScript-outline) fonts: loading proves a glyf font.
    font = TTFont("probe-" + str(path), str(path))
    assert font.face.charToGlyph


@pytest.mark.parametrize(
    ("family", "sample"),
    [
        (fonts.SERIF, "Organización Совещание Œuvre « » – — “ ” ‘ ’ …"),
        (fonts.ARABIC, "جدول الأعمال المؤقت؛ ، (CTOC/COP/2008/16)."),
        (fonts.CJK, "临时议程和说明；：。，（续）、《》「」"),
        (fonts.SONG, "临时议程和说明；：。，（续）、《》「」“”"),
    ],
)
def test_each_script_is_covered_by_its_font(family: str, sample: str) -> None:
    assert fonts.uncovered(sample, family) == []


def test_chinese_has_the_whole_basic_ideograph_block() -> None:
    missing = [c for c in map(chr, range(0x4E00, 0x9FA6)) if not fonts.covers(fonts.CJK, c)]
    assert missing == []


def test_the_song_face_has_every_gb2312_ideograph() -> None:
    gb2312: set[str] = set()
    for row in range(0xB0, 0xF8):  # rows 16 to 87: the 6763 ideographs
        for cell in range(0xA1, 0xFF):
            gb2312.update(bytes((row, cell)).decode("gb2312", "ignore"))
    assert len(gb2312) == 6763
    assert sorted(gb2312 - fonts.coverage(fonts.SONG)) == []


def test_every_style_of_every_family_has_a_face_and_chinese_bold_is_the_sans_face() -> None:
    faces = fonts.register()
    for family in fonts.CHAINS["zh"]:
        for bold in (False, True):
            for italic in (False, True):
                assert fonts.face_name(family, bold, italic) in faces
    # Chinese headings are bold: the sans face under its own name, in either Chinese family.
    sans = faces[fonts.face_name(fonts.CJK)].chars
    for family in (fonts.SONG, fonts.CJK):
        for italic in (False, True):
            assert fonts.face_name(family, True, italic) == fonts.CJK_BOLD
    assert faces[fonts.CJK_BOLD].chars == sans
    assert fonts.face_name(fonts.SONG) != fonts.face_name(fonts.CJK)
    # Footnote markers are the serif regular under a name of their own.
    assert faces[fonts.NOTE_MARK].chars == faces[fonts.face_name(fonts.SERIF)].chars
    assert fonts.face_name(fonts.SERIF, bold=True) != fonts.face_name(fonts.SERIF)
