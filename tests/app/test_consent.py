"""Consent records: migrated from schema 1's two checkboxes, kept by the member form, read by the
handover scope, the phone list and the check-in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.consent import ConsentState, state_of
from app.model import Member
from storage import schema
from storage.consents import ConsentRepository
from storage.database import Database

TODAY = date(2026, 3, 2)


def _schema_1_vault(path: Path) -> Database:
    db = Database.open(path, "old vault passphrase", create=True)
    schema.migrate(db, up_to=1)
    with db.transaction():
        for i, (contact, handover, day) in enumerate(
            [(1, 1, "2024-05-01"), (1, 0, None), (0, 0, "2024-06-01"), (0, 0, None)]
        ):
            db.execute(
                "INSERT INTO members (id, pseudonym, consent_contact, consent_handover, "
                "consent_recorded_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    f"m{i}",
                    f"P{i}",
                    contact,
                    handover,
                    day,
                    "2024-01-02T10:00:00.000000Z",
                    "2024-01-03T10:00:00.000000Z",
                ),
            )
    return db


def test_migration_keeps_what_the_two_checkboxes_held(tmp_path: Path) -> None:
    with _schema_1_vault(tmp_path / "old.vault") as db:
        schema.migrate(db)
        assert schema.schema_version(db) == schema.CURRENT_VERSION
        found = ConsentRepository(db).all()
    assert {p: (c.given, c.recorded_on, c.wording_version) for p, c in found["m0"].items()} == {
        "contact": (True, "2024-05-01", 1),
        "handover": (True, "2024-05-01", 1),
    }
    # ticked without a date: kept, dated the day the member was added; the unticked box
    # beside it, with no date, may never have been asked: no record
    assert {p: (c.given, c.recorded_on) for p, c in found["m1"].items()} == {
        "contact": (True, "2024-01-02")
    }
    # unticked with a date: asked and declined
    assert {p: c.given for p, c in found["m2"].items()} == {"contact": False, "handover": False}
    assert "m3" not in found  # never asked: nothing to keep, the check-in will show it


def test_member_form_answers_become_records(fresh_group) -> None:
    member = fresh_group.roster.add_member(
        Member("Ana", phone="06 11", consent_contact=True, consent_recorded_on="2026-02-01")
    )
    consents = fresh_group.consents
    records = consents.of_member(member.id)
    assert records["contact"].given and records["contact"].recorded_on == "2026-02-01"
    assert records["handover"].given is False  # answered on the same day: no
    fresh_group.roster.update_member(
        Member(**{**member.__dict__, "consent_handover": True, "consent_recorded_on": "2026-03-01"})
    )
    assert consents.of_member(member.id)["handover"].recorded_on == "2026-03-01"


def test_due_and_missing(fresh_group) -> None:
    consents = fresh_group.consents
    asked = fresh_group.roster.add_member(Member("Asked"))
    for purpose in ("contact", "handover", "phone_list"):
        consents.record(asked.id, purpose, True, TODAY, date(2027, 1, 1))
    newcomer = fresh_group.roster.add_member(Member("New"))
    assert consents.needs_asking(TODAY) == {newcomer.id: {ConsentState.MISSING}}
    consents.record(asked.id, "contact", True, TODAY, date(2026, 3, 20))
    assert consents.needs_asking(TODAY)[asked.id] == {ConsentState.DUE}
    assert state_of(consents.of_member(asked.id)["handover"], TODAY) is ConsentState.OK


def test_phone_list_has_only_who_agreed(fresh_group) -> None:
    consents = fresh_group.consents
    people = {
        name: fresh_group.roster.add_member(Member(name, phone=f"06 {i}", consent_contact=True))
        for i, name in enumerate(("Yes", "No", "Expired", "Never"))
    }
    consents.record(people["Yes"].id, "phone_list", True, TODAY)
    consents.record(people["No"].id, "phone_list", False, TODAY)
    consents.record(people["Expired"].id, "phone_list", True, date(2025, 1, 1), date(2026, 1, 1))
    assert [(e.pseudonym, e.phone) for e in consents.phone_list(TODAY)] == [("Yes", "06 0")]


def test_handover_scope_follows_the_records(fresh_group, fresh_db, vaults, tmp_path: Path) -> None:
    from app.handover import HandoverService

    consents = fresh_group.consents
    kept = fresh_group.roster.add_member(Member("Kept", phone="06 1"))
    lapsed = fresh_group.roster.add_member(Member("Lapsed", phone="06 2"))
    consents.record(kept.id, "handover", True, TODAY)
    consents.record(lapsed.id, "handover", True, date(2024, 1, 1), date(2025, 1, 1))
    service = HandoverService(vaults)
    bundle = tmp_path / "scope.cercle"
    service.export(fresh_group, bundle, "bundle passphrase 1234", "consented")
    copy = service.inspect(bundle, "bundle passphrase 1234")
    with Database.open(copy.path, copy.key.raw, read_only=True, take_lock=False) as db:
        phones: dict[str, str] = dict(db.query("SELECT pseudonym, phone FROM members"))
    assert phones == {"Kept": "06 1", "Lapsed": ""}
