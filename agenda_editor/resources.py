"""Where the application's bundled files (fonts, samples, icons, translations) are found.

In a source checkout they are in the top-level ``resources/`` folder; an installed wheel or a
standalone build carries the same tree as ``agenda_editor/_resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds ``fonts/``, ``samples/``, ``icons/`` and ``translations/``."""
    candidates = [
        _PACKAGE / "_resources",
        _PACKAGE.parent / "resources",
        Path(getattr(sys, "_MEIPASS", _PACKAGE)) / "agenda_editor" / "_resources",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_path(name: str = "working-group-sample.json") -> Path:
    """The bundled sample meeting."""
    return resource_path("samples", name)
