"""Golden renders: the bundled sample meeting's PDF pages in English, French, Arabic and Chinese,
rendered by poppler at 60 dpi, compared with the pages kept in ``docs/renders``. A layout change
that moves a line, a heading or a table rule fails here; after an intended change, regenerate
the pages with ``.venv/bin/python docs/renders/render.py``, look at them, and commit them."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops

RENDERS = Path(__file__).resolve().parents[2] / "docs" / "renders"

#: A pixel differs when its grey level moves by more than this (anti-aliasing moves less).
GREY_STEP = 64
#: The share of differing pixels a page may have: rasteriser noise, far below one moved line.
TOLERANCE = 0.003

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler absent")


def _renderer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("golden_render", RENDERS / "render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def changed_share(golden: Path, page: Path) -> float:
    """The share of pixels that differ between two renders of a page (1.0: other sizes)."""
    first = Image.open(golden).convert("L")
    second = Image.open(page).convert("L")
    if first.size != second.size:
        return 1.0
    difference = ImageChops.difference(first, second).point(lambda v: 255 if v > GREY_STEP else 0)
    histogram = difference.histogram()
    return histogram[255] / (first.size[0] * first.size[1])


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "zh"])
def test_the_sample_renders_as_its_golden_pages(lang: str, tmp_path: Path) -> None:
    pages = _renderer().render(lang, tmp_path)
    golden = sorted(RENDERS.glob(f"{lang}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert [p.name for p in pages] == [g.name for g in golden], "the page count changed"
    for expected, page in zip(golden, pages, strict=True):
        share = changed_share(expected, page)
        assert share <= TOLERANCE, (
            f"{page.name} differs from docs/renders/{expected.name} in {share:.1%} of its "
            "pixels; if the change is intended, run docs/renders/render.py and look at the pages"
        )


def test_a_moved_line_is_more_than_the_tolerance(tmp_path: Path) -> None:
    golden = RENDERS / "en-1.png"
    image = Image.open(golden).convert("L")
    moved = Image.new("L", image.size, 255)
    moved.paste(image, (0, 3))  # the whole page three pixels (about a point) lower
    moved.save(tmp_path / "moved.png")
    assert changed_share(golden, golden) == 0.0
    assert changed_share(golden, tmp_path / "moved.png") > TOLERANCE
