"""One- and two-letter roster searches worked out in idle time (ui/roster/short_searches.py):
what a search shows is what reading every member gives, before, while and after, whatever the
status filter, and again after an edit or a new order."""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import Qt

from app.roster import MemberRow, fold
from storage.records import Member
from ui.roster.member_model import ATTENDANCE, PSEUDONYM, MemberTableModel

# Letters and pairs at a key's start, inside and end, ones no key holds, longer needles.
_NEEDLES = ("", "h", "e", "é", "ma", "rc", "c-", " 1", "ba", "nt", "zz", "q", "mar", "marc-", "o 1")
_NAMES = ["Hélène", "Marc", "Théo", "Zoé", "Amina", "Jérôme", "Inès", "Marc-Antoine", "Léa"]


def _rows() -> list[MemberRow]:
    rows = []
    for n, (first, last) in enumerate(itertools.product(_NAMES, ["Dupont", "Ba", "N'Diaye"])):
        member = Member(f"{first} {n}", full_name=f"{first} {last}", active=n % 3 != 0)
        rows.append(MemberRow(member, None, n % 7, fold(f"{member.pseudonym}\n{member.full_name}")))
    return rows


def _shown(model: MemberTableModel) -> list[str]:
    return [model.member_row(n).member.id for n in range(model.rowCount())]


def _by_reading(model: MemberTableModel, needle: str, active: bool | None) -> list[str]:
    return [
        r.member.id
        for r in model.rows()
        if needle in r.search_key and (active is None or r.member.active == active)
    ]


def _search(model: MemberTableModel, needle: str, active: bool | None) -> None:
    model.search(needle, active, lambda r: needle in r.search_key)


def _every_search_is_right(model: MemberTableModel) -> None:
    for needle, active in itertools.product(_NEEDLES, (None, True, False)):
        _search(model, fold(needle), active)
        assert _shown(model) == _by_reading(model, fold(needle), active), (needle, active)


def test_short_searches_find_what_reading_every_member_finds(qtbot) -> None:
    model = MemberTableModel()
    model.set_rows(_rows())
    assert not model.short.ready()
    _every_search_is_right(model)  # read member by member meanwhile
    qtbot.waitUntil(model.short.ready)
    _every_search_is_right(model)


def test_short_searches_follow_an_edit_and_a_new_order(qtbot) -> None:
    model = MemberTableModel()
    model.set_rows(_rows())
    qtbot.waitUntil(model.short.ready)
    row = model.rows()[4]
    renamed = Member("Zélie 4", full_name="Zélie Ba", id=row.member.id)
    model.replace_row(MemberRow(renamed, None, 0, fold("Zélie 4\nZélie Ba")))
    _every_search_is_right(model)
    qtbot.waitUntil(model.short.ready)
    _every_search_is_right(model)
    model.sort(ATTENDANCE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(model.short.ready)
    _every_search_is_right(model)
    model.sort(PSEUDONYM)
    model.remove_member(renamed.id)
    qtbot.waitUntil(model.short.ready)
    _every_search_is_right(model)


class _CountedKey(str):
    """A search key that counts how often a search reads it."""

    reads = 0

    def __contains__(self, needle: object) -> bool:
        _CountedKey.reads += 1
        return super().__contains__(needle)  # type: ignore[operator]


def test_a_longer_search_reads_only_the_members_of_its_rarest_pair(qtbot) -> None:
    rows = [
        MemberRow(r.member, r.last_attended, r.attendance_count, _CountedKey(r.search_key))
        for r in _rows()
    ]
    model = MemberTableModel()
    model.set_rows(rows)
    qtbot.waitUntil(model.short.ready)
    _search(model, "", None)  # the whole roster, as the screen shows it first: a search too
    _CountedKey.reads = 0
    _search(model, "dup", None)
    rarest = min(sum(pair in str(r.search_key) for r in rows) for pair in ("du", "up"))
    assert _CountedKey.reads == rarest < len(rows)
    assert _shown(model) == _by_reading(model, "dup", None)


# Accents, case, spaces, digits, an apostrophe, a hyphen, letters that fold to two.
_LETTERS = "aAàÀeEéÉèoOöÖnNñ 1 2-'ßÆæıİ"


def _random_row(rng: random.Random, member_id: str | None = None) -> MemberRow:
    def text(longest: int) -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, longest)))

    member = Member(text(6), full_name=text(8), active=rng.random() < 0.6)
    if member_id is not None:
        member = Member(
            member.pseudonym, full_name=member.full_name, active=member.active, id=member_id
        )
    return MemberRow(
        member, None, rng.randint(0, 5), fold(f"{member.pseudonym}\n{member.full_name}")
    )


def test_random_searches_edits_and_orders_find_what_reading_every_member_finds(qtbot) -> None:
    """Whatever a search narrows from (an earlier search, the rarest pair of letters, the short
    lists ready or not), the rows are those a plain reading of every member gives."""
    rng = random.Random(18)
    model = MemberTableModel()
    model.set_rows([_random_row(rng) for _ in range(60)])
    for _step in range(400):
        roll = rng.random()
        if roll < 0.08:
            qtbot.waitUntil(model.short.ready)
        elif roll < 0.12:
            model.sort(rng.choice([PSEUDONYM, ATTENDANCE]), rng.choice(list(Qt.SortOrder)))
        elif roll < 0.16:
            model.replace_row(_random_row(rng, rng.choice(model.rows()).member.id))
        else:
            key = rng.choice(model.rows()).search_key
            start = rng.randrange(len(key))
            typed = (
                key[start : start + rng.randint(0, 5)]
                if roll < 0.7
                else _random_row(rng).search_key[:4]
            )
            needle, active = fold(typed.strip()), rng.choice([None, True, False])
            _search(model, needle, active)
            assert _shown(model) == _by_reading(model, needle, active), (needle, active)
