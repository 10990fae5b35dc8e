"""The bundled fonts, registered with ReportLab, and the choice of a font for every character.

Three TrueType families ship in ``resources/fonts`` (see its README for licences): Liberation
Serif (Times metrics; Latin, Cyrillic), Amiri (Arabic, with Latin glyphs) and Droid Sans Fallback
(CJK). Each language has a chain of families; a character is set in the first family of the
chain that has a glyph for it, so no character ever prints as a missing-glyph box while any
bundled font has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agenda_editor.resources import resource_path

SERIF: Final = "AESerif"
ARABIC: Final = "AEArabic"
CJK: Final = "AECJK"
#: The face of footnote markers: the serif regular under its own name, so a paragraph's
#: footnote references can be found again after ReportLab splits it across pages.
NOTE_MARK: Final = "AENoteMark"

# family -> (regular, bold, italic, bold italic) file names
_FILES: Final = {
    SERIF: (
        "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
    ),
    ARABIC: ("Amiri-Regular.ttf", "Amiri-Bold.ttf", "Amiri-Regular.ttf", "Amiri-Bold.ttf"),
    CJK: (
        "DroidSansFallback.ttf", "DroidSansFallback.ttf",
        "DroidSansFallback.ttf", "DroidSansFallback.ttf",
    ),
}  # fmt: skip

#: Which family a character is tried in first, per language version.
CHAINS: Final = {
    "en": (SERIF, ARABIC, CJK),
    "fr": (SERIF, ARABIC, CJK),
    "es": (SERIF, ARABIC, CJK),
    "ru": (SERIF, ARABIC, CJK),
    "zh": (SERIF, CJK, ARABIC),
    "ar": (ARABIC, SERIF, CJK),
}


class FontError(RuntimeError):
    """A bundled font is missing or unreadable (a broken installation)."""


@dataclass(frozen=True)
class Face:
    """A registered font face: its ReportLab name and the characters it has glyphs for."""

    name: str
    chars: frozenset[int]


_STYLES: Final = ((False, False), (True, False), (False, True), (True, True))


def face_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """The ReportLab name of the family's face for that style (a shared face when the family
    has no separate bold or italic file)."""
    filename = _FILES[family][bold + 2 * italic]
    return f"{family}-{filename.rsplit('.', 1)[0]}"


@cache
def register() -> dict[str, Face]:
    """Register every bundled face once; returns them by ReportLab name."""
    faces: dict[str, Face] = {}
    for family, files in _FILES.items():
        for (bold, italic), filename in zip(_STYLES, files, strict=True):
            name = face_name(family, bold, italic)
            if name not in faces:
                faces[name] = _load(name, filename)
            addMapping(family, int(bold), int(italic), name)
        # Shared files: make each face name map back to its plainest style.
        for bold, italic in reversed(_STYLES):
            addMapping(family, int(bold), int(italic), face_name(family, bold, italic))
    faces[NOTE_MARK] = _load(NOTE_MARK, _FILES[SERIF][0])
    return faces


def _load(name: str, filename: str) -> Face:
    path = resource_path("fonts", filename)
    try:
        font = TTFont(name, str(path))
    except Exception as error:  # ReportLab raises TTFError or OSError variants
        raise FontError(f"cannot read the bundled font {path}: {error}") from error
    pdfmetrics.registerFont(font)
    return Face(name, frozenset(font.face.charToGlyph))


def covers(family: str, char: str) -> bool:
    """Whether the family's regular face has a glyph for ``char`` (spaces always pass)."""
    return char.isspace() or ord(char) in register()[face_name(family)].chars


def font_runs(text: str, lang: str) -> list[tuple[str, str]]:
    """Split ``text`` into (family, text) runs, each set in one family.

    Letters and digits go to the first family of the language's chain that has them; spaces
    and punctuation stay with the run they stand in.
    """
    runs: list[tuple[str, str]] = []
    chain = CHAINS.get(lang, CHAINS["en"])
    current: str | None = None
    for char in text:
        if current is not None and not char.isalnum() and covers(current, char):
            family = current  # spaces and punctuation stay with the run they stand in
        else:
            family = next((f for f in chain if covers(f, char)), chain[0])
        if runs and family == current:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
        current = family
    return runs


def uncovered(text: str, family: str) -> list[str]:
    """Characters of ``text`` that the family cannot print."""
    return sorted({c for c in text if not covers(family, c)})
