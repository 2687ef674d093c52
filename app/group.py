"""An unlocked group: its one connection and the services built on it. Dropped at lock.

The connection stays private: the services here, and the few methods below that work on the whole
file (the self-check, a handover's export and merge, the reconnect after a passphrase change, a
backup), are the only ways to it (tests/test_guards.py checks that nothing else reaches it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.circle_service import CircleService
from app.consent import ConsentService
from app.group_info import GroupInfo as GroupInfo  # where it was first defined
from app.live_state import LiveStateService
from app.report_service import ReportService
from app.resources import ResourceService
from app.retention import RetentionService
from app.roster import RosterService
from app.scripts import ScriptService
from app.sessions import SessionService
from storage.database import Database

if TYPE_CHECKING:
    from app.backups import BackupInfo, BackupService
    from storage.bundle_export import WrittenBundle
    from storage.bundle_file import Stop
    from storage.bundle_import import VerifiedCopy
    from storage.bundle_manifest import Manifest
    from storage.keys import DerivedKey
    from storage.merge import MergeCounts


class OpenGroup:
    def __init__(self, db: Database, info: GroupInfo) -> None:
        self._db = db
        self.info = info
        self.consents = ConsentService(db)
        self.roster = RosterService(db, self.consents)
        self.sessions = SessionService(db)
        self.resources = ResourceService(db)
        self.circle = CircleService(db)
        self.reports = ReportService(db)
        self.scripts = ScriptService(db)
        self.live = LiveStateService(db)  # a meeting or round kept across a lock
        # Called with a reason ("merge", "rekey", ...) before an operation that could lose data;
        # the backup service registers itself here at unlock.
        self.before_risky_change_hooks: list[Callable[[str], None]] = []
        self.retention = RetentionService(db, self.before_risky_change)
        # Work that need not delay the first view (the day's verified backup): the UI runs it
        # on a worker once the group screen is shown; finish_opening() runs it here and now.
        self.after_opening: Callable[[], object] | None = None

    def health(self) -> tuple[list[str], str]:
        """The file's integrity problems (empty when healthy) and the SQLCipher version: what
        the packaged build's self-check reports, without the UI reaching the connection."""
        return self._db.integrity_problems(), self._db.cipher_version()

    def export_bundle(
        self,
        target: Path,
        passphrase: str,
        scope: str,
        tmp_dir: Path,
        app_version: str,
        progress: Callable[[int], None] | None = None,
        *,
        with_notes: bool = False,
        key: DerivedKey | None = None,
        today: date | None = None,
    ) -> Manifest:
        """The group written to a handover file through its own connection (the export wizard
        is modal and auto-lock waits for it); `key`: derived from `passphrase` already."""
        from storage.bundle_export import export_bundle  # with a handover, not at unlock

        return export_bundle(
            self._db,
            target,
            passphrase,
            scope,
            tmp_dir,
            app_version,
            progress or (lambda _p: None),
            with_notes=with_notes,
            key=key,
            today=today,
        )

    def write_bundle(
        self,
        passphrase: str,
        scope: str,
        tmp_dir: Path,
        app_version: str,
        *,
        with_notes: bool = False,
        key: Callable[[], DerivedKey | None],
        today: date | None = None,
        stop: Stop | None = None,
    ) -> WrittenBundle:
        """export_bundle's work before the target is known, through the group's own
        connection, while the modal export wizard waits on its destination page (a lock waits
        for it); `key`: gives the key being derived for `passphrase` meanwhile; `stop`: a write ahead's (ExportAhead)."""
        from storage.bundle_export import write_bundle  # with a handover, not at unlock

        return write_bundle(
            self._db,
            passphrase,
            scope,
            tmp_dir,
            app_version,
            with_notes=with_notes,
            key=key,
            today=today,
            stop=stop,
        )

    def change_stamp(self) -> object:
        """Moves whenever the group's file is written (Database.change_stamp): what was read
        from it before is stale when it moved."""
        return self._db.change_stamp()

    def merge_bundle(self, copy: VerifiedCopy, *, dry_run: bool = False) -> MergeCounts:
        """A verified handover copy merged into the group (dry_run: counted, then rolled back)."""
        from storage import merge  # with a handover, not at unlock

        return merge.merge(self._db, copy, dry_run=dry_run)

    def reopen_with(self, passphrase: str) -> None:
        """After a passphrase change made on another connection: this one keyed anew. A group
        locked meanwhile stays closed."""
        self._db.reconnect(passphrase)

    def backup(self, backups: BackupService, kind: str) -> BackupInfo:
        """A verified copy of the group's file, made through its own connection."""
        return backups.backup(self._db, self.info.id, kind)

    def backup_if_due(self, backups: BackupService) -> BackupInfo | None:
        """The day's backup (or the week's), when none was made yet today."""
        return backups.backup_at_unlock(self._db, self.info.id)

    def finish_opening(self) -> None:
        work, self.after_opening = self.after_opening, None
        if work is not None:
            work()

    @property
    def name(self) -> str:
        return self._db.meta("group_name") or ""

    @property
    def language(self) -> str:
        return self._db.meta("language") or "fr"

    @property
    def group_id(self) -> str:
        return self._db.meta("group_id") or self.info.id

    def before_risky_change(self, reason: str) -> None:
        for hook in self.before_risky_change_hooks:
            hook(reason)

    def rename(self, name: str) -> None:
        with self._db.transaction():
            self._db.set_meta("group_name", name.strip())

    @property
    def is_open(self) -> bool:
        return self._db.is_open

    def close(self) -> None:
        self._db.close()
        self.before_risky_change_hooks.clear()
