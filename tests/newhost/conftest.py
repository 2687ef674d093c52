"""The handover fixtures, shared: a new host's steps go through handover files."""

from __future__ import annotations

from tests.e2e.conftest import clock
from tests.handover.conftest import demo_bundle, handover, other_vaults
from tests.handover.test_wizards import wizards

__all__ = ["clock", "demo_bundle", "handover", "other_vaults", "wizards"]
