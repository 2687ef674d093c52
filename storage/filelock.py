"""An exclusive, advisory lock on a vault, held while it is open.

The lock lives in a sidecar file so it never touches the vault's own bytes; the operating system
drops it when the process dies, so a crash never leaves a group stuck as "in use".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from storage.errors import VaultInUse

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


class VaultLock:
    """Acquired in the constructor; raises VaultInUse if another holder exists."""

    def __init__(self, vault: Path) -> None:
        self._path = lock_path_for(vault)
        self._fd: int | None = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._fd):
            os.close(self._fd)
            self._fd = None
            raise VaultInUse("vault is open elsewhere")

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
