"""A fresh group seeded with the hand-counted figures of tests/reports/seed.py."""

from __future__ import annotations

import pytest

from tests.reports.seed import seed


@pytest.fixture
def seeded(fresh_group):
    return fresh_group, seed(fresh_group)
