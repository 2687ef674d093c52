"""The start's sweep of what a crash left in the data folder (DataDir.sweep_leftovers): a scratch
file whose process is gone is removed whatever its age (it may hold a whole group under a
handover passphrase), one a live Cercle still uses is kept however old (review17b)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.paths import DataDir
from storage.bundle import remove_scratch, scratch_path

ROOT = Path(__file__).resolve().parents[2]
# A second Cercle on the same data folder: makes a scratch file, says where, waits for stdin.
HOLDER = (
    "import sys; from pathlib import Path; from storage.bundle import scratch_path; "
    "p = scratch_path(Path(sys.argv[1]), 'export'); p.write_bytes(b'group'); "
    "p.with_name(p.name + '-journal').write_bytes(b'j'); print(p, flush=True); sys.stdin.read()"
)
DAY = 24 * 3600


def _other_process(tmp: Path) -> tuple[subprocess.Popen[str], Path]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    return child, Path(child.stdout.readline().strip())


def _aged(path: Path, seconds: float) -> None:
    then = path.stat().st_mtime - seconds
    os.utime(path, (then, then))


def test_a_scratch_file_of_a_killed_process_goes_at_the_next_start(tmp_path) -> None:
    data = DataDir.resolve(tmp_path / "data")
    child, scratch = _other_process(data.tmp)
    try:
        data.sweep_leftovers()
        assert scratch.is_file()  # still used by the other Cercle
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None and child.stdin is not None
        child.stdout.close()
        child.stdin.close()
    data.sweep_leftovers()  # a minute old, not a day: gone all the same, with its journal
    assert list(data.tmp.iterdir()) == []


def test_a_scratch_file_in_use_is_kept_however_old(tmp_path) -> None:
    data = DataDir.resolve(tmp_path / "data")
    ours = scratch_path(data.tmp, "export")
    ours.write_bytes(b"group")
    child, theirs = _other_process(data.tmp)
    try:
        for path in data.tmp.iterdir():
            _aged(path, 2 * DAY)
        data.sweep_leftovers()
        assert ours.is_file() and theirs.is_file()
        assert theirs.with_name(theirs.name + "-journal").is_file()
    finally:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.close()  # the other Cercle quits without removing its file
        child.wait()
        child.stdout.close()
    data.sweep_leftovers()
    assert ours.is_file() and not theirs.exists()
    remove_scratch(ours)
    assert list(data.tmp.iterdir()) == []


def test_an_old_file_nobody_holds_still_goes_a_fresh_one_stays(tmp_path) -> None:
    data = DataDir.resolve(tmp_path / "data")
    old, fresh = data.tmp / "old.cercle", data.tmp / "fresh.cercle"
    for path in (old, fresh):
        path.write_bytes(b"x")
    _aged(old, 2 * DAY)
    data.sweep_leftovers()
    assert not old.exists() and fresh.exists()


def test_strange_names_in_tmp_are_no_patterns_and_never_stop_the_start(tmp_path) -> None:
    data = DataDir.resolve(tmp_path / "data")
    ours = scratch_path(data.tmp, "export")
    ours.write_bytes(b"group")
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(b"not ours")
    unheld = data.tmp / ours.name.replace("export", "import")  # a crash's: no live holder
    strangers = [data.tmp / name for name in ("?.held", "a*.held", ".held", "[.held", "*")]
    for path in [unheld, unheld.with_name(unheld.name + "-wal"), *strangers]:
        path.write_bytes(b"x")
    (data.tmp / (unheld.name + ".held")).write_bytes(b"")
    link = data.tmp / "export-0123456789abcdef0123456789abcdef.cercle.held"
    link.symlink_to(outside)
    (data.tmp / "link.held").symlink_to(outside)
    try:
        data.sweep_leftovers()
        left = {p.name for p in data.tmp.iterdir()}
        assert left == {
            ours.name,
            ours.name + ".held",
            *(p.name for p in strangers),
            link.name,
            "link.held",
        }
        assert outside.read_bytes() == b"not ours"
        for path in [*strangers, outside]:
            _aged(path, 2 * DAY)
        data.sweep_leftovers()  # old strangers go by age, a held file stays whatever its age
        left = {p.name for p in data.tmp.iterdir()}
        assert left == {ours.name, ours.name + ".held", link.name}
        assert outside.read_bytes() == b"not ours"
    finally:
        remove_scratch(ours)


def test_a_sweep_that_fails_does_not_stop_the_start(tmp_path, monkeypatch) -> None:
    data = DataDir.resolve(tmp_path / "data")

    def broken(_folder: Path) -> set[Path]:
        raise ValueError("a name no sweep foresaw")

    monkeypatch.setattr("app.paths.sweep_unheld", broken)
    data.sweep_leftovers()  # no exception: Cercle starts all the same
