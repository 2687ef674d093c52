"""The handover service's tests: a garbage collection after each."""

from __future__ import annotations

import pytest

from tests.helpers.handover import collect_garbage_after

_collect_after = pytest.fixture(autouse=True)(collect_garbage_after)
