"""Where Cercle keeps its files: platformdirs' user data dir, or --data-dir (tests always pass one)."""

from __future__ import annotations

import errno
import os
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from storage.errors import ValidationError
from storage.filelock import COMPANIONS, is_sidecar, sweep_unheld
from storage.folders import private_dir
from storage.value_rules import is_group_id

VAULT_SUFFIX = ".vault"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, override: str | os.PathLike[str] | None = None) -> DataDir:
        root = Path(override) if override else cls.default_root()
        try:
            resolved = root.expanduser().resolve()
        except RuntimeError:  # a loop of links (Python 3.11; later ones raise OSError)
            raise OSError(errno.ELOOP, "loop of links", str(root)) from None
        data = cls(resolved)
        data.ensure()
        return data

    @staticmethod
    def default_root() -> Path:
        return Path(platformdirs.user_data_dir("Cercle", False))

    @property
    def vaults(self) -> Path:
        return self.root / "vaults"

    def vault_file(self, group_id: str) -> Path:
        """The group's vault file, said once for the vault service that opens it and the
        backups that read its passphrase marker and restore over it."""
        return self.group_file(self.vaults, group_id, VAULT_SUFFIX)

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def group_file(self, folder: Path, group_id: str, suffix: str = "") -> Path:
        """`folder/<group_id><suffix>` for a validated group id, checked to stay in `folder`:
        a group id read from a file (`../../x`) never names a path elsewhere."""
        if not is_group_id(group_id):
            raise ValidationError("group_id", "invalid")
        path = folder / f"{group_id}{suffix}"
        if path.resolve().parent != folder.resolve():
            raise ValidationError("group_id", "outside")
        return path

    @property
    def tmp(self) -> Path:
        """Our own scratch space for handover files, never the system temp dir."""
        return self.root / "tmp"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def sweep_leftovers(self, older_than_seconds: float = 24 * 3600) -> None:
        """Remove what a crash left: scratch copies in tmp and half-written .partial files. A
        scratch copy no live process holds goes whatever its age (it may hold a whole group,
        contact details included); anything else only when old, since a second Cercle window
        may be writing a fresh one right now. Never raises: whatever a stranger put in our
        folders, Cercle starts, and tries again at the next start."""
        try:
            self._sweep(older_than_seconds)
        except Exception:  # a leftover is never worth a Cercle that does not start
            pass

    def _sweep(self, older_than_seconds: float) -> None:
        held = sweep_unheld(self.tmp)
        limit = time.time() - older_than_seconds
        found = [
            *(p for p in self.tmp.glob("*") if not _held_part(p, held)),
            *self.vaults.glob("*.partial"),
            *self.backups.glob("*/*.partial"),
        ]
        for path in found:
            try:
                if path.is_file() and path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass  # tried again at the next start

    def ensure(self) -> None:
        for folder in (self.root, self.vaults, self.backups, self.tmp):
            private_dir(folder)


def _held_part(path: Path, held: set[Path]) -> bool:
    """A scratch file's sidecar (sweep_unheld's to judge), or a held scratch file or a journal
    beside it: in use, whatever its age."""
    return is_sidecar(path.name) or any(path.name == h.name + s for h in held for s in COMPANIONS)
