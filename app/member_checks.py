"""What makes a member record acceptable, and the folded form searches compare."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from storage.records import Member
from storage.resources import fold as fold  # the index's folding: "Helene" finds "Hélène"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Problem(StrEnum):
    """Why a member cannot be saved (errors) or deserves a second look (warnings)."""

    EMPTY_PSEUDONYM = "empty_pseudonym"
    BAD_EMAIL = "bad_email"
    DUPLICATE_PSEUDONYM = "duplicate_pseudonym"  # a warning only: two Maries may come


# The member fields a host's file fills, as the validation gate names them.
GATED = ("pseudonym", "full_name", "phone", "email", "role", "joined_on", "private_note")
_CAPS = {"pseudonym": 100, "full_name": 200, "phone": 60, "email": 254, "private_note": 20_000}
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def field_problems(member: Member) -> list[tuple[str, str]]:
    """(field, reason code) for each field the validation gate refuses, in GATED order.

    Interface for CSV import; the reason codes are the gate's (too_long, control, ...).
    """
    found = []
    for name in ("pseudonym", "full_name", "phone", "email", "private_note"):
        value = getattr(member, name)
        if len(value) > _CAPS[name]:
            found.append((name, "too_long"))
        elif (_CONTROL if name == "private_note" else _CONTROL_LINE).search(value):
            found.append((name, "control"))
    joined = member.joined_on
    if joined and not "1900-01-01" <= joined <= (date.today() + timedelta(days=366)).isoformat():
        found.append(("joined_on", "future" if joined > "1900" else "date"))
    return found


def member_problems(member: Member) -> list[Problem]:
    problems = []
    if not member.pseudonym.strip():
        problems.append(Problem.EMPTY_PSEUDONYM)
    if member.email.strip() and not _EMAIL.match(member.email.strip()):
        problems.append(Problem.BAD_EMAIL)
    return problems
