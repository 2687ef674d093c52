"""An optional soft chime at the warning and at the end of a turn (off by default).

Qt Multimedia comes with the PySide6-Addons wheel, which Cercle does not require: without it the
chime is simply unavailable and the set-up says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from ui.common.paths import resource_path

try:  # pragma: no cover - depends on the optional wheel
    from PySide6.QtMultimedia import QSoundEffect
except ImportError:  # pragma: no cover
    QSoundEffect = None

CHIME_FILE = "chime.wav"


def chime_available() -> bool:
    return QSoundEffect is not None and Path(resource_path("ui", "assets", CHIME_FILE)).is_file()


class Chime(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: Any = None
        self.played = 0  # how many times it rang (the tests and the benchmark read it)

    def play(self) -> None:
        self.played += 1
        if not chime_available():
            return
        if self._effect is None:
            assert QSoundEffect is not None
            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(resource_path("ui", "assets", CHIME_FILE))))
            self._effect.setVolume(0.5)
        self._effect.play()
