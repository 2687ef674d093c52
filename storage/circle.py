"""Finished sharing-circle rounds: who spoke for how long, who passed. Never what was said."""

from __future__ import annotations

from collections.abc import Sequence

from storage import rows
from storage.database import Database
from storage.records import CircleRound, CircleTurn


class CircleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save_round(self, round_: CircleRound, turns: Sequence[CircleTurn]) -> CircleRound:
        stored = rows.insert(self._db, "circle_rounds", round_)
        for turn in turns:
            rows.insert(self._db, "circle_turns", turn)
        return stored

    def rounds_for_session(self, session_id: str) -> list[CircleRound]:
        return rows.select_owned(
            self._db, CircleRound, "circle_rounds", "session_id", session_id, "started_at"
        )

    def turns(self, round_id: str) -> list[CircleTurn]:
        return rows.select_owned(self._db, CircleTurn, "circle_turns", "round_id", round_id)
