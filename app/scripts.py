"""Meeting scripts: for each kind of agenda step, a short text the host reads aloud, with fields
filled from the meeting. The texts shipped with Cercle are translations in ui/; a group may
replace any of them with its own, and a format may have its own for the meetings planned from
it (a meeting remembers its format, schema 4).

Fields are filled by plain replacement of the known {names} only: a text typed by a host (or
brought by a handover file) is never a format string, so braces in it are just braces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.typed_fields import as_the_gate_takes
from storage.database import Database
from storage.domain import FIELDS
from storage.members import AttendanceRepository, MemberRepository
from storage.records import (
    SCRIPT_KINDS,
    Category,
    ItemKind,
    Resource,
    Script,
    Session,
    SessionStatus,
)
from storage.resources import ResourceRepository
from storage.scripts import ScriptRepository
from storage.sessions import SessionRepository

__all__ = ["FIELD_NAMES", "MAX_BODY", "SCRIPT_KINDS", "MeetingFacts", "ScriptService", "fill"]

FIELD_NAMES = ("meeting", "end_time", "next_date", "agreement", "help_lines")
MAX_BODY = FIELDS["scripts"]["body"].cap
_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class MeetingFacts:
    """What the scripts' fields are filled from; times stay machine values for the UI to word."""

    theme: str
    ends_at: datetime
    next_starts_at: datetime | None
    agreement: str
    help_lines: list[str]
    newcomers: int  # people checked in as newcomers at this meeting


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each known {field} with its value; anything else is left as typed."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _help_line(resource: Resource) -> str:
    """Title and number; a number the title already gives ("3114 — Suicide prevention") is not
    read out twice."""
    title, phone = resource.title.strip(), resource.phone.strip()
    if phone and "".join(phone.split()) in "".join(title.split()):
        phone = ""
    return " — ".join(part for part in (title, phone) if part)


class ScriptService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._scripts = ScriptRepository(db)

    def own_text(self, kind: str, template_id: str | None = None) -> str | None:
        """The text a meeting of this format reads for this kind: the format's own, else the
        group's, else None for the one shipped with Cercle."""
        found = self._scripts.get(kind, template_id) if template_id else None
        if found is None:
            found = self._scripts.get(kind, None)
        return found.body if found is not None else None

    def format_text(self, kind: str, template_id: str) -> str | None:
        """The format's own text for this kind only, None when it reads the group's."""
        found = self._scripts.get(kind, template_id)
        return found.body if found is not None else None

    def format_text_count(self, template_id: str) -> int:
        """How many kinds have the format's own text: deleting the format deletes them, and its
        meetings then read the group's (or Cercle's) instead."""
        return sum(self._scripts.get(kind, template_id) is not None for kind in SCRIPT_KINDS)

    def save_text(self, kind: str, body: str, template_id: str | None = None) -> None:
        self.save_texts({kind: body}, template_id)

    def save_texts(self, texts: dict[str, str | None], template_id: str | None = None) -> None:
        """Several kinds at once, in one transaction: a text, or None to go back to the group's
        (for a format) or to Cercle's (for the group)."""
        if any(kind not in SCRIPT_KINDS for kind in texts):
            raise ValueError("kind")
        with self._db.transaction():
            for kind, body in texts.items():
                if body is None:
                    self._scripts.remove(kind, template_id)
                else:
                    script = Script(ItemKind(kind), body.strip(), template_id)
                    # A pasted form feed was stored as it came, and refused at the next handover.
                    self._scripts.save(as_the_gate_takes(script, "scripts"))

    def reset_text(self, kind: str, template_id: str | None = None) -> None:
        self.save_texts({kind: None}, template_id)

    def facts(self, session: Session) -> MeetingFacts:
        starts = datetime.strptime(session.starts_at[:16], "%Y-%m-%dT%H:%M")
        later = [
            s
            for s in SessionRepository(self._db).list_all()
            if s.starts_at > session.starts_at and s.status == SessionStatus.PLANNED
        ]
        resources = ResourceRepository(self._db)
        agreements = [r for r in resources.list_all() if r.category == Category.AGREEMENT]
        return MeetingFacts(
            session.theme.strip(),
            starts + timedelta(minutes=session.duration_minutes),
            datetime.strptime(later[0].starts_at[:16], "%Y-%m-%dT%H:%M") if later else None,
            agreements[0].body.strip() if agreements else "",
            [_help_line(r) for r in resources.pinned()],
            self.newcomers(session),
        )

    def newcomers(self, session: Session) -> int:
        """Present today, joined today, and never present at an earlier meeting."""
        day = session.starts_at[:10]
        members = MemberRepository(self._db)
        attendance = AttendanceRepository(self._db)
        count = 0
        for member_id in attendance.present_member_ids(session.id):
            member = members.get(member_id)
            if member is None or member.joined_on != day:
                continue
            earlier = [
                e
                for e in attendance.history(member_id)
                if e.present and e.starts_at < session.starts_at
            ]
            count += not earlier
        return count
