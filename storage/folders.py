"""Folders Cercle makes: private to the user, whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path


def private_dir(folder: Path) -> Path:
    """Make `folder` (and missing parents) readable by this user only: 0700, whatever the umask
    (mkdir's mode is filtered by it). Every folder Cercle makes goes through here."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        for made in {folder, *missing}:
            os.chmod(made, 0o700)
    return folder
