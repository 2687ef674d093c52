"""Per-computer preferences (not per group): language, text size, auto-lock delay."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from app.fileio import read_json, write_json_atomic

LANGUAGES = ("system", "fr", "en")
TEXT_SIZES = ("normal", "large", "very_large")
THEMES = ("system", "light", "dark")


@dataclass
class Preferences:
    language: str = "system"
    text_size: str = "normal"
    autolock_minutes: int = 10
    chime: bool = False
    stale_after_days: int = 365
    backups_daily: int = 7
    backups_weekly: int = 4
    theme: str = "system"

    def validated(self) -> Preferences:
        fixed = dataclasses.replace(self)
        if fixed.language not in LANGUAGES:
            fixed.language = "system"
        if fixed.text_size not in TEXT_SIZES:
            fixed.text_size = "normal"
        if fixed.theme not in THEMES:
            fixed.theme = "system"
        # Through the same bounds as the preferences dialog's spin boxes: a hand-edited
        # settings.json with 1e400 or 10**100 must not reach a timedelta or a QSpinBox.
        fixed.autolock_minutes = _within(fixed.autolock_minutes, 1, 240, 10)
        fixed.stale_after_days = _within(fixed.stale_after_days, 30, 3650, 365)
        fixed.backups_daily = _within(fixed.backups_daily, 1, 60, 7)
        fixed.backups_weekly = _within(fixed.backups_weekly, 0, 52, 4)
        fixed.chime = fixed.chime is True
        return fixed


def _within(value: object, low: int, high: int, default: int) -> int:
    """An integer JSON value clamped to the widget's range; anything else gives the default."""
    if type(value) is not int:
        return default
    return max(low, min(high, value))


class PreferenceStore:
    def __init__(self, path: Path) -> None:
        self._path = path

    def load(self) -> Preferences:
        try:
            raw = read_json(self._path)
        except (OSError, ValueError, RecursionError):
            return Preferences()
        if not isinstance(raw, dict):
            return Preferences()
        known = {f.name for f in dataclasses.fields(Preferences)}
        try:
            return Preferences(**{k: v for k, v in raw.items() if k in known}).validated()
        except (TypeError, ValueError, OverflowError, RecursionError):
            return Preferences()

    def save(self, prefs: Preferences) -> None:
        write_json_atomic(self._path, dataclasses.asdict(prefs.validated()))


def dumps(prefs: Preferences) -> str:
    return json.dumps(dataclasses.asdict(prefs))
