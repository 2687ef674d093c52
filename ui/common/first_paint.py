"""Run something once a widget has first painted: what the host sees comes before the rest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: the frame being painted reaches the screen first. Dropped if the widget
            # is gone by then (a lock right after the unlock).
            QTimer.singleShot(0, self._widget, self._fn)
            # Not deleteLater(): a lock right after the unlock then queued the deletion of this
            # child beside its widget's own, and the test runs crashed in ~QObject (1 run in
            # 5). The widget's deletion takes it along.
        return False


def after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """fn runs once, after the widget's first paint; at once (queued) if it is not on screen,
    where no paint will ever come (a window never shown, as in some tests)."""
    if widget.isVisible():
        _FirstPaint(widget, fn)
    else:
        QTimer.singleShot(0, widget, fn)


def on_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """fn runs once, after the widget's first paint, even if it is not shown yet: for a window
    being built that its maker shows."""
    _FirstPaint(widget, fn)
