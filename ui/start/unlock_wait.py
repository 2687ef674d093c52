"""The growing wait between wrong passphrases, shown as a countdown on the Unlock button."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from app.throttle import UnlockThrottle
from ui.context import UiContext


class UnlockWait(QObject):
    """Reads the remaining wait from the clock on each tick, so a late tick never shortens it."""

    def __init__(self, ctx: UiContext, button: QPushButton, note: QLabel) -> None:
        super().__init__(button)
        self.throttle = UnlockThrottle(lambda: ctx.monotonic())
        self._button = button
        self._note = note
        self._note.hide()
        self._group_id: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)

    def select(self, group_id: str | None) -> None:
        self._group_id = group_id
        self.refresh()

    def may_try(self) -> bool:
        return self._group_id is None or self.throttle.remaining(self._group_id) <= 0

    def failed(self, group_id: str) -> None:
        self.throttle.record_failure(group_id)
        self.refresh()

    def succeeded(self, group_id: str) -> None:
        self.throttle.record_success(group_id)
        self.refresh()

    def refresh(self) -> None:
        remaining = self.throttle.remaining(self._group_id) if self._group_id else 0.0
        waiting = remaining > 0
        self._button.setEnabled(not waiting)
        self._note.setVisible(waiting)
        if waiting:
            seconds = math.ceil(remaining)
            self._button.setText(self.tr("Wait %n s", "", seconds))
            self._note.setText(
                self.tr(
                    "Several wrong passphrases in a row: please wait a moment before the next try."
                )
            )
            if not self.timer.isActive():
                self.timer.start()
        else:
            self._button.setText(QCoreApplication.translate("StartScreen", "&Unlock"))
            self.timer.stop()
