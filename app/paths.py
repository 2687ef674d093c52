"""Where Cercle keeps its files: platformdirs' user data dir, or --data-dir (tests always pass one)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, override: str | os.PathLike[str] | None = None) -> DataDir:
        root = Path(override) if override else Path(platformdirs.user_data_dir("Cercle", False))
        data = cls(root.expanduser().resolve())
        data.ensure()
        return data

    @property
    def vaults(self) -> Path:
        return self.root / "vaults"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def tmp(self) -> Path:
        """Our own scratch space for handover files, never the system temp dir."""
        return self.root / "tmp"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> None:
        for folder in (self.root, self.vaults, self.backups, self.tmp):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name != "nt":
                os.chmod(folder, 0o700)
