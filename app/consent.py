"""Consent with a purpose: to be contacted between meetings, to have one's contact details handed
to the next host, to be on the group's phone list. Each answer is kept with its date, the version
of the wording the person agreed to and an optional renewal date; the handover scope and the phone
list read these records, and the check-in shows the host (only the host) who needs asking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from storage import domain
from storage.consents import PURPOSES, Consent, ConsentRepository
from storage.database import Database
from storage.domain import Problem
from storage.members import MemberRepository
from storage.records import Member, Purpose

__all__ = [
    "PURPOSES",
    "Consent",
    "ConsentInvalid",
    "ConsentService",
    "ConsentState",
    "HeldConsents",
    "PhoneEntry",
    "Problem",
    "consent_problems",
]

# The version of each sentence a member agrees to; raise it when the wording changes, and every
# record made under an older version shows as due for renewal.
WORDING_VERSION = {Purpose.CONTACT: 1, Purpose.HANDOVER: 1, Purpose.PHONE_LIST: 1}
DUE_WITHIN_DAYS = 30


class ConsentState(StrEnum):
    OK = "ok"  # answered (yes or no) and not due
    MISSING = "missing"  # never asked
    DUE = "due"  # renewal date near, or agreed to an older wording
    EXPIRED = "expired"  # agreed, but the renewal date has passed: it no longer holds


class ConsentInvalid(ValueError):
    """A consent the host typed that cannot be kept: (field, problem) pairs, never a value."""

    def __init__(self, problems: list[tuple[str, Problem]]) -> None:
        super().__init__(", ".join(f"{f}: {p.value}" for f, p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PhoneEntry:
    member_id: str
    pseudonym: str
    phone: str


@dataclass(frozen=True)
class HeldConsents:
    """The member form's two consents as they hold today, read from the consent records (the
    one source the Consents dialog, the phone list and the handover read too)."""

    recorded_on: str | None  # the last day one of the two answers was recorded
    expired: dict[Purpose, str]  # agreed, but past this renewal date: no longer holds


def state_of(consent: Consent | None, today: date) -> ConsentState:
    if consent is None:
        return ConsentState.MISSING
    if not consent.valid_on(today.isoformat()) and consent.given:
        return ConsentState.EXPIRED
    if consent.given and consent.wording_version < WORDING_VERSION[consent.purpose]:
        return ConsentState.DUE
    soon = (today + timedelta(days=DUE_WITHIN_DAYS)).isoformat()
    if consent.given and consent.renew_on is not None and consent.renew_on <= soon:
        return ConsentState.DUE
    return ConsentState.OK


def consent_problems(consent: Consent, today: date) -> list[tuple[str, Problem]]:
    """Every field through the gate's rule for its column, then what only the pair of dates and
    the shipped wordings can tell: a renewal after the day it was given, a wording that exists."""
    values = {
        "member_id": consent.member_id,
        "purpose": consent.purpose,
        "given": int(consent.given),
        "recorded_on": consent.recorded_on,
        "wording_version": consent.wording_version,
        "renew_on": consent.renew_on,
    }
    found = [
        (name, problem)
        for name, value in values.items()
        if (problem := domain.field_problem("consents", name, value)) is not None
    ]
    if found:
        return found
    if consent.recorded_on > today.isoformat():
        found.append(("recorded_on", Problem.FUTURE))
    if consent.renew_on is not None and consent.renew_on <= consent.recorded_on:
        found.append(("renew_on", Problem.DATE))
    if consent.wording_version > WORDING_VERSION[consent.purpose]:
        found.append(("wording_version", Problem.RANGE))
    return found


class ConsentService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._repo = ConsentRepository(db)
        self._members = MemberRepository(db)

    def of_member(self, member_id: str) -> dict[str, Consent]:
        return self._repo.of_member(member_id)

    def held(self, member_id: str, today: date) -> HeldConsents:
        records = [
            c
            for p, c in self._repo.of_member(member_id).items()
            if p in (Purpose.CONTACT, Purpose.HANDOVER)
        ]
        return HeldConsents(
            max((c.recorded_on for c in records), default=None),
            {
                c.purpose: c.renew_on
                for c in records
                if c.renew_on and state_of(c, today) is ConsentState.EXPIRED
            },
        )

    def record(
        self, member_id: str, purpose: Purpose, given: bool, day: date, renew_on: date | None = None
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

    def save_answers(self, answers: list[Consent], today: date) -> list[Consent]:
        """The host's consent screen: every answer checked field by field first, then all
        written in one transaction, or none (ConsentInvalid says which field and why)."""
        problems = [p for answer in answers for p in consent_problems(answer, today)]
        if problems:
            raise ConsentInvalid(problems)
        with self._db.transaction():
            return [self._repo.record(answer) for answer in answers]

    def follow_member_form(self, member: Member, today: date) -> None:
        """The member form's two checkboxes: a changed answer (or a first one) is recorded with
        the form's consent date, under today's wording."""
        known = self._repo.of_member(member.id)
        day = member.consent_recorded_on or today.isoformat()
        with self._db.transaction():
            for purpose, given in (
                (Purpose.CONTACT, member.consent_contact),
                (Purpose.HANDOVER, member.consent_handover),
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
        for member_id in self._repo.active_member_ids():
            states = {state_of(records.get(member_id, {}).get(p), today) for p in PURPOSES}
            states.discard(ConsentState.OK)
            if states:
                found[member_id] = states
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
