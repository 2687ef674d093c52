"""The verified copy outlives what is done with it: the checks' connection kept for staging
is let go by a merge, and a staging stopped mid-migration leaves the copy as it was checked."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from app.handover import HandoverService
from storage import schema
from storage.database import Database
from storage.errors import StorageError
from tests.helpers.handover import BUNDLE_PASSPHRASE, older_group_file


def test_a_merge_lets_go_of_the_checks_connection(demo_bundle, demo_group, handover) -> None:
    copy = handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    try:
        handover.merge_preview(demo_group, copy)
        assert copy.reader.take() is None  # no longer holding its cache of decrypted pages
    finally:
        copy.discard()


def _older_copy(tmp_path: Path, fresh_db: Database, vaults, other_vaults):
    bundle = older_group_file(
        tmp_path,
        fresh_db,
        vaults,
        "INSERT INTO resources (id, title, category, body, created_at, updated_at) "
        "VALUES (?, 'Écoute', 'other', 'Jour et nuit', ?, ?)",
        str(uuid.uuid4()),
    )
    return HandoverService(other_vaults).inspect(bundle, BUNDLE_PASSPHRASE)


def test_a_staging_stopped_in_its_migration_leaves_the_copy_as_checked(
    fresh_db, vaults, other_vaults, tmp_path, monkeypatch
) -> None:
    """The copy is migrated in place, unsynced; stopped half-way (a lock, the host going back)
    the migration rolls back, for the copy is kept, to be staged again or merged. Pages are
    made to leave the cache early, as a large group's would."""
    copy = _older_copy(tmp_path, fresh_db, vaults, other_vaults)
    real_steps = schema._steps

    def stopped_after_writing() -> dict[int, Callable[[Database], object]]:
        def step(db: Database) -> None:
            db.execute("PRAGMA cache_size = 2")
            db.execute("UPDATE resources SET body = body || zeroblob(20000)")
            raise StorageError("stopped")

        return {**real_steps(), schema.CURRENT_VERSION: step}

    try:
        monkeypatch.setattr(schema, "_steps", stopped_after_writing)
        with pytest.raises(StorageError):
            HandoverService.stage(copy).build()
        monkeypatch.setattr(schema, "_steps", real_steps)
        staged = HandoverService.stage(copy).build()  # the copy still opens and migrates
        staged.close()
    finally:
        copy.discard()
