"""Words for agenda item kinds and session statuses in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.model import ItemKind, Session, SessionStatus
from app.sessions import parse_starts_at
from ui.common.dates import to_qdate, to_qtime

KINDS = tuple(ItemKind)


def minutes_text(minutes: int) -> str:
    """ "10 min": minutes spelled as the glossary says, never with a prime (10′)."""
    return QCoreApplication.translate("SessionLabels", "{minutes} min").format(minutes=minutes)


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        ItemKind.WELCOME: QCoreApplication.translate("SessionLabels", "Welcome"),
        ItemKind.AGREEMENTS: QCoreApplication.translate("SessionLabels", "Group agreements"),
        ItemKind.CHECK_IN: QCoreApplication.translate("SessionLabels", "Check-in round"),
        ItemKind.CIRCLE: QCoreApplication.translate("SessionLabels", "Sharing circle"),
        ItemKind.THEME: QCoreApplication.translate("SessionLabels", "Theme"),
        ItemKind.BREAK: QCoreApplication.translate("SessionLabels", "Break"),
        ItemKind.CLOSING: QCoreApplication.translate("SessionLabels", "Closing"),
        ItemKind.OTHER: QCoreApplication.translate("SessionLabels", "Other"),
    }
    return labels.get(kind, labels[ItemKind.OTHER])


def status_label(status: str) -> str:
    labels: dict[str, str] = {
        SessionStatus.PLANNED: QCoreApplication.translate("SessionLabels", "Planned"),
        SessionStatus.HELD: QCoreApplication.translate("SessionLabels", "Held"),
        SessionStatus.CANCELLED: QCoreApplication.translate("SessionLabels", "Cancelled"),
    }
    return labels.get(status, status)


def clock_text(seconds: float) -> str:
    """m:ss or h:mm:ss, with a minus sign when a time has run over."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def long_when(session: Session, locale: QLocale | None = None) -> str:
    """ "Tuesday 15 December 2026, 19:00": the long date and the short time, never a time zone."""
    locale = locale or QLocale()
    moment = parse_starts_at(session.starts_at)
    return QCoreApplication.translate("SessionLabels", "{date}, {time}").format(
        date=locale.toString(to_qdate(moment.date()), QLocale.FormatType.LongFormat),
        time=locale.toString(to_qtime(moment.time()), QLocale.FormatType.ShortFormat),
    )
