"""The validation gate run by SQLite over a handover file (storage/bundle_gate.py): the same
verdict as the value-by-value check for any column, and every rule, broken alone in a real
resealed bundle, refused with the record, field and reason named and nothing imported."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ContentInvalid
from storage import domain
from storage.bundle_gate import _clean, flagged_columns, scan_table
from storage.database import Database
from storage.domain import Problem
from storage.value_rules import has_control_utf8
from tests.helpers.bad_bundles import reseal
from tests.helpers.handover import BUNDLE_PASSPHRASE
from tests.storage.test_domain import NOW, columns

CASES = int(os.environ.get("CERCLE_FUZZ_EXAMPLES") or 200)


def _memory() -> Database:
    return Database(sqlcipher3.connect(":memory:", isolation_level=None), Path(":memory:"), None)


@pytest.mark.slow
@settings(max_examples=CASES, deadline=None)
@given(case=columns())
def test_sqlite_gives_the_value_checks_verdict(case) -> None:
    """Any column, good or not, of any type SQLite can hold: SQL flags it or clears it, and the
    finding is exactly the value-by-value check's."""
    rule, values = case
    with _memory() as db:
        db.execute("CREATE TABLE t (c)")  # no type: every value is stored as it is
        db.executemany("INSERT INTO t (c) VALUES (?)", [(v,) for v in values])
        scan = scan_table(db, "t", NOW, rules={"c": rule})
        # An export's split: the flags over the rows in memory, the text and verdict the file's.
        flagged = flagged_columns(db, "t", NOW, rules={"c": rule})
        split = scan_table(db, "t", NOW, rules={"c": rule}, flagged=flagged)
    assert split == scan
    expected = [domain.value_problem(rule, v, NOW) for v in values]
    problems = [p for p in expected if p is not None]
    found = [(f.problem, f.rows) for f in scan.findings]
    assert found == ([(problems[0], len(problems))] if problems else [])
    assert scan.count == len(values)


@pytest.mark.parametrize("blob", [b"abc", b"\x1c\x00", b"\x13", b"\x00", b"\x0c\x01"])
def test_a_blob_where_text_belongs_is_refused_by_name_whatever_sqlites_json_makes_of_it(
    blob: bytes,
) -> None:
    """SQLite 3.45+ reads some blobs as its binary JSON: one such blob broken inside fails with
    "malformed JSON", one well formed is read as JSON (X'00' as null). The scan then reads the
    rows by Python, so the verdict is still the value check's, never "damaged file"."""
    rule = domain.Rule(domain.Kind.TEXT, cap=50)
    with _memory() as db:
        db.execute("CREATE TABLE t (c)")
        db.executemany("INSERT INTO t (c) VALUES (?)", [("fine",), (blob,)])
        scan = scan_table(db, "t", NOW, rules={"c": rule})
    assert [(f.problem, f.rows) for f in scan.findings] == [
        (domain.value_problem(rule, blob, NOW), 1)
    ]


def test_the_text_follows_the_rows_rowid_order() -> None:
    """The seal's text must not depend on anything but the file: rows in rowid order."""
    with _memory() as db:
        db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER)")
        db.executemany("INSERT INTO t VALUES (?, ?)", [("b", 1), ("a", 2), ("c", 3)])
        db.execute("CREATE INDEX t_n ON t (n DESC)")
        rules = {"id": domain.Rule(domain.Kind.TEXT, cap=5), "n": domain.Rule(domain.Kind.INT)}
        scan = scan_table(db, "t", NOW, rules=rules)
    assert scan.text == b'["b",1]\n["a",2]\n["c",3]'


_FOLDED_PERIOD = (
    "INSERT INTO folded_periods (id, period, newcomers, came_back, regulars, created_at, "
    "updated_at) VALUES ('0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f9e', ?, 1, 1, 1, "
    "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')"
)
_TOMBSTONE = (
    "INSERT INTO tombstones VALUES (?, '0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f9e', "
    "'2026-01-01T00:00:00.000000Z')"
)
# (table, column, value): values SQLite's own constraints (STRICT types, CHECK) let through but
# one rule of the gate refuses, one reason after another.
BROKEN = [
    ("members", "pseudonym", "x" * 101),  # too long
    ("members", "full_name", "a\x1b[2J"),  # C0 control
    ("members", "full_name", "a\x00b"),  # NUL
    ("members", "email", "a\x7fb"),  # DEL
    ("members", "phone", "a\u0085b"),  # C1 control
    ("members", "phone", "a\u0080b"),  # the first C1 control
    ("members", "email", "a\u009fb"),  # the last C1 control
    ("members", "full_name", "a\bb"),  # backspace (JSON writes \b)
    ("members", "full_name", "a\x0cb"),  # form feed (JSON writes \f)
    ("members", "full_name", "a\x1fb"),  # the last C0 control
    ("members", "phone", "01\n02"),  # newline in a one-line field
    ("resources", "title", "a\tb"),  # tab in a one-line field
    ("members", "private_note", "x\r\n"),  # carriage return
    ("folded_periods", "period", "   "),  # required, blank
    ("sessions", "duration_minutes", 601),  # above the range
    ("sessions", "guest_count", 1000),
    ("tombstones", "table_name", "meta"),  # not a choice
    ("sessions", "template_id", "../../x"),  # not an id
    ("sessions", "template_id", "A" * 36),  # an id in capitals
    # Near misses of an id: each part of its flag (dashes, hex digits, case, bytes) alone.
    ("sessions", "template_id", "0b6f4c-632a59-4c2d-9a57-0c1a3c3c1f9e"),  # dashes moved
    ("sessions", "template_id", "0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f9g"),  # not a hex digit
    ("sessions", "template_id", "0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f9E"),  # one capital
    ("sessions", "template_id", "0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f9\x00"),  # a NUL
    ("sessions", "template_id", "0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f\u0669"),  # an Arabic 9
    ("members", "joined_on", "2026-04-31"),  # no such day
    ("members", "joined_on", "2027-02-29"),  # not a leap year
    ("members", "joined_on", "2026-1-05"),  # not the day's form
    ("members", "joined_on", "2026-01-05\x00"),  # the day, then a NUL
    ("members", "joined_on", "2026-01-05 "),  # the day, then a space
    ("members", "joined_on", "2026-01-05T10:00"),  # a minute, not a day
    ("members", "joined_on", "\uff12026-01-05"),  # a full-width digit
    ("members", "joined_on", "1899-12-31"),  # before the earliest day
    ("sessions", "starts_at", "2026-01-01T24:00"),  # a 24th hour
    ("sessions", "starts_at", "2099-01-01T10:00"),  # too far ahead
    ("members", "updated_at", "yesterday"),
    ("members", "updated_at", "2026-01-01T10:00:60Z"),  # a 61st second
    ("members", "created_at", "2026-01-01T10:00:00.1234567Z"),  # seven decimals
    ("members", "created_at", "9999-01-01T00:00:00Z"),  # in the future
    ("consents", "renew_on", "2099-01-01"),
]


def _statement(table: str, column: str) -> str:
    if table == "folded_periods":
        return _FOLDED_PERIOD
    if table == "tombstones":
        return _TOMBSTONE
    return f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})"


@pytest.mark.parametrize(("table", "column", "value"), BROKEN)
def test_each_rule_broken_alone_is_refused_by_name(
    table, column, value, demo_bundle, handover
) -> None:
    """The file is refused, the record, field and reason named, nothing left behind."""
    reseal(demo_bundle, BUNDLE_PASSPHRASE, (_statement(table, column), (value,)))
    with pytest.raises(ContentInvalid) as caught:
        handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    refused = caught.value
    expected = domain.field_problem(table, column, value, datetime.now(UTC))
    assert expected is not None
    assert (refused.table, refused.column, refused.problem) == (table, column, expected.value)
    assert list(handover.tmp.iterdir()) == []


@pytest.mark.parametrize(("table", "column", "value"), BROKEN)
def test_each_rule_broken_alone_in_the_group_stops_its_export_by_name(
    table, column, value, demo_group, demo_db, handover, tmp_path
) -> None:
    """The export flags values in SQL over the rows in memory it writes the file from, beside
    the writing; the verdict is read from the file: the finding an import would make, and no
    file left behind."""
    demo_db.execute("PRAGMA foreign_keys = OFF")
    demo_db.execute("PRAGMA ignore_check_constraints = ON")
    with demo_db.transaction():
        demo_db.execute(_statement(table, column), (value,))
    target = tmp_path / "out.cercle"
    with pytest.raises(ContentInvalid) as caught:
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything", with_notes=True)
    refused = caught.value
    expected = domain.field_problem(table, column, value, datetime.now(UTC))
    assert expected is not None and refused.outgoing
    assert (refused.table, refused.column, refused.problem) == (table, column, expected.value)
    assert not target.exists() and list(handover.tmp.iterdir()) == []


def test_the_cases_above_try_every_reason_for_a_value() -> None:
    """A wrong type needs a file SQLite's STRICT tables refuse to write (tests/app/handover
    tries them), a tombstone of a live row is about the file, not a value."""
    tried = {domain.field_problem(t, c, v, NOW) for t, c, v in BROKEN}
    assert set(Problem) - tried == {Problem.TYPE, Problem.LIVE_ROW}


def test_a_timestamp_in_a_rarer_good_form_is_flagged_then_cleared(demo_bundle, handover) -> None:
    """SQL flags the forms Cercle does not write; Python's check accepts them."""
    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        "UPDATE members SET updated_at = '2026-01-01T10:00:00.123Z', created_at = '2026-01-01T10:00:00'",
    )
    copy = handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    copy.discard()


@pytest.mark.parametrize(
    ("statement", "table", "column"),
    [
        (
            "UPDATE members SET full_name = CAST(x'41ff42' AS TEXT) WHERE rowid = 2",
            "members",
            "full_name",
        ),
        (
            "UPDATE sessions SET theme = CAST(x'eda080' AS TEXT) WHERE rowid = 2",
            "sessions",
            "theme",
        ),
        (
            "UPDATE meta SET value = CAST(x'41ff42' AS TEXT) WHERE key = 'group_name'",
            "meta",
            "value",
        ),
    ],
)
def test_text_that_is_not_utf8_is_refused_by_name(
    statement, table, column, demo_bundle, handover
) -> None:
    """The driver cannot read such text: the gate still names the record and field."""
    reseal(demo_bundle, BUNDLE_PASSPHRASE, statement, tolerant=True)
    with pytest.raises(ContentInvalid) as caught:
        handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert (caught.value.table, caught.value.column, caught.value.problem) == (
        table,
        column,
        "type",
    )
    assert list(handover.tmp.iterdir()) == []


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")
# Beside each end of U+202A..U+202E: U+2029 and U+202F share its first two UTF-8 bytes.
_NEAR_BIDI = "\u2029\u202a\u202c\u202e\u202f\u2066"


@settings(max_examples=CASES, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            'ab\\"u0fbrn/\x00\x08\t\n\x0c\r\x1f\x7f\x80\x9f\xa0é«…' + _NEAR_BIDI
        )
    )
)
def test_the_text_check_finds_exactly_the_control_characters(value: str) -> None:
    """Read in the JSON text SQLite writes: a control character but newline and tab is found,
    whatever backslashes, quotes or escapes surround it, and nothing else is taken for one."""
    db = _memory()
    try:
        text = db.scalar("SELECT CAST(json_array(?) AS BLOB)", (value,))
    finally:
        db.close()
    assert _clean(bytes(text)) is (_CONTROLS.search(value) is None)


def test_every_c1_control_and_bidirectional_override_is_found_in_utf8_and_nothing_else() -> None:
    """Each code point of the first three UTF-8 lengths' start, alone and inside text: found
    exactly when it is U+0080..U+009F or U+202A..U+202E."""
    for point in range(0x3000):
        if 0xD800 <= point <= 0xDFFF:
            continue
        data = f"é{chr(point)}«".encode()
        expected = 0x80 <= point <= 0x9F or 0x202A <= point <= 0x202E
        assert has_control_utf8(data) is expected, hex(point)
