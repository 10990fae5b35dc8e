"""The bundled fonts, registered with ReportLab, and the choice of a font for every character.

Four TrueType families ship in ``resources/fonts`` (see its README for licences): Liberation
Serif (Times metrics; Latin, Cyrillic), Amiri (Arabic, with Latin glyphs), AR PL UMing subset to
GB2312 (the Song face of Chinese body text) and Droid Sans Fallback (all of CJK; the sans face of
Chinese headings, and the fallback of characters outside the Song subset). Each language has a
chain of families; a character is set in the first family of the chain that has a glyph for it,
so no character ever prints as a missing-glyph box while any bundled font has it. Neither Chinese
file has a bold: bold Chinese is the sans face under the name :data:`CJK_BOLD` (a second name of
its regular face, as :data:`NOTE_MARK` is of the serif's), which the PDF draws emboldened
(:mod:`agenda_editor.export.stroke`), as UN Chinese documents set headings in a Hei (sans) face
and body text in a Song face.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby
from typing import Any, Final
from weakref import WeakKeyDictionary, ref

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agenda_editor.resources import resource_path

SERIF: Final = "AESerif"
ARABIC: Final = "AEArabic"
#: Chinese body text: a Song (Ming) face, as UN Chinese documents are set. Its bold is
#: :data:`CJK_BOLD`, the sans face emboldened (headings, masthead and titles).
SONG: Final = "AESong"
CJK: Final = "AECJK"
#: The Chinese face drawn emboldened (its outlines stroked, see :mod:`.stroke`): the one
#: Chinese file has no bold, and UN Chinese headings and mastheads are set heavier.
CJK_BOLD: Final = "AECJK-Bold"
#: The face of footnote markers: the serif regular under its own name, so a paragraph's
#: footnote references can be found again after ReportLab splits it across pages.
NOTE_MARK: Final = "AENoteMark"

#: Faces that are another family's regular face under a name of their own, registered with
#: that face (ReportLab maps a second name of a loaded face to it: the file is read once).
_ALIASES: Final = {CJK_BOLD: CJK, NOTE_MARK: SERIF}

# family -> (regular, bold, italic, bold italic): a file name, or an alias of another face
# (the Chinese files have no bold: their bold is CJK_BOLD)
_FILES: Final = {
    SERIF: (
        "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
    ),
    ARABIC: ("Amiri-Regular.ttf", "Amiri-Bold.ttf", "Amiri-Regular.ttf", "Amiri-Bold.ttf"),
    SONG: ("UMingCN-GB2312.ttf", CJK_BOLD, "UMingCN-GB2312.ttf", CJK_BOLD),
    CJK: ("DroidSansFallback.ttf", CJK_BOLD, "DroidSansFallback.ttf", CJK_BOLD),
}  # fmt: skip

#: Which family a character is tried in first, per language version.
CHAINS: Final = {
    "en": (SERIF, ARABIC, CJK),
    "fr": (SERIF, ARABIC, CJK),
    "es": (SERIF, ARABIC, CJK),
    "ru": (SERIF, ARABIC, CJK),
    "zh": (SERIF, SONG, CJK, ARABIC),
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


#: (family, bold, italic) -> the ReportLab name of that face, and the file it comes from
#: (``None`` for an alias).
_NAMES: Final = {
    (family, bold, italic): (
        (entry, None) if entry in _ALIASES else (f"{family}-{entry.rsplit('.', 1)[0]}", entry)
    )
    for family, files in _FILES.items()
    for bold, italic in _STYLES
    for entry in (files[bold + 2 * italic],)
}

_faces: dict[str, Face] = {}
_lock = threading.Lock()


def face_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """The ReportLab name of the family's face for that style (a shared face when the family
    has no separate bold or italic file), registered with ReportLab on first use."""
    name, filename = _NAMES[(family, bold, italic)]
    if name not in _faces:
        if filename is None:
            face_name(_ALIASES[name])  # registers its aliases with it
        else:
            _ensure(name, filename)
    return name


def register() -> dict[str, Face]:
    """Register every bundled face; returns them by ReportLab name.

    Documents register only the faces they use (:func:`face_name` does it on first use): a
    font file is read when a text needs it, the Chinese one only for Chinese characters.
    """
    for family, bold, italic in _NAMES:
        face_name(family, bold, italic)
    return dict(_faces)


def _ensure(name: str, filename: str) -> None:
    with _lock:
        if name in _faces:
            return
        font = _load(name, filename)
        chars = frozenset(font.face.charToGlyph)
        for alias, family in _ALIASES.items():
            if _NAMES[(family, False, False)][0] == name:
                pdfmetrics.registerFont(_Alias(alias, font))
                _faces[alias] = Face(alias, chars)
        _mappings()  # registering a face mapped its name to itself: the families come first
        _faces[name] = Face(name, chars)


class _Alias:
    """What ReportLab's ``registerFont`` reads of a TrueType font, to give a loaded face a
    second name."""

    _dynamicFont = 1
    _multiByte = 1

    def __init__(self, name: str, font: TTFont) -> None:
        self.fontName = name
        self.face = font.face


def _mappings() -> None:
    """Bold and italic of each family, for ReportLab's paragraph markup."""
    for family in _FILES:
        for bold, italic in _STYLES:
            addMapping(family, int(bold), int(italic), _NAMES[(family, bold, italic)][0])
        # Shared files: make each face name map back to its plainest style.
        for bold, italic in reversed(_STYLES):
            addMapping(family, int(bold), int(italic), _NAMES[(family, bold, italic)][0])


class _Codes(dict[int, str]):
    """A document's codes of one font, as a :meth:`str.translate` table: a character's code
    point -> the character whose code point is the character's code in the font's subsets (the
    subset times 256 plus the byte drawn). A character met for the first time is given its code
    by ReportLab's own :meth:`TTFont.splitString`, in the order the text brings them, so the
    subsets, and with them the embedded fonts and their ``/ToUnicode`` maps, are ReportLab's."""

    def __init__(self, font: _CodedFont, doc: Any) -> None:
        super().__init__()
        self.font = font
        self.doc = ref(doc)  # the font keeps these per document, as long as the document lives

    def __missing__(self, char: int) -> str:
        doc = self.doc()
        pieces = TTFont.splitString(self.font, chr(char), doc)
        subset, code = pieces[0]
        coded = chr(subset << 8 | code[0])
        if (32 if char == 0xA0 else char) in self.font.state[doc].assignments:
            self[char] = coded  # a glyph without a code (drawn as .notdef) is not kept:
        return coded  # :mod:`.tounicode` may give that code point a glyph later


#: What :class:`_Shown` gives a character drawn from a subset other than the first.
_OTHER_SUBSET: Final = "\x00"


class _Shown(dict[int, str]):
    """A document's codes of one font in its first subset, as a :meth:`str.translate` table:
    a character's code point -> its code's byte as a PDF string writes it (escaped by the
    canvas's own function), or :data:`_OTHER_SUBSET` for a character of another subset. The
    codes are the document's :class:`_Codes`, given in the order the text brings them."""

    def __init__(self, codes: _Codes, escape: Callable[[bytes], str]) -> None:
        super().__init__()
        self.codes = codes
        self.escape = escape

    def __missing__(self, char: int) -> str:
        code = ord(self.codes[char])
        shown = self.escape(bytes((code,))) if code < 0x100 else _OTHER_SUBSET
        if char in self.codes:  # kept as :class:`_Codes` keeps it
            self[char] = shown
        return shown


class _CodedFont(TTFont):
    """A TrueType font whose text is encoded for drawing a line at a time, not a character
    at a time as ReportLab does: the codes are looked up with :meth:`str.translate`."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._codes: WeakKeyDictionary[Any, _Codes] = WeakKeyDictionary()
        self._shown: WeakKeyDictionary[Any, _Shown] = WeakKeyDictionary()

    def _codes_of(self, doc: Any) -> _Codes:
        codes = self._codes.get(doc)
        if codes is None:
            self._assignState(doc)
            codes = self._codes[doc] = _Codes(self, doc)
        return codes

    def shown(self, text: str, doc: Any, escape: Callable[[bytes], str]) -> str | None:
        """``text`` as the escaped content of a PDF string when all of it is drawn from the
        first subset (what ``escape`` makes of :meth:`splitString`'s one run), else ``None``."""
        table = self._shown.get(doc)
        if table is None:
            table = self._shown[doc] = _Shown(self._codes_of(doc), escape)
        shown = text.translate(table)
        return None if _OTHER_SUBSET in shown else shown

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        """``text`` as (subset, bytes) runs, each drawn in one subset of the font (what
        ReportLab's own method returns, with the same codes)."""
        codes = self._codes_of(doc)
        if not isinstance(text, str):
            text = text.decode("utf-8")
        coded = text.translate(codes)
        if not coded:
            return []
        highest = max(coded)
        if highest < "\u0100":
            return [(0, coded.encode("latin-1"))]  # the usual case: one subset, the first
        if highest > "\uffff":
            return TTFont.splitString(self, text, doc)  # more than 256 subsets
        data = coded.encode("utf-16-be", "surrogatepass")
        low = data[1::2]
        runs = []
        start = 0
        for subset, run in groupby(data[0::2]):
            end = start + sum(1 for _ in run)
            runs.append((subset, low[start:end]))
            start = end
        return runs


def _load(name: str, filename: str) -> TTFont:
    path = resource_path("fonts", filename)
    try:
        font = _CodedFont(name, str(path))
    except Exception as error:  # ReportLab raises TTFError or OSError variants
        raise FontError(f"cannot read the bundled font {path}: {error}") from error
    pdfmetrics.registerFont(font)
    return font


@cache
def coverage(family: str) -> frozenset[str]:
    """The characters the family's regular face has glyphs for."""
    return frozenset(map(chr, _faces[face_name(family)].chars))


def covers(family: str, char: str) -> bool:
    """Whether the family's regular face has a glyph for ``char`` (spaces always pass)."""
    return char in coverage(family) or char.isspace()


def font_runs(text: str, lang: str) -> list[tuple[str, str]]:
    """Split ``text`` into (family, text) runs, each set in one family.

    Letters and digits go to the first family of the language's chain that has them; spaces
    and punctuation stay with the run they stand in.
    """
    return list(_font_runs(text, lang))


@lru_cache(maxsize=16384)
def _font_runs(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    chain = CHAINS.get(lang, CHAINS["en"])
    if not text:
        return ()
    if all(char.isspace() for char in set(text).difference(coverage(chain[0]))):
        return ((chain[0], text),)  # the usual case: the first family has every character
    families: list[str] = []
    pieces: list[list[str]] = []
    current: str | None = None
    for char in text:
        if current is not None and not char.isalnum() and covers(current, char):
            family = current  # spaces and punctuation stay with the run they stand in
        else:
            family = _first_family(chain, char)
        if families and family == current:
            pieces[-1].append(char)
        else:
            families.append(family)
            pieces.append([char])
        current = family
    return tuple((family, "".join(chars)) for family, chars in zip(families, pieces, strict=True))


@lru_cache(maxsize=4096)
def _first_family(chain: tuple[str, ...], char: str) -> str:
    return next((family for family in chain if covers(family, char)), chain[0])


def uncovered(text: str, family: str) -> list[str]:
    """Characters of ``text`` that the family cannot print."""
    return sorted({c for c in text if not covers(family, c)})
