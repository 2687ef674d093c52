"""Exclusive, advisory locks: on a vault, held while it is open; on a scratch file in our temp
folder, held while it exists.

The lock lives in a sidecar file so it never touches the locked file's own bytes; the operating
system drops it when the process dies, so a crash never leaves a group stuck as "in use", and the
next start can tell a scratch file a live Cercle still uses from one a dead one left.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from storage.errors import LockNotAFile, StorageError, VaultInUse

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


# A symlink planted as a lock or a sidecar is never followed to lock or open a file elsewhere.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def lock_path_for(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


class VaultLock:
    """Acquired in the constructor; raises VaultInUse if another holder exists."""

    def __init__(self, vault: Path) -> None:
        self._path = lock_path_for(vault)
        self._fd: int | None = _open_lock(self._path)
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


def _open_lock(path: Path) -> int:
    """The lock file, made if missing: a plain file or LockNotAFile, whose sentence says what is
    wrong (the system's error for a folder or a link read as a disk gone)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
    except OSError:
        if _other_than_a_file(path):
            raise LockNotAFile("lock is not a file") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or a device node
        os.close(fd)
        raise LockNotAFile("lock is not a file")
    return fd


def _other_than_a_file(path: Path) -> bool:
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


# -- scratch files ----------------------------------------------------------------------------
HELD = ".held"
# What SQLite may write beside a scratch copy, the copy itself first (bundle.remove_scratch).
COMPANIONS = ("", "-journal", "-wal", "-shm")
# The only names a sweep acts on: anything else in the temp folder is not ours to judge by lock
# (a file named `?.held` must not match every scratch file as a pattern would).
_SCRATCH = re.compile(r"(?:export|import|vault)-[0-9a-f]{32}\.cercle")
_HOLD_TRIES = 3
_held: dict[Path, int] = {}
_held_guard = threading.Lock()


def hold(path: Path) -> bool:
    """Lock `path`'s sidecar until let_go(path) or this process ends, before `path` is made: a
    start of Cercle sweeping its temp folder meanwhile leaves it be. False when a sweep took the
    sidecar between its creation and our lock (the caller then picks another name)."""
    sidecar = path.with_name(path.name + HELD)
    fd = os.open(sidecar, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    return _claim(path, sidecar, fd)


def _claim(path: Path, sidecar: Path, fd: int) -> bool:
    try:
        # A sweep that locked the fresh sidecar first removed it: ours is then a file no
        # longer there, which protects nothing.
        if _try_lock(fd) and os.path.samestat(os.fstat(fd), os.stat(sidecar)):
            with _held_guard:
                _held[path] = fd
            return True
    except OSError:
        pass
    os.close(fd)
    return False


def scratch_name(kind: str) -> str:
    """A fresh scratch name of `kind`, of the one shape sweep_unheld acts on."""
    name = f"{kind}-{os.urandom(16).hex()}.cercle"  # not uuid: it loads `platform` at start
    if not _SCRATCH.fullmatch(name):
        raise ValueError(kind)
    return name


def is_sidecar(name: str) -> bool:
    """`name` is a scratch file's sidecar: sweep_unheld's to judge, whatever its age."""
    base = name.removesuffix(HELD)
    return base != name and _SCRATCH.fullmatch(base) is not None


def held_name(make: Callable[[], Path]) -> Path:
    """A fresh name from `make`, held (hold) before anything is written under it."""
    for _ in range(_HOLD_TRIES):
        path = make()
        if hold(path):
            return path
    raise StorageError("scratch lock")


def let_go(path: Path) -> None:
    """`path` removed already: its sidecar goes, and its lock."""
    with _held_guard:
        fd = _held.pop(path, None)
    sidecar = path.with_name(path.name + HELD)
    if fd is None:
        return
    # Removed while still locked where the system allows it (not on Windows): no sweep ever
    # finds it unlocked.
    _unlink_sidecar(sidecar)
    try:
        _unlock(fd)
    finally:
        os.close(fd)
    _unlink_sidecar(sidecar)


def _unlink_sidecar(sidecar: Path) -> None:
    try:
        sidecar.unlink(missing_ok=True)
    except OSError:
        pass  # open elsewhere (Windows): removed once closed, or by the next start's sweep


def sweep_unheld(folder: Path) -> set[Path]:
    """Every scratch file in `folder` whose holder is gone (a crash, a killed process), removed
    whatever its age, with whatever SQLite wrote beside it; returns the names still held by a
    live process (this one's or another Cercle's on the same data folder)."""
    live: set[Path] = set()
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except FileNotFoundError:
        return live
    for name in filter(is_sidecar, names):
        path = folder / name.removesuffix(HELD)
        if not _remove_unheld(path, folder / name):
            live.add(path)
    return live


def _remove_unheld(path: Path, sidecar: Path) -> bool:
    try:
        fd = os.open(sidecar, os.O_RDWR | _NOFOLLOW)
    except FileNotFoundError:
        return True  # let go meanwhile
    except OSError:
        return False  # a symlink, or not ours to open: left alone
    try:
        if not _try_lock(fd):
            return False
        try:
            # Ours now: the scratch and its journals go before the sidecar, so nothing a live
            # holder uses is ever left unguarded; the sidecar goes before the unlock, or a
            # hold() of this same name could lock it in between, find it still there, and
            # lose it to us right after.
            for suffix in COMPANIONS:
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            _unlink_sidecar(sidecar)
        finally:
            _unlock(fd)
    except OSError:
        return False  # tried again at the next start
    finally:
        os.close(fd)
    _unlink_sidecar(sidecar)  # Windows: an open file cannot be removed, a closed one can
    return True
