"""The meeting as it runs: which agenda item is current and how long each has taken.

Every figure is computed from an injected monotonic clock at the moment it is asked for, never
from timer ticks, so the host's screen is right after a stall, a sleep or a slow frame.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.records import ItemKind


Clock = Callable[[], float]


@dataclass(frozen=True)
class LiveItem:
    title: str
    kind: ItemKind
    planned_seconds: int


class MeetingRun:
    def __init__(self, items: Sequence[LiveItem], duration_seconds: int, clock: Clock) -> None:
        if not items:
            raise ValueError("a meeting needs at least one agenda item")
        self.items = list(items)
        self.duration_seconds = duration_seconds
        self._clock = clock
        self._started = clock()
        self._entered = self._started
        self._spent = [0.0] * len(self.items)
        self.index = 0

    @property
    def current(self) -> LiveItem:
        return self.items[self.index]

    @property
    def next_item(self) -> LiveItem | None:
        return self.items[self.index + 1] if self.index + 1 < len(self.items) else None

    @property
    def is_last(self) -> bool:
        return self.index == len(self.items) - 1

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.items) or index == self.index:
            return
        now = self._clock()
        self._spent[self.index] += now - self._entered
        self._entered = now
        self.index = index

    def resume_at(
        self, index: int, spent: Sequence[float], meeting_elapsed: float, gap: float
    ) -> None:
        """Carry on a meeting saved at a lock: `spent` as saved, and the `gap` since then
        counted on the current item (the meeting went on in the room)."""
        now = self._clock()
        self.index = index
        self._spent = [float(s) for s in spent]
        self._spent[index] += gap
        self._entered = now
        self._started = now - meeting_elapsed

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def item_elapsed(self, index: int | None = None) -> float:
        index = self.index if index is None else index
        extra = self._clock() - self._entered if index == self.index else 0.0
        return self._spent[index] + extra

    def item_remaining(self) -> float:
        """Negative once the current item runs over."""
        return self.current.planned_seconds - self.item_elapsed()

    def meeting_elapsed(self) -> float:
        return self._clock() - self._started

    def meeting_remaining(self) -> float:
        return self.duration_seconds - self.meeting_elapsed()


ON_TIME_SECONDS = 60  # within a minute of the plan, a meeting is on time
LATE_WINDOW_SECONDS = 3600  # launched later than its time by less: its time is the plan


class PaceStatus(StrEnum):
    AHEAD = "ahead"
    ON_TIME = "on_time"
    BEHIND = "behind"


@dataclass(frozen=True)
class Pace:
    """How the meeting stands against its agenda, from the clock at this instant."""

    drift_seconds: float  # positive: behind the plan; negative: ahead of it
    left_seconds: float  # what the agenda still needs from now, at this pace
    elapsed_seconds: float

    @property
    def status(self) -> PaceStatus:
        if self.drift_seconds >= ON_TIME_SECONDS:
            return PaceStatus.BEHIND
        if self.drift_seconds <= -ON_TIME_SECONDS:
            return PaceStatus.AHEAD
        return PaceStatus.ON_TIME

    @property
    def drift_minutes(self) -> int:
        """Whole minutes off the plan, rounded to the nearest: what a host says aloud."""
        return int(abs(self.drift_seconds) / 60 + 0.5)


def late_start(starts_at: datetime, launched_at: datetime) -> float:
    """Seconds the meeting began after its planned time, when it was run within the hour after
    it: the end read aloud at the welcome is the time plus the agenda, not the launch plus the
    agenda. Run early, or on another day (a rehearsal, a meeting caught up later): none."""
    late = (launched_at - starts_at).total_seconds()
    return late if 0 < late <= LATE_WINDOW_SECONDS else 0.0


def pace(run: MeetingRun, current_left: float | None = None, late_seconds: float = 0.0) -> Pace:
    """Where the meeting stands: the time gone plus what the agenda still needs, against the
    agenda's total. The current item needs what is left of it (nothing once it runs over), or
    `current_left` when something knows better (a sharing circle counts its waiting speakers).
    A meeting begun `late_seconds` after its time starts that far behind its plan."""
    if current_left is None:
        current_left = run.item_remaining()
    left = max(0.0, current_left) + sum(i.planned_seconds for i in run.items[run.index + 1 :])
    planned = sum(i.planned_seconds for i in run.items)
    elapsed = run.meeting_elapsed()
    return Pace(elapsed + late_seconds + left - planned, left, elapsed)
