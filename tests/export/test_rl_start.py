"""The command line export starts without what it does not use: ReportLab's pattern of web
addresses is compiled only if a paragraph asks for it (never, in our documents), and pikepdf is
not loaded to write a PDF (its page count comes from the layout)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from agenda_editor.export.rl_start import LazyPattern
from agenda_editor.resources import sample_path

_EXPORT = """
import json, sys
from agenda_editor.cli import main
status = main(["export", sys.argv[1], "-o", sys.argv[2], "--part", "annex", "--quiet"])
from reportlab.platypus import paragraph
print(json.dumps({
    "status": status,
    "pikepdf": "pikepdf" in sys.modules,
    "deferred": type(paragraph.uri_pat).__name__,
    "compiled": getattr(paragraph.uri_pat, "_compiled", None) is not None,
}))
"""


def test_an_export_compiles_no_address_pattern_and_loads_no_pikepdf(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _EXPORT, str(sample_path()), str(tmp_path / "annex.pdf")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"status": 0, "pikepdf": False, "deferred": "LazyPattern", "compiled": False}
    assert (tmp_path / "annex.pdf").read_bytes().startswith(b"%PDF")


def test_the_deferred_pattern_matches_as_the_pattern_does() -> None:
    from reportlab.platypus import paragraph

    deferred = paragraph.uri_pat
    assert isinstance(deferred, LazyPattern)
    pattern = re.compile(deferred.pattern, deferred.flags)
    for text in ("https://www.unodc.org/x", "HTTP://Example.ORG", "ftp://10.0.0.1:21/a", "word"):
        found, expected = deferred.match(text), pattern.match(text)
        assert (found and found.groups()) == (expected and expected.groups())
