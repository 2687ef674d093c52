"""A meeting or a sharing circle in progress, kept in the vault across a lock.

At lock the meeting (current item, time spent on each, the meeting clock) and the round (its
order, each turn's state and spoken time) are written to the vault's meta table, with the wall
time of the lock. At unlock they come back, and the time that passed while locked counts: the
meeting went on in the room, and a person speaking went on speaking. A state older than
MAX_GAP_SECONDS, or one that does not read back exactly as written, is dropped, never half used.

Kept in meta rather than in a table of its own: it is one small record per group, never merged
and never handed over (the export strips it), so it needs no schema change.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.circle import Round, Speaker, Turn, TurnState
from app.circle_service import CircleService
from app.live import LiveItem, MeetingRun
from storage.bundle import LOCAL_META_PREFIX
from storage.database import Database

MEETING_KEY, CIRCLE_KEY = LOCAL_META_PREFIX + "meeting", LOCAL_META_PREFIX + "circle"
LIVE_KEYS = (MEETING_KEY, CIRCLE_KEY)
MAX_GAP_SECONDS = 6 * 3600  # a meeting locked longer than an evening is over
_MAX_SECONDS = 24 * 3600.0
WallClock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SavedMeeting:
    session_id: str
    index: int
    spent: list[float]  # seconds on each agenda item, the current one up to the lock
    meeting_elapsed: float
    gap: float  # seconds between the lock and now
    agenda: str = ""  # agenda_digest of the run at the lock; "" if kept by an older Cercle


@dataclass(frozen=True)
class SavedCircle:
    session_id: str | None
    round_state: dict[str, Any]
    gap: float


# -- writing ------------------------------------------------------------------------------------
def agenda_digest(items: list[LiveItem]) -> str:
    """Which items, in which order: the same number of items reordered or replaced (a co-host's
    file merged in while locked) would give the saved times to the wrong items."""
    named = json.dumps([[i.kind, i.title] for i in items], ensure_ascii=False)
    return hashlib.sha256(named.encode("utf-8")).hexdigest()


def _write(db: Database, key: str, payload: dict[str, Any], now: WallClock) -> None:
    payload = {**payload, "saved_at": now().isoformat(timespec="seconds")}
    with db.transaction():
        db.set_meta(key, json.dumps(payload, separators=(",", ":")))


def save_meeting(db: Database, session_id: str, run: MeetingRun, now: WallClock = _utc_now) -> None:
    spent = [run.item_elapsed(i) for i in range(len(run.items))]
    payload = {
        "session_id": session_id,
        "index": run.index,
        "spent": spent,
        "meeting_elapsed": run.meeting_elapsed(),
        "agenda": agenda_digest(run.items),
    }
    _write(db, MEETING_KEY, payload, now)


def save_circle(
    db: Database, session_id: str | None, round_: Round, now: WallClock = _utc_now
) -> None:
    moment = round_.clock()
    turns = [
        {
            "label": t.speaker.label,
            "member_id": t.speaker.member_id,
            "planned": t.planned,
            "state": t.state.value,
            "added": t.added,
            "passes": t.passes,
            "come_back": t.come_back,
            "spoken": t.spoken(moment),
        }
        for t in round_.turns
    ]
    payload = {
        "session_id": session_id,
        "seconds_per_turn": round_.seconds_per_turn,
        "warning_seconds": round_.warning_seconds,
        "index": round_.index,
        "started": round_.started,
        "elapsed": moment - round_.started_at if round_.started_at is not None else 0.0,
        "turns": turns,
    }
    _write(db, CIRCLE_KEY, payload, now)


def clear(db: Database, key: str) -> None:
    if db.meta(key) is not None:
        with db.transaction():
            db.delete_meta(key)


# -- reading ------------------------------------------------------------------------------------
def _read(
    db: Database, key: str, now: WallClock, *, stale: bool = False
) -> tuple[dict[str, Any], float] | None:
    """stale: only one kept longer ago than MAX_GAP_SECONDS, given as it was at its lock."""
    raw = db.meta(key)
    if raw is None:
        return None
    try:
        payload = json.loads(raw)
        saved_at = datetime.fromisoformat(payload["saved_at"])
        gap = (now() - saved_at).total_seconds()
    except (ValueError, KeyError, TypeError):
        return None
    if stale:
        return (payload, 0.0) if isinstance(payload, dict) and gap > MAX_GAP_SECONDS else None
    if not isinstance(payload, dict) or not -MAX_GAP_SECONDS <= gap <= MAX_GAP_SECONDS:
        return None
    # Saved "after" now: the wall clock was set back while locked (NTP after a resume, a clock
    # corrected). How long the lock lasted is unknown; carried on as if at once, rather than lost.
    return payload, max(gap, 0.0)


def _seconds(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a number")
    if not 0 <= value <= _MAX_SECONDS:
        raise ValueError("out of range")
    return float(value)


def load_meeting(db: Database, now: WallClock = _utc_now) -> SavedMeeting | None:
    found = _read(db, MEETING_KEY, now)
    if found is None:
        return None
    payload, gap = found
    try:
        spent = [_seconds(s) for s in payload["spent"]]
        index = int(payload["index"])
        agenda = payload.get("agenda", "")
        if not spent or not 0 <= index < len(spent) or not isinstance(agenda, str):
            return None
        elapsed = _seconds(payload["meeting_elapsed"])
        return SavedMeeting(str(payload["session_id"]), index, spent, elapsed, gap, agenda)
    except (ValueError, KeyError, TypeError):
        return None


def load_circle(
    db: Database, now: WallClock = _utc_now, *, stale: bool = False
) -> SavedCircle | None:
    found = _read(db, CIRCLE_KEY, now, stale=stale)
    if found is None:
        return None
    payload, gap = found
    session_id = payload.get("session_id")
    if session_id is not None and not isinstance(session_id, str):
        return None
    return SavedCircle(session_id, payload, gap)


# -- carrying on --------------------------------------------------------------------------------
def resume_meeting(run: MeetingRun, saved: SavedMeeting) -> bool:
    """Put a new run of the same agenda where the saved one was. False if the agenda changed."""
    if len(saved.spent) != len(run.items):
        return False
    if saved.agenda and saved.agenda != agenda_digest(run.items):
        return False
    run.resume_at(saved.index, saved.spent, saved.meeting_elapsed + saved.gap, saved.gap)
    return True


def resume_round(saved: SavedCircle, clock: Callable[[], float]) -> Round | None:
    """The round as it was at the lock; a turn that was speaking has gone on for the gap."""
    state, gap = saved.round_state, saved.gap
    try:
        round_ = Round(
            [Speaker(str(t["label"])[:200], _member(t)) for t in state["turns"]],
            int(_seconds(state["seconds_per_turn"])),
            clock,
            warning_seconds=int(_seconds(state["warning_seconds"])),
        )
        now = clock()
        for turn, raw in zip(round_.turns, state["turns"], strict=True):
            _restore_turn(turn, raw, now, gap)
        round_.index = int(state["index"])
        round_.started = bool(state["started"])
        if not 0 <= round_.index <= len(round_.turns):
            return None
        if round_.started:
            round_.started_at = now - _seconds(state["elapsed"]) - gap
    except (ValueError, KeyError, TypeError):
        return None
    return round_


def _member(raw: dict[str, Any]) -> str | None:
    member = raw.get("member_id")
    return str(member) if member is not None else None


def _restore_turn(turn: Turn, raw: dict[str, Any], now: float, gap: float) -> None:
    turn.planned = int(_seconds(raw["planned"]))
    turn.added = int(_seconds(raw["added"]))
    turn.passes = int(raw["passes"])
    turn.come_back = raw.get("come_back") is True
    turn.state = TurnState(raw["state"])
    turn.spoken_before = _seconds(raw["spoken"])
    if turn.state is TurnState.SPEAKING:
        turn.spoken_before += gap
        turn.segment_start = now


class LiveStateService:
    """The group's kept meeting and round, for the UI (which never holds the connection)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save_meeting(self, session_id: str, run: MeetingRun, now: WallClock = _utc_now) -> None:
        save_meeting(self._db, session_id, run, now)

    def save_circle(self, session_id: str | None, round_: Round, now: WallClock = _utc_now) -> None:
        save_circle(self._db, session_id, round_, now)

    def load_meeting(self, now: WallClock = _utc_now) -> SavedMeeting | None:
        return load_meeting(self._db, now)

    def load_circle(self, now: WallClock = _utc_now) -> SavedCircle | None:
        return load_circle(self._db, now)

    def record_stale_circle(self, now: WallClock = _utc_now) -> bool:
        """A round kept at a lock too long ago to carry on (MAX_GAP_SECONDS): recorded as ended
        at that lock, as End would have, instead of lost with its balance. True if recorded."""
        saved = load_circle(self._db, now, stale=True)
        round_ = resume_round(saved, time.monotonic) if saved is not None else None
        if saved is None or round_ is None:
            return False
        locked_at = datetime.fromisoformat(saved.round_state["saved_at"])
        return CircleService(self._db, lambda: locked_at).finish(round_, saved.session_id)

    def clear(self, key: str) -> None:
        clear(self._db, key)
