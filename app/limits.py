"""How long each typed text may be and which days a date field takes: the validation gate's
rules (storage/domain.py), for the UI's fields, so that nothing a host types is refused later at
a handover."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storage.domain import FIELDS, LABEL, META, Rule, latest
from storage.value_rules import without_refused


def _text_rule(table: str, column: str) -> Rule:
    """table "meta" and "sidecar" name the group's name and the start screen's label."""
    if table == "sidecar":
        return LABEL
    rule = META.get(column) if table == "meta" else FIELDS[table][column]
    assert rule is not None and rule.cap > 0, (table, column)
    return rule


def text_cap(table: str, column: str) -> int:
    return _text_rule(table, column).cap


def as_stored(table: str, column: str, text: str) -> str:
    """A pasted or dropped text as the gate stores it in table.column, so that the field counts
    what will be saved: without control characters, and on one line where the column is one."""
    return without_refused(_text_rule(table, column), text)


def date_range(table: str, column: str, now: datetime | None = None) -> tuple[date, date]:
    """The first and the last day the gate takes in a date column. The last is a day short of
    the gate's (its bound is a UTC moment, the day typed a local one): a year typed as 9999 was
    saved, then refused at the next handover, and a series planned from it ran off the calendar."""
    rule = FIELDS[table][column]
    last = latest(rule, now or datetime.now(UTC))[:10]
    return date.fromisoformat(rule.earliest), date.fromisoformat(last) - timedelta(days=1)
