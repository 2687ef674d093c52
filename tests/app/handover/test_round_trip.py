"""Export then import into a new vault on another laptop: the same group, row by row."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.handover import HandoverService, generate_passphrase, passphrase_bits
from app.paths import DataDir
from app.vaults import VaultService
from bench.generate import Size, generate
from storage import settings
from storage.bundle_file import MANIFEST, TABLES, BundleKey, open_bundle
from storage.bundle_manifest import verification_code
from storage.database import Database
from storage.keys import SALT_BYTES
from tests.helpers import beside
from tests.helpers.bad_bundles import as_format_1, as_format_2
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE, snapshot


def _import(vaults: VaultService, bundle: Path, passphrase: str = BUNDLE_PASSPHRASE):
    service = HandoverService(vaults)
    copy = service.inspect(bundle, passphrase)
    return service.import_group(copy, "Handed over", NEW_VAULT_PASSPHRASE)


def test_demo_group_round_trip_is_identical(demo_group, demo_db, demo_bundle, other_vaults) -> None:
    result = _import(other_vaults, demo_bundle)
    imported = other_vaults.unlock(result.group.id, NEW_VAULT_PASSPHRASE)
    try:
        assert imported.name == demo_group.name
        assert imported.resources is not None
        with beside(imported, NEW_VAULT_PASSPHRASE) as copied:
            assert snapshot(copied) == snapshot(demo_db)
            found = "SELECT count(*) FROM resources_fts WHERE resources_fts MATCH 'ecoute*'"
            assert copied.scalar(found) == demo_db.scalar(found)
    finally:
        imported.close()
    assert result.group.label == "Handed over"
    assert result.manifest.code == verification_code(result.manifest.digest)
    assert list(other_vaults.data.tmp.iterdir()) == []
    assert [g.id for g in other_vaults.list_groups()] == [demo_group.group_id]


@pytest.mark.slow  # generating the group alone takes about a second: started early
def test_large_generated_group_round_trip(tmp_path: Path) -> None:
    source = VaultService(DataDir.resolve(tmp_path / "old"))
    info = generate(source.data, Size(members=500, years=5, resources=300))
    target = tmp_path / "large.cercle"
    with Database.open(info.path, "benchmark passphrase") as db:
        manifest = HandoverService(source).export(
            db, target, BUNDLE_PASSPHRASE, "everything", with_notes=True
        )
        before = snapshot(db)
    assert manifest.counts["members"] == 500 and manifest.counts["attendance"] > 1000
    new = VaultService(DataDir.resolve(tmp_path / "new"))
    result = _import(new, target)
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        after = snapshot(db)
    for table in TABLES:
        assert after[table] == before[table], table


def test_consent_scope_leaves_out_exactly_the_contact_details(
    demo_group,
    demo_db,
    handover,
    other_vaults,
    tmp_path,
) -> None:
    target = tmp_path / "consented.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented", with_notes=True)
    result = _import(other_vaults, target)
    original = {r[0]: r for r in demo_db.query("SELECT * FROM members")}
    columns = [r[1] for r in demo_db.query("PRAGMA table_info(members)")]
    hidden = {"full_name", "phone", "email", "private_note"}
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        imported = {r[0]: r for r in db.query("SELECT * FROM members")}
        others = snapshot(db, tuple(t for t in TABLES if t != "members"))
    assert imported.keys() == original.keys()
    assert any(not r[columns.index("consent_handover")] for r in original.values())
    for member_id, row in original.items():
        consented = row[columns.index("consent_handover")]
        for i, column in enumerate(columns):
            expected = "" if column in hidden and not consented else row[i]
            assert imported[member_id][i] == expected, column
    assert others == snapshot(demo_db, tuple(t for t in TABLES if t != "members"))


def test_no_roster_scope_carries_no_member(
    demo_group, demo_db, handover, other_vaults, tmp_path
) -> None:
    target = tmp_path / "no-roster.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "no_roster")
    key = BundleKey.for_file(target, BUNDLE_PASSPHRASE)
    with open_bundle(target, key) as bundle:
        # The scope is applied in memory before the file is written: what it removes (the whole
        # roster) is nowhere in the file, not even zeroed in free pages.
        assert bundle.scalar("PRAGMA freelist_count") == 0
    copy = HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)
    assert copy.manifest.scope == "no_roster"
    assert copy.manifest.counts["members"] == 0 and copy.manifest.counts["attendance"] == 0
    assert copy.manifest.counts["sessions"] == demo_db.scalar("SELECT count(*) FROM sessions")
    result = HandoverService(other_vaults).import_group(copy, "x", NEW_VAULT_PASSPHRASE)
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        assert (
            db.scalar(
                "SELECT count(*) FROM circle_turns WHERE member_id IS NOT NULL "
                "OR speaker_label != ''"
            )
            == 0
        )


def test_generated_passphrase_has_more_than_70_bits() -> None:
    phrase = generate_passphrase()
    assert len(phrase.split("-")) == 6 and all(len(g) == 4 for g in phrase.split("-"))
    assert passphrase_bits() > 70
    assert not set(phrase) & set("O0I1L")
    assert generate_passphrase() != phrase


def test_imported_group_opens_with_the_new_passphrase_only(demo_bundle, other_vaults) -> None:
    result = _import(other_vaults, demo_bundle)
    assert other_vaults.check_passphrase(result.group.id, NEW_VAULT_PASSPHRASE)
    assert not other_vaults.check_passphrase(result.group.id, BUNDLE_PASSPHRASE)


def test_imported_vault_has_a_salt_of_its_own(demo_bundle, other_vaults) -> None:
    """The bundle's salt is chosen by whoever made the file: a vault keyed with it would let
    them prepare a dictionary of the next host's likely passphrases before the laptop is lost."""
    result = _import(other_vaults, demo_bundle)
    vault = other_vaults.vault_path(result.group.id)
    assert vault.read_bytes()[:SALT_BYTES] != demo_bundle.read_bytes()[:SALT_BYTES]
    assert other_vaults.check_passphrase(result.group.id, NEW_VAULT_PASSPHRASE)


def test_bundle_opens_with_the_real_key_derivation(
    demo_group, handover, tmp_path, monkeypatch
) -> None:
    """The key derived with hashlib is the one SQLCipher derives from the passphrase itself.
    The bundle is made at the real cost; the group it comes from is the usual cheap one (the
    vaults' real cost: tests/storage/test_database.py), not built and unlocked again at it."""
    monkeypatch.setattr(settings, "kdf_iterations", settings.REAL_KDF_ITERATIONS)
    target = tmp_path / "real.cercle"
    handover.export(demo_group, target, "é un passphrase 'quoted'", "everything")
    with Database.open(target, "é un passphrase 'quoted'", read_only=True) as db:
        assert db.scalar("SELECT count(*) FROM members") == 12


def test_a_format_2_file_from_an_older_cercle_still_imports(
    demo_db, demo_bundle, other_vaults
) -> None:
    as_format_2(demo_bundle, BUNDLE_PASSPHRASE)
    result = _import(other_vaults, demo_bundle)
    assert result.manifest.format_version == 2
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as copied:
        assert snapshot(copied) == snapshot(demo_db)


def test_a_format_1_file_from_an_older_cercle_still_imports(
    demo_db, demo_bundle, other_vaults
) -> None:
    """Sealed over its tables alone: its group name is taken from the sealed meta table, never
    from the manifest, which anyone holding the passphrase could edit without a trace."""
    as_format_1(demo_bundle, BUNDLE_PASSPHRASE)
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key, read_only=False) as db:
        db.execute(f"UPDATE {MANIFEST} SET value = 'Not the group' WHERE key = 'group_name'")
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert copy.manifest.format_version == 1
    assert copy.manifest.group_name == demo_db.meta("group_name")
    result = service.import_group(copy, "", NEW_VAULT_PASSPHRASE)
    assert result.group.label == demo_db.meta("group_name")
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as copied:
        assert snapshot(copied) == snapshot(demo_db)


def test_a_format_2_file_is_checked_as_closely(demo_bundle, other_vaults) -> None:
    """Its content by the same gate (its seal: tests/app/handover/test_bad_input.py)."""
    from app.errors import ContentInvalid
    from tests.helpers.bad_bundles import reseal

    as_format_2(demo_bundle, BUNDLE_PASSPHRASE)
    reseal(demo_bundle, BUNDLE_PASSPHRASE, "UPDATE members SET phone = 'a' || char(10) || 'b'")
    with pytest.raises(ContentInvalid) as refused:
        _import(other_vaults, demo_bundle)
    assert (refused.value.column, refused.value.problem) == ("phone", "control")
    assert list(other_vaults.data.tmp.iterdir()) == []
    assert other_vaults.list_groups() == []
