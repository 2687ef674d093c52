"""Writing a handover bundle: export to our own temp file and verify it (write_bundle, which
needs no target: it may run while the host still chooses one), then copy to .partial, verify,
rename (place_bundle). Any failure leaves no file behind, neither in the data dir nor at the
target."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from storage.bundle import (
    LOCAL_META,
    SCOPES,
    Progress,
    _no_progress,
    copy_verified,
    read_content,
    remove_scratch,
    scratch_path,
    table_scans,
    verify_open_bundle,
)
from storage.bundle_file import (
    TABLES,
    BundleKey,
    FileChecks,
    SharedScans,
    Staged,
    Stop,
    largest_first,
    open_bundle,
    staged_in_memory,
    write_keyed,
)
from storage.bundle_gate import TableScan, flagged_columns
from storage.bundle_manifest import Manifest, write_manifest
from storage.bundle_schema import drop_search_index
from storage.database import Database, translate_error
from storage.errors import ContentInvalid, CopyDiffers, StorageError, ValidationError
from storage.folders import partial_path
from storage.legacy_text import too_long

# A key still being derived by the caller, given once the group is scoped in memory.
KeyLater = Callable[[], BundleKey | None]
CONTACT_COLUMNS = ("full_name", "phone", "email", "private_note")
_CHUNK = 1 << 20


def export_bundle(
    db: Database,
    target: Path,
    passphrase: str,
    scope: str,
    tmp_dir: Path,
    app_version: str,
    progress: Progress = _no_progress,
    *,
    with_notes: bool = False,
    key: BundleKey | None = None,
    today: date | None = None,
) -> Manifest:
    """with_notes: the outgoing host ticked their private notes in; otherwise none travel.
    key: derived from `passphrase` already (random salt), by a caller that started it early;
    without it, it is derived here while the group is scoped in memory. today: the local day a
    consent's renewal date is judged on (write_bundle)."""
    if scope not in SCOPES:
        raise ValidationError("scope", "unknown")
    target = _checked_target(target)
    written = write_bundle(
        db,
        passphrase,
        scope,
        tmp_dir,
        app_version,
        key=key,
        with_notes=with_notes,
        progress=progress,
        today=today,
        ahead=False,
    )
    return place_bundle(written, target, progress)


@dataclass(frozen=True)
class WrittenBundle:
    """A bundle written, sealed and verified in our temp folder, not yet at its target: what an
    export does before it needs the target (write_bundle), so that it can be done while the host
    still chooses where the file goes. place_bundle copies it there; close removes it.
    judged_on: the local day its consents were judged on (a consent renewed until that day
    let contact details through). size and sha256: the file as sealed, which its copy must be,
    for one written ahead (None: placed at once, its copy compared with it alone)."""

    scratch: Path = field(repr=False)
    manifest: Manifest
    judged_on: date
    size: int | None = None
    sha256: str | None = field(default=None, repr=False)

    def close(self) -> None:
        remove_scratch(self.scratch)


def write_bundle(
    db: Database,
    passphrase: str,
    scope: str,
    tmp_dir: Path,
    app_version: str,
    *,
    key: BundleKey | KeyLater | None = None,
    with_notes: bool = False,
    progress: Progress = _no_progress,
    today: date | None = None,
    stop: Stop | None = None,
    ahead: bool = True,
) -> WrittenBundle:
    """Every step of export_bundle before the copy to the target; the caller places it or
    closes it. key: as export_bundle's, or a function that gives it once the group is scoped in
    memory (a key still being derived elsewhere; its None: none came, and it is derived here).
    today: the local day consents are judged on (a renewal date before it no longer holds);
    this computer's, by default. stop: a write ahead's, which another thread may end sooner
    (it then raises "stopped" and leaves no file); an export's own has none. ahead: the file
    waits in our temp folder for the host's choice of destination, so it is fingerprinted as
    sealed (an export placing it at once has nothing to fear in between: its copy is compared
    with it, byte for byte, ~0.04 s less for the large group)."""
    if scope not in SCOPES:
        raise ValidationError("scope", "unknown")
    day = today or date.today()
    stop = stop or Stop()
    progress(5)
    scratch = scratch_path(tmp_dir, "export")
    done = False
    try:
        now = datetime.now(UTC)
        # A key still to derive, and the gate's flags: each on a thread, outside the GIL.
        with ThreadPoolExecutor(2) as pool:
            if isinstance(key, BundleKey):
                key_of = _known(key)
            elif key is not None:
                key_of = partial(_later, key, passphrase)
            else:
                key_of = pool.submit(BundleKey.new, passphrase).result
            key, flags = _write(db, scratch, key_of, (scope, with_notes, day), now, pool, stop)
            progress(40)
            flagged = flags.of if flags is not None else None
            try:
                manifest = _seal(
                    scratch, key, (scope, app_version), table_scans(flagged=flagged, now=now), stop
                )
            except ContentInvalid as exc:  # the next host's Cercle would refuse it: say so here
                exc.outgoing = True
                raise
            finally:
                if flags is not None:
                    flags.raise_failure()
        stop.check()
        size, sha256 = _fingerprint(scratch) if ahead else (None, None)
        progress(65)
        done = True
        return WrittenBundle(scratch, manifest, day, size, sha256)
    except OSError as exc:
        raise translate_error(exc) from None
    finally:
        if not done:
            remove_scratch(scratch)


def place_bundle(
    written: WrittenBundle, target: Path, progress: Progress = _no_progress
) -> Manifest:
    """The written bundle copied to `target`'s .partial, compared, renamed: any failure leaves
    no file there. The scratch file is removed in every case."""
    partial_file = None
    done = False
    try:
        target = _checked_target(target)
        partial_file = partial_path(target)
        copy_verified(written.scratch, partial_file)
        progress(80)
        _verify_copy(written, partial_file)
        os.replace(partial_file, target)
        done = True
        progress(100)
        return written.manifest
    except OSError as exc:
        raise translate_error(exc) from None
    finally:
        written.close()
        if not done and partial_file is not None:
            partial_file.unlink(missing_ok=True)


def _checked_target(target: Path) -> Path:
    target = Path(target)
    if target.is_dir():
        raise ValidationError("target", "directory")
    return target


def _later(key: KeyLater, passphrase: str) -> BundleKey:
    return key() or BundleKey.new(passphrase)


def _known(key: BundleKey) -> Callable[[], BundleKey]:
    return lambda: key


def _write(
    db: Database,
    scratch: Path,
    key_of: Callable[[], BundleKey],
    rules: tuple[str, bool, date],
    now: datetime,
    pool: ThreadPoolExecutor,
    stop: Stop,
) -> tuple[BundleKey, _Flags | None]:
    """The group, scoped, in memory while the key is derived, then written under the key: what
    the scope removes never reaches the file, not even in a free page. Meanwhile another
    connection runs the gate's SQL flags over the same rows in memory (_Flags, on `pool`): on
    two cores that half of the gate no longer waits for the file. The file's own pass then
    writes the text the seal is over and reads the flagged columns, and what its text makes
    suspect, from the file for domain's verdict. It starts as soon as the file is written and
    asks for the flags (the _Flags this returns) table by table, once it has the table's text."""
    with staged_in_memory(db, stop) as staged:
        with db.transaction():
            _strip(db, staged.name, *rules)
            # Derived from the resources: the import builds its own (storage/bundle_schema.py).
            drop_search_index(db, staged.name)
        stop.check()
        if staged.uri is None:  # no second connection: the file's pass flags every column
            key = key_of()
            stop.check()
            write_keyed(db, staged.name, scratch, key, stop)
            return key, None
        flags = _Flags(staged, now, stop)
        flags.start(pool)
        key = key_of()
        stop.check()
        write_keyed(db, staged.name, scratch, key, stop)
        # Detached next: only a connection of the flags' own, opened by now, keeps the staged
        # rows in memory (one opened after would find an empty database, and flag nothing).
        flags.reading.wait()
        return key, flags


class _Flags:
    """The gate's SQL flags over the staged rows (bundle_gate.flagged_columns), table by
    table, on a connection of their own (run, on the pool), and asked for by the file's pass
    once it has a table's text (of). A table they have not begun is left to that pass, which
    flags it over the file, as an import does, instead of waiting: they take the tables from
    the far end of the pass's order, so the two meet once, and flags that outlast the write
    (the KDF beside them, a busy core) keep neither the pass nor the core they free waiting.
    Each table is flagged once, on one side or the other."""

    def __init__(self, staged: Staged, now: datetime, stop: Stop) -> None:
        self._staged = staged
        self._now = now
        self._stop = stop
        self._waiting = largest_first(TABLES)  # the pass's order: taken here from its end
        self._begun: dict[str, threading.Event] = {}
        self._found: dict[str, set[str]] = {}
        self._lock = threading.Lock()
        # Set once this connection holds the staged rows, or could not open.
        self.reading = threading.Event()
        self._done: Future[None] | None = None

    def start(self, pool: ThreadPoolExecutor) -> None:
        self._done = pool.submit(self.run)

    def raise_failure(self) -> None:
        """After the pass: a failure other than the storage's (a defect) is raised here, as
        the pass would have met it. The tables it left were flagged over the file all the
        same, so the file was never let through unflagged; the export still fails, loudly."""
        if self._done is not None:
            self._done.result()

    def run(self) -> None:
        """A table whose flags fail, or every table when the staged rows cannot be read from
        a second connection, is left unflagged here: these flags only save time."""
        try:
            with self._staged.reader() as rows, self._stop.watch_db(rows):
                self.reading.set()
                # Staged rows no longer there read as an empty database, where nothing is
                # flagged.
                if not rows.scalar("SELECT count(*) FROM sqlite_schema"):
                    return
                while not self._stop.stopped and (table := self._take()) is not None:
                    try:
                        self._found[table] = flagged_columns(rows, table, self._now)
                    finally:
                        self._begun[table].set()
        except StorageError:
            pass
        finally:
            self.reading.set()

    def _take(self) -> str | None:
        with self._lock:
            if not self._waiting:
                return None
            table = self._waiting.pop()
            self._begun[table] = threading.Event()
            return table

    def of(self, table: str) -> set[str] | None:
        """The table's flags over the staged rows, or None: the pass flags it over the file."""
        with self._lock:
            if table in self._waiting:
                self._waiting.remove(table)
                return None
            begun = self._begun[table]
        begun.wait()
        return self._found.get(table)


def _seal(
    scratch: Path,
    key: BundleKey,
    made_by: tuple[str, str],
    scans: SharedScans[TableScan],
    stop: Stop,
) -> Manifest:
    """Seal what is on disk: the rows are read once, from the written file itself (hashed, and
    the columns `scans` were told are flagged read for domain's verdict) while a second
    connection runs the whole-file checks, then the checks an import runs. made_by: the scope
    and the app's version. Every statement of either connection may be interrupted by `stop`:
    the file is ours, and removed once stopped."""
    with open_bundle(scratch, key, read_only=False) as out, stop.watch_db(out):
        out.execute("PRAGMA journal_mode = OFF")  # our scratch file: the copy is what is synced
        out.execute("PRAGMA synchronous = OFF")
        with (
            FileChecks(scratch, key, sharing=scans, stop=stop) as checks,
            stop.watch(checks.interrupt),
        ):
            read = read_content(out, scans=checks.sharing)
            stop.check()
            checks.take_waiting(out)
            checks.finish()  # the manifest's write waits for no reader
        stop.check()
        with out.transaction():
            write_manifest(out, *made_by, read.digest, read.counts)
        try:
            return verify_open_bundle(out, checks, read=read)
        except ContentInvalid as exc:
            # Named from the file as scoped: a note that stays behind blocks nothing.
            exc.too_long = list(too_long(out))
            raise


def _fingerprint(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _verify_copy(written: WrittenBundle, partial: Path) -> None:
    """The scratch file passed every check; its copy must be it, byte for byte (a stronger proof
    than every page's HMAC under our key, and read without decrypting anything), and be it as
    it was sealed: a scratch file changed or cut short while the host chose where it goes
    (written ahead) is refused, even when the copy matches it."""
    digest = hashlib.sha256() if written.sha256 is not None else None
    size = 0
    with written.scratch.open("rb") as ours, partial.open("rb") as copy:
        while True:
            chunk = copy.read(_CHUNK)
            if ours.read(_CHUNK) != chunk:
                raise CopyDiffers("copy differs")
            if not chunk:
                break
            if digest is not None:
                digest.update(chunk)
            size += len(chunk)
    if digest is not None and (size, digest.hexdigest()) != (written.size, written.sha256):
        raise CopyDiffers("copy differs")


def _strip(db: Database, out: str, scope: str, with_notes: bool, today: date) -> None:
    """Scope applied to the copy only. updated_at is left as it was, so a co-host merging a
    consent-limited file never overwrites the contact details they already hold. today: the
    local day consents are judged on."""
    # A meeting paused by a lock belongs to this computer's session, never to the next host.
    db.execute(f"DELETE FROM {out}.meta WHERE substr(key, 1, ?) = ?", LOCAL_META)
    if not with_notes:
        # The host's private notes are their own: they travel only when ticked in.
        db.execute(f"UPDATE {out}.members SET private_note = '' WHERE private_note != ''")
    if scope == "consented":
        sets = ", ".join(f"{c} = ''" for c in CONTACT_COLUMNS)
        # The consent records decide (schema 2), not the old checkbox: a consent past its
        # renewal date no longer holds.
        db.execute(
            f"UPDATE {out}.members SET {sets} WHERE id NOT IN (SELECT member_id FROM {out}.consents "
            "WHERE purpose = 'handover' AND given = 1 AND (renew_on IS NULL OR renew_on >= ?))",
            (today.isoformat(),),
        )
    elif scope == "no_roster":
        db.execute(
            f"UPDATE {out}.circle_turns SET member_id = NULL, speaker_label = '' "
            "WHERE member_id IS NOT NULL"
        )
        db.execute(f"DELETE FROM {out}.attendance")
        db.execute(f"DELETE FROM {out}.consents")
        db.execute(f"DELETE FROM {out}.members")
