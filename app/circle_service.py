"""Saving finished sharing-circle rounds and reading them back; the end-of-round balance.

The balance (how many spoke, passed or were not reached, the median turn, the total run-over) is
kept for every round: counts and seconds, never who. Each person's spoken time is kept only when
the group's setting says so (off by default, for new groups and the demo alike): in a confidential
group a per-person history is a liability, not a help.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.circle import Outcome, Round, RoundSummary
from storage.circle import CircleRepository
from storage.database import Database
from storage.records import CircleRound, CircleTurn

KEEP_TURN_TIMES = "keep_turn_times"  # meta key: "1" keeps per-person times; absent or else, not


@dataclass(frozen=True)
class RoundBalance:
    spoke: int
    passed: int
    not_reached: int
    median_turn_seconds: int  # of those who spoke; 0 when nobody did
    overrun_seconds: int  # time spoken past each turn's time, added up

    @property
    def people(self) -> int:
        return self.spoke + self.passed + self.not_reached


def balance(summary: RoundSummary) -> RoundBalance:
    spoke = summary.with_outcome(Outcome.SPOKE)
    median = round(statistics.median(t.spoken for t in spoke)) if spoke else 0
    return RoundBalance(
        len(spoke),
        len(summary.with_outcome(Outcome.PASSED)),
        len(summary.with_outcome(Outcome.NOT_HEARD)),
        median,
        sum(max(0, t.spoken - t.planned) for t in spoke),
    )


def stored_balance(round_: CircleRound) -> RoundBalance:
    return RoundBalance(
        round_.spoke_count,
        round_.passed_count,
        round_.not_reached_count,
        round_.median_turn_seconds,
        round_.overrun_seconds,
    )


def keeps_turn_times(db: Database) -> bool:
    return db.meta(KEEP_TURN_TIMES) == "1"


class CircleService:
    """Saving finished rounds and reading them back for a session."""

    def __init__(
        self, db: Database, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._db = db
        self._rounds = CircleRepository(db)
        self._now = now

    @property
    def keeps_turn_times(self) -> bool:
        """The group's setting: keep each person's spoken seconds, or only the balance."""
        return keeps_turn_times(self._db)

    def set_keep_turn_times(self, keep: bool) -> None:
        with self._db.transaction():
            self._db.set_meta(KEEP_TURN_TIMES, "1" if keep else "0")

    def finish(self, round_: Round, session_id: str | None = None) -> bool:
        """End the round and save it if it ever started; True when it was saved."""
        round_.end()
        if not round_.started or round_.started_at is None or round_.ended_at is None:
            return False
        ended = self._now()
        started = ended - timedelta(seconds=round_.ended_at - round_.started_at)
        self.save_round(round_.summary(), _iso(started), session_id, _iso(ended))
        return True

    def save_round(
        self,
        summary: RoundSummary,
        started_at: str,
        session_id: str | None = None,
        ended_at: str | None = None,
    ) -> CircleRound:
        """One transaction: the round with its balance and, if the group keeps them, every
        turn's duration. Never what was said."""
        shares = balance(summary)
        record = CircleRound(
            started_at,
            summary.seconds_per_turn,
            session_id,
            ended_at or _iso(self._now()),
            spoke_count=shares.spoke,
            passed_count=shares.passed,
            not_reached_count=shares.not_reached,
            median_turn_seconds=min(shares.median_turn_seconds, 86_400),
            overrun_seconds=min(shares.overrun_seconds, 86_400),
        )
        turns = [
            CircleTurn(
                record.id,
                position,
                line.planned,
                line.speaker.member_id,
                line.speaker.label,
                max(0, line.spoken),
                line.outcome is Outcome.PASSED,
            )
            for position, line in enumerate(summary.turns)
        ]
        with self._db.transaction():
            return self._rounds.save_round(record, turns if self.keeps_turn_times else [])

    def rounds_for_session(self, session_id: str) -> list[tuple[CircleRound, list[CircleTurn]]]:
        return [(r, self._rounds.turns(r.id)) for r in self._rounds.rounds_for_session(session_id)]


def _iso(moment: datetime) -> str:
    """The same sortable UTC form as every other timestamp in the vault."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
