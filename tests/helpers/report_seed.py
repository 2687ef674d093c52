"""A small group with hand-countable figures for 2025 (see tests/app/test_reports.py), and the
`seeded` fixture: a fresh group seeded with them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.group import OpenGroup
from app.model import Member, Role, Session, SessionStatus

HELD, CANCELLED, PLANNED = SessionStatus.HELD, SessionStatus.CANCELLED, SessionStatus.PLANNED


@dataclass(frozen=True)
class Seeded:
    members: dict[str, str]  # letter -> member id
    sessions: dict[str, str]  # S1... -> session id


def seed(group: OpenGroup) -> Seeded:
    roster, sessions = group.roster, group.sessions
    people = {
        "A": ("2024-06-01", Role.MEMBER, True),
        "B": ("2024-06-01", Role.MEMBER, True),
        "C": ("2025-02-01", Role.MEMBER, True),
        "D": ("2025-03-10", Role.MEMBER, True),
        "E": ("2025-05-01", Role.MEMBER, False),
        "F": ("2023-01-01", Role.HOST, True),
        "G": ("2026-01-05", Role.MEMBER, True),
    }
    ids = {}
    for letter, (joined, role, active) in people.items():
        member = roster.add_member(
            Member(f"Person {letter}", joined_on=joined, role=role, active=active)
        )
        ids[letter] = member.id
    meetings = {
        "S6": ("2024-12-10T19:00", 90, "Welcome", HELD, 0, "ABF"),
        "S1": ("2025-01-14T19:00", 90, "Grief", HELD, 2, "ABF"),
        "S2": ("2025-02-11T19:00", 120, "Sleep", HELD, 0, "ABCF"),
        "S3": ("2025-03-11T19:00", 90, "Grief", HELD, 1, "ACDF"),
        "S4": ("2025-04-08T19:00", 90, "Family", CANCELLED, 0, ""),
        "S5": ("2025-05-13T19:00", 90, "", HELD, 3, "ABEF"),
        "S9": ("2025-12-30T19:00", 90, "Year end", PLANNED, 0, ""),
        "S7": ("2026-01-13T19:00", 90, "Hope", PLANNED, 0, ""),
        "S8": ("2026-02-10T19:00", 90, "Hope", PLANNED, 0, ""),
    }
    session_ids = {}
    for name, (when, minutes, theme, status, guests, present) in meetings.items():
        stored = sessions.add_session(
            Session(when, minutes, theme=theme, status=status, guest_count=guests)
        )
        session_ids[name] = stored.id
        for letter in present:
            roster.set_present(stored.id, ids[letter])
    return Seeded(ids, session_ids)


@pytest.fixture
def seeded(fresh_group):
    return fresh_group, seed(fresh_group)
