"""The domain records the UI works with, re-exported from storage so ui/ never imports storage/."""

from storage.records import (
    AgendaItem,
    Attendance,
    Category,
    CircleRound,
    CircleTurn,
    ItemKind,
    Member,
    Purpose,
    Resource,
    Role,
    Session,
    SessionStatus,
    Template,
    TemplateItem,
)

__all__ = [
    "AgendaItem",
    "Attendance",
    "Category",
    "CircleRound",
    "CircleTurn",
    "ItemKind",
    "Member",
    "Purpose",
    "Resource",
    "Role",
    "Session",
    "SessionStatus",
    "Template",
    "TemplateItem",
]
