"""The domain of every value that enters from outside: one gate for handover import and merge,
CSV import, and the JSON files beside the vaults.

Each column has one Rule, checked value by value (`field_problem`: a CSV cell, a JSON value; the
check itself is storage/value_rules.py's, which the start screen loads without the rest) or
a whole column at once (`column_problems`, with a few C-speed passes per column). A handover
file's tens of thousands of rows are first checked by SQLite (storage/bundle_gate.py), which
hands the columns it flags to `column_problems`. A whole-column check only ever says "all good"
when every value is; otherwise the verdict comes from the value-by-value check, so they cannot
disagree (tests/storage/test_domain.py and test_bundle_gate.py check it).

It lives in storage/ because the bundle checks run in storage/ (which may not import app/), and
storage/ owns the schema these rules describe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import repeat
from typing import TYPE_CHECKING

from storage import records
from storage.records import Category, ItemKind, Purpose, Role, SessionStatus

# The value-by-value gate, which callers reach through this module too.
from storage.value_rules import LABEL as LABEL
from storage.value_rules import LENGTHS, has_control_utf8
from storage.value_rules import STAMP as _STAMP
from storage.value_rules import Kind as Kind
from storage.value_rules import Problem as Problem
from storage.value_rules import Rule as Rule
from storage.value_rules import is_group_id as is_group_id
from storage.value_rules import latest as latest
from storage.value_rules import value_problem as value_problem

if TYPE_CHECKING:
    from storage.database import Database


# Ranges of the UI's own widgets (session editor, check-in, agenda table, circle setup).
MINUTES = (0, 600)
SESSION_MINUTES = (5, 600)
GUESTS = (0, 999)
POSITIONS = (0, 9_999)
TURN_SECONDS = (0, 3_600)
SPOKEN_SECONDS = (0, 86_400)
# The closed sets are the records' own enums: one list of values for the app and the gate.
KINDS = tuple(kind.value for kind in ItemKind)
SCRIPT_KINDS = tuple(kind.value for kind in records.SCRIPT_KINDS)
CATEGORIES = tuple(category.value for category in Category)
ROLES = tuple(role.value for role in Role)
STATUSES = tuple(status.value for status in SessionStatus)
PURPOSES = tuple(purpose.value for purpose in Purpose)
SYNCED = (
    *("members", "sessions", "agenda_items", "templates", "template_items", "attendance"),
    *("circle_rounds", "circle_turns", "resources", "scripts"),
    *("attendance_folds", "folded_periods", "consents"),
)
COUNT = (0, 99_999)  # people at a meeting, or in a period's figures
COUNTS = (0, 1_000)  # people in a round (schema 3)
HANDS = (0, 999)  # a check-out's show of hands (schema 3)

_ID = Rule(Kind.ID)
_PARENT = Rule(Kind.ID, nullable=True)
_BOOL = Rule(Kind.INT, low=0, high=1)
_ROW = {"id": _ID, "created_at": _STAMP, "updated_at": _STAMP}


def _text(cap: int, *, line: bool = False, required: bool = False) -> Rule:
    return Rule(Kind.TEXT, cap=cap, line=line, required=required)


def _int(bounds: tuple[int, int]) -> Rule:
    return Rule(Kind.INT, low=bounds[0], high=bounds[1])


NAME = _text(100, line=True, required=True)
NOTE = _text(20_000)
LINE = _text(300, line=True)
PHONE = _text(60, line=True)
_ITEM = {
    "position": _int(POSITIONS),
    "title": LINE,
    "kind": Rule(Kind.ENUM, choices=KINDS),
    "planned_minutes": _int(MINUTES),
    "notes": NOTE,
}
FIELDS: dict[str, dict[str, Rule]] = {
    "members": {
        **_ROW,
        "pseudonym": NAME,
        "full_name": _text(200, line=True),
        "phone": PHONE,
        "email": _text(254, line=True),
        "role": Rule(Kind.ENUM, choices=ROLES),
        "active": _BOOL,
        "joined_on": Rule(Kind.DAY, nullable=True),
        "consent_contact": _BOOL,
        "consent_handover": _BOOL,
        "consent_recorded_on": Rule(Kind.DAY, nullable=True, ahead_days=1),
        "private_note": NOTE,
        "first_came_on": Rule(Kind.DAY, nullable=True, ahead_days=1),
    },
    "sessions": {
        **_ROW,
        "starts_at": Rule(Kind.MINUTE, earliest="1970-01-01", ahead_days=20 * 366),
        "duration_minutes": _int(SESSION_MINUTES),
        "place": LINE,
        "theme": LINE,
        "status": Rule(Kind.ENUM, choices=STATUSES),
        "summary": NOTE,
        "guest_count": _int(GUESTS),
        # The check-out by show of hands: counts, None until taken (schema 3).
        "checkout_good": Rule(Kind.INT, low=HANDS[0], high=HANDS[1], nullable=True),
        "checkout_mixed": Rule(Kind.INT, low=HANDS[0], high=HANDS[1], nullable=True),
        "checkout_hard": Rule(Kind.INT, low=HANDS[0], high=HANDS[1], nullable=True),
        # The format it was planned from (schema 4): an id, possibly of a format deleted since.
        "template_id": _PARENT,
    },
    "agenda_items": {**_ROW, "session_id": _ID, **_ITEM},
    "templates": {
        **_ROW,
        "name": _text(200, line=True, required=True),
        "duration_minutes": _int(SESSION_MINUTES),
    },
    "template_items": {**_ROW, "template_id": _ID, **_ITEM},
    "attendance": {**_ROW, "session_id": _ID, "member_id": _ID, "present": _BOOL},
    "circle_rounds": {
        **_ROW,
        "session_id": _PARENT,
        "started_at": _STAMP,
        "ended_at": Rule(Kind.STAMP, nullable=True, earliest="1970-01-01", ahead_days=1),
        "seconds_per_turn": _int((1, TURN_SECONDS[1])),
        # The round's balance (schema 3).
        "spoke_count": _int(COUNTS),
        "passed_count": _int(COUNTS),
        "not_reached_count": _int(COUNTS),
        "median_turn_seconds": _int(SPOKEN_SECONDS),
        "overrun_seconds": _int(SPOKEN_SECONDS),
    },
    "circle_turns": {
        **_ROW,
        "round_id": _ID,
        "position": _int(POSITIONS),
        "member_id": _PARENT,
        "speaker_label": _text(100, line=True),
        "planned_seconds": _int(TURN_SECONDS),
        "spoken_seconds": _int(SPOKEN_SECONDS),
        "passed": _BOOL,
    },
    "resources": {
        **_ROW,
        "title": _text(300, line=True, required=True),
        "category": Rule(Kind.ENUM, choices=CATEGORIES),
        # A page or a few; Markdown beyond this is not a note, it is an attack on the renderer.
        "body": _text(60_000),
        "phone": PHONE,
        "url": _text(2_000, line=True),
        "address": _text(500),
        "hours": _text(500),
        "pinned": _BOOL,
        "last_verified_on": Rule(Kind.DAY, nullable=True, ahead_days=1),
    },
    "attendance_folds": {
        **_ROW,
        "session_id": _ID,
        "present_count": _int(COUNT),
        "newcomer_count": _int(COUNT),
    },
    "folded_periods": {
        **_ROW,
        "period": _text(7, line=True, required=True),
        "newcomers": _int(COUNT),
        "came_back": _int(COUNT),
        "regulars": _int(COUNT),
    },
    "consents": {
        **_ROW,
        "member_id": _ID,
        "purpose": Rule(Kind.ENUM, choices=PURPOSES),
        "given": _BOOL,
        "recorded_on": Rule(Kind.DAY, ahead_days=1),
        "wording_version": _int((1, 999)),
        # a renewal is asked for in months or years, not decades
        "renew_on": Rule(Kind.DAY, nullable=True, ahead_days=10 * 366),
    },
    # Read-aloud texts per kind of agenda step (schema 3).
    "scripts": {
        **_ROW,
        "template_id": _PARENT,
        "kind": Rule(Kind.ENUM, choices=SCRIPT_KINDS),
        "body": _text(4_000),
    },
    "tombstones": {
        "table_name": Rule(Kind.ENUM, choices=SYNCED),
        "row_id": _ID,
        "deleted_at": _STAMP,
    },
}
# meta is key/value: each known key has its own rule; keys added by later migrations get a
# plain one-line text rule.
META: dict[str, Rule] = {
    "app": Rule(Kind.ENUM, choices=("cercle",)),
    "group_id": _ID,  # or DEMO_ID, see is_group_id
    "group_name": _text(200, line=True, required=True),
    "language": Rule(Kind.ENUM, choices=("fr", "en")),
    "created_at": _STAMP,
    "schema_version": _int((1, 9_999)),
    "keep_turn_times": Rule(Kind.ENUM, choices=("0", "1")),  # schema 3: per-person circle times
}
META_OTHER = _text(1_000)
MANIFEST_STAMP = _STAMP
APP_VERSION = _text(40, line=True, required=True)
META_KEY = _text(100, line=True, required=True)
# Columns added by a later migration that is not yet described here still get a safe default.
FALLBACK = {"TEXT": _text(20_000), "INTEGER": _int((-(2**31), 2**31 - 1))}


def rule_for(table: str, column: str) -> Rule | None:
    return FIELDS.get(table, {}).get(column)


# -- value by value ----------------------------------------------------------------------------
def field_problem(
    table: str, column: str, value: object, now: datetime | None = None
) -> Problem | None:
    """The per-field gate: None when `value` may be stored in table.column. Stable API, used by
    CSV import (members) and the JSON readers; an unknown column is refused as TYPE."""
    rule = rule_for(table, column)
    if rule is None:
        return Problem.TYPE
    return value_problem(rule, value, now)


# -- whole columns at once ---------------------------------------------------------------------
_TEMPLATES = {
    Kind.ID: "-".join("x" * n for n in (8, 4, 4, 4, 12)),
    Kind.DAY: "0000-00-00",
    Kind.MINUTE: "0000-00-00T00:00",
}
_STAMP_TEMPLATES = {len(t): t for t in ("0000-00-00T00:00:00", "0000-00-00T00:00:00.000000Z")}
_STAMP_LOOSE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z?"
)
_MONTH_DAYS = frozenset(
    (f"{m:02d}"[0], f"{m:02d}"[1], f"{d:02d}"[0], f"{d:02d}"[1])
    for m, last in enumerate((31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1)
    for d in range(1, last + 1)
)
_HOURS = frozenset((f"{n:02d}"[0], f"{n:02d}"[1]) for n in range(24))


def _layout(values: list[str], template: str) -> str | None:
    """The column joined without separators when every value has exactly `template`'s layout:
    its separators at the same places and a digit ("0") or hex digit ("x") everywhere else;
    None otherwise. Only C-speed passes: one slice per character position of the template."""
    size, n = len(template), len(values)
    if set(map(len, values)) != {size}:
        return None
    joined = "".join(values)
    if not joined.isascii():
        return None
    for i, c in enumerate(template):
        if c == "0" and not joined[i::size].isdigit():
            return None
        if c not in "0x" and joined[i::size].count(c) != n:
            return None
    if "x" in template:
        digits = joined.replace("-", "")
        if len(digits) != n * template.count("x") or not digits.isalnum():
            return None  # separators elsewhere, or whitespace (which fromhex would skip)
        if not (digits.islower() or digits.isdigit()):
            return None
        try:
            bytes.fromhex(digits)  # and nothing but hex digits
        except ValueError:
            return None
    return joined


def _dates_ok(rule: Rule, values: list[str], now: datetime) -> bool:
    template = _TEMPLATES.get(rule.kind) or _STAMP_TEMPLATES.get(len(values[0]), "")
    joined = _layout(values, template) if template else None
    if joined is None:
        if rule.kind is not Kind.STAMP or not all(map(_STAMP_LOOSE.fullmatch, values)):
            return False
        joined, template = "".join(v[:19] for v in values), "0000-00-00T00:00:00"
    size = len(template)
    days = set(zip(*(joined[i::size] for i in (5, 6, 8, 9)), strict=True))
    if not days <= _MONTH_DAYS:
        return False
    leap_days = [v for v in values if v[5:10] == "02-29"] if ("0", "2", "2", "9") in days else []
    if not all(_leap(int(v[:4])) for v in leap_days):
        return False
    if rule.kind is not Kind.DAY:
        hours = set(zip(joined[11::size], joined[12::size], strict=True))
        seconds = joined[17::size] if rule.kind is Kind.STAMP else "0"
        if not hours <= _HOURS or max(joined[14::size]) > "5" or max(seconds) > "5":
            return False
    length = LENGTHS[rule.kind]
    return min(values)[:length] >= rule.earliest and max(values)[:length] <= latest(rule, now)


def column_problems(
    rule: Rule, values: list[object], now: datetime | None = None
) -> tuple[Problem | None, int]:
    """The first problem in a column and how many values have one. A whole column is first
    checked at once with C-speed passes (over the joined text, min, max, sets); only
    a column that fails it is checked value by value, so the verdict is always value_problem's."""
    now = now or datetime.now(UTC)
    present = [v for v in values if v is not None] if rule.nullable else values
    try:
        if not present or _column_ok(rule, present, now):
            return None, 0
    except (TypeError, ValueError):
        pass  # a value of an unexpected type: the slow path names it
    found = [p for p in (value_problem(rule, v, now) for v in values) if p is not None]
    return (found[0] if found else None), len(found)


def _column_ok(rule: Rule, values: list[object], now: datetime) -> bool:
    if rule.kind is Kind.INT:
        if set(map(type, values)) != {int}:
            return False
        numbers: list[int] = values  # type: ignore[assignment]
        return rule.low <= min(numbers) and max(numbers) <= rule.high
    if rule.kind is Kind.ENUM:
        return set(values) <= set(rule.choices)
    if set(map(type, values)) != {str}:
        return False
    texts: list[str] = values  # type: ignore[assignment]
    if rule.kind is Kind.ID:
        return _layout(texts, _TEMPLATES[Kind.ID]) is not None
    if rule.kind is Kind.TEXT:
        return _text_column_ok(rule, texts, "\n".join(texts))
    return _dates_ok(rule, texts, now)


def _text_column_ok(rule: Rule, values: list[str], joined: str) -> bool:
    if max(map(len, values)) > rule.cap:
        return False
    if rule.line and joined.count("\n") != len(values) - 1:
        return False
    if _has_control(joined, rule.line):
        return False
    return not rule.required or all(map(str.strip, values, repeat(" \t\n")))


_C0_LINE = bytes(c for c in [*range(0x20), 0x7F] if c != 0x0A)  # "\n" only joins values
_C0_TEXT = bytes(c for c in _C0_LINE if c != 0x09)


def _has_control(joined: str, line: bool) -> bool:
    """On the UTF-8 bytes, in C: C0 controls are single bytes (deleting them would shorten
    the text), C1 controls (and the bidirectional overrides) a sequence found by a
    literal-prefix search."""
    data = joined.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _C0_LINE if line else _C0_TEXT)) != len(data):
        return True
    return has_control_utf8(data)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@dataclass(frozen=True)
class Finding:
    """`rows` rows of `table` have a refused `column` (the first one's reason is `problem`)."""

    table: str
    column: str
    problem: Problem
    rows: int


def table_rules(db: Database, table: str, prefix: str = "main") -> dict[str, Rule]:
    """Each column's rule, in the table's column order (the order of SELECT *)."""
    known = FIELDS.get(table, {})
    rules = {}
    for row in db.query(f"PRAGMA {prefix}.table_info({table})"):
        name, declared = str(row[1]), str(row[2]).upper()
        rules[name] = known.get(name) or FALLBACK.get(declared, FALLBACK["TEXT"])
    return rules


def meta_findings(db: Database, prefix: str = "main", now: datetime | None = None) -> list[Finding]:
    """meta holds key/value rows: each key has its own rule."""
    now = now or datetime.now(UTC)
    findings = []
    for key, value in db.query(f"SELECT key, value FROM {prefix}.meta ORDER BY key"):
        if value_problem(META_KEY, key, now):
            findings.append(Finding("meta", "key", Problem.TYPE, 1))
            continue
        problem = _meta_problem(str(key), value, now)
        if problem:
            findings.append(Finding("meta", str(key), problem, 1))
    return findings


def _meta_problem(key: str, value: object, now: datetime) -> Problem | None:
    if key == "group_id":
        return None if is_group_id(value) else Problem.ID
    if key == "schema_version":
        text = value if isinstance(value, str) else ""
        number = int(text) if text.isascii() and text.isdigit() and len(text) < 6 else -1
        return value_problem(META[key], number, now)
    return value_problem(META.get(key, META_OTHER), value, now)


def tombstones_of_live_rows(db: Database, prefix: str = "main") -> list[Finding]:
    """A file that says a row was erased and still holds it was not written by Cercle (erasing
    deletes the row); merged, it would erase the receiver's row on the strength of a lie."""
    findings = []
    for table in SYNCED:
        rows = int(
            db.scalar(
                f"SELECT count(*) FROM {prefix}.tombstones t JOIN {prefix}.{table} r "
                "ON r.id = t.row_id WHERE t.table_name = ?",
                (table,),
            )
            or 0
        )
        if rows:
            findings.append(Finding("tombstones", "row_id", Problem.LIVE_ROW, rows))
    return findings
