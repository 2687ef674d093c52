"""Where the suite writes its files: in memory only where that folder has room for a run."""

from __future__ import annotations

import os
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from tests import conftest

Usage = namedtuple("Usage", "total used free")


@pytest.mark.parametrize(("free_mb", "chosen"), [(64, False), (24 * 1024, True)])
def test_the_ram_folder_is_used_only_with_room_for_a_run(monkeypatch, free_mb, chosen) -> None:
    # Docker gives containers a 64 MB /dev/shm: the suite would fail there with a full disk.
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(conftest, "_RAM", Path(__file__).parent)  # exists, writable
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(0, 0, free_mb * 1024**2))
    assert conftest._ram_folder_fits() is chosen


def test_tmpdir_still_says_where(monkeypatch) -> None:
    monkeypatch.setenv("TMPDIR", os.getcwd())
    assert conftest._ram_folder_fits() is False
