"""The vault service: listing by label, creating, unlocking, the demo group."""

from __future__ import annotations

import json
import os
import uuid

import pytest

from app import demo, sidecar
from app.errors import ValidationError, WrongPassphraseOrDamaged
from app.paths import DataDir
from app.vaults import VaultService
from tests.helpers import raw_bytes_contain
from tests.helpers.blocking import within_seconds


def test_new_group_is_listed_by_its_label_only(vaults: VaultService) -> None:
    info = vaults.create_group("Mardi", "Groupe deuil du mardi", "fr", "passphrase longue")
    listed = vaults.list_groups()
    assert [g.label for g in listed] == ["Mardi"]
    sidecar = info.path.with_suffix(".json").read_text("utf-8")
    assert "Groupe deuil du mardi" not in sidecar
    assert raw_bytes_contain(info.path, "Groupe deuil du mardi") == []


def test_new_group_starts_with_formats_and_agreements_in_its_language(vaults: VaultService) -> None:
    info = vaults.create_group("Mardi", "Groupe", "fr", "passphrase longue")
    group = vaults.unlock(info.id, "passphrase longue")
    try:
        assert len(group.sessions.templates()) == 2
        titles = [r.title for r in group.resources.resources()]
        assert "Charte du groupe" in titles
        assert group.language == "fr"
    finally:
        group.close()


def test_create_refuses_empty_label_and_name(vaults: VaultService) -> None:
    with pytest.raises(ValidationError):
        vaults.create_group("  ", "Name", "en", "passphrase")
    with pytest.raises(ValidationError):
        vaults.create_group("Label", "", "en", "passphrase")
    assert vaults.list_groups() == []
    assert list(vaults.data.vaults.iterdir()) == []


def test_unlock_with_wrong_passphrase_keeps_group_locked(vaults: VaultService) -> None:
    info = vaults.create_group("L", "N", "en", "right passphrase")
    with pytest.raises(WrongPassphraseOrDamaged):
        vaults.unlock(info.id, "wrong passphrase")
    group = vaults.unlock(info.id, "right passphrase")
    group.close()


def test_demo_group_is_built_once_with_realistic_content(vaults: VaultService) -> None:
    first = demo.ensure_demo(vaults)
    again = demo.ensure_demo(vaults)
    assert first == again
    group = vaults.unlock(first.id, demo.DEMO_PASSPHRASE)
    try:
        assert len(group.roster.members()) == 12
        sessions = group.sessions.sessions()
        assert any(s.status == "held" for s in sessions)
        assert any(s.status == "planned" for s in sessions)
        assert all(group.sessions.agenda(s.id) for s in sessions)
        phones = {r.phone for r in group.resources.resources()}
        assert {"112", "15", "3114"} <= phones
        assert len(group.resources.resources()) >= 10
    finally:
        group.close()


def test_unlocked_group_is_closed_by_close(vaults: VaultService) -> None:
    info = vaults.create_group("L", "N", "en", "right passphrase")
    group = vaults.unlock(info.id, "right passphrase")
    group.close()
    assert not group.is_open
    vaults.unlock(info.id, "right passphrase").close()


def test_an_open_group_reports_its_health(vaults: VaultService) -> None:
    info = vaults.create_group("Mardi", "Groupe du mardi", "fr", "une phrase assez longue")
    group = vaults.open(info.id, "une phrase assez longue")
    try:
        problems, cipher = group.health()
        assert problems == [] and cipher.startswith("4.")
    finally:
        group.close()


def test_odd_sidecars_list_their_groups_without_a_label(vaults: VaultService) -> None:
    """Beside each vault, anything may stand in for its sidecar: a FIFO (whose read never ends:
    the start screen hung), a folder, a cut-off file, a label with control characters or past
    the cap. Each group is still listed, by no label rather than a wrong one."""
    folder = vaults.data.vaults
    ids = [str(uuid.UUID(int=n)) for n in range(1, 6)]
    for group_id in ids:
        (folder / f"{group_id}.vault").write_bytes(b"")
    os.mkfifo(folder / f"{ids[0]}.json")
    (folder / f"{ids[1]}.json").mkdir()
    (folder / f"{ids[2]}.json").write_text('{"label": "Mar', "utf-8")
    (folder / f"{ids[3]}.json").write_text(json.dumps({"label": "Mardi\x07"}), "utf-8")
    (folder / f"{ids[4]}.json").write_text(json.dumps({"label": "M" * 10_000}), "utf-8")
    listed = within_seconds(vaults.list_groups)
    assert sorted((g.id, g.label) for g in listed) == [(i, "") for i in ids]
    assert within_seconds(lambda: sidecar.passphrase_marker(folder / f"{ids[0]}.vault")) == (
        sidecar.INITIAL_MARKER
    )


@pytest.mark.parametrize("ahead_for", ["clé choisie d'avance", "une autre clé"])
def test_a_group_is_created_with_a_key_ahead_only_for_its_own_passphrase(
    vaults: VaultService, ahead_for: str, derivations
) -> None:
    from app.new_keys import vault_key

    derivations.gate.set()
    ahead = vault_key(ahead_for)
    info = vaults.create_group("Mardi", "Entraide", "fr", "clé choisie d'avance", key=ahead)
    with info.path.open("rb") as handle:
        assert (handle.read(16) == ahead.derived.salt) is (ahead_for == "clé choisie d'avance")
    assert not vaults.check_passphrase(info.id, "une autre clé")
    before = len(derivations.every)
    group = vaults.open(info.id, "clé choisie d'avance", ahead)
    group.close()
    # Opened with the key already derived when it is this file's, else derived for its salt.
    assert len(derivations.every) - before == (0 if ahead_for == "clé choisie d'avance" else 1)


def test_a_groups_vault_file_is_the_one_the_service_opens_and_never_outside(
    vaults: VaultService, data_dir: DataDir
) -> None:
    info = vaults.create_group("Mardi", "Groupe du mardi", "fr", "passphrase longue")
    assert data_dir.vault_file(info.id) == info.path == vaults.vault_path(info.id)
    assert info.path.parent == data_dir.vaults
    with pytest.raises(ValidationError):
        data_dir.vault_file("../elsewhere")
