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
        fixed.autolock_minutes = max(1, min(240, int(fixed.autolock_minutes)))
        fixed.stale_after_days = max(30, int(fixed.stale_after_days))
        fixed.backups_daily = max(1, int(fixed.backups_daily))
        fixed.backups_weekly = max(0, int(fixed.backups_weekly))
        return fixed


class PreferenceStore:
    def __init__(self, path: Path) -> None:
        self._path = path

    def load(self) -> Preferences:
        try:
            raw = read_json(self._path)
        except (OSError, ValueError):
            return Preferences()
        if not isinstance(raw, dict):
            return Preferences()
        known = {f.name for f in dataclasses.fields(Preferences)}
        try:
            return Preferences(**{k: v for k, v in raw.items() if k in known}).validated()
        except (TypeError, ValueError):
            return Preferences()

    def save(self, prefs: Preferences) -> None:
        write_json_atomic(self._path, dataclasses.asdict(prefs.validated()))


def dumps(prefs: Preferences) -> str:
    return json.dumps(dataclasses.asdict(prefs))
