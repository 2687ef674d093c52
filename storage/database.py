"""The SQLCipher connection wrapper: open in the order of shared/design.md, transactions, close."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from storage import settings
from storage.errors import (
    DiskFull,
    NotAVault,
    StorageError,
    VaultDamaged,
    VaultMissing,
    WrongPassphraseOrDamaged,
)
from storage.filelock import VaultLock
from storage.keys import DerivedKey, key_literal, normalise_passphrase

APP_MARKER = "cercle"
SQLITE_HEADER = b"SQLite format 3\x00"

Row = tuple[Any, ...]

# How long a statement or a transaction waits for another thread's transaction on the same
# connection to end before it fails as "busy" (the host then reads that nothing was changed):
# the longest is a merge or a fold, a few seconds; a wait past this is a worker stuck, and the
# window must not stay frozen behind it.
TURN_WAIT_SECONDS = 30.0


def check_file_shape(path: Path) -> None:
    """Cheap checks before any key derivation: refuse what can never be a vault of ours."""
    if not path.exists():
        raise VaultMissing("no such file")
    if not path.is_file():
        raise NotAVault("not a regular file")
    size = path.stat().st_size
    if size == 0 or size % settings.PAGE_SIZE != 0:
        raise NotAVault("size")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            raise NotAVault("plain sqlite")


def _raw_connect(uri: str) -> dbapi2.Connection:
    return sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def apply_key(conn: dbapi2.Connection, passphrase: str, *, pragma: str = "key") -> None:
    """Key a fresh connection: log level first so HMAC failures are not printed on stderr."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA {pragma} = {key_literal(passphrase)}")
    conn.execute("PRAGMA cipher_compatibility = 4")
    if settings.kdf_iterations != settings.REAL_KDF_ITERATIONS:
        conn.execute(f"PRAGMA kdf_iter = {int(settings.kdf_iterations)}")


# A blob met by SQL's JSON functions: storage/bundle_gate.py then reads the row another way.
JSON_BLOB = "json_blob"


def translate_error(exc: BaseException) -> StorageError:
    """Map a driver error onto our typed errors without leaking its text."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull("no space left")
    message = str(exc).lower()
    if "database or disk is full" in message:
        return DiskFull("no space left")
    if "file is not a database" in message:
        return WrongPassphraseOrDamaged("not a database")
    # Before "malformed": SQLite 3.45+ reads a blob given to json_array() as its binary JSON,
    # and one broken inside says "malformed JSON" (text is quoted, never parsed: only a blob).
    if "json cannot hold blob" in message or "malformed json" in message:
        return StorageError(JSON_BLOB)
    if "malformed" in message or "corrupt" in message:
        return VaultDamaged("malformed")
    return StorageError(type(exc).__name__)


class Database:
    """One open, keyed, checked connection to a vault (or a bundle, read-only)."""

    def __init__(self, conn: dbapi2.Connection, path: Path, lock: VaultLock | None) -> None:
        self._conn: dbapi2.Connection | None = conn
        self.path = path
        self._lock = lock
        # The open group's one connection also serves workers (a handover written ahead, a merge,
        # a fold, a CSV import) while the UI thread goes on (a lock saves the running circle): a
        # transaction belongs to the thread that began it. Another thread's statements and
        # transactions wait for its end instead of joining it (where the owner's rollback took
        # their writes with it, and their reads saw its uncommitted rows); nesting counts only
        # within the owner. Statements are serialised by SQLite already: this only keeps each
        # thread's sequence whole. Never held while waiting for another thread.
        self._turn = threading.RLock()
        self._stuck = False  # a wait for the turn ran out, and its owner has not let go since
        self._depth = 0
        # reconnect() runs in a worker (after a rekey) while a lock may close us on the UI thread.
        self._swap = threading.Lock()
        # Asked before each statement: a Stop's window (storage/bundle_file.py) raises "stopped"
        # there, so that no statement starts once stopped, however short.
        self.halt: Callable[[], None] | None = None
        self._connections = 1  # counted, so that a change stamp never repeats across a reconnect

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        create: bool = False,
        read_only: bool = False,
        take_lock: bool = True,
    ) -> Database:
        path = Path(path)
        normalise_passphrase(passphrase)  # refuse an unusable passphrase before touching the file
        if create:
            if path.exists():
                raise StorageError("exists")
        else:
            check_file_shape(path)
        lock = VaultLock(path) if take_lock and not read_only else None
        try:
            conn = cls._connect(path, passphrase, create=create, read_only=read_only)
        except BaseException:
            if lock:
                lock.release()
            if create:
                path.unlink(missing_ok=True)
            raise
        if create:
            os.chmod(path, 0o600)
        return cls(conn, path, lock)

    @classmethod
    def open_vault(
        cls, path: Path, passphrase: str, known: DerivedKey | None = None
    ) -> tuple[Database, DerivedKey]:
        """Open an existing vault with its lock, deriving the key once here: the key comes back
        so that a second connection (the day's backup, on a worker) opens without deriving it
        again. Cheap shape checks first, before the derivation. known: the key of `passphrase`
        derived already, used if it is for this file's salt (a group just created)."""
        path = Path(path)
        normalise_passphrase(passphrase)
        check_file_shape(path)
        try:
            key = DerivedKey.for_file(path, passphrase, known)
        except FileNotFoundError:
            raise VaultMissing("gone") from None
        return cls.open(path, key.raw), key

    @staticmethod
    def _connect(
        path: Path, passphrase: str, *, create: bool, read_only: bool
    ) -> dbapi2.Connection:
        mode = "rwc" if create else ("ro" if read_only else "rw")
        uri = path.resolve().as_uri() + f"?mode={mode}"
        try:
            conn = _raw_connect(uri)
        except dbapi2.Error as exc:
            raise translate_error(exc) from None
        try:
            apply_key(conn, passphrase)
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
            if not read_only:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("PRAGMA synchronous = FULL")
            if not create:
                _check_marker(conn)
        except BaseException as exc:
            conn.close()
            raise translate_error(exc) from None
        return conn

    # -- queries ---------------------------------------------------------------------------
    @property
    def conn(self) -> dbapi2.Connection:
        if self._conn is None:
            raise StorageError("closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def change_stamp(self) -> tuple[int, int, int]:
        """Changes whenever a row is written to the file, through this connection (any table,
        committed or not) or another one: what is held in memory from its rows is stale when
        the stamp moved."""
        conn = self.conn
        others = conn.execute("PRAGMA data_version").fetchone()[0]
        return self._connections, conn.total_changes, int(others)

    def _take_turn(self) -> None:
        """Wait while another thread's transaction is open on this connection (self._turn).
        Once a wait has run out, the others fail at once until the stuck owner lets go: a lock
        behind a stuck worker keeps several things in turn (the round, the meeting), and each
        waiting its own TURN_WAIT_SECONDS froze the window for minutes."""
        if self._turn.acquire(blocking=False):
            self._stuck = False
            return
        if self._stuck or not self._turn.acquire(timeout=TURN_WAIT_SECONDS):
            self._stuck = True
            raise StorageError("busy")
        self._stuck = False

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dbapi2.Cursor:
        if self.halt is not None:
            self.halt()
        self._take_turn()
        try:
            return self.conn.execute(sql, params)
        except dbapi2.Error as exc:
            raise self._typed(exc) from None
        finally:
            self._turn.release()

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if self.halt is not None:
            self.halt()
        self._take_turn()
        try:
            self.conn.executemany(sql, rows)
        except dbapi2.Error as exc:
            raise self._typed(exc) from None
        finally:
            self._turn.release()

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        self._take_turn()  # the rows fetched too, before another thread's transaction begins
        try:
            return list(self.execute(sql, params).fetchall())
        finally:
            self._turn.release()

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        self._take_turn()
        try:
            row = self.execute(sql, params).fetchone()
        finally:
            self._turn.release()
        return tuple(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    @staticmethod
    def _typed(exc: dbapi2.Error) -> StorageError:
        typed = translate_error(exc)
        if type(typed) is StorageError and isinstance(exc, dbapi2.IntegrityError):
            return StorageError("integrity")
        return typed

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action = one transaction. Nested use joins the outer transaction, on the
        thread that began it; another thread's waits for its end (self._turn)."""
        self._take_turn()
        try:
            with self._owned_transaction():
                yield self
        finally:
            self._turn.release()

    @contextmanager
    def _owned_transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback_quietly()
            raise
        self._depth = 0
        try:
            self.execute("COMMIT")
        except BaseException:
            self._rollback_quietly()
            raise

    def _rollback_quietly(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except dbapi2.Error:
                pass

    # -- meta ----------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def delete_meta(self, key: str) -> None:
        self.execute("DELETE FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def cipher_version(self) -> str:
        return str(self.scalar("PRAGMA cipher_version") or "")

    def integrity_problems(self, schema: str = "main") -> list[str]:
        """Rows from cipher_integrity_check and quick_check; empty means healthy. `schema`
        names an attached database to check instead of the main one."""
        problems = [str(r[0]) for r in self.query(f"PRAGMA {schema}.cipher_integrity_check")]
        checks = [str(r[0]) for r in self.query(f"PRAGMA {schema}.quick_check")]
        problems += [c for c in checks if c != "ok"]
        return problems

    def reconnect(self, passphrase: str) -> None:
        """After another connection rekeyed the file: same path and lock, a connection keyed anew.
        A database closed meanwhile (the group was locked) stays closed."""
        if self._conn is None:
            return
        fresh = self._connect(self.path, passphrase, create=False, read_only=False)
        # Not in the middle of another thread's transaction, which would go on on the new one.
        with self._turn, self._swap:
            old, self._conn = self._conn, (fresh if self._conn is not None else None)
            self._connections += 1
        if old is None:  # locked while the key was being derived: the lock wins
            fresh.close()
        else:
            old.close()

    # -- closing -------------------------------------------------------------------------------
    def close(self) -> None:
        """Finish nothing: an open transaction is rolled back, then the file and lock released."""
        with self._swap:
            if self._conn is not None:
                self._rollback_quietly()
                self._conn.close()
                self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_marker(conn: dbapi2.Connection) -> None:
    """A 0-byte or foreign SQLCipher file keys "fine"; only our meta row proves it is ours."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    except dbapi2.OperationalError as exc:
        if "no such table" in str(exc).lower():
            raise NotAVault("no meta") from None
        raise
    if row is None or row[0] != APP_MARKER:
        raise NotAVault("marker")
