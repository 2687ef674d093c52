"""The demo group: clearly fictional French data, made on demand, with a passphrase shown on screen
because it protects nothing."""

from __future__ import annotations

import random
import statistics
import tomllib
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import Any

from app.consent import ConsentService
from app.group_info import DEMO_ID as DEMO_ID
from app.group_info import DEMO_PASSPHRASE as DEMO_PASSPHRASE
from app.group_info import GroupInfo
from app.vaults import VaultService
from storage.circle import CircleRepository
from storage.database import Database
from storage.members import AttendanceRepository, MemberRepository
from storage.records import (
    AgendaItem,
    Category,
    CircleRound,
    ItemKind,
    Member,
    Purpose,
    Resource,
    Role,
    Session,
    SessionStatus,
)
from storage.resources import ResourceRepository
from storage.sessions import SessionRepository

DEMO_LABEL = "Les Tilleuls"
DEMO_NAME = "Groupe d'entraide « Les Tilleuls » (démo)"


def ensure_demo(vaults: VaultService, today: date | None = None) -> GroupInfo:
    """Return the demo group, building it the first time it is asked for."""
    for info in vaults.list_groups():
        if info.id == DEMO_ID:
            return info
    info = vaults.create_group(
        DEMO_LABEL, DEMO_NAME, "fr", DEMO_PASSPHRASE, group_id=DEMO_ID, demo=True
    )
    with Database.open(info.path, DEMO_PASSPHRASE) as db:
        populate(db, today or date.today())
    return info


def content() -> dict[str, Any]:
    """The demo's words (app/demo.toml, shipped beside this module, frozen or not)."""
    return tomllib.loads(resources.files("app").joinpath("demo.toml").read_text("utf-8"))


def populate(db: Database, today: date) -> None:
    words = content()
    rng = random.Random(20261125)
    members = MemberRepository(db)
    sessions = SessionRepository(db)
    attendance = AttendanceRepository(db)
    themes, agenda = words["themes"], words["agenda"]
    with db.transaction():
        stored = [_add_member(members, row, today, i) for i, row in enumerate(words["members"])]
        _record_consents(db, stored, today)
        first = today - timedelta(days=today.weekday()) + timedelta(days=1) - timedelta(weeks=8)
        for week in range(12):
            day = first + timedelta(weeks=week)
            starts = datetime.combine(day, time(19, 0))
            past = day < today
            session = sessions.add(
                Session(
                    starts.strftime("%Y-%m-%dT%H:%M"),
                    90,
                    words["place"],
                    themes[week % len(themes)],
                    SessionStatus.HELD if past else SessionStatus.PLANNED,
                    words["summary"] if past and week % 3 == 0 else "",
                    guest_count=rng.choice([0, 0, 1, 2]) if past else 0,
                )
            )
            sessions.replace_items(
                session.id,
                [
                    AgendaItem(session.id, i, **{**item, "kind": ItemKind(item["kind"])})
                    for i, item in enumerate(agenda)
                ],
            )
            if past:
                present = [m for m in stored if m.active and rng.random() < 0.75]
                for member in present:
                    attendance.set_present(session.id, member.id, True)
                if week == 7:
                    _add_round(db, session, present, rng)
        resources = ResourceRepository(db)
        for row in words["resources"]:
            body = row["body"] + words["verify_note"]
            category = Category(row["category"])
            resources.add(Resource(**{**row, "category": category, "body": body}))


def _add_member(repo: MemberRepository, row: dict[str, Any], today: date, i: int) -> Member:
    """A member of demo.toml, joined a month after the one before; the contact consent is
    recorded for those who left a phone number or an email."""
    joined = (today - timedelta(days=30 * (14 - i))).isoformat()
    contact = bool(row.get("phone") or row.get("email"))
    return repo.add(
        Member(
            **{**row, "role": Role(row.get("role", Role.MEMBER))},
            joined_on=joined,
            consent_contact=contact,
            consent_recorded_on=joined if contact else None,
        )
    )


def _record_consents(db: Database, members: list[Member], today: date) -> None:
    """The demo's answers as consent records; those who let the next host have their details
    are also on the phone list, and one contact consent is due for renewal (the check-in marks
    it)."""
    consents = ConsentService(db)
    for member in members:
        consents.follow_member_form(member, today)
        if member.consent_handover and member.phone:
            consents.record(
                member.id,
                Purpose.PHONE_LIST,
                True,
                date.fromisoformat(member.joined_on or today.isoformat()),
            )
    due = next((m for m in members if m.consent_contact and not m.consent_handover), None)
    if due is not None:
        joined = date.fromisoformat(due.joined_on or today.isoformat())
        consents.record(due.id, Purpose.CONTACT, True, joined, today + timedelta(days=10))


def _add_round(db: Database, session: Session, present: list[Member], rng: random.Random) -> None:
    """Only the round's balance: the demo, like a new group, keeps no per-person times."""
    spoken = sorted(rng.randint(150, 300) for _ in present[1:])
    CircleRepository(db).save_round(
        CircleRound(
            session.starts_at + ":00",
            240,
            session.id,
            session.starts_at[:11] + "20:10:00",
            spoke_count=len(spoken),
            passed_count=1 if present else 0,
            median_turn_seconds=round(statistics.median(spoken)) if spoken else 0,
            overrun_seconds=sum(max(0, s - 240) for s in spoken),
        ),
        [],
    )
