"""The large benchmark group, generated once and cached, handed out as fresh copies.

Generating 10,000 members, ten years of sessions and 5,000 resources through the real
repositories takes a while; `make bench` must stay under 10 minutes, so the first benchmark that
asks builds it under the bench work dir (CERCLE_BENCH_DIR, default .bench/ in the repository) and
later ones (and later runs) copy it. The cache key covers the size, the seed, the generator and the
migrations, so a change to any of them builds a new one.

    from bench.large import large_group
    data, info = large_group(tmp_path)      # a private copy: change it freely
    # passphrase: bench.generate.PASSPHRASE
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

from app.group import GroupInfo
from app.paths import DataDir
from app.vaults import VaultService
from bench.generate import Size, generate
from storage import settings

ROOT = Path(__file__).resolve().parents[1]
SEED = 7
DEFAULT_SIZE = Size()  # 10,000 members, 10 years of weekly sessions, 5,000 resources


def work_dir() -> Path:
    folder = Path(os.environ.get("CERCLE_BENCH_DIR") or ROOT / ".bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_key(size: Size, seed: int = SEED) -> str:
    digest = hashlib.sha256(repr((size, seed)).encode())
    sources = [
        ROOT / "bench" / "generate.py",
        *sorted((ROOT / "storage" / "migrations").glob("*.sql")),
    ]
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_group(size: Size = DEFAULT_SIZE) -> Path:
    """The master copy's data dir, generated on first use (never handed out to be changed)."""
    master = work_dir() / f"large-{cache_key(size)}"
    if not (master / "complete").exists():
        shutil.rmtree(master, ignore_errors=True)
        started = time.monotonic()
        print(f"  generating the large group ({size}) once into {master} ...", flush=True)
        previous, settings.kdf_iterations = settings.kdf_iterations, settings.REAL_KDF_ITERATIONS
        try:  # at the real cost, whichever benchmark asks first: every one unlocks it so
            generate(DataDir.resolve(master / "data"), size, SEED)
        finally:
            settings.kdf_iterations = previous
        (master / "complete").write_text(f"{time.monotonic() - started:.1f} s\n", encoding="utf-8")
    return master / "data"


def large_group(dest: Path, size: Size = DEFAULT_SIZE) -> tuple[DataDir, GroupInfo]:
    """A private copy of the large group in dest/data (dest is usually a temporary folder)."""
    target = dest / "data"
    shutil.copytree(
        cached_group(size), target, ignore=shutil.ignore_patterns("*.lock", "*.creating")
    )
    data = DataDir.resolve(target)
    groups = VaultService(data).list_groups()
    return data, groups[0]
