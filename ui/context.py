"""What every screen may reach, passed in constructors: services, preferences, the clock and the
signals areas use to talk to each other without importing each other."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.settings import Preferences, PreferenceStore
from app.vaults import VaultService
from i18n.loader import Translations

if TYPE_CHECKING:
    from app.group import OpenGroup
    from app.live import Pace


def seconds_since_boot() -> float:
    """A clock that never goes back and counts the time the laptop slept: on Linux
    CLOCK_MONOTONIC (time.monotonic) stops during a suspend, so a lid closed mid-meeting left the
    meeting's clock short by the whole sleep, and the auto-lock's idle time did not count it.
    CLOCK_BOOTTIME counts it; elsewhere time.monotonic."""
    return time.clock_gettime(time.CLOCK_BOOTTIME)


MONOTONIC: Callable[[], float] = (
    seconds_since_boot if hasattr(time, "CLOCK_BOOTTIME") else time.monotonic
)


class Area(StrEnum):
    """Whose data changed, in `UiContext.data_changed`: each is sent by the area that writes it
    and heard by the areas that show it (a guard test checks every one is sent somewhere)."""

    SESSIONS = "sessions"
    MEMBERS = "members"
    ATTENDANCE = "attendance"  # a check-in: may also have put a newcomer on the roster
    CIRCLE = "circle"
    RESOURCES = "resources"


class UiContext(QObject):
    help_now_requested = Signal()
    navigate_requested = Signal(str)  # "sessions", "members", "circle", "resources"
    record_requested = Signal(str, str)  # a table and a row id: that record shown in its area
    circle_requested = Signal(str, list, int)  # session id, member ids present, budget seconds
    lock_requested = Signal()
    preferences_changed = Signal()
    data_changed = Signal(str)  # an Area whose data changed
    checkin_requested = Signal(str)  # session id: open the check-in list for that meeting
    agreements_requested = Signal()  # show the group agreements full-window, to read aloud
    about_to_lock = Signal()  # first at a lock: work under way on the group ends or is stopped
    # Then the screens keep what runs (a round, a meeting): a write of their own, after the
    # workers' on the group's connection, never waiting for one (storage/database.py's turn).
    keeping_for_unlock = Signal()
    help_now_shown = Signal(bool)  # Help now opened (True) or closed: the circle pauses for it
    meeting_requested = Signal()  # back to the meeting in progress (it stepped aside)

    def __init__(
        self,
        vaults: VaultService,
        preferences: PreferenceStore,
        monotonic: Callable[[], float] = MONOTONIC,
    ) -> None:
        super().__init__()
        self.vaults = vaults
        self.preference_store = preferences
        self.prefs: Preferences = preferences.load()
        self.monotonic = monotonic
        # UTC wall time, for what must survive a lock (a paused meeting): the monotonic clock's
        # readings mean nothing once the process has gone.
        self.utc_clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        # Local wall-clock time, only to say when the meeting will end; tests fix it.
        self.wall_clock: Callable[[], datetime] = datetime.now
        # The local date: what is stale, due or renewed today, and the date a change records.
        # Every screen asks here, so that a test fixes it once.
        self.today: Callable[[], date] = date.today
        # While a meeting runs: its pace, given what its current item still needs (None: the
        # item's own plan). The sharing circle reads it to show the meeting clock too.
        self.meeting_pace: Callable[[float | None], Pace] | None = None
        self.group: OpenGroup | None = None
        # The installed translators, so Preferences can switch language live (set by main).
        self.translations: Translations | None = None
        self._autolock_inhibitors: set[str] = set()

    def save_preferences(self, prefs: Preferences) -> None:
        validated = prefs.validated()
        self.preference_store.save(validated)  # a full disk raises before anything changes
        self.prefs = validated
        self.preferences_changed.emit()

    # A running sharing circle must never be locked away in front of the room.
    def inhibit_autolock(self, reason: str, on: bool) -> None:
        if on:
            self._autolock_inhibitors.add(reason)
        else:
            self._autolock_inhibitors.discard(reason)

    @property
    def autolock_inhibited(self) -> bool:
        return bool(self._autolock_inhibitors)
