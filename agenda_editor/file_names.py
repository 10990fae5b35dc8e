"""File names made from a document symbol, valid on Windows, macOS and Linux.

A symbol such as ``A/HRC/WG.6/45/1*`` (the asterisk of a reissued document) is not a file name:
Windows refuses ``< > : " / \\ | ? *``, control characters, names ending in a dot or a space and
the device names (``CON``, ``NUL``, ``COM1``...); macOS and Linux refuse ``/``.
"""

from __future__ import annotations

import re

#: Characters no file name may hold on one of the three systems, and control characters.
_INVALID = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')

#: Names Windows keeps for devices, with any extension.
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)

#: Long enough for any symbol, short enough for a path within the limits of every system.
MAX_STEM = 120


def file_stem(symbol: str, fallback: str) -> str:
    """A file name without extension for ``symbol``: slashes become ``_``, characters invalid
    anywhere are left out; ``fallback`` when nothing is left."""
    stem = " ".join(symbol.replace("/", "_").replace("\\", "_").split())
    stem = _INVALID.sub("", stem)[:MAX_STEM].rstrip(". ")
    if not stem:
        return fallback
    if stem.split(".")[0].upper() in _DEVICES:
        stem = "_" + stem
    return stem
