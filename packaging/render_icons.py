"""Render the SVG icons to the PNG, ICO and ICNS files the installers need.

    python packaging/render_icons.py          # rewrite the committed files
    python packaging/render_icons.py --out D  # write them under D instead (same layout)

Sources: ``resources/icons/agenda-editor.svg`` (the application) and
``resources/icons/agenda-document.svg`` (an ``.agenda`` session file), each with a ``-small.svg``
variant drawn on a 16-pixel grid for the 16 px size. Outputs:

* ``resources/icons/<name>-<size>.png`` for 16, 32, 48, 64, 128, 256 and 512 pixels;
* ``packaging/windows/<name>.ico`` (16-256 px, PNG-compressed entries, Windows Vista and later);
* ``packaging/macos/<name>.icns`` (16-1024 px, PNG entries, macOS 10.7 and later).

Rendering uses Qt's ``QSvgRenderer`` on the offscreen platform, so no display and no other
tool is needed. The ICO and ICNS containers are written here directly: both are a small header
and a table of PNG images.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAMES = ("agenda-editor", "agenda-document")
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 16
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def source_for(name: str, size: int) -> Path:
    """The drawing for ``size``: a pixel-grid variant (``<name>-small.svg``) at 16 px and below."""
    small = ICONS / f"{name}-small.svg"
    return small if size <= SMALL_MAX and small.exists() else ICONS / f"{name}.svg"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise SystemExit("error: Qt could not encode a PNG image")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: ``icns`` + total length, then (type, length, PNG) chunks."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def render_all(root: Path) -> list[Path]:
    """Write every output under ``root`` (the project layout); return the files written."""
    written: list[Path] = []
    for name in NAMES:
        sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
        pngs = {size: png_bytes(render(source_for(name, size), size)) for size in sizes}
        for size in PNG_SIZES:
            target = root / "resources" / "icons" / f"{name}-{size}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pngs[size])
            written.append(target)
        ico = root / "packaging" / "windows" / f"{name}.ico"
        ico.parent.mkdir(parents=True, exist_ok=True)
        ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
        icns = root / "packaging" / "macos" / f"{name}.icns"
        icns.parent.mkdir(parents=True, exist_ok=True)
        icns.write_bytes(icns_bytes(pngs))
        written += [ico, icns]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT, help="root of the output tree")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_all(args.out):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
