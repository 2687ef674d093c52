"""A handover file's structure is compared with Cercle's before any of its SQL runs: a view, a
generated column or a CHECK constraint the sender wrote would otherwise run inside the checks
(and could hold the import for hours or fill the memory). A file asking for a write-ahead log is
refused, with nothing left beside our copy. (An older file's search index, whatever its settings,
is never read: tests/app/handover/test_older_index.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import BundleInvalid
from storage.bundle_file import MANIFEST, BundleKey, open_bundle
from tests.helpers.handover import BUNDLE_PASSPHRASE

# SQLite refuses to build a 2 GB string: SQL that ran would end in "string or blob too big".
TOO_BIG = "printf('%.*c', 2000000000, 'x')"


def _edit(path: Path, *statements: str) -> None:
    """What a sender with the passphrase can write: any schema, any setting."""
    with open_bundle(path, BundleKey.for_file(path, BUNDLE_PASSPHRASE), read_only=False) as db:
        for statement in statements:
            db.execute(statement)


def _refusal(handover, path: Path) -> str:
    with pytest.raises(BundleInvalid) as caught:
        handover.inspect(path, BUNDLE_PASSPHRASE)
    assert list(handover.tmp.iterdir()) == []  # our copy and all beside it gone
    return caught.value.reason


SENDERS_SQL = {
    "a CHECK constraint, which integrity_check would evaluate on every row": [
        "PRAGMA ignore_check_constraints = ON",
        f"CREATE TABLE extra (x CHECK (length({TOO_BIG}) > 0))",
        "INSERT INTO extra VALUES (1)",
    ],
    "a view in the manifest's place": [
        f"ALTER TABLE {MANIFEST} RENAME TO kept",
        f"CREATE VIEW {MANIFEST} AS SELECT key, {TOO_BIG} AS value FROM kept",
    ],
    # Whatever it computes: read, a manifest of "x" would be refused as a manifest.
    "a generated column as the manifest's value": [
        f"ALTER TABLE {MANIFEST} ADD COLUMN pad TEXT AS ('x') VIRTUAL",
        f"ALTER TABLE {MANIFEST} RENAME COLUMN value TO v0",
        f"ALTER TABLE {MANIFEST} RENAME COLUMN pad TO value",
    ],
}


@pytest.mark.parametrize("statements", SENDERS_SQL.values(), ids=SENDERS_SQL.keys())
def test_sql_of_the_senders_never_runs(demo_bundle, handover, statements) -> None:
    _edit(demo_bundle, *statements)
    assert _refusal(handover, demo_bundle) == "schema"


def test_a_file_in_write_ahead_log_mode_is_refused(demo_bundle, handover) -> None:
    _edit(demo_bundle, "PRAGMA journal_mode = WAL")
    assert _refusal(handover, demo_bundle) == "schema"
