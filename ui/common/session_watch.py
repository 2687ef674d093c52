"""The desktop's screen-lock and suspend signals, where D-Bus offers them (Linux desktops).

Best effort on top of the idle timer: the freedesktop and GNOME screensavers' ActiveChanged(true),
logind's Session.Lock (loginctl lock-session) and Manager.PrepareForSleep(true). Without a bus
(Windows, macOS, a bare session) nothing is connected and the idle timer alone locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

_SESSION = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "active"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "active"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", "active"),
]
_SYSTEM = [
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", "active"),
    ("", "org.freedesktop.login1.Session", "Lock", "lock"),
]
_SLOTS = {"active": "_on_active(bool)", "lock": "_on_lock()"}


class SessionWatch(QObject):
    locking = Signal()  # the screen is locking or the computer is about to sleep

    def attach(self, bus: QDBusConnection | None, session: bool = True) -> int:
        """Listen on one bus; returns how many signals could be connected."""
        if bus is None or not bus.isConnected():
            return 0
        connected = 0
        for path, interface, name, slot in _SESSION if session else _SYSTEM:
            # PySide6 takes SLOT()'s str here and refuses bytes; its stubs ask for bytes.
            if bus.connect("", path, interface, name, self, SLOT(_SLOTS[slot])):  # type: ignore[call-overload]
                connected += 1
        return connected

    def attach_default_buses(self) -> int:
        """QtDBus is loaded here, once the window has painted (AutoLock.watch_desktop): the
        start screen needs neither it nor the two bus connections."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - builds without QtDBus
            return 0
        return self.attach(QDBusConnection.sessionBus(), session=True) + self.attach(
            QDBusConnection.systemBus(), session=False
        )

    @Slot(bool)
    def _on_active(self, active: bool) -> None:
        if active:
            self.locking.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.locking.emit()
