"""The handover wizards' tests: a garbage collection after each."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_after() -> Iterator[None]:
    """The wizards' Qt objects go after their own test, not during a later one. (Here only: it
    costs about 0.1 s a test; the service tests of tests/app/handover/ do without it.)"""
    yield
    gc.collect()
