"""The text handover format 3 is sealed over is written by SQLite (storage/bundle_gate.py): a
file exported by this Cercle must still import in one built years later on a newer SQLCipher.
This pins the text, byte for byte, for values a group holds; if an upgrade of the committed lock
changes how SQLite writes JSON, this fails, and the seal needs a new format number, not a
silent refusal of every older file as altered."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from storage import domain
from storage.bundle_gate import scan_table
from storage.database import Database
from tests.storage.test_domain import NOW

ROWS = [
    ("plain", 0),
    ('guillemets « » and "quotes"', -1),
    ("back\\slash, tab\tand\nnew line", 9223372036854775807),
    ("accents éàç, Œ, ß, emoji 🌱, line separator \u2028", -9223372036854775808),
    ("", None),
]

EXPECTED = (
    '["plain",0]\n'
    '["guillemets « » and \\"quotes\\"",-1]\n'
    '["back\\\\slash, tab\\tand\\nnew line",9223372036854775807]\n'
    '["accents éàç, Œ, ß, emoji 🌱, line separator \u2028",-9223372036854775808]\n'
    '["",null]'
).encode()


def test_the_sealed_text_is_what_this_format_wrote() -> None:
    db = Database(sqlcipher3.connect(":memory:", isolation_level=None), Path(":memory:"), None)
    with db:
        db.execute("CREATE TABLE t (words TEXT, n INTEGER)")
        db.executemany("INSERT INTO t VALUES (?, ?)", ROWS)
        rules = {"n": domain.Rule(domain.Kind.INT)}
        scan = scan_table(db, "t", NOW, rules=rules)
    assert scan.text == EXPECTED
