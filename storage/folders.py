"""Folders Cercle makes: private to the user, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def private_dir(folder: Path) -> Path:
    """Make `folder` (and missing parents) readable by this user only: 0700, whatever the umask
    (mkdir's mode is filtered by it). Every folder Cercle makes goes through here."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        for made in {folder, *missing}:
            # Only when it is not private already: a complete data folder on a read-only disk
            # (a locked USB stick) then opens, where the change refused failed every start.
            if stat.S_IMODE(os.stat(made).st_mode) != 0o700:
                os.chmod(made, 0o700)
    return folder


NAME_MAX = 255  # bytes in one file name, on the file systems Cercle writes to
PARTIAL = ".partial"


def partial_path(path: Path) -> Path:
    """Where `path` is written before it is renamed into place: beside it, its name and
    ".partial", the name cut short so that the whole stays within NAME_MAX. A long name the
    host chose for an export (NAME_MAX itself is allowed) otherwise failed as a disk gone."""
    name = path.name
    while name and len(os.fsencode(name + PARTIAL)) > NAME_MAX:
        name = name[:-1]
    return path.with_name(name + PARTIAL)
