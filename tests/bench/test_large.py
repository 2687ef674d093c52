"""bench.large: the large group is generated once per key and handed out as private copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.vaults import VaultService
from bench import large
from bench.generate import PASSPHRASE, Size
from storage import settings

SMALL = Size(members=30, years=1, resources=10, attendance_per_session=3)


@pytest.fixture
def bench_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CERCLE_BENCH_DIR", str(tmp_path / "work"))
    return tmp_path / "work"


def test_copies_share_one_generation_and_stay_private(
    bench_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_a, info_a = large.large_group(tmp_path / "a", SMALL)
    marker = next(bench_dir.glob("large-*/complete"))
    made = marker.stat().st_mtime_ns
    data_b, info_b = large.large_group(tmp_path / "b", SMALL)
    assert marker.stat().st_mtime_ns == made
    assert info_a.id == info_b.id and info_a.path != info_b.path
    # Made at the real key-derivation cost whatever the caller's setting: every bench unlocks it so.
    monkeypatch.setattr(settings, "kdf_iterations", settings.REAL_KDF_ITERATIONS)
    group = VaultService(data_a).unlock(info_a.id, PASSPHRASE)
    try:
        assert len(group.roster.members()) == SMALL.members
    finally:
        group.close()
    VaultService(data_a).set_label(info_a.id, "changed")
    assert VaultService(data_b).find(info_b.id).label != "changed"


def test_cache_key_follows_the_size() -> None:
    assert large.cache_key(SMALL) != large.cache_key(Size())
    assert large.cache_key(SMALL) == large.cache_key(SMALL)
