"""An optional soft chime at the warning and at the end of a turn (off by default).

Qt Multimedia comes with the PySide6-Addons wheel, which Cercle does not require: without it the
chime is simply unavailable and the set-up says so. It is imported only when a chime is first
played, because loading it probes the sound system (and logs about it) even when the chime is off.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QObject, QUrl

from ui.common.paths import resource_path

MODULE = "PySide6.QtMultimedia"


def chime_file() -> str:
    return str(resource_path("ui", "assets", "chime.wav"))


def chime_available() -> bool:
    try:
        found = importlib.util.find_spec(MODULE) is not None
    except ImportError:
        found = False
    return found and resource_path("ui", "assets", "chime.wav").is_file()


class Chime(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: Any = None
        self._broken = False
        self.played = 0  # how many times it rang (the tests read it)

    def play(self) -> None:
        self.played += 1
        if self._broken or not chime_available():
            return
        if self._effect is None:
            try:
                multimedia = importlib.import_module(MODULE)
            except ImportError:  # the wheel is there but not its system libraries
                self._broken = True
                return
            self._effect = multimedia.QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(chime_file()))
            self._effect.setVolume(0.5)
        self._effect.play()
