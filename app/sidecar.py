"""The small JSON file next to each vault: what may be known without the passphrase.

Besides the label, it records when the passphrase was last changed (a date, never anything derived
from the passphrase) and, while a change is under way, that it started: so that after a crash the
start screen can say the previous passphrase may still work.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.fileio import read_json, write_json_atomic

INITIAL_MARKER = "initial"
_MARKER = re.compile(r"[0-9]{8}-[0-9]{6}")  # app.backups.STAMP


def sidecar_path(vault: Path) -> Path:
    return vault.with_suffix(".json")


def read_sidecar(vault: Path) -> dict[str, Any]:
    try:
        raw = read_json(sidecar_path(vault))
    except (OSError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}


def update_sidecar(vault: Path, **changes: Any) -> None:
    """Merge: keys given as None are dropped, every other key is kept as it was."""
    data = read_sidecar(vault)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    write_json_atomic(sidecar_path(vault), data)


def passphrase_marker(vault: Path) -> str:
    """Which passphrase the vault has: the time of its last change, or "initial". It becomes
    part of backup file names: anything but a timestamp (a hand-edited "../x") is ignored."""
    value = read_sidecar(vault).get("passphrase_set_at", INITIAL_MARKER)
    return value if isinstance(value, str) and _MARKER.fullmatch(value) else INITIAL_MARKER


def change_in_progress(vault: Path) -> dict[str, str] | None:
    pending = read_sidecar(vault).get("passphrase_change")
    return pending if isinstance(pending, dict) else None
