"""The members each one- and two-letter search finds, worked out in idle time for
ui.roster.member_model.

The first letter of a search reads every member's search key (10,000 in the large group: about
1.5 ms), the second reads the thousands the first found (about 1 ms): the most expensive
keystrokes of the roster's search, with the rows they bring to draw (issue 18). Here one pass
over the members, a few hundred at a time from a zero timer, lists for every letter and every
pair of letters the members whose key holds it, in the model's order; a search of one or two
letters then only picks the active or inactive ones, and a longer one narrows from there.
About 200,000 references for 10,000 members (some 2 MB); worked out again after any change to
the members or their order.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.roster import MemberRow

SLICE_SECONDS = 0.003  # a keystroke waits for one slice at most
SLICE_ROWS = 250  # members between two looks at the clock
LONGEST = 2  # letters


class ShortSearches(QObject):
    """Lists, for each needle of one or two characters, the rows whose search key holds it."""

    def __init__(self, rows: Callable[[], list[MemberRow]], parent: QObject | None = None) -> None:
        """rows: every member, in the model's order, when asked."""
        super().__init__(parent)
        self._source = rows
        self._rows: list[MemberRow] | None = None  # those being listed
        self._next = 0
        self._found: dict[str, list[MemberRow]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)

    def start_over(self) -> None:
        """The members or their order changed: list them again, as they are in idle time."""
        self._rows, self._next, self._found = None, 0, {}
        self._timer.start()

    def ready(self) -> bool:
        return not self._timer.isActive()

    def found(self, needle: str, active: bool | None) -> list[MemberRow] | None:
        """The rows the needle finds, in the model's order, only the active or inactive ones
        unless `active` is None (a list not to be changed); None when not worked out (a longer
        needle, or not yet)."""
        if not 0 < len(needle) <= LONGEST or self._timer.isActive():
            return None
        rows = self._found.get(needle, [])
        if active is None:
            return rows
        return [r for r in rows if r.member.active == active]

    def narrowest(self, needle: str) -> list[MemberRow] | None:
        """Of the pairs of letters in a longer needle, the rows of the one that finds the
        fewest (every row the needle finds among them, others too); None if not worked out."""
        if len(needle) <= LONGEST or self._timer.isActive():
            return None
        pairs = (self._found.get(needle[i : i + 2], []) for i in range(len(needle) - 1))
        return min(pairs, key=len)

    def _work(self) -> None:
        if self._rows is None:
            self._rows = list(self._source())  # as they are now: a sort reorders them in place
        ends = time.perf_counter() + SLICE_SECONDS
        while self._next < len(self._rows):
            end = min(self._next + SLICE_ROWS, len(self._rows))
            _list_needles(self._rows[self._next : end], self._found)
            self._next = end
            if time.perf_counter() >= ends:
                return
        self._timer.stop()
        self._rows = None  # the lists hold what they need


def _list_needles(rows: list[MemberRow], found: dict[str, list[MemberRow]]) -> None:
    for row in rows:
        key = row.search_key
        needles = set(key)
        needles.update(key[i : i + 2] for i in range(len(key) - 1))
        for needle in needles:
            listed = found.get(needle)
            if listed is None:
                found[needle] = [row]
            else:
                listed.append(row)
