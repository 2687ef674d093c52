"""Vault safety timings on the large seeded group: the verified backup made at unlock (VACUUM INTO,
then cipher_integrity_check, quick_check and meta through an attached copy), the passphrase change
(backup, rekey, reopen and checks) and a restore. Real key-derivation cost."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from app.vaults import VaultService
from bench.generate import PASSPHRASE
from bench.harness import KeyDerivation, Report, ms_since, scratch_dir
from bench.large import large_group
from storage import settings


def run(report: Report) -> None:
    report.area = "safety"
    settings.kdf_iterations = settings.REAL_KDF_ITERATIONS
    data, info = large_group(scratch_dir("cercle-bench-safety-"))
    kdf = KeyDerivation()
    report.add("vault size", info.path.stat().st_size / 1e6, "MB")
    vaults = VaultService(data)
    day = [datetime(2030, 1, 7, 9, 0)]
    vaults.backups.now = lambda: day[0]
    group = vaults.unlock(info.id, PASSPHRASE)
    try:
        times = []
        for _ in range(3):
            kdf.sample()
            day[0] += timedelta(days=1)
            start = time.perf_counter()
            group.backup_if_due(vaults.backups)
            times.append(time.perf_counter() - start)
        report.add(
            "verified daily backup",
            min(times) * 1000,
            "ms",
            below=3000,
            note="after the first view, on the worker, once a day",
            kdf=kdf,
        )
        kdf.sample()
        started = time.perf_counter()
        vaults.change_passphrase(group, PASSPHRASE, PASSPHRASE + " 2")
        report.add(
            "passphrase change",
            ms_since(started),
            "ms",
            below=10000,
            note="backup, rekey, reopen, checks; in a worker",
            kdf=kdf,
        )
    finally:
        group.close()
    backup = vaults.backups.backups_of(info.id)[-1]
    started = time.perf_counter()
    vaults.backups.restore(info.id, backup, PASSPHRASE)
    report.add(
        "restore",
        ms_since(started),
        "ms",
        below=5000,
        note="verify with passphrase, keep current aside, swap",
    )


if __name__ == "__main__":
    run(Report())
