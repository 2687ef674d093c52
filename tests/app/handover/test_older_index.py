"""A handover file of format 3 or older carries its sender's search index, which FTS5's code never
reads: its virtual table's row and its triggers are deleted from our copy's schema unread, its
shadow tables checked and dropped as plain tables (storage/bundle_schema.py). So an index that
FTS5 would refuse, or misread, is no reason to refuse the file; a damaged page still is, in the
index's tables as in any other.

Every statement run on a connection to our copy is traced: FTS5 names its own tables as
'main'.'resources_fts_...' in the statements it runs as soon as it connects the table (it reads
the index's settings first), in integrity_check as in DROP TABLE."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import BundleInvalid, DiskFull, VaultDamaged
from app.handover import HandoverService
from storage import bundle, database
from storage.bundle_file import BundleKey, open_bundle
from storage.bundle_schema import SEARCH_INDEX, expected_schema, has_search_index, schema_rows
from storage.clock import utc_now_iso
from storage.database import Database
from storage.settings import PAGE_SIZE
from tests.helpers.bad_bundles import Statement, as_format_3, reseal
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    NEW_VAULT_PASSPHRASE,
    assert_cercles_own_index,
)

_MATCH = f"SELECT resource_id FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH ? ORDER BY 1"
_COLUMNS = "resource_id UNINDEXED, title, body, extra"
# How FTS5's own statements name the index's tables in the file's main schema.
_FTS5_AT_WORK = f"'main'.'{SEARCH_INDEX}"


def _declared(using: str) -> Statement:
    """The virtual table's statement, rewritten in the file's schema (reseal's writable_schema)."""
    return (
        "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
        (f"CREATE VIRTUAL TABLE {SEARCH_INDEX} USING {using}", SEARCH_INDEX),
    )


def _setting(key: str, value: object) -> Statement:
    return (f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES (?, ?)", (key, value))


CRAFTED: dict[str, list[Statement]] = {
    # FTS5 parses the options as it connects: any connection at all would fail.
    "an option FTS5 refuses": [_declared(f"fts5({_COLUMNS}, no_such_option = 1)")],
    "a module that does not exist": [_declared(f"no_such_module({_COLUMNS})")],
    "a tokenizer that does not exist": [
        _declared(f"fts5({_COLUMNS}, tokenize = 'no_such_tokenizer')")
    ],
    "an FTS5 format it refuses": [f"UPDATE {SEARCH_INDEX}_config SET v = 99 WHERE k = 'version'"],
    "secure-delete off": [_setting("secure-delete", 0)],
    "a page size of its own": [_setting("pgsz", 64)],
    "a segment zeroed": [
        f"UPDATE {SEARCH_INDEX}_data SET block = zeroblob(length(block)) "
        f"WHERE id = (SELECT max(id) FROM {SEARCH_INDEX}_data)"
    ],
    "a structure record that is not one": [
        f"UPDATE {SEARCH_INDEX}_data SET block = x'ffffffffffffffff' WHERE id = 10"
    ],
    "a config row that is not one": [
        f"INSERT INTO {SEARCH_INDEX}_config (k, v) VALUES ('rank', 'no_such_function()')"
    ],
    "triggers of the sender's": [
        (
            "UPDATE sqlite_schema SET sql = replace(sql, 'DELETE FROM', 'DELETE FROM resources; "
            "DELETE FROM') WHERE type = 'trigger' AND name GLOB ?",
            (f"{SEARCH_INDEX}_*",),
        )
    ],
    "a resource edited (FTS5 format 5, as a real group's)": [
        (
            "UPDATE resources SET title = 'Ligne d''écoute', updated_at = ? "
            "WHERE rowid = (SELECT min(rowid) FROM resources)",
            (utc_now_iso(),),
        )
    ],
}


@pytest.fixture
def copy_statements(monkeypatch) -> Iterator[list[str]]:
    """Every statement run on a connection to a scratch copy of a received file (import-*)."""
    seen: list[str] = []
    connect = database._raw_connect

    def traced(uri: str) -> sqlcipher3.Connection:
        conn = connect(uri)
        if "/import-" in uri:
            conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(database, "_raw_connect", traced)
    yield seen


def _crafted(path: Path, statements: list[Statement]) -> None:
    as_format_3(path, BUNDLE_PASSPHRASE)
    reseal(path, BUNDLE_PASSPHRASE, *statements, writable_schema=True)


def test_the_trace_sees_fts5_at_work(demo_bundle) -> None:
    """The probe itself: integrity_check over a file of format 3 runs FTS5's statements."""
    as_format_3(demo_bundle, BUNDLE_PASSPHRASE)
    seen: list[str] = []
    with open_bundle(demo_bundle, BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)) as db:
        db.conn.set_trace_callback(seen.append)
        assert db.query("PRAGMA integrity_check") == [("ok",)]
    assert any(_FTS5_AT_WORK in statement for statement in seen)


@pytest.mark.parametrize("statements", CRAFTED.values(), ids=CRAFTED.keys())
def test_an_older_files_index_is_never_read(
    statements, demo_db, demo_bundle, other_vaults, copy_statements
) -> None:
    _crafted(demo_bundle, statements)
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert copy.manifest.format_version == 3
    vault = service.import_group(copy, "Handed over", NEW_VAULT_PASSPHRASE).group.path
    assert copy_statements  # traced: the copy was read
    assert not [s for s in copy_statements if _FTS5_AT_WORK in s]
    with Database.open(vault, NEW_VAULT_PASSPHRASE) as db:
        assert_cercles_own_index(db)
        assert db.query(_MATCH, ("ecoute*",)) == demo_db.query(_MATCH, ("ecoute*",)) != []
        assert db.query(_MATCH, ("depress*",)) == demo_db.query(_MATCH, ("depress*",))


def test_an_older_files_index_is_never_read_by_a_merge(
    demo_group, demo_db, demo_bundle, handover, copy_statements
) -> None:
    _crafted(
        demo_bundle,
        [
            _declared(f"fts5({_COLUMNS}, no_such_option = 1)"),
            (
                "UPDATE resources SET title = 'Zanzibar', updated_at = ? "
                "WHERE rowid = (SELECT min(rowid) FROM resources)",
                (utc_now_iso(),),  # newer than the demo's own: the co-host's change wins
            ),
        ],
    )
    copy = handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert handover.merge(demo_group, copy).changed["resources"] == 1
    assert not [s for s in copy_statements if _FTS5_AT_WORK in s]
    assert [hit.resource.title for hit in demo_group.resources.search("zanzi")] == ["Zanzibar"]
    assert_cercles_own_index(demo_db)


def _root_page(path: Path, table: str) -> int:
    with open_bundle(path, BundleKey.for_file(path, BUNDLE_PASSPHRASE)) as db:
        return int(db.scalar("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)))


def _spoil_page(path: Path, page: int) -> None:
    """One byte in the middle of the page: its HMAC fails."""
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE_SIZE + PAGE_SIZE // 2] ^= 0x10
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "table", ["members", "resources", "tombstones", f"{SEARCH_INDEX}_data", f"{SEARCH_INDEX}_idx"]
)
def test_a_damaged_page_of_an_older_file_is_still_refused(table, demo_bundle, other_vaults) -> None:
    as_format_3(demo_bundle, BUNDLE_PASSPHRASE)
    _spoil_page(demo_bundle, _root_page(demo_bundle, table))
    with pytest.raises(VaultDamaged):
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert list(other_vaults.data.tmp.iterdir()) == []


def test_a_table_of_an_older_file_read_from_another_tables_pages_is_damage(
    demo_bundle, other_vaults
) -> None:
    """Sealed by a sender who knows the key (every page's HMAC sound), yet two tables on one
    b-tree and pages no table uses: integrity_check still runs over the rest of the file."""
    _crafted(
        demo_bundle,
        [
            "UPDATE sqlite_schema SET rootpage = "
            "(SELECT rootpage FROM sqlite_schema WHERE name = 'members') WHERE name = 'sessions'"
        ],
    )
    with pytest.raises(VaultDamaged):
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert list(other_vaults.data.tmp.iterdir()) == []


SWAPPED: dict[str, list[Statement]] = {
    # Not deleted (it has pages: its row deleted, they would be left to no table, and its
    # rows' text with them), so the schema left is not Cercle's.
    "a plain table in the virtual table's place": [
        ("DELETE FROM sqlite_schema WHERE type = 'table' AND name = ?", (SEARCH_INDEX,)),
        "PRAGMA writable_schema = RESET",
        f"CREATE TABLE {SEARCH_INDEX} (resource_id, title, body, extra)",
        f"INSERT INTO {SEARCH_INDEX} VALUES ('x', 'zanzibar', '', '')",
    ],
    "a shadow table of the sender's": [
        f"DROP TABLE {SEARCH_INDEX}_config",
        f"CREATE TABLE {SEARCH_INDEX}_config (k PRIMARY KEY, v CHECK (v != 'x')) WITHOUT ROWID",
    ],
    "a trigger more": [
        f"CREATE TRIGGER {SEARCH_INDEX}_more AFTER INSERT ON resources BEGIN SELECT 1; END"
    ],
}


@pytest.mark.parametrize("statements", SWAPPED.values(), ids=SWAPPED.keys())
def test_an_older_file_with_more_than_its_index_is_refused(
    statements, demo_bundle, other_vaults, copy_statements
) -> None:
    _crafted(demo_bundle, statements)
    with pytest.raises(BundleInvalid) as refused:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert refused.value.reason == "schema"
    assert not [s for s in copy_statements if _FTS5_AT_WORK in s]
    assert list(other_vaults.data.tmp.iterdir()) == []


def test_the_verified_copy_of_an_older_file_holds_no_index(demo_bundle, handover) -> None:
    """As a file of format 4: what the import stages and the merge attaches."""
    as_format_3(demo_bundle, BUNDLE_PASSPHRASE)
    copy = handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    try:
        with open_bundle(copy.path, copy.key) as db:
            version = copy.manifest.schema_version
            assert schema_rows(db, "main") == expected_schema(version, with_index=False)
            assert db.query("PRAGMA integrity_check") == [("ok",)]
    finally:
        copy.discard()
    with open_bundle(demo_bundle, BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)) as db:
        assert has_search_index(db)  # the file received is only read


def test_a_failure_as_the_shadow_tables_are_dropped_leaves_nothing(
    demo_bundle, handover, monkeypatch
) -> None:
    def full(db: Database, version: int) -> None:
        raise DiskFull("no space left")

    as_format_3(demo_bundle, BUNDLE_PASSPHRASE)
    monkeypatch.setattr(bundle, "drop_shadow_tables", full)
    with pytest.raises(DiskFull):
        handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert list(handover.tmp.iterdir()) == []
