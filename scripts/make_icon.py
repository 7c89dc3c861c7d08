"""Draw the app's icon: ui/resources/vpt.png (256 px) and vpt.ico (16–256 px, for Windows).

Run once after changing the drawing: .venv/bin/python scripts/make_icon.py
Drawn with Qt (already a dependency of the app); the .ico holds one PNG per size, which Windows
reads since Vista.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

RESOURCES = Path(__file__).resolve().parent.parent / "ui" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A blue rounded square with three rising white bars and a check mark: follow-up done."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1F4E79"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.setBrush(QColor("#FFFFFF"))
    for x, top in ((44, 150), (100, 118), (156, 86)):
        p.drawRoundedRect(QRectF(x * s, top * s, 44 * s, (212 - top) * s), 6 * s, 6 * s)
    pen = QPen(QColor("#FFFFFF"), max(1.5, 20 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(44 * s, 78 * s))
    check.lineTo(QPointF(82 * s, 112 * s))
    check.lineTo(QPointF(150 * s, 40 * s))
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico_bytes(images: list[bytes]) -> bytes:
    """An .ico file whose entries are PNG images (ICONDIR, ICONDIRENTRY × n, then the data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, png in zip(SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    RESOURCES.mkdir(parents=True, exist_ok=True)
    pngs = [png_bytes(draw(size)) for size in SIZES]
    (RESOURCES / "vpt.png").write_bytes(pngs[-1])
    (RESOURCES / "vpt.ico").write_bytes(ico_bytes(pngs))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
