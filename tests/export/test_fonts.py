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
    }
    for family in ("LiberationSerif", "Amiri", "DroidSansFallback"):
        licence = FONT_DIR / f"LICENSE-{family}.txt"
        assert licence.is_file() and licence.stat().st_size > 500
    assert (FONT_DIR / "README.md").is_file()


def test_fonts_stay_small() -> None:
    assert sum(f.stat().st_size for f in FILES) < 8_000_000


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
    ],
)
def test_each_script_is_covered_by_its_font(family: str, sample: str) -> None:
    assert fonts.uncovered(sample, family) == []


def test_chinese_has_the_whole_basic_ideograph_block() -> None:
    missing = [c for c in map(chr, range(0x4E00, 0x9FA6)) if not fonts.covers(fonts.CJK, c)]
    assert missing == []
