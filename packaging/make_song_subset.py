"""Regenerate ``UMingCN-GB2312.ttf``, the Song (Ming) face of Chinese body text in the PDF.

A development tool, not part of the application: it needs fontTools (``pip install fonttools``)
and the Debian package fonts-arphic-uming (AR PL UMing, Arphic Public License). The package's
``uming.ttc`` is a 20 MB collection; this takes its simplified-Chinese face (AR PL UMing CN) and
keeps the glyphs of the characters Chinese UN documents use: all of GB2312 (enumerated with
Python's ``gb2312`` codec), full-width forms, CJK punctuation, and the face's Latin letters and
digits. Outlines only: the embedded bitmaps, hinting and layout tables are dropped, so the file
is a few MB. Characters outside the subset print in Droid Sans Fallback (the PDF's per-character
font choice, ``agenda_editor/export/fonts.py``).

    python packaging/make_song_subset.py [path/to/uming.ttc]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "UMingCN-GB2312.ttf"
#: The Arphic Public License (section 2a) asks for a notice of the change in the modified file.
NOTICE = (
    "Modified for Agenda Editor on 2026-12-03: subset of AR PL UMing CN (fonts-arphic-uming "
    "0.2.20080216.2) to GB2312, CJK punctuation, full-width forms and Latin; bitmaps, hinting "
    "and layout tables removed. Distributed under the Arphic Public License."
)
#: Ranges kept whole besides GB2312: Latin, general punctuation, CJK symbols and punctuation,
#: full-width and half-width forms, vertical and small forms.
RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF),
    (0x3000, 0x303F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
)  # fmt: skip


def gb2312() -> set[int]:
    """Every character the GB2312 character set encodes."""
    chars: set[int] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            chars.update(map(ord, bytes((row, cell)).decode("gb2312", "ignore")))
    return chars


def main(source: Path = SOURCE) -> None:
    font = TTCollection(str(source)).fonts[0]  # AR PL UMing CN
    assert font["name"].getDebugName(1) == "AR PL UMing CN", font["name"].getDebugName(1)
    wanted = gb2312().union(*(range(start, end + 1) for start, end in RANGES))
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["BDF ", "EBDT", "EBLC", "FFTM", "GDEF", "GPOS", "GSUB", "VORG"]
    options.drop_tables += ["vhea", "vmtx", "gasp"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted))
    subsetter.subset(font)
    names = font["name"]
    names.setName(NOTICE, 10, 3, 1, 0x409)  # the font's description
    names.setName(NOTICE, 10, 1, 0, 0)
    font.recalcTimestamp = False  # the same file from the same source, run after run
    font.save(str(TARGET))
    kept = len(font.getBestCmap())
    print(f"{TARGET.name}: {kept} characters, {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
