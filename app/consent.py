"""Consent with a purpose: to be contacted between meetings, to have one's contact details handed
to the next host, to be on the group's phone list. Each answer is kept with its date, the version
of the wording the person agreed to and an optional renewal date; the handover scope and the phone
list read these records, and the check-in shows the host (only the host) who needs asking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from storage.consents import PURPOSES, Consent, ConsentRepository
from storage.database import Database
from storage.members import MemberRepository
from storage.records import Member

__all__ = ["PURPOSES", "Consent", "ConsentService", "ConsentState", "PhoneEntry"]

# The version of each sentence a member agrees to; raise it when the wording changes, and every
# record made under an older version shows as due for renewal.
WORDING_VERSION = {"contact": 1, "handover": 1, "phone_list": 1}
DUE_WITHIN_DAYS = 30


class ConsentState(StrEnum):
    OK = "ok"  # answered (yes or no) and not due
    MISSING = "missing"  # never asked
    DUE = "due"  # renewal date near or past, or agreed to an older wording


@dataclass(frozen=True)
class PhoneEntry:
    member_id: str
    pseudonym: str
    phone: str


def state_of(consent: Consent | None, today: date) -> ConsentState:
    if consent is None:
        return ConsentState.MISSING
    if consent.given and consent.wording_version < WORDING_VERSION[consent.purpose]:
        return ConsentState.DUE
    soon = (today + timedelta(days=DUE_WITHIN_DAYS)).isoformat()
    if consent.given and consent.renew_on is not None and consent.renew_on <= soon:
        return ConsentState.DUE
    return ConsentState.OK


class ConsentService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._repo = ConsentRepository(db)
        self._members = MemberRepository(db)

    def of_member(self, member_id: str) -> dict[str, Consent]:
        return self._repo.of_member(member_id)

    def record(
        self, member_id: str, purpose: str, given: bool, day: date, renew_on: date | None = None
    ) -> Consent:
        with self._db.transaction():
            return self._repo.record(
                Consent(
                    member_id,
                    purpose,
                    given,
                    day.isoformat(),
                    WORDING_VERSION[purpose],
                    renew_on.isoformat() if renew_on else None,
                )
            )

    def follow_member_form(self, member: Member, today: date) -> None:
        """The member form's two checkboxes: a changed answer (or a first one) is recorded with
        the form's consent date, under today's wording."""
        known = self._repo.of_member(member.id)
        day = member.consent_recorded_on or today.isoformat()
        with self._db.transaction():
            for purpose, given in (
                ("contact", member.consent_contact),
                ("handover", member.consent_handover),
            ):
                current = known.get(purpose)
                if current is not None and current.given == given:
                    continue
                if current is None and not given and member.consent_recorded_on is None:
                    continue  # never asked: no record, so the check-in keeps showing it
                self._repo.record(Consent(member.id, purpose, given, day, WORDING_VERSION[purpose]))

    def needs_asking(self, today: date) -> dict[str, set[ConsentState]]:
        """Active members with a consent missing or due, and which states (never which
        purpose is shown to the room: the check-in only marks the name)."""
        records = self._repo.all()
        found: dict[str, set[ConsentState]] = {}
        for member in self._members.list_all():
            if not member.active:
                continue
            states = {state_of(records.get(member.id, {}).get(p), today) for p in PURPOSES}
            states.discard(ConsentState.OK)
            if states:
                found[member.id] = states
        return found

    def phone_list(self, today: date) -> list[PhoneEntry]:
        """Members who agreed to be on the phone list (a valid record), with a phone: nobody
        else, whatever the member's other answers."""
        agreed = self._repo.valid_member_ids("phone_list", today.isoformat())
        return [
            PhoneEntry(m.id, m.pseudonym, m.phone)
            for m in self._members.list_all()
            if m.id in agreed and m.active and m.phone.strip()
        ]
