"""The resources' search index does not travel (handover format 4): the import and the merge build
their own from the resources received. A file of an older format still carries one: it is never
used, whatever it holds (nor read: tests/app/handover/test_older_index.py), and a file that
smuggles an index back in is refused before any of it is read."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import pytest

from app.errors import BundleInvalid, BundleNewerFormat, DiskFull
from app.handover import HandoverService
from storage import bundle_import, bundle_manifest, schema
from storage.bundle_file import BundleKey, open_bundle
from storage.bundle_schema import SEARCH_INDEX, build_search_index, expected_schema, schema_rows
from storage.clock import utc_now_iso
from storage.database import Database
from storage.resources import ResourceRepository
from tests.helpers.bad_bundles import as_format_1, as_format_2, as_format_3, reseal
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    NEW_VAULT_PASSPHRASE,
    assert_cercles_own_index,
    older_group_file,
)

_MATCH = f"SELECT resource_id FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH ? ORDER BY 1"
_FTS = "(resource_id, title, body, extra)"


def _key(path: Path) -> BundleKey:
    return BundleKey.for_file(path, BUNDLE_PASSPHRASE)


def _imported(vaults, path: Path) -> Path:
    service = HandoverService(vaults)
    copy = service.inspect(path, BUNDLE_PASSPHRASE)
    return service.import_group(copy, "Handed over", NEW_VAULT_PASSPHRASE).group.path


def test_the_file_carries_no_search_index(demo_bundle) -> None:
    with open_bundle(demo_bundle, _key(demo_bundle)) as db:
        assert (
            bundle_manifest.read_manifest(db).format_version == bundle_manifest.FORMAT_VERSION == 4
        )
        names = {name for (name,) in db.query("SELECT name FROM sqlite_schema")}
        assert not {n for n in names if n.startswith(SEARCH_INDEX)}
        assert db.scalar("SELECT count(*) FROM resources") > 0
        version = schema.schema_version(db)
        assert schema_rows(db, "main") == expected_schema(version, with_index=False)


def test_the_imported_vault_builds_its_own_and_finds_without_accents(
    demo_db, demo_bundle, other_vaults
) -> None:
    with Database.open(_imported(other_vaults, demo_bundle), NEW_VAULT_PASSPHRASE) as db:
        assert_cercles_own_index(db)
        assert db.query(_MATCH, ("ecoute*",)) == demo_db.query(_MATCH, ("ecoute*",)) != []


@pytest.mark.parametrize("older", [as_format_1, as_format_2, as_format_3])
@pytest.mark.parametrize(
    "statements",
    [
        # Consistent in itself, but not with the resources: it would find what is not there.
        (f"UPDATE {SEARCH_INDEX} SET body = 'zanzibar' WHERE rowid = 1",),
        (f"INSERT INTO {SEARCH_INDEX} {_FTS} VALUES ('x', 'zanzibar', 'Texte', '')",),
        (f"DELETE FROM {SEARCH_INDEX}",),
        # secure-delete on, as Cercle's, yet text left in the index's pages by an older edit.
        (
            f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES ('secure-delete', 0)",
            f"INSERT INTO {SEARCH_INDEX} {_FTS} VALUES ('x', 'zanzibar', 'Texte', '')",
            f"DELETE FROM {SEARCH_INDEX} WHERE resource_id = 'x'",
            f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES ('secure-delete', 1)",
        ),
    ],
)
def test_an_older_files_index_is_never_used(older, statements, demo_bundle, other_vaults) -> None:
    older(demo_bundle, BUNDLE_PASSPHRASE)
    reseal(demo_bundle, BUNDLE_PASSPHRASE, *statements)
    with Database.open(_imported(other_vaults, demo_bundle), NEW_VAULT_PASSPHRASE) as db:
        assert_cercles_own_index(db)
        assert db.query(_MATCH, ("zanzibar",)) == []
        assert db.query(_MATCH, ("ecoute*",)) != []
        blocks = db.query(f"SELECT block FROM {SEARCH_INDEX}_data")
        assert not any(b"zanzibar" in bytes(block) for (block,) in blocks if block)


def _with_index(path: Path) -> None:
    with open_bundle(path, _key(path), read_only=False) as db, db.transaction():
        build_search_index(db)


def _index_of_no_module(path: Path) -> None:
    """Never connected (a module that does not exist), yet refused all the same."""
    _with_index(path)
    with open_bundle(path, _key(path), read_only=False) as db:
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE name = ?",
            (f"CREATE VIRTUAL TABLE {SEARCH_INDEX} USING no_such_module(x)", SEARCH_INDEX),
        )
        db.execute("PRAGMA writable_schema = OFF")


def _plain_table(path: Path) -> None:
    """A shadow table's name on a table of the sender's: FTS5 would read it as its own."""
    with open_bundle(path, _key(path), read_only=False) as db:
        db.execute(f"CREATE TABLE {SEARCH_INDEX}_data (id INTEGER PRIMARY KEY, block BLOB)")


def _trigger(path: Path) -> None:
    with open_bundle(path, _key(path), read_only=False) as db:
        db.execute(
            f"CREATE TRIGGER {SEARCH_INDEX}_insert AFTER INSERT ON resources BEGIN SELECT 1; END"
        )


@pytest.mark.parametrize("smuggle", [_with_index, _index_of_no_module, _plain_table, _trigger])
def test_a_file_of_this_format_holding_an_index_is_refused(
    smuggle, demo_bundle, other_vaults
) -> None:
    smuggle(demo_bundle)
    reseal(demo_bundle, BUNDLE_PASSPHRASE)
    with pytest.raises(BundleInvalid) as refused:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert refused.value.reason == "schema"
    assert list(other_vaults.data.tmp.iterdir()) == []


def test_a_file_saying_an_older_format_without_its_index_is_refused(
    demo_bundle, other_vaults
) -> None:
    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        "UPDATE handover_manifest SET value = '3' WHERE key = 'format_version'",
    )
    with pytest.raises(BundleInvalid) as refused:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert refused.value.reason == "schema"


def test_a_cercle_of_format_3_says_the_file_is_from_a_newer_one(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    monkeypatch.setattr(
        bundle_manifest, "FORMAT_VERSION", 3
    )  # what the Cercle before this one reads
    with pytest.raises(BundleNewerFormat):
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert list(other_vaults.data.tmp.iterdir()) == []


@pytest.mark.parametrize("older", [False, True])
def test_a_merged_resource_is_found(older, demo_group, demo_db, demo_bundle, handover) -> None:
    """The merge reads the resources only; the open group's triggers index what they change,
    whatever index an older co-host's file holds."""
    if older:
        as_format_3(demo_bundle, BUNDLE_PASSPHRASE)
    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        (
            "UPDATE resources SET title = 'Zanzibar', updated_at = ? "
            "WHERE rowid = (SELECT min(rowid) FROM resources)",
            (utc_now_iso(),),  # newer than the demo's own: the co-host's change wins
        ),
        *([f"UPDATE {SEARCH_INDEX} SET body = 'faux'"] if older else []),
    )
    copy = handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    counts = handover.merge(demo_group, copy)
    assert counts.changed["resources"] == 1
    assert [hit.resource.title for hit in demo_group.resources.search("zanzi")] == ["Zanzibar"]
    assert len(demo_db.query(_MATCH, ("zanzibar",))) == 1
    assert demo_db.query(_MATCH, ("faux",)) == []
    assert_cercles_own_index(demo_db)


def _index_instances(db: Database) -> list[tuple[str, str, str, int]]:
    """Every term the index holds, with the resource, column and place it is in: what any
    search reads (FTS5's own row numbers aside, which differ between two vaults)."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.instances "
        f"USING fts5vocab(main, {SEARCH_INDEX}, instance)"
    )
    return db.query(
        f"SELECT term, (SELECT resource_id FROM {SEARCH_INDEX} WHERE rowid = doc), col, offset "
        "FROM temp.instances ORDER BY 1, 2, 3, 4"
    )


def _edit_and_delete(db: Database) -> None:
    """A word written into a resource and edited out again, and another resource deleted."""
    repository = ResourceRepository(db)
    first, second = sorted(repository.list_all(), key=lambda r: r.id)[:2]
    with db.transaction():
        repository.update(dataclasses.replace(first, title="Zanzibarique"))
    with db.transaction():
        repository.update(dataclasses.replace(first, title="Ligne ouverte", body="Nuit et jour"))
        repository.delete(second.id)


@pytest.mark.parametrize("older", [None, as_format_3])
def test_the_built_index_is_the_one_the_triggers_keep(
    older, demo_db, demo_bundle, other_vaults
) -> None:
    """Built in one insert, not row by row by the triggers: yet the same terms in the same
    places, and after the next host's edits and deletes the same as the sender's vault after
    the same ones, with the text edited out gone from the index's pages (secure-delete)."""
    if older:
        older(demo_bundle, BUNDLE_PASSPHRASE)
    with Database.open(_imported(other_vaults, demo_bundle), NEW_VAULT_PASSPHRASE) as db:
        assert _index_instances(db) == _index_instances(demo_db) != []
        _edit_and_delete(db)
        _edit_and_delete(demo_db)
        assert _index_instances(db) == _index_instances(demo_db)
        assert_cercles_own_index(db)
        assert not ResourceRepository(db).index_holds("zanzibarique")
        assert db.query(_MATCH, ("nuit",)) == demo_db.query(_MATCH, ("nuit",)) != []


def _older_schema_bundle(tmp_path: Path, group_db: Database, vaults) -> Path:
    """A co-host's file of schema 3 carrying the index an older Cercle sent (format 3), in
    which a sender's edit would find what no resource says."""
    bundle_path = older_group_file(
        tmp_path,
        group_db,
        vaults,
        "INSERT INTO resources (id, title, category, body, created_at, updated_at) "
        "VALUES (?, 'Écoute dépression', 'other', 'Jour et nuit', ?, ?)",
        str(uuid.uuid4()),
    )
    as_format_3(bundle_path, BUNDLE_PASSPHRASE)
    reseal(bundle_path, BUNDLE_PASSPHRASE, f"UPDATE {SEARCH_INDEX} SET extra = 'zanzibar'")
    return bundle_path


@pytest.mark.parametrize("merge", [False, True])
def test_an_older_schemas_file_gets_cercles_index_before_its_migration(
    merge, fresh_group, fresh_db, vaults, other_vaults, tmp_path
) -> None:
    """The copy is migrated before it is read, without its sender's index (taken out unread
    when it was verified), and Cercle's is built from the rows migrated."""
    service = HandoverService(vaults if merge else other_vaults)
    copy = service.inspect(_older_schema_bundle(tmp_path, fresh_db, vaults), BUNDLE_PASSPHRASE)
    assert (copy.manifest.format_version, copy.manifest.schema_version) == (3, 3)
    if merge:
        assert service.merge(fresh_group, copy).added["resources"] == 1
        found = [hit.resource.title for hit in fresh_group.resources.search("depres")]
        assert found == ["Écoute dépression"]
        assert fresh_db.query(_MATCH, ("zanzibar",)) == []
        assert_cercles_own_index(fresh_db)
        return
    vault = service.import_group(copy, "Handed over", NEW_VAULT_PASSPHRASE).group.path
    with Database.open(vault, NEW_VAULT_PASSPHRASE) as db:
        assert schema.schema_version(db) == schema.CURRENT_VERSION
        assert_cercles_own_index(db)
        assert db.query(_MATCH, ("zanzibar",)) == []
        assert len(db.query(_MATCH, ("depres*",))) == 1


@pytest.mark.parametrize("older_schema", [False, True])
def test_an_index_build_cut_short_leaves_nothing(
    older_schema, demo_bundle, fresh_db, vaults, other_vaults, tmp_path, monkeypatch
) -> None:
    """The disk filling up as the index is built on the staged copy (of a file of this schema,
    or of an older one migrated first): no vault, no group, nothing left of the copy."""

    def cut_short(db: Database, prefix: str = "main") -> None:
        build_search_index(db, prefix)
        raise DiskFull("no space left")

    monkeypatch.setattr(bundle_import, "build_search_index", cut_short)
    path = _older_schema_bundle(tmp_path, fresh_db, vaults) if older_schema else demo_bundle
    service = HandoverService(other_vaults)
    copy = service.inspect(path, BUNDLE_PASSPHRASE)
    with pytest.raises(DiskFull):
        service.import_group(copy, "Handed over", NEW_VAULT_PASSPHRASE)
    assert list(other_vaults.data.tmp.iterdir()) == []
    assert other_vaults.list_groups() == []


def test_the_open_group_searches_as_before_after_an_export(
    demo_group, demo_db, handover, tmp_path
) -> None:
    """The export drops the index from the staged copy only, on the group's own connection,
    after reloading that connection's schema (writable_schema = RESET): the group's index, and
    what the connection keeps in its temp schema (the vocabulary table the search reads), are
    as they were."""
    terms = ResourceRepository(demo_db).index_terms()  # makes temp.resources_terms
    handover.export(demo_group, tmp_path / "group.cercle", BUNDLE_PASSPHRASE, "everything")
    assert ResourceRepository(demo_db).index_terms() == terms != {}
    assert demo_db.scalar("PRAGMA writable_schema") == 0
    assert [row[1] for row in demo_db.query("PRAGMA database_list")] == ["main", "temp"]
    assert_cercles_own_index(demo_db)
