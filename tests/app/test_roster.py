"""The roster service: validation, newcomers, guests, CSV in and out."""

from __future__ import annotations

import pytest

from app.csv_file import read_table
from app.errors import StorageError
from app.member_checks import Problem, blocking, fold
from app.model import Session
from app.roster import Arrival, RosterService, Welcome
from app.roster_csv import RowProblem
from storage.records import Member


def test_fold_ignores_accents_and_case() -> None:
    assert fold("Hélène") == fold("HELENE") == "helene"
    assert fold("Maëlle Bégué") == "maelle begue"


def test_check_reports_errors_and_duplicate_warning(fresh_group) -> None:
    roster = fresh_group.roster
    assert roster.check(Member("  ")) == [Problem.EMPTY_PSEUDONYM]
    assert roster.check(Member("Léa", email="lea@")) == [Problem.BAD_EMAIL]
    stored = roster.add_member(Member(" Léa ", email=" lea@example.org "))
    assert stored.pseudonym == "Léa" and stored.email == "lea@example.org"
    assert roster.check(Member("léa")) == [Problem.DUPLICATE_PSEUDONYM]
    assert roster.check(stored) == []
    # Folded as a CSV import folds its duplicates: accents, and é typed composed or not.
    assert roster.check(Member("LEA")) == [Problem.DUPLICATE_PSEUDONYM]
    assert roster.check(Member("Le\u0301a ")) == [Problem.DUPLICATE_PSEUDONYM]
    assert roster.check(Member("Léa B.")) == []


def test_a_known_name_typed_as_newcomer_is_that_member_not_a_second_one(fresh_group) -> None:
    from storage.records import Session

    session = fresh_group.sessions.add_session(Session("2026-12-01T19:00"))
    roster = fresh_group.roster
    rose = roster.add_member(Member("Rosé", active=False))
    amina = roster.add_member(Member("Amina"))
    back = roster.welcome(session.id, "ROSE")
    assert back.arrival == Arrival.REACTIVATED and back.member is not None
    assert back.member.id == rose.id and back.member.active
    assert roster.welcome(session.id, "amina") == Welcome(Arrival.MARKED, amina)
    assert roster.welcome(session.id, "AMINA").arrival == Arrival.ALREADY_PRESENT
    assert sorted(roster.present_member_ids(session.id)) == sorted([rose.id, amina.id])
    roster.add_member(Member("amina "))  # two Aminas already (the form only warns)
    several = roster.welcome(session.id, "Amina")
    assert several.arrival == Arrival.SEVERAL and several.member is None
    assert len(several.choices) == 2  # for the host to tick the right one
    assert len(roster.members()) == 3


def test_only_a_duplicate_pseudonym_lets_a_member_be_saved() -> None:
    assert blocking([Problem.DUPLICATE_PSEUDONYM]) == []
    assert blocking([Problem.BAD_EMAIL, Problem.DUPLICATE_PSEUDONYM]) == [Problem.BAD_EMAIL]
    assert blocking([Problem.EMPTY_PSEUDONYM]) == [Problem.EMPTY_PSEUDONYM]


def test_checkin_is_for_todays_or_the_next_meeting_else_the_last() -> None:
    def at(day: str) -> Session:
        return Session(starts_at=f"{day}T19:00")

    past, today, next_week = at("2026-03-01"), at("2026-03-10"), at("2026-03-17")
    choose = RosterService.checkin_default
    assert choose([past, today, next_week], "2026-03-10T21:30") == 1  # the evening's, after it
    assert choose([past, next_week], "2026-03-10T21:30") == 1
    assert choose([past], "2026-03-10T21:30") == 0
    assert choose([], "2026-03-10T21:30") == -1


def test_newcomer_added_and_present_in_one_step(fresh_group) -> None:
    from storage.records import Session

    session = fresh_group.sessions.add_session(Session("2026-12-01T19:00"))
    roster = fresh_group.roster
    welcome = roster.welcome(session.id, "Noël")
    member = welcome.member
    assert welcome.arrival == Arrival.ADDED and member is not None
    assert roster.present_member_ids(session.id) == [member.id]
    assert member.joined_on == "2026-12-01"
    with pytest.raises(ValueError):
        roster.welcome(session.id, "  ")
    with pytest.raises(StorageError):  # unknown meeting: rolled back, nobody added
        roster.welcome("no-such-session", "Inès")
    assert [m.pseudonym for m in roster.members()] == ["Noël"]
    roster.set_guest_count(session.id, 3)
    assert roster.guest_count(session.id) == 3


def test_read_table_sniffs_encoding_and_delimiter() -> None:
    latin = "Pseudo;Nom\r\nHélène;Hélène D\r\n".encode("cp1252")
    table = read_table(latin)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows == [["Hélène", "Hélène D"]]
    bom = "\ufeffpseudonym,email\nZoé,z@example.org\n".encode()
    table = read_table(bom)
    assert (table.encoding, table.delimiter, table.header) == ("utf-8", ",", ["pseudonym", "email"])


def test_preview_writes_nothing_and_import_is_one_transaction(fresh_group, tmp_path) -> None:
    roster = fresh_group.roster
    roster.add_member(Member("Marc"))
    data = (
        "pseudo;courriel;actif\nMarc;;oui\nAmina;a@example.org;non\n;x@example.org;\n"
        "Théo;;peut-être\n"
    ).encode("cp1252")
    preview = roster.preview_csv(data)
    assert [(r.line, r.problem, r.duplicate) for r in preview.rows] == [
        (2, None, True),
        (3, None, False),
        (4, RowProblem.EMPTY_PSEUDONYM, False),
        (5, RowProblem.BAD_YES_NO, False),
    ]
    assert [m.pseudonym for m in roster.members()] == ["Marc"]
    assert roster.import_csv(preview) == 1
    amina = next(m for m in roster.members() if m.pseudonym == "Amina")
    assert amina.active is False and amina.email == "a@example.org"
    path = tmp_path / "out.csv"
    assert roster.export_csv(path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbfpseudonym;")
    again = roster.preview_csv(path.read_bytes())
    assert [r.duplicate for r in again.rows] == [True, True]
