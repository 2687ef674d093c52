"""An export and an import stage the group in memory (SQLite's memdb, storage/bundle_file.py).
A SQLite without memdb, or one that takes the staged name for a path, must neither fail the
handover nor put the group, unencrypted and before its scope is applied, in a file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.errors import ContentInvalid
from app.handover import HandoverService
from storage import bundle_file, bundle_gate
from storage.database import Database
from storage.errors import StorageError
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE, snapshot


def _no_memdb(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_file, "STAGED_URI", "file:/cercle-staged-{name}?vfs=cercle-none")


def _memdb_taken_for_a_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What a SQLite built without URI names does with the name: a plain file."""
    monkeypatch.setattr(bundle_file, "STAGED_URI", f"{folder}/cercle-staged-{{name}}")


@pytest.mark.parametrize("sqlite", ["no memdb", "name taken for a path"])
def test_without_memdb_the_handover_still_works_and_stages_in_no_file(
    sqlite, demo_group, demo_db, handover, other_vaults, tmp_path, monkeypatch
) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    if sqlite == "no memdb":
        _no_memdb(monkeypatch)
    else:
        _memdb_taken_for_a_path(monkeypatch, staging)
    target = tmp_path / "consented.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
    assert list(staging.iterdir()) == []
    copy = HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)
    result = HandoverService(other_vaults).import_group(copy, "x", NEW_VAULT_PASSPHRASE)
    assert list(staging.iterdir()) == []
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        imported = snapshot(db, ("sessions", "resources"))
        hidden = db.scalar(
            "SELECT count(*) FROM members WHERE consent_handover = 0 AND "
            "(full_name != '' OR phone != '' OR email != '' OR private_note != '')"
        )
    assert imported == snapshot(demo_db, ("sessions", "resources"))
    assert hidden == 0


def test_the_staged_rows_unread_by_a_second_connection_are_flagged_from_the_file(
    demo_group, handover, other_vaults, tmp_path, monkeypatch
) -> None:
    """The second connection only saves time: when it cannot read the staged rows, the file's
    own pass runs every flag, as an import does, rather than fail the handover."""

    def unreadable(_staged):
        raise StorageError("locked")

    monkeypatch.setattr(bundle_file.Staged, "reader", unreadable)
    target = tmp_path / "out.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything")
    copy = HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)
    assert copy.manifest.counts["members"] == len(demo_group.roster.members())
    copy.discard()


@pytest.mark.parametrize("sqlite", ["memdb", "no memdb"])
def test_the_staged_group_and_its_journals_stay_in_memory(
    sqlite, demo_group, handover, other_vaults, tmp_path, monkeypatch
) -> None:
    """The staged rows are the whole group, unencrypted, before the scope removes anything:
    the connection that stages them keeps its temporary files in memory (a statement journal
    of the scope's UPDATEs or a sort spilled to a plain temp file otherwise, on a SQLite whose
    default is a file), and the staged database has no file of its own, memdb or not."""
    if sqlite == "no memdb":
        _no_memdb(monkeypatch)
    seen: list[tuple[str, int, str]] = []

    real = bundle_file.write_keyed

    def write_keyed(db, source, path, key, *watch):
        file = db.scalar("SELECT file FROM pragma_database_list WHERE name = ?", (source,))
        seen.append((source, int(db.scalar("PRAGMA temp_store")), str(file)))
        return real(db, source, path, key, *watch)

    monkeypatch.setattr("storage.bundle_export.write_keyed", write_keyed)
    monkeypatch.setattr("storage.bundle_import.write_keyed", write_keyed)
    target = tmp_path / "out.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
    copy = HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)
    HandoverService(other_vaults).import_group(copy, "x", NEW_VAULT_PASSPHRASE)
    assert seen == [("staged", 2, ""), ("staged", 2, "")]  # 2: MEMORY


def _a_day_that_does_not_exist(demo_db: Database) -> None:
    demo_db.execute("PRAGMA foreign_keys = OFF")
    with demo_db.transaction():
        demo_db.execute(
            "UPDATE members SET joined_on = '2026-04-31' WHERE rowid = (SELECT min(rowid) FROM "
            "members)"
        )


def _refused_for_the_broken_day(handover, demo_group, tmp_path: Path) -> None:
    target = tmp_path / "out.cercle"
    with pytest.raises(ContentInvalid) as caught:
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything")
    assert (caught.value.table, caught.value.column) == ("members", "joined_on")
    assert not target.exists()


def test_flags_over_an_empty_staged_database_are_not_trusted(
    demo_group, demo_db, handover, tmp_path, monkeypatch
) -> None:
    """A connection that reached the staged rows after they were gone reads an empty database,
    where nothing is flagged: the file's own pass then runs every flag, and the broken day
    still stops the export by name."""
    _a_day_that_does_not_exist(demo_db)
    real = bundle_file.Staged.reader

    def too_late(staged):
        return real(bundle_file.Staged(staged.name, bundle_file.STAGED_URI.format(name="gone")))

    monkeypatch.setattr(bundle_file.Staged, "reader", too_late)
    _refused_for_the_broken_day(handover, demo_group, tmp_path)


def test_the_files_pass_waits_for_flags_that_outlast_the_write(
    demo_group, demo_db, handover, tmp_path, monkeypatch
) -> None:
    """The file's pass starts once the file is written, flags still running beside it, and
    takes each table's flags once they are there: the broken day stops the export by name."""
    _a_day_that_does_not_exist(demo_db)
    reading = threading.Event()

    def scan_table(*args, **kwargs):
        reading.set()
        return bundle_gate.scan_table(*args, **kwargs)

    def flagged_columns(*args, **kwargs):
        assert reading.wait(30), "the file's pass waited for the flags before it began"
        return bundle_gate.flagged_columns(*args, **kwargs)

    monkeypatch.setattr("storage.bundle.scan_table", scan_table)
    monkeypatch.setattr("storage.bundle_export.flagged_columns", flagged_columns)
    _refused_for_the_broken_day(handover, demo_group, tmp_path)


def test_a_table_the_staged_flags_have_not_begun_is_flagged_from_the_file(
    demo_group, demo_db, handover, tmp_path, monkeypatch
) -> None:
    """Flags over the staged rows still running when the file's pass asks for a table's keep
    it waiting for no table they have not begun: the pass flags that one over the file itself.
    Each table is flagged once, on one side or the other, and the broken day still stops the
    export by name."""
    _a_day_that_does_not_exist(demo_db)
    from_file: list[str] = []
    from_staged: list[str] = []
    members_flagged = threading.Event()
    real = bundle_gate.flagged_columns

    def over_the_file(db, table, *args, **kwargs):
        from_file.append(table)
        if table == "members":
            members_flagged.set()
        return real(db, table, *args, **kwargs)

    def over_the_staged_rows(db, table, *args, **kwargs):
        from_staged.append(table)
        # Held at their first table until the pass, which asks for members second, has
        # flagged it over the file: waiting for every table's flags, it never would.
        assert members_flagged.wait(30), "the file's pass waited for flags not begun"
        return real(db, table, *args, **kwargs)

    monkeypatch.setattr("storage.bundle_gate.flagged_columns", over_the_file)
    monkeypatch.setattr("storage.bundle_export.flagged_columns", over_the_staged_rows)
    _refused_for_the_broken_day(handover, demo_group, tmp_path)
    assert "members" in from_file
    assert sorted(from_file + from_staged) == sorted(bundle_file.TABLES)


def test_a_defect_in_the_staged_flags_fails_the_export_loudly(
    demo_group, handover, tmp_path, monkeypatch
) -> None:
    """Their tables are flagged over the file all the same, but a defect on the flags' thread
    is not lost with it: the export fails with it, and leaves no file behind."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("a defect in the flags")

    monkeypatch.setattr("storage.bundle_export.flagged_columns", broken)
    target = tmp_path / "out.cercle"
    with pytest.raises(RuntimeError, match="a defect in the flags"):
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == []
