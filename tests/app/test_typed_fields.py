"""What a paste brings into a typed text (a PDF's form feed, a terminal's bell, a whole page):
stored as the handover gate takes it, so the next handover is not refused for it."""

from __future__ import annotations

import dataclasses

from app.model import AgendaItem, Category, ItemKind, Member, Resource, Session
from storage.domain import FIELDS, Kind, field_problem

PASTED = "Page 1\x0c suite\x07\r fin\t\u202e" + "x" * 70_000


def _gate_takes(table: str, record: object) -> None:
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        rule = FIELDS[table].get(field.name)
        if rule is not None and rule.kind is Kind.TEXT:
            value = getattr(record, field.name)
            assert field_problem(table, field.name, value) is None, (table, field.name)


def test_a_member_resource_and_meeting_pasted_into_are_stored_as_the_gate_takes(
    fresh_group,
) -> None:
    member = fresh_group.roster.add_member(
        Member("Zoé\x07", full_name=PASTED, phone=PASTED, email="", private_note=PASTED)
    )
    _gate_takes("members", fresh_group.roster.member(member.id))
    assert fresh_group.roster.member(member.id).pseudonym == "Zoé"
    assert fresh_group.roster.member(member.id).private_note.startswith("Page 1 suite fin\t")

    resource = fresh_group.resources.save_resource(
        Resource(
            "Ligne\x0c d'écoute", Category.CRISIS_LINE, body=PASTED, address=PASTED, hours=PASTED
        )
    )
    _gate_takes("resources", resource)

    session = Session("2027-01-12T19:00", 60, place=PASTED, theme=PASTED, summary=PASTED)
    item = AgendaItem(session.id, 0, PASTED, ItemKind.CIRCLE, 40, PASTED)
    stored = fresh_group.sessions.save_session(session, [item])
    _gate_takes("sessions", fresh_group.sessions.get(stored.id))
    (agenda_item,) = fresh_group.sessions.agenda(stored.id)
    _gate_takes("agenda_items", agenda_item)
