"""Fixtures for the handover tests: a service, exported bundles, table-by-table snapshots."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.handover import HandoverService, StagedVault
from app.paths import DataDir
from app.vaults import VaultService
from storage import schema
from storage.bundle_file import STOP_STEPS, TABLES
from storage.bundle_schema import (
    SEARCH_INDEX,
    expected_schema,
    expected_search_settings,
    schema_rows,
    search_settings,
)
from storage.database import Database
from storage.errors import StorageError
from storage.search_index import indexed_text

if TYPE_CHECKING:
    from tests.conftest import VaultTemplates

# Mutated bundles the fuzz tests (tests/app/handover/test_fuzz.py) ran, by kind and outcome: a
# pytest-xdist worker hands its count to the controller, which prints the run's total.
FUZZ_CASES: dict[str, int] = {}

BUNDLE_PASSPHRASE = "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2"
NEW_VAULT_PASSPHRASE = "new host's own passphrase"


@pytest.fixture
def own_exports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The scopes of the exports that wrote their own file (OpenGroup.export_bundle): none
    when the click only copies a file written ahead."""
    from app.group import OpenGroup

    made: list[str] = []
    real = OpenGroup.export_bundle

    def export_bundle(self: OpenGroup, target: Path, passphrase: str, scope: str, *a, **k):
        made.append(scope)
        return real(self, target, passphrase, scope, *a, **k)

    monkeypatch.setattr(OpenGroup, "export_bundle", export_bundle)
    return made


def run_until_interrupted(db: Database, reached: threading.Event) -> None:
    """A statement on `db` that never ends but interrupted, `reached` set from inside it once
    it runs: what stopping a write has to cut short (a step of the large group's, made
    endless). The interrupt's error is the write's to see."""

    def at_first_row(x: int) -> int:
        reached.set()
        return x

    db.conn.create_function("reached", 1, at_first_row)
    db.execute(
        "WITH RECURSIVE c(x) AS (SELECT reached(1) UNION ALL SELECT x + 1 FROM c) "
        "SELECT count(*) FROM c"
    )


def older_group_file(
    tmp_path: Path, same_group: Database, vaults: VaultService, insert: str, *values: object
) -> Path:
    """A co-host's file of schema 3 (before meeting formats), as their older Cercle left the
    group `same_group` is, holding the one row `insert` writes; exported by this Cercle (two
    timestamps follow `values`: created_at and updated_at)."""
    older = tmp_path / "older.vault"
    with Database.open(older, "co-host passphrase", create=True) as db:
        schema.migrate(db, up_to=3)
        for key in ("group_id", "group_name", "language", "created_at"):
            db.set_meta(key, str(same_group.meta(key)))
        with db.transaction():
            db.execute(insert, (*values, "2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z"))
    bundle = tmp_path / "older.cercle"
    with Database.open(older, "co-host passphrase") as db:
        HandoverService(vaults).export(db, bundle, BUNDLE_PASSPHRASE, "everything")
    return bundle


def assert_cercles_own_index(db: Database) -> None:
    """What a fresh vault's triggers would have made from these resources, and nothing else."""
    version = schema.schema_version(db)
    assert schema_rows(db, "main") == expected_schema(version, with_index=True)
    # FTS5's own format version aside: it moves from 4 to 5 at the first edit (secure-delete).
    settings = [s for s in search_settings(db) if s[0] != "version"]
    assert settings == [s for s in expected_search_settings(version) if s[0] != "version"]
    assert db.query("PRAGMA integrity_check") == [("ok",)]
    derived = f"SELECT {indexed_text(version)} FROM resources"
    indexed = f"SELECT resource_id, title, body, extra FROM {SEARCH_INDEX}"
    assert not db.query(f"{derived} EXCEPT {indexed}")
    assert not db.query(f"{indexed} EXCEPT {derived}")
    assert db.scalar(f"SELECT count(*) FROM {SEARCH_INDEX}") == db.scalar(
        "SELECT count(*) FROM resources"
    )


def snapshot(db: Database, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every synchronised table, in primary-key order."""
    order = {"meta": "key", "tombstones": "table_name, row_id"}
    return {t: db.query(f"SELECT * FROM {t} ORDER BY {order.get(t, 'id')}") for t in tables}


@pytest.fixture
def handover(vaults: VaultService) -> HandoverService:
    return HandoverService(vaults)


@pytest.fixture
def other_vaults(tmp_path: Path) -> VaultService:
    """The next host's laptop."""
    return VaultService(DataDir.resolve(tmp_path / "next-host"))


def _export_demo(
    put_demo: Callable[[DataDir], None], path: Path, scope: str, *, with_notes: bool = False
) -> None:
    """The run's demo group, unlocked in a folder of its own beside `path` (a test's demo_group
    is a copy of the same file), exported to `path`: a bundle needs no test to unlock one."""
    from app import demo

    vaults = VaultService(DataDir.resolve(path.parent / "demo"))
    put_demo(vaults.data)
    group = vaults.unlock(demo.DEMO_ID, demo.DEMO_PASSPHRASE)
    try:
        HandoverService(vaults).export(group, path, BUNDLE_PASSPHRASE, scope, with_notes=with_notes)
    finally:
        group.close()


@pytest.fixture
def demo_bundle(demo_on_disk, tmp_path: Path, vault_templates: VaultTemplates) -> Path:
    """Everything, the host's private notes too: a copy identical to the demo group (exported
    once per run, then copied). The test's own data folder holds no group unless it asks for
    one (demo_group...)."""
    target = tmp_path / "stick" / "group.cercle"
    target.parent.mkdir()

    def export(path: Path) -> None:
        _export_demo(demo_on_disk, path, "everything", with_notes=True)

    vault_templates.copy_file("demo-bundle", export, target)
    return target


@pytest.fixture
def demo_export(demo_on_disk, tmp_path: Path, vault_templates: VaultTemplates) -> Path:
    """Everything but the host's private notes, as a host hands the group over (exported once
    per run, then copied): what the fuzz tests mutate."""
    target = tmp_path / "original.cercle"

    def export(path: Path) -> None:
        _export_demo(demo_on_disk, path, "everything")

    vault_templates.copy_file("demo-export", export, target)
    return target


def pytest_sessionfinish(session: pytest.Session) -> None:
    output = getattr(session.config, "workeroutput", None)  # set in a pytest-xdist worker
    if output is not None:
        output["fuzz_cases"] = FUZZ_CASES


@pytest.hookimpl(optionalhook=True)  # an xdist hook: `pytest -p no:xdist` still runs
def pytest_testnodedown(node: Any, error: object) -> None:
    for kind, count in getattr(node, "workeroutput", {}).get("fuzz_cases", {}).items():
        FUZZ_CASES[kind] = FUZZ_CASES.get(kind, 0) + count


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """How many mutated bundles the fuzz tests imported in this run."""
    if FUZZ_CASES:
        terminalreporter.write_line(f"handover fuzz cases run: {dict(sorted(FUZZ_CASES.items()))}")


class HeldStatement:
    """A statement that would run for seconds unless interrupted, in place of some step of a
    write or a check (`run(db)`, in a function monkeypatched in): for a test that stops the
    work while it runs. `started` is set just before it, `ended` says how it ended."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.ended: list[str] = []

    def run(self, db: Database) -> None:
        self.started.set()
        try:
            db.scalar(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 20000000) SELECT count(*) FROM n"
            )
        except StorageError:
            self.ended.append("interrupted")
            raise
        self.ended.append("ran to its end")


class HeldIndexBuild(HeldStatement):
    """In place of the search index's build (monkeypatch storage.bundle_import's
    build_search_index with `build`): a statement that would run for seconds unless
    interrupted, for a test that stops a vault's staging while its index is built."""

    @property
    def indexing(self) -> threading.Event:
        return self.started

    def build(self, db: Database, _prefix: str) -> None:
        self.run(db)


def full_after_vault_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new vault's file written whole from the staged rows, then the disk full (the write
    ahead's or the click's)."""
    from storage import bundle_file
    from storage.errors import DiskFull

    real = bundle_file.write_keyed

    def disk_full(db: Database, source: str, path: Path, key: Any, *watch: Any) -> None:
        real(db, source, path, key, *watch)
        raise DiskFull("no space left")

    monkeypatch.setattr("storage.bundle_import.write_keyed", disk_full)


def staged_builds(monkeypatch: pytest.MonkeyPatch) -> list[tuple[StagedVault, threading.Event]]:
    """Each vault staged (StagedVault.build, ahead or at the click), with its build's end."""
    built: list[tuple[StagedVault, threading.Event]] = []
    real = StagedVault.build

    def build(self: StagedVault) -> StagedVault:
        done = threading.Event()
        built.append((self, done))
        try:
            return real(self)
        finally:
            done.set()

    monkeypatch.setattr(StagedVault, "build", build)
    return built


def staged_copy(vaults: VaultService, bundle: Path) -> tuple[HandoverService, Any, Any]:
    """The next host's service, `bundle` checked into a copy, and its vault staged."""
    service = HandoverService(vaults)
    copy = service.inspect(bundle, BUNDLE_PASSPHRASE)
    return service, copy, service.stage(copy).build()


class StopBefore:
    """A stop set just as one statement of a write (`starts`: the beginning of its SQL) is about
    to begin, while none runs: what an interrupt alone misses. `ran` holds that statement once
    it has run to its end; `on`, the connection it was given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, starts: str, stop: Callable[[], None]):
        self.ran: list[str] = []
        self.on: list[Database] = []
        real = Database.execute

        def execute(db: Database, sql: str, params: Any = ()) -> Any:
            if not sql.startswith(starts):
                return real(db, sql, params)
            self.on.append(db)
            stop()
            cursor = real(db, sql, params)
            self.ran.append(sql)
            return cursor

        monkeypatch.setattr(Database, "execute", execute)


def assert_unhalted(db: Database) -> None:
    """A connection as the screens (or the next write) find it after a stopped window: no halt,
    and a statement of more steps than a Stop's handler counts runs to its end, though that
    Stop is still stopped."""
    assert db.halt is None
    steps = 20 * STOP_STEPS
    counted = db.scalar(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "SELECT count(*) FROM n",
        (steps,),
    )
    assert counted == steps
