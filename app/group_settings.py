"""Settings that belong to a group (kept in its vault, handed over with it), not to a computer.

Stored as text in meta, so every value read is checked and clamped: a handed-over file may hold
anything there."""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database

THRESHOLD_KEY = "report_threshold"
RETENTION_KEY = "retention_months"
PAID_HOSTS_KEY = "paid_hosts"

DEFAULT_THRESHOLD = 5
THRESHOLD_RANGE = (2, 20)
DEFAULT_RETENTION_MONTHS = 24
KEEP_ALWAYS = 0  # retention_months = 0: who came is kept for ever
RETENTION_RANGE = (6, 240)
PAID_HOSTS_RANGE = (0, 99)


@dataclass(frozen=True)
class GroupSettings:
    report_threshold: int = DEFAULT_THRESHOLD
    retention_months: int = DEFAULT_RETENTION_MONTHS
    paid_hosts: int = 0

    @property
    def keeps_always(self) -> bool:
        return self.retention_months == KEEP_ALWAYS


def _int(db: Database, key: str, default: int, bounds: tuple[int, int], *extra: int) -> int:
    raw = db.meta(key)
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        return default
    if value in extra:
        return value
    return value if bounds[0] <= value <= bounds[1] else default


def load(db: Database) -> GroupSettings:
    return GroupSettings(
        _int(db, THRESHOLD_KEY, DEFAULT_THRESHOLD, THRESHOLD_RANGE),
        _int(db, RETENTION_KEY, DEFAULT_RETENTION_MONTHS, RETENTION_RANGE, KEEP_ALWAYS),
        _int(db, PAID_HOSTS_KEY, 0, PAID_HOSTS_RANGE),
    )


def save(db: Database, settings: GroupSettings) -> GroupSettings:
    """Values out of range are refused, not clamped: the UI's spin boxes never send them."""
    low, high = THRESHOLD_RANGE
    if not low <= settings.report_threshold <= high:
        raise ValueError("report_threshold")
    low, high = RETENTION_RANGE
    if settings.retention_months != KEEP_ALWAYS and not low <= settings.retention_months <= high:
        raise ValueError("retention_months")
    low, high = PAID_HOSTS_RANGE
    if not low <= settings.paid_hosts <= high:
        raise ValueError("paid_hosts")
    with db.transaction():
        db.set_meta(THRESHOLD_KEY, str(settings.report_threshold))
        db.set_meta(RETENTION_KEY, str(settings.retention_months))
        db.set_meta(PAID_HOSTS_KEY, str(settings.paid_hosts))
    return settings
