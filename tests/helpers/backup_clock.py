"""Fixtures for the vault-safety tests: a settable clock for backups."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest


class FakeNow:
    def __init__(self, start: datetime) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value

    def advance(self, **delta: float) -> None:
        self.value += timedelta(**delta)


@pytest.fixture
def fake_now(vaults):
    now = FakeNow(datetime(2026, 11, 2, 9, 30))  # a Monday
    vaults.backups.now = now
    return now
