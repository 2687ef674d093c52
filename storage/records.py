"""The stored records, one dataclass per table; field names are the column names. A column
with a closed set of values is typed with its StrEnum: storage/rows.py turns what is read into
the member, and storage/domain.py takes its choices from the same enum."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from storage.clock import new_id


class Role(StrEnum):
    MEMBER = "member"
    HOST = "host"
    CO_HOST = "co-host"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ItemKind(StrEnum):
    WELCOME = "welcome"
    AGREEMENTS = "agreements"
    CHECK_IN = "check-in"
    CIRCLE = "circle"
    THEME = "theme"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


# The steps that have a text to read aloud (the group's own, or a format's).
SCRIPT_KINDS: tuple[ItemKind, ...] = tuple(kind for kind in ItemKind if kind is not ItemKind.OTHER)


class Purpose(StrEnum):
    """What a member's consent is for."""

    CONTACT = "contact"  # to be contacted between meetings
    HANDOVER = "handover"  # their contact details handed to the next host
    PHONE_LIST = "phone_list"  # to be on the group's phone list


class Category(StrEnum):
    CRISIS_LINE = "crisis_line"
    PROFESSIONAL_HELP = "professional_help"
    LOCAL_SERVICE = "local_service"
    READING = "reading"
    HANDOUT = "handout"
    AGREEMENT = "agreement"
    PRACTICAL = "practical"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True)
class Stored:
    """What every row has: a text UUID, and when it was created and last changed (UTC ISO-8601,
    filled in by storage/rows.py when empty). Given by keyword only, so that each record's own
    columns come first when it is made in code."""

    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Member(Stored):
    pseudonym: str
    full_name: str = ""
    phone: str = ""
    email: str = ""
    role: Role = Role.MEMBER
    active: bool = True
    joined_on: str | None = None
    consent_contact: bool = False
    consent_handover: bool = False
    consent_recorded_on: str | None = None
    private_note: str = ""


@dataclass(frozen=True)
class Session(Stored):
    starts_at: str  # local date-time, "YYYY-MM-DDTHH:MM"
    duration_minutes: int = 90
    place: str = ""
    theme: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    summary: str = ""
    guest_count: int = 0
    # The check-out by show of hands: counts only, None until taken (schema 3).
    checkout_good: int | None = None
    checkout_mixed: int | None = None
    checkout_hard: int | None = None
    # The format the meeting was planned from, whose read-aloud texts it uses (schema 4); it may
    # name a format deleted since, or None.
    template_id: str | None = None


@dataclass(frozen=True)
class AgendaItem(Stored):
    session_id: str
    position: int
    title: str
    kind: ItemKind = ItemKind.OTHER
    planned_minutes: int = 0
    notes: str = ""


@dataclass(frozen=True)
class Template(Stored):
    name: str
    duration_minutes: int = 90


@dataclass(frozen=True)
class TemplateItem(Stored):
    template_id: str
    position: int
    title: str
    kind: ItemKind = ItemKind.OTHER
    planned_minutes: int = 0
    notes: str = ""


@dataclass(frozen=True)
class Attendance(Stored):
    session_id: str
    member_id: str
    present: bool = True
    id: str = field(default="", kw_only=True)  # stable_id(session, member), by its repository


@dataclass(frozen=True)
class CircleRound(Stored):
    started_at: str
    seconds_per_turn: int
    session_id: str | None = None
    ended_at: str | None = None
    # The round's balance (schema 3): kept even when per-person turns are not.
    spoke_count: int = 0
    passed_count: int = 0
    not_reached_count: int = 0
    median_turn_seconds: int = 0
    overrun_seconds: int = 0


@dataclass(frozen=True)
class CircleTurn(Stored):
    round_id: str
    position: int
    planned_seconds: int
    member_id: str | None = None
    speaker_label: str = ""
    spoken_seconds: int = 0
    passed: bool = False


@dataclass(frozen=True)
class Resource(Stored):
    title: str
    category: Category = Category.OTHER
    body: str = ""
    phone: str = ""
    url: str = ""
    address: str = ""
    hours: str = ""
    pinned: bool = False
    last_verified_on: str | None = None


@dataclass(frozen=True)
class Script(Stored):
    """A read-aloud text for one kind of agenda step: the group's own, or a format's."""

    kind: ItemKind
    body: str
    template_id: str | None = None
    id: str = field(default="", kw_only=True)  # stable_id(kind, format), by its repository
