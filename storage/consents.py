"""Consent records: one per member and purpose, with its date, the version of the wording agreed
to and an optional renewal date. The members' two schema-1 checkboxes are kept in step with the
contact and handover records, so older code paths and older co-hosts read the same answer."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from storage import rows
from storage.clock import stable_id
from storage.database import Database
from storage.records import Purpose, Stored

PURPOSES = tuple(Purpose)
_MIRRORED = {Purpose.CONTACT: "consent_contact", Purpose.HANDOVER: "consent_handover"}


@dataclass(frozen=True)
class Consent(Stored):
    member_id: str
    purpose: Purpose
    given: bool
    recorded_on: str  # YYYY-MM-DD
    wording_version: int = 1
    renew_on: str | None = None
    id: str = field(default="", kw_only=True)  # stable_id(member, purpose), by record()

    def valid_on(self, day: str) -> bool:
        """Given, and not past its renewal date (a consent due for renewal still holds on the
        day itself)."""
        return self.given and (self.renew_on is None or day <= self.renew_on)


class ConsentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of_member(self, member_id: str) -> dict[str, Consent]:
        found = rows.select(self._db, Consent, "consents", "WHERE member_id = ?", (member_id,))
        return {c.purpose: c for c in found}

    def all(self) -> dict[str, dict[str, Consent]]:
        found: dict[str, dict[str, Consent]] = {}
        for consent in rows.select(self._db, Consent, "consents"):
            found.setdefault(consent.member_id, {})[consent.purpose] = consent
        return found

    def record(self, consent: Consent) -> Consent:
        """Insert or replace the member's record for this purpose (the id is derived from both,
        so two co-hosts recording the same consent make one row)."""
        if consent.purpose not in PURPOSES:
            raise ValueError("purpose")
        record = replace(consent, id=stable_id(consent.member_id, consent.purpose))
        existing = rows.select_one(self._db, Consent, "consents", "WHERE id = ?", (record.id,))
        if existing is None:
            stored = rows.insert(self._db, "consents", record)
        else:
            stored = rows.update(
                self._db, "consents", replace(record, created_at=existing.created_at)
            )
        column = _MIRRORED.get(consent.purpose)
        if column:
            self._db.execute(
                f"UPDATE members SET {column} = ? WHERE id = ? AND {column} != ?",
                (int(consent.given), consent.member_id, int(consent.given)),
            )
        return stored

    def active_member_ids(self) -> list[str]:
        """The ids alone: the roster asks at every reload, and a whole member row carries notes."""
        return [str(r[0]) for r in self._db.query("SELECT id FROM members WHERE active = 1")]

    def valid_member_ids(self, purpose: str, day: str) -> set[str]:
        found = self._db.query(
            "SELECT member_id FROM consents WHERE purpose = ? AND given = 1 "
            "AND (renew_on IS NULL OR renew_on >= ?)",
            (purpose, day),
        )
        return {str(r[0]) for r in found}
