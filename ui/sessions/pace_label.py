"""The meeting clock in words and numbers: ahead of, on or behind the plan, and when the meeting
will end at this pace. Shown in the live meeting and beside the sharing circle."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QWidget

from app.live import Pace, PaceStatus
from ui.common.plain_text import PlainLabel
from ui.common.theme import colours_for

STATUS_STYLE = {
    PaceStatus.AHEAD: "info",
    PaceStatus.ON_TIME: "success",
    PaceStatus.BEHIND: "warning",
}


def _clock(moment: datetime) -> str:
    time = QTime(moment.hour, moment.minute)
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def pace_words(pace: Pace) -> str:
    if pace.status is PaceStatus.BEHIND:
        # "min" takes no plural in either language, so no numerus form is needed.
        return QCoreApplication.translate("Pace", "{minutes} min behind plan").format(
            minutes=pace.drift_minutes
        )
    if pace.status is PaceStatus.AHEAD:
        return QCoreApplication.translate("Pace", "{minutes} min ahead of plan").format(
            minutes=pace.drift_minutes
        )
    return QCoreApplication.translate("Pace", "On time")


def pace_text(pace: Pace, now: datetime) -> str:
    """ "7 min behind plan · ends about 21:07 (planned 21:00)"."""
    ends = now + timedelta(seconds=pace.left_seconds)
    planned = ends - timedelta(seconds=pace.drift_seconds)
    return QCoreApplication.translate(
        "Pace", "{status} · ends about {end} at this pace (planned {planned})"
    ).format(status=pace_words(pace), end=_clock(ends), planned=_clock(planned))


class PaceLabel(PlainLabel):
    """One line, its status framed in the theme's status colours; the words carry the state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("meetingPace")
        self.setWordWrap(True)
        self.status: PaceStatus | None = None

    def show_pace(self, pace: Pace | None, now: datetime, theme: str) -> None:
        self.setVisible(pace is not None)
        if pace is None:
            return
        text = pace_text(pace, now)
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
            if self.maximumWidth() < 10_000:  # in a fixed-width column: keep the wrapped height
                self.setMinimumHeight(self.heightForWidth(self.maximumWidth()))
        if pace.status is not self.status:
            self.status = pace.status
            colours = colours_for(theme).status(STATUS_STYLE[pace.status])
            self.setStyleSheet(
                f"color: {colours.text}; background: {colours.background}; "
                f"border: 2px solid {colours.border}; border-radius: 6px; padding: 4px 10px;"
            )
