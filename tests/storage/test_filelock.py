"""A start's sweep and a scratch file's hold() racing for the same fresh sidecar (review17b's
fix17b): whichever order the two steps fall in, a hold() that says it holds its name is never left
without its sidecar. A vault's lock file that is not a plain file (review20b) is refused, never
followed."""

from __future__ import annotations

import os

import pytest

from storage import filelock
from storage.errors import LockNotAFile


def test_a_hold_between_the_sweeps_lock_and_its_end_is_refused_not_left_bare(
    tmp_path, monkeypatch
) -> None:
    path = tmp_path / filelock.scratch_name("export")
    sidecar = path.with_name(path.name + filelock.HELD)
    # hold()'s first step: the sidecar is made, not locked yet.
    fd = os.open(sidecar, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    claimed: list[bool] = []
    unlock = filelock._unlock

    def sweep_unlocks_then_hold_claims(lock_fd: int) -> None:
        # The sweep lets go of its lock; hold()'s second step runs right then, before the
        # sweep goes on.
        unlock(lock_fd)
        if not claimed:
            claimed.append(filelock._claim(path, sidecar, fd))

    monkeypatch.setattr(filelock, "_unlock", sweep_unlocks_then_hold_claims)
    try:
        filelock.sweep_unheld(tmp_path)
        assert claimed == [False]  # the sweep had it: hold() picks another name
        assert not sidecar.exists()
    finally:
        monkeypatch.undo()
        if claimed != [False]:  # _claim closes the fd it refuses, keeps the one it takes
            filelock._held.pop(path, None)
            os.close(fd)


def test_a_hold_that_locked_first_keeps_its_sidecar(tmp_path) -> None:
    path = tmp_path / filelock.scratch_name("import")
    assert filelock.hold(path)
    try:
        path.write_bytes(b"group")
        assert filelock.sweep_unheld(tmp_path) == {path}
        assert path.is_file() and path.with_name(path.name + filelock.HELD).is_file()
    finally:
        path.unlink()
        filelock.let_go(path)
    assert list(tmp_path.iterdir()) == []


def test_a_link_planted_as_a_vaults_lock_is_not_followed(tmp_path) -> None:
    """Followed, every unlock would make and lock a file wherever the link points, outside
    the data folder."""
    vault = tmp_path / "g.vault"
    elsewhere = tmp_path / "elsewhere" / "planted"
    elsewhere.parent.mkdir()
    filelock.lock_path_for(vault).symlink_to(elsewhere)
    with pytest.raises(LockNotAFile):
        filelock.VaultLock(vault)
    assert list(elsewhere.parent.iterdir()) == []


@pytest.mark.parametrize("kind", ["folder", "loop", "fifo"])
def test_what_is_not_a_file_in_place_of_a_lock_is_said_so(tmp_path, kind: str) -> None:
    vault = tmp_path / "g.vault"
    lock = filelock.lock_path_for(vault)
    if kind == "folder":
        lock.mkdir()
    elif kind == "loop":
        lock.symlink_to(lock)
    else:
        os.mkfifo(lock)
    open_before = len(os.listdir("/proc/self/fd"))
    with pytest.raises(LockNotAFile):
        filelock.VaultLock(vault)
    assert len(os.listdir("/proc/self/fd")) == open_before


def test_a_plain_lock_file_left_by_a_previous_run_is_taken(tmp_path) -> None:
    vault = tmp_path / "g.vault"
    filelock.lock_path_for(vault).write_bytes(b"")
    lock = filelock.VaultLock(vault)
    assert lock.held
    lock.release()
