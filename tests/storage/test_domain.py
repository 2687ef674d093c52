"""The validation gate: one rule per column, the same verdict in Python (a CSV cell, a JSON
value) and in SQL (a whole handover table), and a rule for every column of the schema."""

from __future__ import annotations

import functools
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import domain, schema
from storage.bundle_file import TABLES
from storage.database import Database
from storage.domain import Problem, field_problem

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
# Columns checked against the value check: 200 in make test (drawing a case costs ~3 ms, the
# checks almost nothing), CERCLE_FUZZ_EXAMPLES in `make fuzz`.
COLUMN_CASES = int(os.environ.get("CERCLE_FUZZ_EXAMPLES") or 200)
RULES = [(t, c, r) for t, cols in domain.FIELDS.items() for c, r in cols.items()]


dates = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S")),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%d")),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
    st.from_regex(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{0,7})?Z?)?)?",
        fullmatch=True,
    ),
    st.sampled_from(
        ["2027-13-45T99:99", "2027-02-29", "2028-02-29", "2026-02-28T24:00", "2026-04-31"]
    ),
)
values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.sampled_from([0, 1, 5, 600, 601, 999, 1000, 3600, 86_401, -1]),
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0xA0), max_size=12),
    st.sampled_from(["demo", "member", "crisis_line", "  ", "\t", "a\nb", "x" * 301]),
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.binary(max_size=6),
    st.floats(allow_nan=False),
    dates,
)


@functools.cache
def _valid(rule: domain.Rule) -> st.SearchStrategy[object]:
    """Values a real vault holds, so that the whole-column fast path is exercised too.

    Made once per rule: building the strategies (the text's alphabet above all) at each draw
    was most of a case's cost, and a strategy draws the same values wherever it was made."""
    recent = st.datetimes(datetime(1990, 1, 1), datetime(2026, 11, 24))
    kinds: dict[domain.Kind, st.SearchStrategy[object]] = {
        domain.Kind.ID: st.uuids().map(str),
        domain.Kind.INT: st.integers(rule.low, rule.high),
        domain.Kind.ENUM: st.sampled_from(rule.choices or ("x",)),
        domain.Kind.TEXT: st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1),
        domain.Kind.DAY: recent.map(lambda d: d.strftime("%Y-%m-%d")),
        domain.Kind.MINUTE: recent.map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
        domain.Kind.STAMP: recent.map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    }
    return kinds[rule.kind]


_RULE = st.sampled_from([r for _t, _c, r in RULES])


@st.composite
def columns(draw: st.DrawFn) -> tuple[domain.Rule, list[object]]:
    rule = draw(_RULE)
    column = draw(st.lists(_valid(rule), min_size=1, max_size=8))
    if draw(st.booleans()):
        column[draw(st.integers(0, len(column) - 1))] = draw(values)
    return rule, column


@pytest.mark.slow
@settings(max_examples=COLUMN_CASES, deadline=None)
@given(case=columns())
def test_whole_column_check_gives_the_value_checks_verdict(case) -> None:
    rule, column = case
    expected = [domain.value_problem(rule, v, NOW) for v in column]
    problem, count = domain.column_problems(rule, column, NOW)
    assert count == sum(p is not None for p in expected)
    assert problem == next((p for p in expected if p is not None), None)


def test_every_column_of_the_schema_has_its_own_rule() -> None:
    """A migration that adds a column or a table must say what it may hold."""
    db = Database(sqlcipher3.connect(":memory:", isolation_level=None), Path(":memory:"), None)
    schema.migrate(db)
    for table in TABLES[1:]:
        columns = {str(r[1]) for r in db.query(f"PRAGMA table_info({table})")}
        assert columns == set(domain.FIELDS[table]), table


@pytest.mark.parametrize(
    ("table", "column", "value", "problem"),
    [
        ("sessions", "starts_at", "2027-13-45T99:99", Problem.DATE),
        ("sessions", "starts_at", "2027-02-30T10:00", Problem.DATE),
        ("sessions", "starts_at", "2027-02-03T10:00", None),
        ("sessions", "guest_count", 2**63 - 1, Problem.RANGE),
        ("sessions", "guest_count", True, Problem.TYPE),
        ("sessions", "duration_minutes", 90, None),
        ("members", "updated_at", "9999-01-01T00:00:00.000000Z", Problem.FUTURE),
        ("members", "updated_at", "2026-11-25T11:00:00.123456Z", None),
        ("members", "pseudonym", "Marie\x00", Problem.CONTROL),
        ("members", "pseudonym", "Marie\u0085", Problem.CONTROL),
        ("members", "pseudonym", "\u202eMarie", Problem.CONTROL),  # turned the sentence around
        ("members", "private_note", "\u2067ماري\u2069 \u200f", None),  # isolates stay inside
        ("members", "pseudonym", "a\nb", Problem.CONTROL),
        ("members", "private_note", "line one\nline\ttwo", None),
        ("members", "private_note", "x\r\n", Problem.CONTROL),
        ("members", "pseudonym", "x" * 101, Problem.TOO_LONG),
        ("members", "pseudonym", "   ", Problem.EMPTY),
        ("members", "pseudonym", "<img src=file:///etc/passwd>", None),  # shown as plain text
        ("members", "id", "../../x", Problem.ID),
        ("members", "role", "king", Problem.CHOICE),
        ("members", "joined_on", None, None),
        ("members", "joined_on", "2026-1-5", Problem.DATE),
        ("members", "shoe_size", 42, Problem.TYPE),
        ("tombstones", "table_name", "meta", Problem.CHOICE),
    ],
)
def test_field_problem_names_the_reason(table, column, value, problem) -> None:
    assert field_problem(table, column, value, NOW) == problem


def test_group_ids_name_no_path() -> None:
    assert domain.is_group_id("demo")
    assert domain.is_group_id("0b6f4c63-2a59-4c2d-9a57-0c1a3c3c1f9e")
    for bad in ("../../x", "demo/..", "", "0B6F4C63-2A59-4C2D-9A57-0C1A3C3C1F9E", None, 3):
        assert not domain.is_group_id(bad)
