"""One value against its rule: the value-by-value half of storage/domain.py's gate.

Apart from the rules of every column (storage/domain.py, built from the records' enums) so that
reading the JSON beside each vault, all the start screen does before an unlock, needs only this.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple


class Kind(StrEnum):
    ID = "id"
    TEXT = "text"
    INT = "int"
    ENUM = "enum"
    DAY = "day"  # YYYY-MM-DD
    MINUTE = "minute"  # local YYYY-MM-DDTHH:MM (a meeting's start)
    STAMP = "stamp"  # YYYY-MM-DDTHH:MM:SS[.ffffff][Z]


class Problem(StrEnum):
    """Why a value is refused; the UI and the CLI turn these codes into words."""

    TYPE = "type"
    EMPTY = "empty"
    TOO_LONG = "too_long"
    CONTROL = "control"
    RANGE = "range"
    CHOICE = "choice"
    DATE = "date"
    FUTURE = "future"
    ID = "id"
    LIVE_ROW = "live_row"  # a tombstone for a row the same file still holds


# A named tuple, not a frozen dataclass: made at every start (the start screen checks the sidecars
# with it), a dataclass writes out and compiles its methods one by one (~6 M instructions).
class Rule(NamedTuple):
    kind: Kind
    cap: int = 0  # TEXT: at most this many characters
    low: int = 0  # INT
    high: int = 0  # INT
    choices: tuple[str, ...] = ()  # ENUM
    nullable: bool = False
    required: bool = False  # TEXT: not empty or blank
    line: bool = False  # TEXT: one line (no newline or tab either)
    earliest: str = "1900-01-01"  # dates: the first acceptable day
    ahead_days: int = 366  # dates: how far after today is still believable


DEMO_ID = "demo"
# Row timestamps are written by the app when a change is made: never in the future (a day of
# slack for a laptop whose clock is off), or that row would win every later merge.
STAMP = Rule(Kind.STAMP, earliest="1970-01-01", ahead_days=1)
LABEL = Rule(Kind.TEXT, cap=200, line=True)  # the start screen's label, in the sidecar JSON

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Control characters; U+202A..U+202E (the bidirectional embeddings and overrides) too: a name
# holding U+202E turned the rest of the sentence it was shown in backwards ("Remove ?retsor eht
# morf"). Isolates (U+2066..U+2069) and the marks (U+200E, U+200F) stay: they cannot reach out.
# The one list of them: the SQL gate (storage/bundle_gate.py) and the column rule
# (storage/domain.py) search the UTF-8 bytes with has_control_utf8 beside their C0 bytes, and
# pasted text is cleaned with CONTROL (app/typed_fields.py).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")
CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e]")
# Past the C0 bytes, one search per leading byte: searched for a literal first byte, re scans
# in C at memchr speed; one alternation of both made it test every byte of the text against a
# class (0.074 s against 0.009 s over the large group's 11.7 MB of handover text).
CONTROL_UTF8 = (re.compile(b"\xc2[\x80-\x9f]"), re.compile(b"\xe2\x80[\xaa-\xae]"))
_BREAK = re.compile("[\n\t]")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MINUTE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
_STAMP_RE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(\.[0-9]{1,6})?Z?")
_FORMATS = {Kind.DAY: "%Y-%m-%d", Kind.MINUTE: "%Y-%m-%dT%H:%M", Kind.STAMP: "%Y-%m-%dT%H:%M:%S"}
LENGTHS = {Kind.DAY: 10, Kind.MINUTE: 16, Kind.STAMP: 19}


def has_control_utf8(data: bytes) -> bool:
    """A C1 control or a bidirectional embedding or override in UTF-8 bytes."""
    return any(pattern.search(data) is not None for pattern in CONTROL_UTF8)


def is_group_id(value: object) -> bool:
    """A group id names files in the data folder: a UUID, or the demo's fixed id."""
    return isinstance(value, str) and (value == DEMO_ID or _UUID.fullmatch(value) is not None)


def latest(rule: Rule, now: datetime) -> str:
    """The last acceptable value, in the rule's own text form (dates compare as text)."""
    limit = now.astimezone(UTC) + timedelta(days=rule.ahead_days)
    return limit.strftime(_FORMATS.get(rule.kind, _FORMATS[Kind.STAMP]))


def value_problem(rule: Rule, value: object, now: datetime | None = None) -> Problem | None:
    if value is None:
        return None if rule.nullable else Problem.TYPE
    if rule.kind is Kind.INT:
        if type(value) is not int:
            return Problem.TYPE
        return None if rule.low <= value <= rule.high else Problem.RANGE
    if not isinstance(value, str):
        return Problem.TYPE
    if rule.kind is Kind.TEXT:
        return _text_problem(rule, value)
    if rule.kind is Kind.ENUM:
        return None if value in rule.choices else Problem.CHOICE
    if rule.kind is Kind.ID:
        return None if _UUID.fullmatch(value) else Problem.ID
    return _date_problem(rule, value, now or datetime.now(UTC))


def _text_problem(rule: Rule, value: str) -> Problem | None:
    if len(value) > rule.cap:
        return Problem.TOO_LONG
    if (CONTROL_LINE if rule.line else CONTROL).search(value):
        return Problem.CONTROL
    if rule.required and not value.strip(" \t\n"):
        return Problem.EMPTY
    return None


def without_refused(rule: Rule, value: str) -> str:
    """A text without the characters its rule refuses: control characters dropped (a PDF's
    form feed, a terminal's bell: nothing a host sees), and in a one-line text line breaks and
    tabs turned into spaces. Never cut at the cap: that would lose words the host can see."""
    clean = _BREAK.sub(" ", value) if rule.line else value
    return CONTROL.sub("", clean)


def _date_problem(rule: Rule, value: str, now: datetime) -> Problem | None:
    pattern = {Kind.DAY: _DAY, Kind.MINUTE: _MINUTE, Kind.STAMP: _STAMP_RE}[rule.kind]
    match = pattern.fullmatch(value)
    if not match:
        return Problem.DATE
    head = value[: LENGTHS[rule.kind]]
    # A real day and time (the pattern checked the digits' places). Not strptime: its first call
    # loads _strptime and builds its expressions, before the start screen can show. Read back,
    # so a Python that reads 24:00 as the next midnight still refuses it.
    try:
        real = datetime.fromisoformat(head).isoformat().startswith(head)
    except ValueError:
        real = False
    if not real:
        return Problem.DATE
    if head < rule.earliest:
        return Problem.RANGE
    return Problem.FUTURE if head > latest(rule, now) else None
