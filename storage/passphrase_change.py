"""The storage steps of a passphrase change; app/rekey.py orders them and keeps the records.

PRAGMA rekey rewrites every page inside one transaction of the rollback journal, so a change killed
mid-way is rolled back at the next open: exactly one of the two passphrases works afterwards.
"""

from __future__ import annotations

from pathlib import Path

from storage.database import Database
from storage.errors import VaultDamaged
from storage.keys import key_literal


def open_for_rekey(path: Path, passphrase: str) -> Database:
    """A second connection beside the open group's (which holds the lock and stays idle)."""
    return Database.open(path, passphrase, take_lock=False)


def rekey(db: Database, new_passphrase: str) -> None:
    # PRAGMA rekey, like key, takes no bound parameter: the same tested literal helper.
    db.execute(f"PRAGMA rekey = {key_literal(new_passphrase)}")


def check_reopens(path: Path, passphrase: str) -> None:
    with Database.open(path, passphrase, read_only=True, take_lock=False) as db:
        if db.integrity_problems():
            raise VaultDamaged("after rekey")
