"""Render the app icon from ui/assets/icon.svg into every format the packages need.

    python packaging/make_icons.py        (QT_QPA_PLATFORM=offscreen is fine)

Writes packaging/icons/cercle-<size>.png (16..512, the Linux hicolor sizes), cercle.ico
(Windows, PNG-compressed entries) and cercle.icns (macOS, PNG entries). The outputs are committed,
so a build needs no extra tool; run this again after changing the SVG. It also writes
icons/SOURCE.sha256, the digest of the SVG they were made from: the tests check that digest rather
than the pixels, whose antialiased edges differ by a shade between CPUs and Qt versions.
"""

from __future__ import annotations

import hashlib
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "ui" / "assets" / "icon.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
SOURCE_DIGEST = OUT / "SOURCE.sha256"
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
)


def svg_digest() -> str:
    return hashlib.sha256(SVG.read_bytes()).hexdigest()


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as a str here and refuses bytes; its stubs ask for bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"could not encode the {size} px icon")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size, each entry a whole PNG (Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, blob in pngs.items():
        (OUT / f"cercle-{size}.png").write_bytes(blob)
    (OUT / "cercle.ico").write_bytes(ico(pngs))
    (OUT / "cercle.icns").write_bytes(icns(pngs))
    SOURCE_DIGEST.write_text(f"{svg_digest()}  ui/assets/icon.svg\n", "utf-8")
    print(f"wrote {len(pngs)} PNG sizes, cercle.ico and cercle.icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
