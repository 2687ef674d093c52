"""Auto-lock: an application-wide idle timer, plus the session signals Qt can see.

Any key, mouse, wheel or touch event in any window of the app counts as activity. Input reaches
a window before any widget in it, so the windows are watched, each from when it first has the
focus: an application-wide filter was called from C++ into Python for every event of every
object (each repaint, timer, layout). The state is computed from an injected monotonic clock
whenever the check timer fires, so the lock happens on time after a stall or a suspend, and
tests drive it with a fake clock. A running sharing circle inhibits
it (ctx.autolock_inhibited): the room is watching and no one touches the keyboard.

Screen lock and suspend: Qt itself only reports Qt.ApplicationSuspended (mobile platforms, some
Wayland compositors). On Linux desktops, ui/common/session_watch.py adds the screensaver and logind
signals over D-Bus. Elsewhere (Windows, macOS) a locked screen is not visible to us and the idle
timer is what locks; after a suspend the clock (ui/context.py MONOTONIC) has moved on where it
counts sleep (Linux's boot time, Windows) and the next check locks; on macOS it has not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

from ui.common.session_watch import SessionWatch
from ui.context import UiContext

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}
CHECK_INTERVAL_MS = 5_000


class AutoLock(QObject):
    def __init__(
        self,
        ctx: UiContext,
        parent: QObject | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock or (lambda: ctx.monotonic())
        self.last_activity = self._clock()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
            app.applicationStateChanged.connect(self._on_state_changed)
            self._watch(app.focusWindow())
        self.session_watch = SessionWatch(self)
        self.session_watch.locking.connect(self.lock_now)

    def watch_desktop(self) -> None:
        """The screensaver's and logind's signals, from once the window has painted
        (ui/application.py asks): a D-Bus connection or two the start screen can do without."""
        self.session_watch.attach_default_buses()

    @property
    def idle_limit_seconds(self) -> float:
        return float(self.ctx.prefs.autolock_minutes) * 60

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:  # installed once: a second time only moves it to the front
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self._clock()
        return False

    def idle_seconds(self) -> float:
        return self._clock() - self.last_activity

    def check(self) -> bool:
        """Lock if the group has been idle too long; True when it asked for the lock."""
        if self.ctx.group is None:
            self.last_activity = self._clock()
            return False
        if self.ctx.autolock_inhibited:
            self.last_activity = self._clock()  # a long circle is not idle time
            return False
        if self.idle_seconds() < self.idle_limit_seconds:
            return False
        self.ctx.lock_requested.emit()
        return True

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now()

    def lock_now(self) -> None:
        """The screen locks or the computer sleeps: lock too, unless a circle is running."""
        if self.ctx.group is not None and not self.ctx.autolock_inhibited:
            self.ctx.lock_requested.emit()
