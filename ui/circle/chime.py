"""An optional soft chime at the warning and at the end of a turn (off by default).

Two ways to ring it, tried in order:
- Qt Multimedia's QSoundEffect, when the PySide6-Addons wheel is installed (Cercle does not
  require it: it would roughly double the packaged size). It is imported only when a chime first
  plays, because loading it probes the sound system even when the chime is off.
- The operating system's own player: winsound on Windows, afplay on macOS, and on Linux the
  first of paplay (PulseAudio/PipeWire), pw-play or aplay (ALSA) found. It runs detached, so a
  missing sound device never blocks the timer.
Without either, the chime is unavailable and the set-up says so.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
from typing import Any

from PySide6.QtCore import QObject, QProcess, QUrl

from ui.common.paths import resource_path

MODULE = "PySide6.QtMultimedia"
_LINUX_PLAYERS = (("paplay", ()), ("pw-play", ()), ("aplay", ("-q",)))


def chime_file() -> str:
    return str(resource_path("ui", "assets", "chime.wav"))


def _has_multimedia() -> bool:
    try:
        return importlib.util.find_spec(MODULE) is not None
    except ImportError:
        return False


def system_player() -> list[str] | None:
    """The command that plays a WAV file here, or None ("winsound" stands for the stdlib)."""
    if sys.platform == "win32":
        return ["winsound"]
    if sys.platform == "darwin":
        found = shutil.which("afplay")
        return [found] if found else None
    for name, options in _LINUX_PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, *options]
    return None


def chime_available() -> bool:
    if not resource_path("ui", "assets", "chime.wav").is_file():
        return False
    return _has_multimedia() or system_player() is not None


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
        if _has_multimedia() and self._play_multimedia():
            return
        self._play_system()

    def _play_multimedia(self) -> bool:
        if self._effect is None:
            try:
                multimedia = importlib.import_module(MODULE)
            except ImportError:  # the wheel is there but not its system libraries
                return False
            self._effect = multimedia.QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(chime_file()))
            self._effect.setVolume(0.5)
        self._effect.play()
        return True

    def _play_system(self) -> None:
        command = system_player()
        if command is None:
            self._broken = True
            return
        if sys.platform == "win32" and command == ["winsound"]:  # pragma: no cover - Windows only
            import winsound

            winsound.PlaySound(chime_file(), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        if not QProcess.startDetached(command[0], [*command[1:], chime_file()]):
            self._broken = True
