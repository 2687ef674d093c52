"""What a finished round leaves in the group's file: always its balance (counts and seconds,
never who), and each person's spoken time only when the group's setting says so."""

from __future__ import annotations

from pathlib import Path

from app.circle import Round, Speaker
from app.circle_service import balance, stored_balance
from storage import schema
from storage.database import Database
from storage.records import Session
from tests.app.test_circle import FakeClock


def _played_round() -> Round:
    """Ana 200 s of 180 (20 over), Bea passes, Cal 100 s, Dov 150 s then +1 minute and 250 s
    (10 over), Eve not reached."""
    clock = FakeClock()
    r = Round([Speaker(n) for n in ["Ana", "Bea", "Cal", "Dov", "Eve"]], 180, clock)
    r.start()
    clock.advance(200)
    r.next()
    r.pass_turn()
    clock.advance(100)
    r.next()
    r.add_time(60)
    clock.advance(250)
    r.end()
    return r


def test_the_balance_counts_who_spoke_passed_or_was_not_reached_and_the_run_over() -> None:
    shares = balance(_played_round().summary())
    assert (shares.spoke, shares.passed, shares.not_reached) == (3, 1, 1)
    assert shares.median_turn_seconds == 200  # of 100, 200, 250
    assert shares.overrun_seconds == 20 + 10  # past each turn's own time, the added minute too
    assert shares.people == 5


def test_the_median_of_an_even_count_is_the_middle_pair_and_nobody_speaking_is_zero() -> None:
    clock = FakeClock()
    r = Round([Speaker("Ana"), Speaker("Bea")], 120, clock)
    r.start()
    clock.advance(60)
    r.next()
    clock.advance(91)
    r.end()
    assert balance(r.summary()).median_turn_seconds == 76  # (60 + 91) / 2, rounded
    silent = Round([Speaker("Ana")], 120, clock)
    silent.start()
    silent.pass_turn()
    silent.end()
    assert balance(silent.summary()).median_turn_seconds == 0


def test_new_groups_and_the_demo_keep_no_per_person_times(fresh_group, demo_group, demo_db) -> None:
    assert not fresh_group.circle.keeps_turn_times
    assert not demo_group.circle.keeps_turn_times
    assert demo_db.scalar("SELECT count(*) FROM circle_turns") == 0
    assert demo_db.scalar("SELECT count(*) FROM circle_rounds WHERE spoke_count > 0")


def test_with_the_setting_off_only_the_balance_is_saved(fresh_group, fresh_db) -> None:
    stored = fresh_group.circle.save_round(_played_round().summary(), "2026-11-25T19:30:00Z")
    assert fresh_db.scalar("SELECT count(*) FROM circle_turns") == 0
    again = fresh_db.query(
        "SELECT spoke_count, passed_count, not_reached_count, median_turn_seconds, "
        "overrun_seconds FROM circle_rounds WHERE id = ?",
        (stored.id,),
    )
    assert [tuple(row) for row in again] == [(3, 1, 1, 200, 30)]
    assert stored_balance(stored) == balance(_played_round().summary())


def test_with_the_setting_on_each_turn_is_kept_too(fresh_group, fresh_db) -> None:
    fresh_group.circle.set_keep_turn_times(True)
    fresh_group.circle.save_round(_played_round().summary(), "2026-11-25T19:30:00Z")
    assert fresh_db.scalar("SELECT count(*) FROM circle_turns") == 5
    fresh_group.circle.set_keep_turn_times(False)
    assert not fresh_group.circle.keeps_turn_times


def test_rounds_saved_before_the_balance_existed_get_it_from_their_turns(tmp_path: Path) -> None:
    with Database.open(tmp_path / "old.vault", "passphrase", create=True) as db:
        schema.migrate(db, up_to=1)
        with db.transaction():
            db.execute(
                "INSERT INTO circle_rounds (id, started_at, seconds_per_turn, created_at, "
                "updated_at) VALUES ('r', 'x', 100, 'x', 'x')"
            )
            for n, (spoken, passed) in enumerate([(50, 0), (150, 0), (0, 1), (90, 0), (0, 0)]):
                db.execute(
                    "INSERT INTO circle_turns (id, round_id, position, planned_seconds, "
                    "spoken_seconds, passed, created_at, updated_at) "
                    "VALUES (?, 'r', ?, 100, ?, ?, 'x', 'x')",
                    (f"t{n}", n, spoken, passed),
                )
        schema.migrate(db)
        row = db.query(
            "SELECT spoke_count, passed_count, not_reached_count, median_turn_seconds, "
            "overrun_seconds FROM circle_rounds"
        )
        assert [tuple(r) for r in row] == [(3, 1, 1, 90, 50)]


def test_each_turn_reads_back_as_it_ended_even_a_skipped_one(fresh_group) -> None:
    """Stored turns keep no state: a turn the host moved past at once keeps a second, so it
    reads back as spoken; the one given the word as the round ended reads as not reached."""
    clock = FakeClock()
    r = Round([Speaker(n) for n in ["Ana", "Bea", "Cal", "Dov"]], 120, clock)
    r.start()
    r.next()  # Ana: the host moved on at once
    r.pass_turn()  # Bea
    r.end()  # Cal had the word for no time at all; Dov was never reached
    assert [t.outcome.value for t in r.summary().turns] == [
        "spoke",
        "passed",
        "not_heard",
        "not_heard",
    ]
    session = fresh_group.sessions.add_session(Session("2026-11-25T19:00"))
    fresh_group.circle.set_keep_turn_times(True)
    fresh_group.circle.save_round(r.summary(), "2026-11-25T19:30:00Z", session.id)
    [summary] = fresh_group.sessions.circle_summary(session.id)
    assert [(t.speaker, t.outcome.value) for t in summary.turns] == [
        ("Ana", "spoke"),
        ("Bea", "passed"),
        ("Cal", "not_heard"),
        ("Dov", "not_heard"),
    ]
    assert summary.seconds_per_turn == 120 and summary.planned_seconds == 480
