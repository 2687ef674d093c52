"""A handover bundle as a file: its tables, opening it, and the checks SQLite runs alone over it.

Those checks (integrity_check, which authenticates every page it reads, with every page's HMAC
read on its own only where it leaves some unread; the references) run on a second connection in
a thread (`FileChecks`):
sqlcipher3 lets go of the GIL while SQLite works, so on a two-core laptop they run beside the
Python work of the first connection (reading, hashing and gating every row) instead of after it.
Their verdicts are kept, not raised, so that the caller reports problems in the order of
shared/design.md whichever pass finishes first.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import sqlcipher3

from storage import schema
from storage.database import Database, translate_error
from storage.errors import StorageError, VaultDamaged
from storage.keys import DerivedKey

MANIFEST = "handover_manifest"
# As every Cercle since format 1 writes it: checked to the letter before it is read, since a view
# or a generated column of that name would run the sender's SQL.
MANIFEST_SQL = f"CREATE TABLE {MANIFEST} (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"
# Parents before children: the order merge and scope stripping need.
TABLES = (
    "meta",
    "members",
    "sessions",
    "agenda_items",
    "templates",
    "template_items",
    "scripts",
    "attendance",
    "circle_rounds",
    "circle_turns",
    "resources",
    "attendance_folds",
    "folded_periods",
    "consents",
    "tombstones",
)
CACHE_KIB = 131_072  # 128 MiB at most, only while a bundle is open
STREAM_CACHE_KIB = 2048  # a file read or written once, in order
# The raw key of one bundle file, derived once from the handover passphrase.
BundleKey = DerivedKey
T = TypeVar("T")
# The tables a group fills most, first: the last table read by one connection while the other
# is done is then a small one.
_LARGEST_FIRST = {
    table: rank
    for rank, table in enumerate(
        ("consents", "members", "resources", "circle_turns", "attendance", "agenda_items")
    )
}


def largest_first(tables: Sequence[str]) -> list[str]:
    """The order SharedScans reads tables in."""
    return sorted(tables, key=lambda t: _LARGEST_FIRST.get(t, len(_LARGEST_FIRST)))


def connect_bundle(path: Path, key: BundleKey, *, read_only: bool) -> Database:
    """A connection to a bundle (or our copy of one), closed by its caller (open_bundle's does
    so itself)."""
    db = Database.open(path, key.raw, read_only=read_only, take_lock=False)
    try:
        # Checks pass over the whole file several times: keep decrypted pages in memory.
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def open_bundle(path: Path, key: BundleKey, *, read_only: bool = True) -> Iterator[Database]:
    db = connect_bundle(path, key, read_only=read_only)
    try:
        yield db
    finally:
        db.close()


# SQLite's memdb: a name that starts with "/" is shared by this process's connections (and only
# theirs), so that a second one can read the staged rows; {name} is new at each staging.
STAGED_URI = "file:/cercle-staged-{name}?vfs=memdb"


@dataclass(frozen=True)
class Staged:
    """A database in this process's memory (SQLite's memdb, never a file), attached to one
    connection as `name`; `reader()` opens another connection to it, to read it at the same
    time from another thread. uri None: a SQLite without memdb staged it in the connection's
    own memory, which no other connection reads (staged_in_memory)."""

    name: str
    uri: str | None

    @contextmanager
    def reader(self) -> Iterator[Database]:
        if self.uri is None:
            raise StorageError("no shared staging")
        try:
            conn = sqlcipher3.connect(f"{self.uri}&mode=ro", uri=True, isolation_level=None)
        except sqlcipher3.Error as exc:
            raise translate_error(exc) from None
        db = Database(conn, Path(":memory:"), None)
        try:
            db.execute("PRAGMA query_only = ON")
            yield db
        finally:
            db.close()


Interrupt = Callable[[], None]
# SQLite's steps between two looks at a stop (a progress handler's): ~0.1 ms of a scan, and a
# call into Python far too seldom to cost anything measurable.
STOP_STEPS = 10_000


class Stop:
    """A write another thread may end sooner (a handover file written ahead and dropped: Cancel,
    a lock): it raises "stopped" at its next step (check), and a statement under way in a window
    it watches is interrupted. Only a window's statements: a DETACH after one, interrupted, would
    leave the staged rows attached to the group's own connection.

    A connection's window (watch_db) stays stopped: every statement it starts once stopped ends
    within STOP_STEPS of SQLite's steps, so a stop that comes between two statements, or one a
    caller's retry would catch, is never lost."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._busy: list[Interrupt] = []

    @property
    def stopped(self) -> bool:
        return self._stopped

    def check(self) -> None:
        if self._stopped:
            raise StorageError("stopped")

    @contextmanager
    def watch(self, interrupt: Interrupt) -> Iterator[None]:
        with self._lock:
            self.check()
            self._busy.append(interrupt)
        try:
            yield
        except Exception:
            # The interrupted statement's own error (an OperationalError, or a check it cut
            # short) would say the file failed: it was stopped.
            if self._stopped:
                raise StorageError("stopped") from None
            raise
        finally:
            with self._lock:  # after this, never interrupted from here: its cleanup runs
                self._busy.remove(interrupt)
        self.check()  # a statement that ended before its interrupt: stopped all the same

    @contextmanager
    def watch_db(self, db: Database) -> Iterator[None]:
        """watch(db.conn.interrupt), and once stopped no statement of the window starts (db's
        halt) nor goes on past STOP_STEPS of SQLite's steps (its progress handler: a statement
        that began as the interrupt came, or whose rows are still being fetched)."""
        conn, halt = db.conn, db.halt
        try:  # the halt is given back even when a closed connection refuses the handler
            db.halt = self.check
            conn.set_progress_handler(lambda: self._stopped, STOP_STEPS)
            with self.watch(conn.interrupt):
                yield
        finally:
            db.halt = halt
            with suppress(sqlcipher3.Error):  # closed in the window: the handler went with it
                conn.set_progress_handler(None, 0)

    def stop(self) -> None:
        """From another thread, once: the statement under way is interrupted, and the window's
        later ones end at once (watch_db) or at the next check."""
        with self._lock:
            self._stopped = True
            for interrupt in self._busy:
                interrupt()


def _watched(db: Database, stop: Stop | None) -> AbstractContextManager[object]:
    """stop's window on db (watch_db) around the statements a stop may end, never around their
    cleanup (a DETACH), which then runs with db as it was: db may be the group's own
    connection, which serves the UI afterwards."""
    return nullcontext() if stop is None else stop.watch_db(db)


@contextmanager
def staged_in_memory(db: Database, stop: Stop | None = None) -> Iterator[Staged]:
    """The connection's main database copied into one in this process's memory, attached as
    "staged": a bundle or a vault is put together there while its key is derived on another
    thread, then written under that key in one pass (write_keyed). Copying 26 MB into memory
    and then out costs a little more than copying once to the file, but its first half no
    longer waits for the key (~0.2 s)."""
    staged = stage_in_memory(db, stop)
    try:
        yield staged
    finally:
        db.execute(f"DETACH {staged.name}")


def stage_in_memory(db: Database, stop: Stop | None = None) -> Staged:
    """staged_in_memory's staging, for a caller that keeps it beyond one block: it is gone with
    the connection (or a DETACH). stop: from another thread, ends the copy as "stopped", also
    one that came just before it began."""
    staged = _attach_staged(db)
    try:
        with _watched(db, stop):
            db.execute(f"SELECT sqlcipher_export('{staged.name}')")
        # sqlcipher_export writes the triggers and virtual tables straight into sqlite_schema:
        # reloaded, the connection knows them, so that they can be dropped there.
        db.execute("PRAGMA writable_schema = RESET")
    except BaseException:
        with suppress(StorageError):  # the staging's own error says more
            db.execute(f"DETACH {staged.name}")
        raise
    return staged


def _attach_staged(db: Database) -> Staged:
    """memdb where this SQLite has it; else the connection's private memory (no reader). Never
    a file: the whole group goes there unencrypted, before the export's scope removes anything,
    and a SQLite that took the name for a path made one (at the filesystem's root)."""
    uri = STAGED_URI.format(name=uuid.uuid4().hex)
    try:
        db.execute("ATTACH ? AS staged KEY ''", (uri,))
    except StorageError:
        pass  # no memdb
    else:
        path = db.scalar("SELECT file FROM pragma_database_list WHERE name = 'staged'")
        if not path:  # memdb's, and :memory:'s, is ''
            return Staged("staged", uri)
        db.execute("DETACH staged")  # nothing written yet
        Path(path).unlink(missing_ok=True)
    db.execute("ATTACH ':memory:' AS staged KEY ''")
    return Staged("staged", None)


def write_keyed(
    db: Database, source: str, path: Path, key: BundleKey, stop: Stop | None = None
) -> None:
    """The attached database `source` written to a new file under `key`, with the salt the key
    was derived with, so that the passphrase opens it; user_version (which sqlcipher_export does
    not copy) is main's. A scratch file until the caller moves it or copies it: no syncs (the
    caller syncs the file once), and its journal in memory, not none: `db` may be the open
    group's own connection, and a write failing halfway (a full disk) without a journal left a
    file whose schema SQLite could no longer read, so every later statement of that connection,
    DETACH first, failed as "malformed" (tests/app/handover/test_bad_input.py). stop: from
    another thread, ends the write as "stopped" at whichever statement it comes, the file left
    for the caller to remove."""
    db.execute("ATTACH ? AS keyed KEY ?", (str(path), key.with_salt))
    try:
        with _watched(db, stop):
            db.execute("PRAGMA keyed.journal_mode = MEMORY")
            db.execute("PRAGMA keyed.synchronous = OFF")
            # Written once, in order: a small cache (pages go to the file as it fills) keeps
            # the file's pages from adding up in memory on top of the staged copy.
            db.execute(f"PRAGMA keyed.cache_size = -{STREAM_CACHE_KIB}")
            db.execute(f"SELECT sqlcipher_export('keyed', '{source}')")
            db.execute(f"PRAGMA keyed.user_version = {int(schema.schema_version(db))}")
    finally:
        db.execute("DETACH keyed")
    os.chmod(path, 0o600)


def cipher_problems(db: Database) -> list[str]:
    """Every page's HMAC: proves each page is exactly what was written with this key."""
    return [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]


def _unread_pages(db: Database, path: Path) -> bool:
    """Whether integrity_check would leave some page of the file unread: a free page (it counts
    the free list's leaves without reading them) or one past the size in the header (SQLite
    never reads it). Without any, integrity_check reads every page, and SQLCipher authenticates
    each page it reads (tests/storage/test_bundle_file.py spoils each page in turn), so
    cipher_integrity_check would read the same pages again to prove nothing more."""
    pages = int(db.scalar("PRAGMA page_count") or 0)
    spare = int(db.scalar("PRAGMA freelist_count") or 0)
    return bool(spare) or pages * int(db.scalar("PRAGMA page_size") or 0) != path.stat().st_size


def _structure_problems(db: Database, path: Path) -> bool:
    """Every page authenticated under the key, and every b-tree sound."""
    if _unread_pages(db, path):
        return bool(cipher_problems(db) or _full_check_problems(db))
    try:
        return bool(_full_check_problems(db))
    except (StorageError, sqlcipher3.Error):
        # A page that fails its HMAC stops integrity_check ("malformed"): only then are the
        # pages' HMACs worth reading.
        if cipher_problems(db):
            return True
        raise


def _full_check_problems(db: Database) -> list[str]:
    """integrity_check (not only quick_check, which skips comparing indexes with their rows): it
    also checks every row's STRICT types, NOT NULL and, on a connection that may write, CHECK
    constraints, and that no UNIQUE index holds a key twice (tests/storage/test_bundle_file.py).
    Copying every row into an empty schema to have them enforced again on insert checked the
    same a second time."""
    return [str(r[0]) for r in db.query("PRAGMA integrity_check") if r[0] != "ok"]


def _references_broken(db: Database) -> bool:
    return bool(db.query("PRAGMA foreign_key_check"))


class _Pass:
    """One check's outcome, awaited by the caller: a verdict, or the error the check raised.
    Run once, on the connection of whichever thread claims it first."""

    def __init__(self, run: Callable[[Database], bool]) -> None:
        self.run = run
        self.done = threading.Event()
        self.found = False
        self.error: BaseException | None = None
        self._claimed = False
        self._lock = threading.Lock()

    def claim(self) -> bool:
        with self._lock:
            claimed, self._claimed = self._claimed, True
        return not claimed

    def run_on(self, db: Database, stopping: bool = False) -> None:
        try:
            if stopping:
                self.error = StorageError("stopped")
            else:
                self.found = self.run(db)
        except BaseException as exc:  # kept for the caller, raised in its own thread
            self.error = exc
        finally:
            self.done.set()

    def outcome(self) -> bool:
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.found


class _Slot(Generic[T]):
    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: T | None = None
        self.error: BaseException | None = None


class SharedScans(Generic[T]):
    """Tables to be read by two connections at once: the caller's, and the whole-file checks'
    once their own passes are done (FileChecks(sharing=...)), each taking the next table still
    waiting, the largest first. On two cores the gate, longer than the checks, is then shared
    between both instead of keeping one core waiting for it."""

    def __init__(self, tables: Sequence[str], scan: Callable[[Database, str], T]) -> None:
        self.scan = scan
        self._waiting = largest_first(tables)
        self._lock = threading.Lock()
        self._slots: dict[str, _Slot[T]] = {table: _Slot() for table in tables}

    def _next(self) -> str | None:
        with self._lock:
            return self._waiting.pop(0) if self._waiting else None

    def help(self, db: Database, stopping: Callable[[], bool]) -> bool:
        """Run by the checks' thread: its errors are kept for the caller, table by table."""
        while not stopping() and (table := self._next()) is not None:
            slot = self._slots[table]
            try:
                slot.value = self.scan(db, table)
            except BaseException as exc:  # raised in the caller's thread (results)
                slot.error = exc
            finally:
                slot.done.set()
        return False

    def results(self, db: Database) -> dict[str, T]:
        """Every table's scan, the caller reading what the helper has not taken."""
        while (table := self._next()) is not None:
            slot = self._slots[table]
            try:
                slot.value = self.scan(db, table)
            finally:
                slot.done.set()
        found: dict[str, T] = {}
        for table, slot in self._slots.items():
            slot.done.wait()
            if slot.error is not None:
                raise slot.error
            assert slot.value is not None
            found[table] = slot.value
        return found


class FileChecks:
    """The whole-file checks of one bundle, started on a second connection as soon as this is
    built. Use it as a context manager: leaving it early interrupts SQLite and waits for
    the thread, so the file can be deleted right after.

    sharing: the gate's tables, read by this thread too once its checks are done.
    stop: the caller's, which then holds on this thread from its start: a stop that comes
    before the caller's window watches this (stop.watch(checks.interrupt)) ends its statements
    too, instead of letting them run until the caller leaves."""

    def __init__(
        self,
        path: Path,
        key: BundleKey,
        *,
        sharing: SharedScans[Any] | None = None,
        stop: Stop | None = None,
    ) -> None:
        # Read-write, yet writing nothing (query_only): SQLite reads no CHECK constraint from
        # the schema of a file opened read-only, so integrity_check would not check them.
        self._db = connect_bundle(path, key, read_only=False)
        self._db.execute("PRAGMA query_only = ON")
        self._stopping = False
        # Interrupted (a Stop, leaving early): every statement of this thread's ends, also one
        # it starts after the interrupt, or a scan's retry (Stop.watch_db's handler).
        self._interrupted = False
        self._stop = stop
        self._db.conn.set_progress_handler(self._stopped, STOP_STEPS)
        self._db.halt = self._halt
        self._handed_over = False
        self._closing = threading.Lock()  # interrupt, from another thread, never once closed
        self._structure = _Pass(lambda db: _structure_problems(db, path))
        self._references = _Pass(_references_broken)
        # The caller may take it over once its own reading is done (take_waiting).
        self._passes = [self._structure, self._references]
        self.sharing = sharing
        if sharing is not None:  # last: the gate's tables still waiting, beside the caller
            self._passes.append(_Pass(lambda db: sharing.help(db, lambda: self._stopping)))
        self._thread = threading.Thread(target=self._run, name="bundle-checks", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for one in self._passes:
            if one.claim():
                one.run_on(self._db, self._stopping)

    def take_waiting(self, db: Database) -> None:
        """Run on the caller's connection to the same file the references' check, if this
        thread has not begun it, instead of waiting for it: an export's own reading ends before
        integrity_check does. Its verdict still comes after a damaged file's
        (raise_if_damaged), whichever thread ran it. Never integrity_check: the caller's
        connection may have loaded the schema before an older file's index was taken out of it
        (storage/bundle_schema.py), and would still see the virtual table, which that check
        would have FTS5 read; this thread's connection opened after."""
        if self._references.claim():
            self._references.run_on(db)

    def raise_if_damaged(self) -> None:
        """A page that fails its HMAC or a broken b-tree explains any other failure: first."""
        if self._structure.outcome():
            raise VaultDamaged("integrity")

    def references_broken(self) -> bool:
        return self._references.outcome()

    def hand_over(self) -> Database:
        """Once every check has passed: their connection, for the caller to use and close. Its
        cache still holds every page integrity_check read, each authenticated as it was read:
        an import stages its copy from them instead of decrypting the whole file again."""
        self._stopping = True
        self._thread.join()
        self._db.conn.set_progress_handler(None, 0)
        self._db.halt = None
        self._db.execute("PRAGMA query_only = OFF")
        self._handed_over = True  # only now: until it is, finish() closes the connection
        return self._db

    def finish(self) -> None:
        """Wait for the checks still running, then let go of the file."""
        self._thread.join()
        if not self._handed_over:
            with self._closing:
                self._db.close()

    def _stopped(self) -> bool:
        return self._interrupted or (self._stop is not None and self._stop.stopped)

    def _halt(self) -> None:
        if self._stopped():
            raise StorageError("stopped")

    def interrupt(self) -> None:
        """From another thread (Stop.watch): the checks still running end sooner, failed as
        stopped."""
        self._stopping = self._interrupted = True
        with self._closing:
            if self._db.is_open and not self._handed_over:
                self._db.conn.interrupt()

    def stop(self) -> None:
        self._stopping = True
        if not self._handed_over:
            self._interrupted = True
        # An interrupt stops only a statement already running: one that began just after the
        # thread looked at _stopping would run to its end, over a file not yet known to be ours.
        while self._thread.is_alive() and self._db.is_open:
            self._db.conn.interrupt()
            self._thread.join(0.01)
        self.finish()

    def __enter__(self) -> FileChecks:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
