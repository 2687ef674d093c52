"""Crash safety: a writer killed with SIGKILL at random moments never loses a committed change.

The child (tests/storage/crash_writer.py) prints each change's id only after its transaction has
committed; whatever it printed before the kill must be in the vault, which must open without a
prompt (the rollback journal is replayed) and pass both integrity checks. CERCLE_CRASH_RUNS sets the
number of kills: a few in `make test`, 100 in `make crashtest`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from storage import settings
from storage.database import Database

PASS = "crash test passphrase"
ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("CERCLE_CRASH_RUNS", "8"))


def _run_and_kill(data_root: Path, group_id: str, seed: int, kill_after: int) -> list[str]:
    """Start the writer, kill it once it has acknowledged `kill_after` changes, return every
    acknowledgement it managed to print."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.storage.crash_writer",
            str(data_root),
            group_id,
            PASS,
            str(settings.kdf_iterations),
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    acknowledged = []
    for line in child.stdout:
        acknowledged.append(line.strip())
        if len(acknowledged) >= kill_after:
            break
    child.send_signal(signal.SIGKILL)
    rest, errors = child.communicate()
    assert child.returncode == -signal.SIGKILL, errors
    return acknowledged + [line for line in rest.splitlines() if line.strip()]


def _check(path: Path, acknowledged: list[str]) -> None:
    with Database.open(path, PASS) as db:
        assert [r[0] for r in db.query("PRAGMA integrity_check")] == ["ok"]
        assert db.query("PRAGMA cipher_integrity_check") == []
        members = {r[0] for r in db.query("SELECT id FROM members")}
        present = {r[0] for r in db.query("SELECT member_id FROM attendance WHERE present = 1")}
        sessions = {r[0] for r in db.query("SELECT id FROM sessions")}
    for line in acknowledged:
        kind, row_id = line.split(" ", 1)
        expected = {"member": members, "present": present, "session": sessions}[kind]
        assert row_id in expected, f"acknowledged {kind} lost after a kill"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_never_loses_a_committed_change(vaults, data_dir) -> None:
    info = vaults.create_group("Crash", "Crash group", "en", PASS, with_starter_content=False)
    rng = random.Random(int(os.environ.get("CERCLE_CRASH_SEED", "20261125")))
    acknowledged: list[str] = []
    for _run in range(RUNS):
        acknowledged += _run_and_kill(
            data_dir.root, info.id, rng.randrange(10**6), kill_after=rng.randint(1, 40)
        )
        _check(info.path, acknowledged)
    print(f"crash runs: {RUNS}, changes acknowledged and found: {len(acknowledged)}")
    assert len(acknowledged) >= RUNS
