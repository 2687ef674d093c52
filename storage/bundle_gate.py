"""The validation gate over a whole handover file, run by SQLite: one pass per table.

For each column, `suspect` is an SQL expression that is true for every value its rule
(storage/domain.py) refuses. It may also flag a good value (a timestamp in a form Cercle does not
write), never miss a bad one. One aggregate query per table counts the rows with a flagged value;
only when there are some, a second says which columns, and each of those is read and checked
value by value in Python (`domain.column_problems`), so the verdict and the message are always
domain's own. A sound file never becomes Python objects, row by row.

The same pass writes the table's canonical text (one JSON array per row, in rowid order), which
handover format 3 seals. That text also answers the checks SQL cannot make cheaply: control
characters (JSON escapes C0 ones, DEL and C1 stay as they are) and valid UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from storage import domain
from storage.database import JSON_BLOB
from storage.domain import Finding, Kind, Rule
from storage.errors import StorageError
from storage.value_rules import has_control_utf8

if TYPE_CHECKING:
    from storage.database import Database

_DIGIT = "[0-9]"
# Months, days, hours, minutes and seconds by their first digit: the checks after a GLOB only
# have to refuse a 13th month, a 31st of April, a 29 February outside a leap year, a 24th hour.
_DAY = f"{_DIGIT * 4}-[01]{_DIGIT}-[0-3]{_DIGIT}"
_MINUTE = f"{_DAY}T[012]{_DIGIT}:[0-5]{_DIGIT}"
_SECOND = f"{_MINUTE}:[0-5]{_DIGIT}"
_MICRO = f"{_SECOND}.{_DIGIT * 6}"
# The timestamp forms Cercle writes, by length; a value in any other form is read by Python.
_STAMPS = {19: _SECOND, 20: f"{_SECOND}Z", 26: _MICRO, 27: f"{_MICRO}Z"}
# A UUID's dashes in place; unhex and lower check the characters between them.
_UUID_DASHES = "-".join("?" * n for n in (8, 4, 4, 4, 12))
# In the JSON text, after escaped backslashes are removed: an escaped C0 control other than
# newline and tab, DEL, or a C1 control (U+0080..U+009F in UTF-8). Three searches, each led by
# one byte, take a quarter of the time of one search for any of them (0.02 s against 0.09 s
# over the large group's 11.6 MB of text).
_ESCAPED_CONTROL = re.compile(rb"\\(?:u00|[bfr])")
_BYTES = "length(CAST({c} AS BLOB))"  # length() stops at a NUL; a byte count does not


class _Params:
    """Bound parameters of one query, named in order."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def __call__(self, value: object) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return f":{name}"


def suspect(column: str, rule: Rule, now: datetime, bind: _Params) -> str:
    """True (or NULL) for every value of `column` that `rule` refuses."""
    c = f'"{column}"'
    flag = _BAD[rule.kind](c, rule, now, bind)
    # NULL fails every kind's test (typeof, length, GLOB) but a nullable column's.
    return f"({c} IS NOT NULL AND ({flag}))" if rule.nullable else f"({flag})"


def _int(c: str, rule: Rule, _now: datetime, _bind: _Params) -> str:
    return f"typeof({c}) != 'integer' OR {c} < {int(rule.low)} OR {c} > {int(rule.high)}"


def _enum(c: str, rule: Rule, _now: datetime, bind: _Params) -> str:
    choices = ", ".join(map(bind, rule.choices))
    return f"typeof({c}) != 'text' OR {c} COLLATE BINARY NOT IN ({choices})"


def _text(c: str, rule: Rule, _now: datetime, _bind: _Params) -> str:
    """Control characters and UTF-8 are checked on the JSON text (see _clean)."""
    parts = [f"typeof({c}) != 'text'", f"length({c}) > {int(rule.cap)}"]
    if rule.line:
        parts += [f"instr({c}, char(10)) > 0", f"instr({c}, char(9)) > 0"]
    if rule.required:
        parts.append(f"trim({c}, ' ' || char(9) || char(10)) = ''")
    return " OR ".join(parts)


def _id(c: str, _rule: Rule, _now: datetime, bind: _Params) -> str:
    # 36 bytes (a GLOB stops at a NUL, the byte count does not), the dashes in place, 16 bytes
    # of hex digits around them (unhex skips the dashes, only between pairs of digits, and
    # refuses any other character) and none in upper case: a third of the cost of one GLOB
    # with a class per digit. No number's text has this form, and a blob makes the whole table
    # suspect (scan_table): no type test needed.
    return (
        f"{_BYTES.format(c=c)} != 36 OR NOT {c} GLOB {bind(_UUID_DASHES)} "
        f"OR length(unhex({c}, '-')) IS NOT 16 OR lower({c}) != {c}"
    )


def _dates(c: str, rule: Rule, now: datetime, bind: _Params) -> str:
    bounds = f"{c} < {bind(rule.earliest)} OR {c} > {bind(domain.latest(rule, now))}"
    if rule.kind is Kind.DAY:
        # SQLite writes a day it reads as YYYY-MM-DD, a real one: a value that is its own
        # reading has the form and is a real day (a 31 April or 29 February 2027 is read as
        # another day, a NUL or anything after the day makes the text longer, a number is not
        # text). A third of the cost of the form's GLOB and a reading of its first 10 bytes.
        return f"date({c}) IS NOT {c} OR {bounds}"
    if rule.kind is Kind.STAMP:
        forms = " ".join(f"WHEN {n} THEN {c} GLOB {bind(g)}" for n, g in _STAMPS.items())
        shape = f"NOT CASE {_BYTES.format(c=c)} {forms} ELSE 0 END"
    else:
        shape = f"{_BYTES.format(c=c)} != 16 OR NOT {c} GLOB {bind(_MINUTE)}"
    # A real day: SQLite's reading of it writes it back the same (no 31 April, no 29 February
    # in 2027).
    day = f"substr({c}, 1, 10)"
    # The bounds compare the whole text: a timestamp past the last acceptable second by its
    # fraction only is a false alarm, which Python's check then clears.
    return " OR ".join([shape, f"date({day}) IS NOT {day}", f"substr({c}, 12, 2) > '23'", bounds])


_BAD = {
    Kind.INT: _int,
    Kind.ENUM: _enum,
    Kind.TEXT: _text,
    Kind.ID: _id,
    Kind.DAY: _dates,
    Kind.MINUTE: _dates,
    Kind.STAMP: _dates,
}


@dataclass(frozen=True)
class TableScan:
    """One table read by SQLite: its rows' count, canonical text and the gate's findings."""

    table: str
    count: int
    text: bytes
    findings: list[Finding]


def _row_json(columns: list[str], *, blobs: bool) -> str:
    """One row as a JSON array. JSON holds no blob: a file holding one (refused by the gate
    anyway) is written with the blob's hex digits instead, the same text for every other row."""
    cells = [
        f"CASE WHEN typeof({c}) = 'blob' THEN hex({c}) ELSE {c} END" if blobs else c
        for c in (f'"{name}"' for name in columns)
    ]
    return f"json_array({', '.join(cells)})"


def scan_table(
    db: Database,
    table: str,
    now: datetime | None = None,
    rules: dict[str, Rule] | None = None,
    flagged: set[str] | Callable[[], set[str] | None] | None = None,
) -> TableScan:
    """Count, canonical text and gate of `table` (main schema), in one pass over its rows.
    rules: each column's, when not the table's own (domain.table_rules).
    flagged: the columns flagged_columns found, over the very rows this file was written from
    (an export's); the pass then only writes the text, and these columns and any its text
    makes suspect are read from this file for domain's verdict. A callable is asked for them
    once the text is read (the flags may still be running beside this pass); its None means
    they could not run, and flagged_columns then runs over this file.

    The rows are read in a plain scan of the table (NOT INDEXED): in rowid order, which the
    text keeps (tests/storage/test_bundle_gate.py checks it). Ordering in a subquery cost a
    third more."""
    now = now or datetime.now(UTC)
    if rules is None:
        rules = domain.table_rules(db, table) if table != "meta" else {}
    bind = _Params()
    flags = {} if flagged is not None else _flags(rules, now, bind)
    any_flag = f"sum(ifnull({' OR '.join(flags.values())}, 1))" if flags else "0"
    columns = [str(r[1]) for r in db.query(f"PRAGMA main.table_info({table})")]
    row: Any = None
    for blobs in (False, True):
        sql = (
            f"SELECT CAST(group_concat({_row_json(columns, blobs=blobs)}, char(10)) AS BLOB), "
            f"count(*), {any_flag} FROM main.{table} NOT INDEXED"
        )
        try:
            row = db.query_one(sql, bind.values)
            break
        except StorageError as exc:  # JSON holds no blob: every column is then read by Python
            # Only that: an interrupt (a Stop) or a read error is never read around again.
            if blobs or str(exc) != JSON_BLOB:
                raise
    text, count = bytes(row[0] or b""), int(row[1])
    if table == "meta":
        findings = domain.meta_findings(db, now=now) if _utf8(text) else _NOT_UTF8_META
        return TableScan(table, count, text, findings)
    if blobs:
        suspects = set(rules)
    elif flagged is not None:
        known = flagged() if callable(flagged) else flagged
        if known is None:
            known = flagged_columns(db, table, now, rules)
        suspects = known & set(rules)
    else:
        suspects = _flagged(db, table, flags, bind) if row[2] else set()
    if not _clean(text):
        suspects |= {column for column, rule in rules.items() if rule.kind is Kind.TEXT}
    findings = []
    for column, rule in rules.items():
        if column in suspects:
            findings += _column_findings(db, table, column, rule, now)
    return TableScan(table, count, text, findings)


def _flags(rules: dict[str, Rule], now: datetime, bind: _Params) -> dict[str, str]:
    return {column: suspect(column, rule, now, bind) for column, rule in rules.items()}


def flagged_columns(
    db: Database, table: str, now: datetime, rules: dict[str, Rule] | None = None
) -> set[str]:
    """The columns of `table` (main schema) holding a value SQL flags, without its text: run
    by an export on the rows it writes the bundle from, beside the writing (scan_table's
    `flagged`). A blob, which the text's JSON cannot hold, is caught by scan_table's text."""
    if table == "meta":
        return set()
    bind = _Params()
    flags = _flags(domain.table_rules(db, table) if rules is None else rules, now, bind)
    if not flags:
        return set()
    found = db.scalar(
        f"SELECT sum(ifnull({' OR '.join(flags.values())}, 1)) FROM main.{table} NOT INDEXED",
        bind.values,
    )
    return _flagged(db, table, flags, bind) if found else set()


def _flagged(db: Database, table: str, flags: dict[str, str], bind: _Params) -> set[str]:
    """Which columns hold a flagged value: asked only when some row has one."""
    sums = ", ".join(f"sum(ifnull({flag}, 1))" for flag in flags.values())
    row = db.query_one(f"SELECT {sums} FROM main.{table}", bind.values)
    return {column for column, found in zip(flags, row or (), strict=True) if found}


def _clean(text: bytes) -> bool:
    """No control character but newline and tab in any text of the table, and valid UTF-8."""
    # JSON writes C0 controls as escapes: a text without a backslash (one memchr) holds none,
    # and needs neither the copy without escaped backslashes nor its search. Removing ASCII
    # pairs cannot make or break a UTF-8 sequence in valid UTF-8: DEL and C1 are searched for
    # in the text as it is (what is not valid UTF-8 is refused below anyway).
    if b"\\" in text and _ESCAPED_CONTROL.search(text.replace(b"\\\\", b"")):
        return False
    if b"\x7f" in text or has_control_utf8(text):
        return False
    return _utf8(text)


def _utf8(text: bytes) -> bool:
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# meta's values are read one key at a time all over: one that is not UTF-8 stops the file here.
_NOT_UTF8_META = [Finding("meta", "value", domain.Problem.TYPE, 1)]


def _column_findings(
    db: Database, table: str, column: str, rule: Rule, now: datetime
) -> list[Finding]:
    """A flagged column, value by value: domain's verdict, or none for a false alarm."""
    problem, count = domain.column_problems(rule, _column_values(db, table, column), now)
    return [] if problem is None else [Finding(table, column, problem, count)]


_NOT_TEXT = object()  # text that is not UTF-8: no rule takes it (its problem is TYPE)


def _column_values(db: Database, table: str, column: str) -> list[object]:
    """The column's values in rowid order. Text is read as bytes, then decoded here: the driver
    fails the whole read on text that is not UTF-8 (a crafted file's)."""
    c = f'"{column}"'
    rows = db.query(
        f"SELECT typeof({c}), CASE WHEN typeof({c}) = 'text' THEN CAST({c} AS BLOB) ELSE {c} END "
        f"FROM main.{table} ORDER BY rowid"
    )
    return [_decoded(value) if kind == "text" else value for kind, value in rows]


def _decoded(data: bytes) -> object:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _NOT_TEXT
