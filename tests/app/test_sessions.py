"""Session use cases on a real encrypted group."""

from __future__ import annotations

from datetime import date

import pytest

from app.live import LiveItem, MeetingRun
from app.model import ItemKind
from app.recurrence import Frequency, Recurrence
from storage.circle import CircleRepository
from storage.records import AgendaItem, CircleRound, CircleTurn, Member, Session, SessionStatus


def _tombstones(db, table: str) -> set[str]:
    return {r[0] for r in db.query("SELECT row_id FROM tombstones WHERE table_name = ?", (table,))}


def test_save_session_writes_agenda_and_reorders(fresh_group, fresh_db) -> None:
    service = fresh_group.sessions
    session = Session("2026-03-03T19:00", 90, "Salle 2")
    items = [
        AgendaItem(session.id, 0, "A", ItemKind.WELCOME, 10),
        AgendaItem(session.id, 1, "B", ItemKind.CIRCLE, 40),
    ]
    service.save_session(session, items)
    service.save_session(session, [items[1]])
    assert [(i.title, i.position) for i in service.agenda(session.id)] == [("B", 0)]
    assert items[0].id in _tombstones(fresh_db, "agenda_items")


def test_series_uses_the_time_and_agenda_of_the_model(fresh_group) -> None:
    service = fresh_group.sessions
    model = Session("2026-03-03T19:30", 60, "Maison des associations")
    items = [AgendaItem(model.id, 0, "Accueil", ItemKind.WELCOME, 10)]
    created = service.create_series(
        Recurrence(date(2026, 3, 3), Frequency.WEEKLY, count=4), model, items
    ).created
    assert [s.starts_at for s in created] == [
        "2026-03-03T19:30",
        "2026-03-10T19:30",
        "2026-03-17T19:30",
        "2026-03-24T19:30",
    ]
    assert len({s.id for s in created}) == 4
    assert all(service.agenda(s.id)[0].title == "Accueil" for s in created)


def test_duplicate_cancel_delete(fresh_group, fresh_db) -> None:
    service = fresh_group.sessions
    original = service.add_session(
        Session("2026-03-03T19:00", theme="Sommeil"),
        [AgendaItem("", 0, "Accueil", ItemKind.WELCOME, 10)],
    )
    copy = service.duplicate(original.id, "2026-03-10T19:00")
    assert copy.theme == "Sommeil" and copy.id != original.id
    assert [i.title for i in service.agenda(copy.id)] == ["Accueil"]
    assert service.set_status(copy.id, SessionStatus.CANCELLED).status == "cancelled"
    service.delete(original.id)
    assert service.get(original.id) is None
    assert original.id in _tombstones(fresh_db, "sessions")
    assert [s.id for s in service.sessions()] == [copy.id]


def test_a_duplicate_keeps_texts_an_older_cercle_stored_over_their_cap(
    fresh_group, fresh_db
) -> None:
    """The copy's texts are the original's as stored: they were cut to their cap without a
    word, while the original kept them whole (the export names both)."""
    service = fresh_group.sessions
    original = service.add_session(
        Session("2026-03-03T19:00", theme="Sommeil"),
        [AgendaItem("", 0, "Accueil", ItemKind.WELCOME, 10, "café")],
    )
    long_theme, long_notes = "Le sommeil " * 40, "Tour de table. " * 1_400
    with fresh_db.transaction():  # as an older Cercle stored them
        fresh_db.execute("UPDATE sessions SET theme = ? WHERE id = ?", (long_theme, original.id))
        fresh_db.execute(
            "UPDATE agenda_items SET notes = ? WHERE session_id = ?", (long_notes, original.id)
        )
    copy = service.duplicate(original.id, "2026-03-10T19:00")
    assert service.get(copy.id).theme == long_theme
    assert [i.notes for i in service.agenda(copy.id)] == [long_notes]


def test_templates_save_rename_reuse_delete(fresh_group, fresh_db) -> None:
    service = fresh_group.sessions
    assert len(service.templates()) == 2  # the starter formats
    template = service.save_as_template(
        " Soirée ",
        75,
        [
            AgendaItem("x", 0, "Accueil", ItemKind.WELCOME, 15, "café"),
            AgendaItem("x", 1, "Cercle", ItemKind.CIRCLE, 60),
        ],
    )
    assert template.name == "Soirée"
    service.rename_template(template.id, "Soirée thème")
    session, items = service.session_from_template(template.id, "2026-04-01T18:00")
    assert session.duration_minutes == 75
    assert [(i.title, i.notes, i.session_id) for i in items] == [
        ("Accueil", "café", session.id),
        ("Cercle", "", session.id),
    ]
    assert "Soirée thème" in [t.name for t in service.templates()]
    service.delete_template(template.id)
    assert template.id in _tombstones(fresh_db, "templates")
    assert len(service.templates()) == 2


def test_circle_summary_names_speakers_without_content(fresh_group, fresh_db) -> None:
    service = fresh_group.sessions
    session = service.add_session(Session("2026-03-03T19:00"))
    member = fresh_group.roster.add_member(Member("Hélène"))
    fresh_group.roster.set_present(session.id, member.id)
    round_ = CircleRound("2026-03-03T19:30:00Z", 180, session.id)
    with fresh_db.transaction():
        CircleRepository(fresh_db).save_round(
            round_,
            [
                CircleTurn(round_.id, 0, 180, member.id, spoken_seconds=200),
                CircleTurn(round_.id, 1, 180, None, "Invité", passed=True),
            ],
        )
    [summary] = service.circle_summary(session.id)
    assert [(t.speaker, t.spoken_seconds, t.passed) for t in summary.turns] == [
        ("Hélène", 200, False),
        ("Invité", 0, True),
    ]
    assert (summary.spoken_seconds, summary.planned_seconds) == (200, 360)
    assert service.attendance_counts() == {session.id: 1}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_meeting_run_times_come_from_the_clock() -> None:
    clock = FakeClock()
    run = MeetingRun(
        [LiveItem("A", ItemKind.WELCOME, 600), LiveItem("B", ItemKind.CIRCLE, 1200)], 1800, clock
    )
    clock.now += 700
    assert run.item_remaining() == -100
    run.next()
    clock.now += 300
    assert (run.item_elapsed(), run.item_remaining()) == (300, 900)
    run.previous()
    clock.now += 50
    assert run.item_elapsed() == 750  # time already spent on A is kept
    assert run.meeting_elapsed() == 1050 and run.meeting_remaining() == 750
    run.next()
    assert run.is_last and run.next_item is None
    with pytest.raises(ValueError):
        MeetingRun([], 10, clock)


def test_a_copy_is_planned_a_week_on_and_never_in_the_past() -> None:
    from app.sessions import copy_starts_at

    # Tuesday 3 March: a week on, on a Tuesday at the same time.
    assert copy_starts_at("2026-03-03T19:00", date(2026, 3, 1)) == "2026-03-10T19:00"
    # An old meeting copied on Tuesday 10 March: the next Tuesday after today, not today.
    assert copy_starts_at("2026-01-06T19:00", date(2026, 3, 10)) == "2026-03-17T19:00"


def test_a_session_deleted_meanwhile_is_a_storage_error_the_ui_can_say(fresh_group) -> None:
    """Not a bare KeyError: stored_or_warned catches storage errors only, and a KeyError reached
    Qt's event loop when a meeting ended on a session deleted under it."""
    from app.errors import RecordGone, StorageError

    service = fresh_group.sessions
    gone = service.add_session(Session("2026-03-03T19:00", 90))
    service.delete(gone.id)
    for change in (
        lambda: service.set_status(gone.id, SessionStatus.HELD),
        lambda: service.save_checkout(gone.id, 1, 2, 3),
        lambda: service.duplicate(gone.id, "2026-03-10T19:00"),
    ):
        with pytest.raises(RecordGone) as caught:
            change()
        assert isinstance(caught.value, StorageError) and caught.value.code == "gone"
