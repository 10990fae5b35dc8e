"""Regenerate the golden renders: the bundled sample meeting as PNG pages in en, fr, ar, zh.

Run from the repository root:  .venv/bin/python docs/renders/render.py
Needs ``pdftoppm`` (poppler-utils). Writes docs/renders/<lang>-<page>.png (60 dpi) and removes
pages of earlier renders that no longer exist. Look at every page after a layout change.
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


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("render.py: pdftoppm is not installed (apt-get install poppler-utils)")
        return 2
    meeting = add_translations(load_json(sample_path()))
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            pdf = export_pdf(meeting, Path(folder) / f"{lang}.pdf", lang=lang)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(HERE / lang)], check=True)
    for png in sorted(HERE.glob("*.png")):
        print(png.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
