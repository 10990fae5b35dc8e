"""The committed icons: every size the desktops ask for, up to date with the SVG drawings."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
NAMES = ("agenda-editor", "agenda-document")
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _load_render_icons():
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging/render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_icons", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("size", SIZES)
def test_png_exists_at_its_size_with_a_transparent_background(qapp, name, size):
    image = QImage(str(ICONS / f"{name}-{size}.png"))
    assert not image.isNull(), f"{name}-{size}.png is missing or unreadable"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, size - 1).alpha() == 0  # corner: the desktop shows through
    opaque = sum(
        image.pixelColor(x, y).alpha() > 200 for x in range(size) for y in range(0, size, 2)
    )
    assert opaque > size * size // 2 // 4  # a real drawing, not an empty canvas


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of the RGBA channels, 0-255."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    total = sum(abs(x - y) for x, y in zip(a.constBits(), b.constBits(), strict=True))
    return total / (a.width() * a.height() * 4)


@pytest.mark.parametrize("name", NAMES)
def test_committed_pngs_match_the_svg(qapp, tmp_path, name):
    """Whoever edits an SVG must re-run packaging/render_icons.py; this notices if they forgot."""
    render_icons = _load_render_icons()
    for size in (16, 48, 256):
        fresh = render_icons.render(render_icons.source_for(name, size), size)
        committed = QImage(str(ICONS / f"{name}-{size}.png"))
        assert _difference(fresh, committed) < 2.0, f"{name}-{size}.png is out of date"


@pytest.mark.parametrize("name", NAMES)
def test_windows_ico_holds_every_size_up_to_256(qapp, name):
    path = ROOT / "packaging" / "windows" / f"{name}.ico"
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    reader = QImageReader(str(path))
    sizes = set()
    for index in range(count):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        sizes.add(image.width())
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize("name", NAMES)
def test_macos_icns_chunks_are_pngs_that_fill_the_file(name):
    data = (ROOT / "packaging" / "macos" / f"{name}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)
