"""Write ui/assets/chime.wav: a soft bell (a few sine partials with an exponential decay), made
here so the project ships no sound it did not make. Run: python packaging/make_chime.py"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SECONDS = 1.6
# (frequency Hz, relative loudness, decay per second): a calm bell around E5.
PARTIALS = ((659.25, 1.0, 2.6), (1318.5, 0.35, 4.0), (1977.8, 0.12, 6.0), (987.8, 0.2, 3.2))
PEAK = 0.35  # well below full scale: a reminder, not an alarm


def samples() -> list[int]:
    total = sum(p[1] for p in PARTIALS)
    out = []
    for i in range(int(RATE * SECONDS)):
        t = i / RATE
        attack = min(1.0, t / 0.01)  # 10 ms fade-in: no click
        value = sum(a * math.exp(-d * t) * math.sin(2 * math.pi * f * t) for f, a, d in PARTIALS)
        out.append(round(32767 * PEAK * attack * value / total))
    return out


def write(path: Path) -> None:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", s) for s in samples()))


if __name__ == "__main__":
    target = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[1] / "ui" / "assets" / "chime.wav"
    )
    write(target)
    print(target)
