"""The repositories' shared table code (storage/rows.py): rows read by their owner in order, and a
row deleted with the rows it owns, each leaving a tombstone."""

from __future__ import annotations

from storage import rows
from storage.records import AgendaItem, ItemKind, Session
from storage.sessions import SessionRepository


def test_owned_rows_come_in_order_and_go_with_their_owner(fresh_db) -> None:
    db = fresh_db
    repo = SessionRepository(db)
    with db.transaction():
        kept = repo.add(Session("2027-01-12T19:00"))
        gone = repo.add(Session("2027-01-19T19:00"))
        for session in (kept, gone):
            repo.replace_items(
                session.id,
                [AgendaItem("", 0, title, ItemKind.OTHER, 10) for title in ("Welcome", "Round")],
            )
    owned = rows.select_owned(db, AgendaItem, "agenda_items", "session_id", gone.id)
    assert [(i.position, i.title) for i in owned] == [(0, "Welcome"), (1, "Round")]
    with db.transaction():
        repo.delete(gone.id)
    assert repo.get(gone.id) is None
    assert rows.select_owned(db, AgendaItem, "agenda_items", "session_id", gone.id) == []
    assert len(repo.items(kept.id)) == 2
    tombstones = {
        (str(t), str(r)) for t, r in db.query("SELECT table_name, row_id FROM tombstones")
    }
    assert tombstones == {("sessions", gone.id)} | {("agenda_items", i.id) for i in owned}
