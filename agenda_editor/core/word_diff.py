"""What changed in a text, word by word: the pieces kept, taken out and put in.

A text is cut into tokens: words (letters, digits and the marks that go with them, so an Arabic
word with its vowel signs is one word), single Chinese and Japanese characters (these scripts
put no spaces between words), runs of spaces, line breaks (paragraph ends) and single
punctuation signs. The tokens of the two texts are matched with :mod:`difflib`; the result is a
list of :class:`Piece` objects. Putting together the kept and removed pieces gives the old text
back, and the kept and added pieces the new one.
"""

from __future__ import annotations

import difflib
import enum
import unicodedata
from dataclasses import dataclass


class Kind(enum.StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Piece:
    """A stretch of text that is in both texts, only in the old one, or only in the new one."""

    kind: Kind
    text: str


def _is_ideograph(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF  # CJK extensions B and later
    )


def _class(char: str) -> str:
    if char == "\n":
        return "break"
    if char.isspace():
        return "space"
    if _is_ideograph(char):
        return "ideograph"
    if char.isalnum() or unicodedata.category(char).startswith("M"):
        return "word"
    return "sign"


def tokens(text: str) -> list[str]:
    """The tokens of ``text``; joined together they are ``text`` again."""
    found: list[str] = []
    start = 0
    previous = ""
    for n, char in enumerate(text):
        kind = _class(char)
        if n and not (kind == previous and kind in ("word", "space")):
            found.append(text[start:n])
            start = n
        previous = kind
    if text:
        found.append(text[start:])
    return found


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of one kind as one piece; empty pieces left out."""
    result: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if result and result[-1].kind == piece.kind:
            result[-1] = Piece(piece.kind, result[-1].text + piece.text)
        else:
            result.append(piece)
    return result


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces of text kept, removed and added from ``old`` to ``new``.

    Changes that only a space separates read as one change ("the quick" became "a slow", rather
    than "the" became "a", then "quick" became "slow").
    """
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    opcodes = matcher.get_opcodes()
    pieces: list[Piece] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        kept = "".join(a[i1:i2])
        if tag == "equal":
            between_changes = 0 < n < len(opcodes) - 1
            if between_changes and kept.isspace() and "\n" not in kept:
                pieces += [Piece(Kind.REMOVED, kept), Piece(Kind.ADDED, kept)]
            else:
                pieces.append(Piece(Kind.SAME, kept))
            continue
        pieces.append(Piece(Kind.REMOVED, kept))
        pieces.append(Piece(Kind.ADDED, "".join(b[j1:j2])))
    return _joined(_grouped(pieces))


def _grouped(pieces: list[Piece]) -> list[Piece]:
    """Within each stretch of changes, the removed text first, then the added text."""
    result: list[Piece] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        result.append(Piece(Kind.REMOVED, "".join(removed)))
        result.append(Piece(Kind.ADDED, "".join(added)))
        removed.clear()
        added.clear()

    for piece in pieces:
        if piece.kind == Kind.SAME:
            flush()
            result.append(piece)
        else:
            (removed if piece.kind == Kind.REMOVED else added).append(piece.text)
    flush()
    return result


def old_text(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces if piece.kind != Kind.ADDED)


def new_text(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces if piece.kind != Kind.REMOVED)
