"""A meeting kept in the vault at a lock, carried on at the unlock only on the same agenda."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app import live_state
from app.live import LiveItem, MeetingRun
from app.model import ItemKind

LOCKED_AT = datetime(2026, 11, 24, 19, 30, tzinfo=UTC)
ITEMS = [
    LiveItem("Accueil", ItemKind.WELCOME, 600),
    LiveItem("Météo intérieure", ItemKind.CHECK_IN, 900),
    LiveItem("Tour de parole", ItemKind.CIRCLE, 1800),
]


def _kept(db, items: list[LiveItem]) -> live_state.SavedMeeting:
    now = [0.0]
    run = MeetingRun(items, 5400, lambda: now[0])
    now[0] = 300.0
    run.next()
    now[0] = 420.0
    live_state.save_meeting(db, "s1", run, lambda: LOCKED_AT)
    saved = live_state.load_meeting(db, lambda: LOCKED_AT)
    assert saved is not None
    return saved


def test_a_meeting_carries_on_only_on_the_agenda_it_was_kept_with(fresh_db) -> None:
    saved = _kept(fresh_db, ITEMS)
    same = MeetingRun(ITEMS, 5400, lambda: 1000.0)
    assert live_state.resume_meeting(same, saved)
    assert same.index == 1 and same.item_elapsed(0) == 300.0
    # As many items, in another order or one replaced: the times would go to the wrong items.
    for changed in (
        [ITEMS[1], ITEMS[0], ITEMS[2]],
        [*ITEMS[:2], LiveItem("Thème du soir", ItemKind.THEME, 1800)],
    ):
        run = MeetingRun(changed, 5400, lambda: 1000.0)
        assert not live_state.resume_meeting(run, saved)
        assert run.index == 0 and run.item_elapsed(0) == 0.0


def test_a_meeting_kept_by_an_older_cercle_is_checked_by_its_number_of_items(fresh_db) -> None:
    _kept(fresh_db, ITEMS)
    payload = json.loads(fresh_db.meta(live_state.MEETING_KEY))
    del payload["agenda"]
    with fresh_db.transaction():
        fresh_db.set_meta(live_state.MEETING_KEY, json.dumps(payload))
    saved = live_state.load_meeting(fresh_db, lambda: LOCKED_AT)
    assert saved is not None and saved.agenda == ""
    assert live_state.resume_meeting(MeetingRun(ITEMS, 5400, lambda: 1000.0), saved)
    assert not live_state.resume_meeting(MeetingRun(ITEMS[:2], 5400, lambda: 1000.0), saved)
