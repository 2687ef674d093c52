"""Mutated real bundles (bytes, and rows inside a correctly keyed file) imported and merged:
never a crash, only typed errors the UI can explain, nothing left behind, the open vault intact.

The normal suite runs each campaign with CAMPAIGN cases besides the short tests' 25 (different
seeds); `make fuzz` runs the long ones (CERCLE_FUZZ_EXAMPLES, CERCLE_FUZZ_CONTENT)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import StorageError
from app.handover import HandoverService
from app.paths import DataDir
from app.vaults import VaultService
from storage.bundle import copy_verified, scratch_path
from storage.bundle_import import VerifiedCopy
from tests.helpers.bad_bundles import reseal, run
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    FUZZ_CASES,
    NEW_VAULT_PASSPHRASE,
    snapshot,
)

LONG = int(os.environ.get("CERCLE_FUZZ_EXAMPLES", "0"))
CONTENT = int(os.environ.get("CERCLE_FUZZ_CONTENT", "0"))
CAMPAIGN = 30  # cases per campaign in the normal suite: a rows case costs about 0.2 s
_SETTINGS = settings(
    deadline=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

byte_edits = st.lists(st.tuples(st.integers(0, 2**31), st.integers(1, 255)), min_size=1, max_size=6)
# The tables a sender's row edits touch.
FUZZED = (
    *("members", "sessions", "agenda_items", "attendance", "circle_turns", "circle_rounds"),
    *("resources", "tombstones", "meta", "templates"),
)
tables = st.sampled_from(FUZZED)
values = st.one_of(
    st.none(),
    st.integers(-5, 2**40),
    st.sampled_from([2**63 - 1, -(2**63), 999, 1000, 600, 601, 3600, 86_401]),
    st.text(max_size=12),
    st.binary(max_size=8),
    st.sampled_from(["", "member", "held", "x'00'"]),
    # content a sender can seal: markup, control characters, odd and far-future dates, paths
    st.sampled_from(
        [
            '<img src="file:///etc/passwd">',
            "![x](file:///etc/passwd) [a](http://example.invalid)",
            "a\x00b",
            "\x1b[2J\u0085\u202e",
            "2027-13-45T99:99",
            "2027-02-30",
            "9999-12-31T23:59:59.999999Z",
            "../../x",
            "demo",
            "x" * 70_000,
        ]
    ),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    st.uuids().map(str),
)
row_edit = st.tuples(
    tables,
    st.integers(0, 15),
    st.integers(0, 40),
    values,
    st.sampled_from(["update", "delete", "duplicate"]),
)


def _row_statement(
    edit: tuple[str, int, int, object, str], columns: dict[str, list[str]]
) -> tuple[str, tuple[object, ...]]:
    table, column_index, row, value, action = edit
    where = f"rowid = (SELECT rowid FROM {table} LIMIT 1 OFFSET {row})"
    if action == "delete":
        return f"DELETE FROM {table} WHERE {where}", ()
    if action == "duplicate":
        return f"INSERT OR IGNORE INTO {table} SELECT * FROM {table} WHERE {where}", ()
    column = columns[table][column_index % len(columns[table])]
    return f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {where}", (value,)


def _try_everything(
    service: HandoverService,
    group,
    group_file,
    path: Path,
    inspected: Callable[[VerifiedCopy], None] = lambda _copy: None,
) -> str:
    """Import as a new group and merge into the open one (group_file: its file through a
    second connection); returns what happened. The group is read before the merge only: the
    inspection reads the file alone (most mutants stop there). `inspected` sees the verified
    copy before the merge uses it up."""
    try:
        copy = service.inspect(path, BUNDLE_PASSPHRASE)
    except StorageError as exc:
        outcome = type(exc).__name__
    else:
        inspected(copy)
        before = snapshot(group_file)
        try:
            service.merge(group, copy)
            outcome = "merged"
        except StorageError as exc:
            outcome = type(exc).__name__
            assert snapshot(group_file) == before
    assert list(service.tmp.iterdir()) == []
    return outcome


@pytest.fixture
def fuzz_env(demo_group, demo_db, handover, demo_export, tmp_path):
    """The demo group, its file through a second connection, and its export, which each case
    mutates.

    A merge first asks for a verified backup of the open group (tests/app/handover/test_merge.py
    checks it asks; tests/app/test_backups.py, that the backup is made): here that was the same
    group copied and checked again before every merged case, a quarter of a rows case's time,
    none of it reached by the mutant. The group is checked once, after the last case, instead:
    a merge that damaged the file fails the test (a backup that failed was only an outcome)."""
    demo_group.before_risky_change_hooks.clear()
    original = demo_export
    columns = {t: [r[1] for r in demo_db.query(f"PRAGMA table_info({t})")] for t in FUZZED}
    yield (demo_group, demo_db), handover, original, columns, tmp_path
    assert demo_db.integrity_problems() == []


def _mutant(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / f"mutant-{uuid.uuid4().hex}.cercle"
    path.write_bytes(data)
    return path


def _run_bytes(fuzz_env, edits, cut) -> None:
    (group, group_file), service, original, _columns, tmp_path = fuzz_env
    data = bytearray(original.read_bytes())
    for position, xor in edits:
        data[position % len(data)] ^= xor
    if cut:
        data = data[: cut % len(data)]
    outcome = _try_everything(service, group, group_file, _mutant(tmp_path, bytes(data)))
    FUZZ_CASES["bytes"] = FUZZ_CASES.get("bytes", 0) + 1
    assert outcome != "merged" or bytes(data) == original.read_bytes()


def _run_rows(fuzz_env, edits, resealed) -> None:
    (group, group_file), service, original, columns, tmp_path = fuzz_env
    path = _mutant(tmp_path, original.read_bytes())
    statements = [_row_statement(e, columns) for e in edits]
    if resealed:
        reseal(path, BUNDLE_PASSPHRASE, *statements, tolerant=True)
    else:
        from storage.bundle_file import BundleKey, open_bundle

        with open_bundle(path, BundleKey.for_file(path, BUNDLE_PASSPHRASE), read_only=False) as db:
            db.execute("PRAGMA foreign_keys = OFF")
            for statement in statements:
                run(db, statement, tolerant=True)
    other = VaultService(DataDir.resolve(path.with_suffix(".laptop")))
    twins: list[VerifiedCopy] = []
    outcome = _try_everything(
        service, group, group_file, path, lambda copy: twins.append(_twin(copy, other))
    )
    FUZZ_CASES["rows"] = FUZZ_CASES.get("rows", 0) + 1
    if outcome == "merged":
        _import_as_new(other, twins[0])
    else:
        for twin in twins:
            twin.discard()


def _twin(copy: VerifiedCopy, other: VaultService) -> VerifiedCopy:
    """The verified copy as the other laptop's own inspection of the same file makes it (a
    byte-for-byte copy of the file, then the same checks with the same verdict): the mutant is
    inspected once per case, not a second time for the import (a third of a case's time)."""
    twin = VerifiedCopy(scratch_path(other.data.tmp, "import"), copy.key, copy.manifest)
    copy_verified(copy.path, twin.path, durable=False)
    return twin


def _import_as_new(other: VaultService, copy: VerifiedCopy) -> None:
    """What passed every check also becomes a working vault on another laptop: it opens as the
    window opens a group (keyed, checked, migrated). The day's backup the window then makes is
    tested in tests/app/test_backups.py; here it only copied and checked each mutant once more
    (a backup that fails is noted, never raised, so it could not fail this test)."""
    info = HandoverService(other).import_group(copy, "fuzz", NEW_VAULT_PASSPHRASE).group
    other.open(info.id, NEW_VAULT_PASSPHRASE).close()
    assert list(other.data.tmp.iterdir()) == []


@settings(_SETTINGS, max_examples=25)
@given(edits=byte_edits, cut=st.one_of(st.none(), st.integers(1, 2**20)))
def test_fuzz_bytes_short(fuzz_env, edits, cut) -> None:
    _run_bytes(fuzz_env, edits, cut)


@pytest.mark.slow  # 25 cases of ~0.1 s: started early, never left to end a core alone
@settings(_SETTINGS, max_examples=25)
@given(edits=st.lists(row_edit, min_size=1, max_size=4), resealed=st.booleans())
def test_fuzz_rows_short(fuzz_env, edits, resealed) -> None:
    _run_rows(fuzz_env, edits, resealed)


@pytest.mark.slow
@settings(_SETTINGS, max_examples=LONG or CAMPAIGN)
@given(edits=byte_edits, cut=st.one_of(st.none(), st.integers(1, 2**20)))
def test_fuzz_bytes_campaign(fuzz_env, edits, cut) -> None:
    _run_bytes(fuzz_env, edits, cut)


@pytest.mark.slow
@settings(_SETTINGS, max_examples=LONG or CAMPAIGN)
@given(edits=st.lists(row_edit, min_size=1, max_size=4), resealed=st.booleans())
def test_fuzz_rows_campaign(fuzz_env, edits, resealed) -> None:
    _run_rows(fuzz_env, edits, resealed)


content_edit = st.tuples(tables, st.integers(0, 15), st.integers(0, 40), values, st.just("update"))


def _run_content(fuzz_env, edits) -> None:
    """A sender's content edits, resealed: refused with a typed error, or previewed as a merge
    (the preview is the real merge rolled back) without any other exception."""
    (group, _group_file), service, original, columns, tmp_path = fuzz_env
    path = _mutant(tmp_path, original.read_bytes())
    reseal(path, BUNDLE_PASSPHRASE, *[_row_statement(e, columns) for e in edits], tolerant=True)
    try:
        copy = service.inspect(path, BUNDLE_PASSPHRASE)
    except StorageError:
        outcome = "refused"
    else:
        try:
            service.merge_preview(group, copy)
            outcome = "previewed"
        except StorageError:
            outcome = "refused at merge"
        finally:
            copy.discard()
    path.unlink()
    assert list(service.tmp.iterdir()) == []
    FUZZ_CASES[f"content {outcome}"] = FUZZ_CASES.get(f"content {outcome}", 0) + 1


@settings(_SETTINGS, max_examples=25)
@given(edits=st.lists(content_edit, min_size=1, max_size=4))
def test_fuzz_content_short(fuzz_env, edits) -> None:
    _run_content(fuzz_env, edits)


@pytest.mark.slow
@settings(_SETTINGS, max_examples=CONTENT or CAMPAIGN, derandomize=not CONTENT)
@given(edits=st.lists(content_edit, min_size=1, max_size=4))
def test_fuzz_content_campaign(fuzz_env, edits) -> None:
    _run_content(fuzz_env, edits)
