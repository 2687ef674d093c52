"""The sharing circle: a round of speaking turns as a pure state machine and the fair share of a
time budget. Saving a finished round is app/circle_service.py.

Every time is read from an injected monotonic clock when it is asked for, never accumulated from
ticks, so the remaining time is exact after a stall, a sleep or a slow frame.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

Clock = Callable[[], float]

DEFAULT_WARNING_SECONDS = 30
ADD_TIME_SECONDS = 60
# Passing the word from one person to the next takes a few seconds: a budget keeps them aside.
HANDOVER_SECONDS = 5
MIN_SHARE_SECONDS = 30


class TurnState(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    PAUSED = "paused"
    DONE = "done"
    PASSED = "passed"


class Tone(StrEnum):
    """How the current turn's time looks: each has a colour and a sentence in the UI."""

    IDLE = "idle"  # nobody speaking: not started, between turns, ended
    NEUTRAL = "neutral"
    WARNING = "warning"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class Speaker:
    label: str  # the pseudonym, or a name typed for an ad-hoc round
    member_id: str | None = None


_keys = itertools.count(1)


@dataclass
class Turn:
    speaker: Speaker
    planned: int
    state: TurnState = TurnState.WAITING
    added: int = 0
    passes: int = 0
    come_back: bool = False  # asked to be offered the word again after the last speaker
    spoken_before: float = 0.0  # seconds spoken in earlier segments
    segment_start: float | None = None  # clock reading when the current segment began
    key: int = field(default_factory=lambda: next(_keys))

    @property
    def allotted(self) -> int:
        return self.planned + self.added

    def spoken(self, now: float) -> float:
        if self.segment_start is None:
            return self.spoken_before
        return self.spoken_before + max(0.0, now - self.segment_start)

    def stop(self, now: float) -> None:
        self.spoken_before = self.spoken(now)
        self.segment_start = None


@dataclass(frozen=True)
class FairShare:
    budget: int
    people: int
    per_speaker: int
    spare: int  # negative when even the minimum share does not fit in the budget


def fair_share(budget_seconds: int, people: int) -> FairShare:
    """Whole seconds each, rounded down to 10 s (5 s under a minute), after keeping a few seconds
    per speaker for the handover; never below a short but real turn."""
    if people <= 0:
        raise ValueError("a round needs at least one person")
    budget = max(0, int(budget_seconds))
    raw = (budget - HANDOVER_SECONDS * people) / people
    step = 10 if raw >= 60 else 5
    share = max(MIN_SHARE_SECONDS, int(raw // step) * step)
    return FairShare(budget, people, share, budget - share * people)


class Round:
    """One round of the circle. Every action takes the clock reading from the injected clock."""

    def __init__(
        self,
        speakers: Sequence[Speaker],
        seconds_per_turn: int,
        clock: Clock,
        warning_seconds: int = DEFAULT_WARNING_SECONDS,
    ) -> None:
        if seconds_per_turn <= 0:
            raise ValueError("each turn needs some time")
        self.clock = clock
        self.seconds_per_turn = int(seconds_per_turn)
        self.warning_seconds = max(0, int(warning_seconds))
        self.turns = [Turn(s, self.seconds_per_turn) for s in speakers]
        self.index = 0  # the current turn once started; len(turns) when everyone has had theirs
        self.started = False
        self.ended = False
        self.started_at: float | None = None
        self.ended_at: float | None = None
        # The turn R just sent to the end and the one it gave the word to, while that one still
        # has it: Back then means "not yet", and brings the first one back (see back()).
        self._sent_to_end: tuple[Turn, Turn] | None = None

    # What is shown -------------------------------------------------------------------------
    @property
    def current(self) -> Turn | None:
        if not self.started or self.ended or self.index >= len(self.turns):
            return None
        return self.turns[self.index]

    @property
    def upcoming(self) -> list[Turn]:
        """The waiting turns, in the order they will come."""
        start = self.index + 1 if self.current is not None else self.index
        return [t for t in self.turns[start:] if t.state is TurnState.WAITING]

    @property
    def next_turn(self) -> Turn | None:
        waiting = self.upcoming
        return waiting[0] if waiting else None

    @property
    def complete(self) -> bool:
        """Everyone has had their turn (or passed); only End or Back remain."""
        return self.started and not self.ended and self.index >= len(self.turns)

    @property
    def under_way(self) -> bool:
        """Started, and someone still to speak: the room is in the sharing (paused or not)."""
        return self.started and not self.ended and self.index < len(self.turns)

    @property
    def running(self) -> bool:
        turn = self.current
        return turn is not None and turn.state is TurnState.SPEAKING

    def remaining(self) -> float:
        """Seconds left for the current speaker; negative is overtime."""
        turn = self.current
        if turn is None:
            return 0.0
        return turn.allotted - turn.spoken(self.clock())

    def tone(self) -> Tone:
        turn = self.current
        if turn is None:
            return Tone.IDLE
        left = self.remaining()
        if left <= 0:
            return Tone.OVERTIME
        if left <= self.warning_for(turn):
            return Tone.WARNING
        return Tone.NEUTRAL

    def warning_for(self, turn: Turn) -> int:
        """Seconds before the end when this turn shows "time to conclude": the host's setting, but
        never more than half the turn, or a short turn (a small budget shared by many) would be
        amber from its first second and the warning would tell the room nothing."""
        return min(self.warning_seconds, turn.allotted // 2)

    def position(self) -> int:
        """1-based number of the current turn among those done or in progress."""
        return min(self.index + 1, len(self.turns))

    # Actions -------------------------------------------------------------------------------
    def start(self) -> None:
        if self.started or self.ended or not self.turns:
            return
        self.started = True
        self.started_at = self.clock()
        self._speak(self.turns[0])

    def toggle(self) -> None:
        """Space: start the round, pause or resume the speaker."""
        turn = self.current
        if not self.started:
            self.start()
        elif turn is not None and turn.state is TurnState.SPEAKING:
            self.pause()
        elif turn is not None:
            self.resume()

    def pause(self) -> None:
        turn = self.current
        if turn is not None and turn.state is TurnState.SPEAKING:
            turn.stop(self.clock())
            turn.state = TurnState.PAUSED

    def resume(self) -> None:
        turn = self.current
        if turn is not None and turn.state is TurnState.PAUSED:
            self._speak(turn)

    def next(self) -> None:
        """The current speaker is done; the next one starts speaking."""
        turn = self.current
        if turn is None:
            if not self.started:
                self.start()
            return
        turn.stop(self.clock())
        turn.state = TurnState.DONE
        self._advance()

    def pass_turn(self) -> None:
        """The speaker passes for this round ("it's okay to pass")."""
        turn = self.current
        if turn is None:
            return
        turn.stop(self.clock())
        turn.passes += 1
        turn.state = TurnState.PASSED
        self._advance()

    def come_back_later(self) -> None:
        """ "Pass, come back to me at the end": the speaker is offered the word once more after
        the last speaker; offered again, this key passes for good."""
        turn = self.current
        if turn is None:
            return
        if turn.come_back:
            self.pass_turn()
            return
        turn.stop(self.clock())
        turn.passes += 1
        turn.come_back = True
        turn.state = TurnState.WAITING
        self.turns.append(self.turns.pop(self.index))
        self._begin_at_index()
        given = self.current
        self._sent_to_end = (turn, given) if given is not None and given is not turn else None

    def add_time(self, seconds: int = ADD_TIME_SECONDS) -> None:
        turn = self.current
        if turn is not None and seconds > 0:
            turn.added += int(seconds)

    def back(self) -> None:
        """Return to the previous speaker, who carries on where they stopped."""
        if not self.started or self.ended:
            return
        if self._undo_come_back():
            return
        if self.index == 0:
            return
        was_speaking = True
        turn = self.current
        if turn is not None:
            was_speaking = turn.state is TurnState.SPEAKING
            turn.stop(self.clock())
            turn.state = TurnState.WAITING
        self.index -= 1
        previous = self.turns[self.index]
        if was_speaking:
            self._speak(previous)
        else:
            previous.state = TurnState.PAUSED

    def _undo_come_back(self) -> bool:
        """Back right after R: the previous speaker is the one sent to the end, not the one before
        them in the list. They get the word back where they stopped, as if R had not been
        pressed (so R offers the end again, rather than passing for good)."""
        sent = self._sent_to_end
        self._sent_to_end = None
        turn = self.current
        if (
            sent is None
            or turn is None
            or turn is not sent[1]
            or not any(t is sent[0] for t in self.upcoming)
        ):
            return False
        returning = sent[0]
        was_speaking = turn.state is TurnState.SPEAKING
        turn.stop(self.clock())
        turn.state = TurnState.WAITING
        position = next(i for i, t in enumerate(self.turns) if t is returning)
        self.turns.insert(self.index, self.turns.pop(position))
        returning.come_back = False
        returning.passes -= 1
        if was_speaking:
            self._speak(returning)
        else:
            returning.state = TurnState.PAUSED
        return True

    def reorder_waiting(self, keys: Sequence[int]) -> None:
        """Put the waiting turns in the order of `keys` (all of them, each once)."""
        waiting = self.upcoming
        by_key = {t.key: t for t in waiting}
        if sorted(keys) != sorted(by_key):
            raise ValueError("reorder must list every waiting turn once")
        start = self.index + 1 if self.current is not None else self.index
        rest = [t for t in self.turns[start:] if t.state is not TurnState.WAITING]
        self.turns[start:] = [by_key[k] for k in keys] + rest

    def add_late(self, speaker: Speaker) -> Turn:
        """A late arrival joins at the end of the round, before those who asked to come back
        at the end: they are offered the word after the last speaker."""
        turn = Turn(speaker, self.seconds_per_turn)
        was_complete = self.complete
        start = self.index + 1 if self.current is not None else self.index
        at = len(self.turns)
        while at > start and self.turns[at - 1].come_back and _waiting(self.turns[at - 1]):
            at -= 1
        self.turns.insert(at, turn)
        if was_complete:
            turn.state = TurnState.PAUSED  # the host starts them with Space when they are ready
        return turn

    def end(self) -> None:
        if self.ended:
            return
        now = self.clock()
        turn = self.current
        if turn is not None:
            turn.stop(now)
            # Given the word as the round was ended, before a second was spoken: not reached.
            spoke = round(turn.spoken_before) > 0
            turn.state = TurnState.DONE if spoke else TurnState.WAITING
        if self.started_at is None:
            self.started_at = now
        self.ended = True
        self.ended_at = now

    # Internals -----------------------------------------------------------------------------
    def _speak(self, turn: Turn) -> None:
        turn.state = TurnState.SPEAKING
        turn.segment_start = self.clock()

    def _advance(self) -> None:
        self.index += 1
        self._begin_at_index()

    def _begin_at_index(self) -> None:
        if self.index < len(self.turns):
            self._speak(self.turns[self.index])

    # The end -------------------------------------------------------------------------------
    def summary(self) -> RoundSummary:
        now = self.ended_at if self.ended_at is not None else self.clock()
        lines = [
            TurnSummary(t.speaker, t.allotted, round(t.spoken(now)), _outcome(t))
            for t in self.turns
        ]
        return RoundSummary(self.seconds_per_turn, lines)


def _waiting(turn: Turn) -> bool:
    return turn.state is TurnState.WAITING


class Outcome(StrEnum):
    SPOKE = "spoke"
    PASSED = "passed"
    NOT_HEARD = "not_heard"  # the round ended before their turn


def _outcome(turn: Turn) -> Outcome:
    if turn.state is TurnState.PASSED:
        return Outcome.PASSED
    if turn.state is TurnState.WAITING:
        # Asked to come back and the round ended before they were offered the word: they passed.
        return Outcome.PASSED if turn.passes else Outcome.NOT_HEARD
    return Outcome.SPOKE


@dataclass(frozen=True)
class TurnSummary:
    speaker: Speaker
    planned: int
    spoken: int
    outcome: Outcome


@dataclass(frozen=True)
class RoundSummary:
    seconds_per_turn: int
    turns: list[TurnSummary]

    @property
    def used(self) -> int:
        return sum(t.spoken for t in self.turns)

    @property
    def planned(self) -> int:
        return self.seconds_per_turn * len(self.turns)

    def with_outcome(self, outcome: Outcome) -> list[TurnSummary]:
        return [t for t in self.turns if t.outcome is outcome]


# The moves of one turn's time the chime marks: into its warning, and past its end.
_CHIMED = {
    (Tone.NEUTRAL, Tone.WARNING),
    (Tone.NEUTRAL, Tone.OVERTIME),  # a warning of 0 s, or a stall that jumped over it
    (Tone.WARNING, Tone.OVERTIME),
}


def chimes(before: Tone, after: Tone) -> bool:
    """Whether a turn's move from `before` to `after` rings. Only the same turn's time running
    on: a turn beginning (the caller compares turns, and a new one starts from IDLE) or extra
    time bringing it back from overtime into its warning must not ring, or the chime would
    tell a new speaker, or one just given more time, to conclude."""
    return (before, after) in _CHIMED


def seconds_ceil(remaining: float) -> int:
    """The whole second a countdown shows: 3:40 until a full second has gone."""
    return math.ceil(remaining - 1e-9)


def time_still_needed(round_: Round) -> float:
    """Seconds the round still needs at its pace: what the speaker has left (nothing once over
    time) and a full turn for each person waiting."""
    if round_.ended:
        return 0.0
    current = max(0.0, round_.remaining()) if round_.current is not None else 0.0
    return current + sum(t.allotted for t in round_.upcoming)
