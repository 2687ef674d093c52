"""What makes a member record acceptable, and the folded form searches compare."""

from __future__ import annotations

import re
from enum import StrEnum

from storage.domain import field_problem
from storage.records import Member
from storage.resources import fold as fold  # the index's folding: "Helene" finds "Hélène"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Problem(StrEnum):
    """Why a member cannot be saved (errors) or deserves a second look (warnings)."""

    EMPTY_PSEUDONYM = "empty_pseudonym"
    BAD_EMAIL = "bad_email"
    DUPLICATE_PSEUDONYM = "duplicate_pseudonym"  # a warning only: two Maries may come


# The member fields a host's file fills, checked by the validation gate in this order.
GATED = ("pseudonym", "full_name", "phone", "email", "role", "joined_on", "private_note")


def field_problems(member: Member) -> list[tuple[str, str]]:
    """(field, reason code) for each field the validation gate (storage.domain) refuses: the
    same rules as a handover file's members, so a CSV cannot bring what a bundle may not."""
    found = []
    for name in GATED:
        problem = field_problem("members", name, getattr(member, name))
        if problem is not None:
            found.append((name, problem.value))
    return found


def blocking(problems: list[Problem]) -> list[Problem]:
    """The problems that keep a member from being saved: all but a duplicate pseudonym, which
    is a warning (saving the same record again confirms it)."""
    return [p for p in problems if p != Problem.DUPLICATE_PSEUDONYM]


def pseudonym_key(pseudonym: str) -> str:
    """What two pseudonyms share when they name the same person as far as the roster can
    tell: case, accents and how the keyboard composed them aside ("rose", "Rosé", "ROSE")."""
    return fold(pseudonym).strip()


def member_problems(member: Member) -> list[Problem]:
    problems = []
    if not member.pseudonym.strip():
        problems.append(Problem.EMPTY_PSEUDONYM)
    if member.email.strip() and not _EMAIL.match(member.email.strip()):
        problems.append(Problem.BAD_EMAIL)
    return problems
