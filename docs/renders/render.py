"""Regenerate the golden renders: the bundled sample meeting as PNG pages in en, fr, ar, zh.

Run from the repository root:  .venv/bin/python docs/renders/render.py
Needs ``pdftoppm`` (poppler-utils). Writes docs/renders/<lang>-<page>.png (60 dpi) and removes
pages of earlier renders that no longer exist. Look at every page after a layout change.

These pages are also the golden renders of ``tests/export/test_golden_renders.py``, which
renders the same way (:func:`render`) and fails when a page differs by more than a small
tolerance: after an intended layout change, regenerate them with this command and commit them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from sample_translations import add_translations  # noqa: E402

from agenda_editor.export.pdf import export_pdf  # noqa: E402
from agenda_editor.interchange import load_json  # noqa: E402
from agenda_editor.resources import sample_path  # noqa: E402

LANGUAGES = ("en", "fr", "ar", "zh")
DPI = 60


def render(lang: str, folder: Path) -> list[Path]:
    """The sample meeting's ``lang`` version as PNG pages ``folder/<lang>-<n>.png``."""
    meeting = add_translations(load_json(sample_path()))
    with tempfile.TemporaryDirectory() as scratch:
        pdf = export_pdf(meeting, Path(scratch) / f"{lang}.pdf", lang=lang)
        command = ["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(folder / lang)]
        subprocess.run(command, check=True)
    return sorted(folder.glob(f"{lang}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("render.py: pdftoppm is not installed (apt-get install poppler-utils)")
        return 2
    for old in HERE.glob("*.png"):
        old.unlink()
    for lang in LANGUAGES:
        render(lang, HERE)
    for png in sorted(HERE.glob("*.png")):
        print(png.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
