"""The tests' resealed files (tests.helpers.bad_bundles.reseal) carry a sound seal: a hostile
value in one is refused by the gate, past the seal, so the bad-input cases test the gate."""

from __future__ import annotations

import pytest

from app.handover import HandoverService
from storage.bundle import read_content
from storage.bundle_file import BundleKey, open_bundle
from storage.errors import StorageError
from tests.helpers.bad_bundles import reseal
from tests.helpers.handover import BUNDLE_PASSPHRASE

CASES = [
    "UPDATE members SET role = 'king' WHERE rowid = 1",
    "UPDATE members SET updated_at = 'yesterday' WHERE rowid = 1",
    "UPDATE members SET pseudonym = char(0) || 'x' WHERE rowid = 1",
]


@pytest.mark.parametrize("statement", CASES)
def test_resealed_file_fails_past_the_seal(statement, demo_bundle, other_vaults) -> None:
    reseal(demo_bundle, BUNDLE_PASSPHRASE, statement, tolerant=True)
    with open_bundle(demo_bundle, BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)) as db:
        assert read_content(db, gate=False).digest == read_content(db).digest
    with pytest.raises(StorageError) as caught:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert getattr(caught.value, "reason", None) not in ("digest", "counts"), caught.value
