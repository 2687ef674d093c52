"""An unlocked group: its one connection and the services built on it. Dropped at lock."""

from __future__ import annotations

from collections.abc import Callable

from app.circle_service import CircleService
from app.consent import ConsentService
from app.group_info import GroupInfo as GroupInfo  # where it was first defined
from app.report_service import ReportService
from app.resources import ResourceService
from app.retention import RetentionService
from app.roster import RosterService
from app.scripts import ScriptService
from app.sessions import SessionService
from storage.database import Database


class OpenGroup:
    def __init__(self, db: Database, info: GroupInfo) -> None:
        self.db = db
        self.info = info
        self.roster = RosterService(db)
        self.sessions = SessionService(db)
        self.resources = ResourceService(db)
        self.circle = CircleService(db)
        self.reports = ReportService(db)
        self.consents = ConsentService(db)
        self.scripts = ScriptService(db)
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
        return self.db.integrity_problems(), self.db.cipher_version()

    def finish_opening(self) -> None:
        work, self.after_opening = self.after_opening, None
        if work is not None:
            work()

    @property
    def name(self) -> str:
        return self.db.meta("group_name") or ""

    @property
    def language(self) -> str:
        return self.db.meta("language") or "fr"

    @property
    def group_id(self) -> str:
        return self.db.meta("group_id") or self.info.id

    def before_risky_change(self, reason: str) -> None:
        for hook in self.before_risky_change_hooks:
            hook(reason)

    def rename(self, name: str) -> None:
        with self.db.transaction():
            self.db.set_meta("group_name", name.strip())

    @property
    def is_open(self) -> bool:
        return self.db.is_open

    def close(self) -> None:
        self.db.close()
        self.before_risky_change_hooks.clear()
