"""Export and import handed a key derived ahead (app/new_keys.py): used for its own passphrase
only, and the file it writes is the same as one keyed with the passphrase."""

from __future__ import annotations

import pytest

from app import new_keys
from app.handover import HandoverService
from app.vaults import VaultService
from storage.errors import WrongPassphraseOrDamaged
from storage.keys import SALT_BYTES
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE

OTHER = "someone else's passphrase"


def _salt(path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


@pytest.mark.parametrize("ahead_for", [BUNDLE_PASSPHRASE, OTHER])
def test_export_uses_a_key_ahead_only_for_its_own_passphrase(
    demo_group, handover: HandoverService, other_vaults: VaultService, tmp_path, ahead_for
) -> None:
    ahead = new_keys.handover_key(ahead_for)
    target = tmp_path / "g.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented", key=ahead)
    assert (_salt(target) == ahead.derived.salt) is (ahead_for == BUNDLE_PASSPHRASE)
    next_host = HandoverService(other_vaults)
    next_host.inspect(target, BUNDLE_PASSPHRASE).discard()
    with pytest.raises(WrongPassphraseOrDamaged):
        next_host.inspect(target, OTHER)


@pytest.mark.parametrize("ahead_for", [NEW_VAULT_PASSPHRASE, OTHER])
def test_import_uses_a_key_ahead_only_for_its_own_passphrase(
    demo_bundle, other_vaults: VaultService, ahead_for
) -> None:
    service = HandoverService(other_vaults)
    ahead = new_keys.vault_key(ahead_for)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    info = service.import_group(copy, "Handed over", NEW_VAULT_PASSPHRASE, key=ahead).group
    assert (_salt(info.path) == ahead.derived.salt) is (ahead_for == NEW_VAULT_PASSPHRASE)
    assert other_vaults.check_passphrase(info.id, NEW_VAULT_PASSPHRASE)
    assert not other_vaults.check_passphrase(info.id, OTHER)
    other_vaults.unlock(info.id, NEW_VAULT_PASSPHRASE).close()  # its integrity checked too


def test_a_generated_vault_passphrase_is_derived_ahead_in_its_printed_form(
    demo_bundle, other_vaults: VaultService
) -> None:
    typed = "abcd efgh jkmn pqrs tuvw xyz3"
    ahead = new_keys.vault_key(typed)
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    info = service.import_group(copy, "Handed over", typed, key=ahead).group
    assert _salt(info.path) == ahead.derived.salt
    assert other_vaults.check_passphrase(info.id, "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ3")


def test_a_key_ahead_says_neither_its_passphrase_nor_its_key() -> None:
    ahead = new_keys.vault_key(NEW_VAULT_PASSPHRASE)
    shown = repr(ahead) + str(ahead) + repr(ahead.derived)
    assert NEW_VAULT_PASSPHRASE not in shown
    assert ahead.derived.key.hex() not in shown
    assert str(list(ahead.derived.key)) not in shown and repr(ahead.derived.key) not in shown
