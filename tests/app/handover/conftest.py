"""The handover service's tests: a garbage collection after each, and the fuzz count."""

from __future__ import annotations

import pytest

from tests.helpers.handover import collect_garbage_after

_collect_after = pytest.fixture(autouse=True)(collect_garbage_after)


def pytest_terminal_summary(terminalreporter) -> None:
    """How many mutated bundles the fuzz tests imported in this run."""
    from tests.app.handover.test_fuzz import RAN

    if RAN:
        terminalreporter.write_line(f"handover fuzz cases run: {RAN}")
