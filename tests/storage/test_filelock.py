"""A start's sweep and a scratch file's hold() racing for the same fresh sidecar (review17b's
fix17b): whichever order the two steps fall in, a hold() that says it holds its name is never left
without its sidecar."""

from __future__ import annotations

import os

from storage import filelock


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
