"""Opening vaults: the order of shared/design.md and every way a file can be wrong."""

from __future__ import annotations

import os
import sqlite3
import threading
import unicodedata
from contextlib import suppress
from pathlib import Path

import pytest
import sqlcipher3

from storage import bundle_file, errors, schema, settings
from storage.database import Database
from storage.errors import (
    InvalidPassphrase,
    NewerSchema,
    NotAVault,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphraseOrDamaged,
)
from storage.keys import key_literal
from storage.members import MemberRepository
from storage.records import Member
from tests.helpers import raw_bytes_contain


def make_vault(path: Path, passphrase: str = "s3cret passphrase") -> Path:
    with Database.open(path, passphrase, create=True) as db:
        schema.migrate(db)
        with db.transaction():
            db.set_meta("group_name", "Groupe Deuil Tilleuls")
            MemberRepository(db).add(Member("Zébulon-Unique"))
    return path


def test_created_vault_reopens_with_its_passphrase(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    with Database.open(path, "s3cret passphrase") as db:
        assert db.meta("group_name") == "Groupe Deuil Tilleuls"
        assert db.meta("schema_version") == str(schema.CURRENT_VERSION)
        assert schema.schema_version(db) == schema.CURRENT_VERSION
        assert db.integrity_problems() == []
        assert db.scalar("PRAGMA journal_mode") == "delete"
        assert db.scalar("PRAGMA synchronous") == 2  # FULL
        assert db.scalar("PRAGMA foreign_keys") == 1


def test_vault_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    assert path.stat().st_mode & 0o077 == 0


def test_vault_bytes_hold_no_plaintext(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    assert (
        raw_bytes_contain(path, "Groupe Deuil Tilleuls", "Zébulon-Unique", "cercle", "CREATE TABLE")
        == []
    )


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    with pytest.raises(WrongPassphraseOrDamaged):
        Database.open(path, "not the passphrase")


def test_missing_file_is_reported_and_never_recreated(tmp_path: Path) -> None:
    path = tmp_path / "gone.vault"
    with pytest.raises(VaultMissing):
        Database.open(path, "whatever")
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [b"", os.urandom(4096 * 3), os.urandom(5000)],
    ids=["empty", "random-pages", "random-odd-size"],
)
def test_files_that_are_not_vaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.vault"
    path.write_bytes(content)
    with pytest.raises((NotAVault, WrongPassphraseOrDamaged)) as info:
        Database.open(path, "whatever")
    if len(content) % 4096 or not content:
        assert info.type is NotAVault
    assert path.read_bytes() == content


def _plain_sqlite() -> list[str]:
    return ["CREATE TABLE meta (key TEXT, value TEXT)", "INSERT INTO meta VALUES ('app', 'cercle')"]


def _other_sqlcipher() -> list[str]:
    return [
        "PRAGMA key = 'pass phrase'",
        "PRAGMA cipher_compatibility = 4",
        f"PRAGMA kdf_iter = {settings.kdf_iterations}",
        "CREATE TABLE notes (body TEXT)",
    ]


@pytest.mark.parametrize(
    ("connect", "statements"),
    [(sqlite3.connect, _plain_sqlite), (lambda p: sqlcipher3.connect(str(p)), _other_sqlcipher)],
    ids=["plain SQLite", "another program's SQLCipher"],
)
def test_another_programs_database_is_not_a_vault(tmp_path: Path, connect, statements) -> None:
    path = tmp_path / "other.vault"
    conn = connect(path)
    for sql in statements():  # read when run: the suite sets the key derivation cost
        conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault):
        Database.open(path, "pass phrase")


def test_vault_from_a_newer_cercle_is_refused(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    with Database.open(path, "s3cret passphrase") as db:
        db.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    with Database.open(path, "s3cret passphrase") as db, pytest.raises(NewerSchema):
        schema.migrate(db)


def test_second_opening_of_an_open_vault_is_refused(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    with Database.open(path, "s3cret passphrase"), pytest.raises(VaultInUse):
        Database.open(path, "s3cret passphrase")
    Database.open(path, "s3cret passphrase").close()


def test_damaged_page_after_the_first_is_reported(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2 + 100, 4096 * 2 + 200):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises((VaultDamaged, WrongPassphraseOrDamaged)):
        with Database.open(path, "s3cret passphrase") as db:
            problems = db.integrity_problems()
            db.query("SELECT * FROM members")
            assert problems


def test_migration_of_an_empty_file_reaches_the_current_schema(tmp_path: Path) -> None:
    with Database.open(tmp_path / "new.vault", "passphrase", create=True) as db:
        assert schema.schema_version(db) == 0
        applied = schema.migrate(db)
        assert applied == len(schema.MIGRATIONS)
        tables = {r[0] for r in db.query("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        # Every table a handover bundle carries, and the search index beside them.
        assert {*bundle_file.TABLES, "resources_fts"} <= tables
        assert schema.migrate(db) == 0


def test_failed_migration_leaves_nothing_behind(tmp_path: Path) -> None:
    from storage.schema import Migration

    with Database.open(tmp_path / "new.vault", "passphrase", create=True) as db:
        broken = [
            *schema.MIGRATIONS,
            Migration(99, "0099_broken.sql", "CREATE TABLE x (a);\nNOPE;"),
        ]
        original = schema.MIGRATIONS
        schema.MIGRATIONS = broken
        try:
            with pytest.raises(Exception):  # noqa: B017 - any failure, the point is the rollback
                schema.migrate(db, up_to=99)
        finally:
            schema.MIGRATIONS = original
        assert schema.schema_version(db) == 0
        assert db.query("SELECT name FROM sqlite_schema") == []


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's a 'quoted' one",
        "emoji 🔐🌻 key",
        "עברית ومعها العربية",
        "x" * 250,
        "trailing space ",
        "semi;colon -- and /* comment */",
    ],
)
def test_awkward_passphrases_round_trip(tmp_path: Path, passphrase: str) -> None:
    path = make_vault(tmp_path / "g.vault", passphrase)
    Database.open(path, passphrase).close()
    with pytest.raises(WrongPassphraseOrDamaged):
        Database.open(path, passphrase + "x")


def test_key_literal_doubles_quotes_only() -> None:
    assert key_literal("a'b''c") == "'a''b''''c'"
    assert key_literal("plain") == "'plain'"


def test_passphrases_are_nfc_normalised(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "clé été")
    decomposed = unicodedata.normalize("NFD", "clé été")
    assert composed != decomposed
    path = make_vault(tmp_path / "g.vault", composed)
    Database.open(path, decomposed).close()


@pytest.mark.parametrize("passphrase", ["", "nul\x00inside"])
def test_unusable_passphrases_are_refused_before_touching_the_file(
    tmp_path: Path, passphrase: str
) -> None:
    with pytest.raises(InvalidPassphrase):
        Database.open(tmp_path / "n.vault", passphrase, create=True)
    assert not (tmp_path / "n.vault").exists()


@pytest.mark.realkdf
def test_real_key_derivation_cost_round_trips(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "g.vault")
    Database.open(path, "s3cret passphrase").close()
    settings.kdf_iterations = 1000
    with pytest.raises(WrongPassphraseOrDamaged):
        Database.open(path, "s3cret passphrase")


# -- one connection, two threads: the open group's, used by a worker and by the UI thread --------
class _WatchedTurn:
    """A Database's turn (its transaction's owner), which sets `others_wait` when a thread finds
    it held by another: the worker holding it then knows the other thread is waiting."""

    def __init__(self, turn, others_wait: threading.Event) -> None:
        self.turn, self.others_wait = turn, others_wait

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if self.turn.acquire(blocking=False):
            return True
        self.others_wait.set()
        return self.turn.acquire(blocking, timeout)

    def release(self) -> None:
        self.turn.release()

    def __enter__(self) -> None:
        self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class _CountedTurn:
    """A Database's turn that records whether each try to take it would wait."""

    def __init__(self, turn, tries: list[bool]) -> None:
        self.turn, self.tries = turn, tries

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        self.tries.append(blocking)
        return self.turn.acquire(blocking, timeout)

    def release(self) -> None:
        self.turn.release()


def _worker_in_a_transaction(db: Database, go_on: threading.Event, fails: bool):
    """A worker inside its transaction (a row written) until `go_on`; then it ends it, rolled back
    when `fails` (a merge's preview, a stopped or failed write). Gives (inside, thread)."""
    inside = threading.Event()

    def work() -> None:
        with suppress(RuntimeError), db.transaction():
            db.set_meta("worker", "written")
            inside.set()
            assert go_on.wait(10)
            if fails:
                raise RuntimeError("rolled back")

    thread = threading.Thread(target=work)
    thread.start()
    assert inside.wait(10)
    return thread


@pytest.mark.parametrize("fails", [True, False])
def test_another_threads_transaction_waits_and_is_never_ended_by_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    """The host's write on the UI thread while a worker is inside a transaction on the same
    connection: joined to the worker's, it was committed or rolled back with it (a merge's preview
    always rolls back). It waits for the worker's end, then is a transaction of its own."""
    with Database.open(make_vault(tmp_path / "g.vault"), "s3cret passphrase") as db:
        go_on = threading.Event()
        monkeypatch.setattr(db, "_turn", _WatchedTurn(db._turn, go_on))
        worker = _worker_in_a_transaction(db, go_on, fails)
        with db.transaction():
            db.set_meta("host", "written")
        go_on.set()  # (had it joined, it would not have waited: the worker ends only now)
        worker.join(10)
        assert db.meta("host") == "written"
        assert db.meta("worker") == (None if fails else "written")
        with db.transaction(), db.transaction():  # nested on one thread: one transaction
            db.set_meta("nested", "written")
        assert db.meta("nested") == "written" and not db.conn.in_transaction


def test_another_threads_read_never_sees_a_worker_s_uncommitted_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(make_vault(tmp_path / "g.vault"), "s3cret passphrase") as db:
        go_on = threading.Event()
        monkeypatch.setattr(db, "_turn", _WatchedTurn(db._turn, go_on))
        worker = _worker_in_a_transaction(db, go_on, fails=True)
        seen = db.meta("worker")  # waits for the worker's end (which the wait itself lets go)
        go_on.set()
        worker.join(10)
        assert seen is None


@pytest.mark.parametrize("host", ["a write outside a transaction", "a reconnect"])
def test_a_bare_write_and_a_reconnect_wait_for_a_worker_s_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    """Not only transactions wait: a statement outside one (joined to the worker's, it went
    with its rollback), and the connection swapped after a passphrase change (the worker's
    transaction went on, then, on a connection closed under it: its rows lost)."""
    bare = host == "a write outside a transaction"
    with Database.open(make_vault(tmp_path / "g.vault"), "s3cret passphrase") as db:
        go_on = threading.Event()
        monkeypatch.setattr(db, "_turn", _WatchedTurn(db._turn, go_on))
        worker = _worker_in_a_transaction(db, go_on, fails=bare)
        if bare:
            db.set_meta("host", "written")
        else:
            db.reconnect("s3cret passphrase")
        go_on.set()
        worker.join(10)
        if bare:
            assert db.meta("host") == "written" and db.meta("worker") is None
        else:
            assert db.meta("worker") == "written"


def test_a_transaction_stuck_on_another_thread_fails_the_wait_as_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that never ends its transaction does not freeze the window for ever: the host's
    write fails ("nothing was changed") after TURN_WAIT_SECONDS, and every later statement of
    another thread at once, until the worker lets go."""
    from storage import database

    monkeypatch.setattr(database, "TURN_WAIT_SECONDS", 0.05)
    with Database.open(make_vault(tmp_path / "g.vault"), "s3cret passphrase") as db:
        go_on = threading.Event()
        worker = _worker_in_a_transaction(db, go_on, fails=True)
        try:
            with pytest.raises(errors.StorageError, match="busy"), db.transaction():
                db.set_meta("host", "written")
            # Stuck: the next ones fail without waiting (a lock keeps several things in turn).
            tries = list[bool]()
            monkeypatch.setattr(db, "_turn", _CountedTurn(db._turn, tries))
            with pytest.raises(errors.StorageError, match="busy"):
                db.meta("host")
            assert tries == [False]  # one look, no wait
        finally:
            go_on.set()
            worker.join(10)
        assert db.meta("host") is None and db.meta("worker") is None
