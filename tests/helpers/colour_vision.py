"""Colour-vision deficiency simulation for tests and screenshots: Machado, Oliveira & Fernandes
(2009), "A physiologically-based model for simulation of color vision deficiency", severity 1.0
matrices, applied to linear RGB. Pure Python, so both a colour table and a grabbed image can be
looked at as a protanope, deuteranope or tritanope would see them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

Matrix = tuple[tuple[float, float, float], ...]

DEFICIENCIES: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _encoded(value: float) -> int:
    v = min(1.0, max(0.0, value))
    v = v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055
    return round(v * 255)


def _simulate_rgb(rgb: tuple[int, int, int], kind: str) -> tuple[int, int, int]:
    matrix = DEFICIENCIES[kind]
    lin = [_linear(c) for c in rgb]
    r, g, b = (_encoded(sum(row[i] * lin[i] for i in range(3))) for row in matrix)
    return r, g, b


def simulate(colour: str, kind: str) -> str:
    """A #rrggbb colour as seen with the deficiency."""
    rgb = (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))
    return "#{:02x}{:02x}{:02x}".format(*_simulate_rgb(rgb, kind))


def simulate_image(image: QImage, kind: str) -> QImage:
    """A copy of the image as seen with the deficiency (screenshots are small: a cache of the
    few colours a flat UI has keeps this quick)."""
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    cache: dict[int, int] = {}
    for y in range(out.height()):
        for x in range(out.width()):
            pixel = out.pixel(x, y)
            seen = cache.get(pixel)
            if seen is None:
                c = QColor(pixel)
                r, g, b = _simulate_rgb((c.red(), c.green(), c.blue()), kind)
                seen = cache[pixel] = QColor(r, g, b).rgb()
            out.setPixel(x, y, seen)
    return out
