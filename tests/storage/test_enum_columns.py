"""Columns with a closed set of values come back as their StrEnum members; a value outside the
set, from a CSV file or a tampered vault, gets the app's own message, never a ValueError."""

from __future__ import annotations

from datetime import date

import pytest

from app.model import Category, ItemKind, Member, Purpose, Role, Session, SessionStatus
from app.roster_csv import RowProblem
from storage.errors import VaultDamaged
from ui.common.messages import error_message


def test_records_read_back_carry_their_enum_members(fresh_group) -> None:
    member = fresh_group.roster.add_member(Member("Alex", role=Role.CO_HOST))
    fresh_group.consents.record(member.id, Purpose.PHONE_LIST, True, date.today())
    session = fresh_group.sessions.add_session(Session("2027-03-02T19:00"))
    fresh_group.sessions.set_status(session.id, SessionStatus.CANCELLED)
    assert fresh_group.roster.member(member.id).role is Role.CO_HOST
    assert list(fresh_group.consents.of_member(member.id)) == [Purpose.PHONE_LIST]
    assert fresh_group.sessions.get(session.id).status is SessionStatus.CANCELLED
    assert {type(r.category) for r in fresh_group.resources.resources()} == {Category}
    template = fresh_group.sessions.templates()[0]
    assert {type(i.kind) for i in fresh_group.sessions.template_items(template.id)} == {ItemKind}


def test_a_csv_role_outside_the_list_is_a_row_problem(fresh_group) -> None:
    preview = fresh_group.roster.preview_csv(b"pseudonym;role\nAlex;animateur\nNoor;admin\n")
    assert [(r.line, r.problem) for r in preview.rows] == [(2, None), (3, RowProblem.BAD_ROLE)]
    assert fresh_group.roster.import_csv(preview) == 1
    assert [m.role for m in fresh_group.roster.members()] == [Role.HOST]


def test_a_tampered_value_reads_as_a_damaged_file(qapp, fresh_group, fresh_db) -> None:
    """The schema's CHECK keeps such a value out: only another tool, ignoring it, writes one."""
    member = fresh_group.roster.add_member(Member("Alex"))
    fresh_db.execute("PRAGMA ignore_check_constraints = ON")
    with fresh_db.transaction():
        fresh_db.execute("UPDATE members SET role = 'admin' WHERE id = ?", (member.id,))
    with pytest.raises(VaultDamaged) as caught:
        fresh_group.roster.members()
    assert "damaged" in error_message(caught.value)
    assert fresh_group.health()[0]  # the self-check names the broken row's table too
