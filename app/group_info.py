"""What the start screen knows of a group without its passphrase: kept apart from app.group,
whose services the start screen does not need (they load at unlock)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The demo group: its passphrase is shown on the start screen (app.demo builds the group).
DEMO_ID = "demo"
DEMO_PASSPHRASE = "demo-cercle"


@dataclass(frozen=True)
class GroupInfo:
    """What the start screen may show without the passphrase."""

    id: str
    label: str
    path: Path
    created_at: str
    is_demo: bool = False
