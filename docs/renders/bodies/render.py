"""Renders of the annex of a session where two bodies meet side by side (plenary and Committee
of the Whole): ``two-bodies.json`` exported as the annex alone, in English and French, at 60 dpi.

Run from the repository root:  .venv/bin/python docs/renders/bodies/render.py
Needs ``pdftoppm`` (poppler-utils). Look at the pages after a change to the annex's layout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from agenda_editor.export.pdf import export_pdf  # noqa: E402
from agenda_editor.interchange import load_json  # noqa: E402


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("render.py: pdftoppm is not installed (apt-get install poppler-utils)")
        return 2
    meeting = load_json(HERE / "two-bodies.json")
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "fr"):
            pdf = export_pdf(meeting, Path(folder) / f"{lang}.pdf", lang=lang, part="annex")
            target = HERE / f"annex-{lang}"
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(target)], check=True)
    for png in sorted(HERE.glob("*.png")):
        print(png.relative_to(HERE.parents[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
