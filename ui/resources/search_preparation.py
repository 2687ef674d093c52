"""The first screenful of the searches a host starts typing, worked out in idle time once the
search is held in memory (ui.resources.resources_screen).

The second letter of a word is the first keystroke that searches, and it lists a screenful of
rows never drawn with those words marked: about 0.9 ms a row to mark the title and excerpt and
lay them out, 13 ms of the keystroke (issue 18); the third letter marks other words and lists
other rows again. Here, for the first two and three letters of the words of the most
resources, the rows the screen would list first are worked out by the model (`looks_ahead`)
and the table (`prepare_rows`) and kept: typing them draws from what is kept.

The work runs in slices of a few milliseconds from a zero timer: the window answers between two
slices, a keystroke waits for one slice at most. It starts over, after the next paint, when the
resources, the language, the category shown, the columns, the font or the style change, and
is bounded: at most 300 searches (BEGINNINGS) of a screenful each, some 5 MB for 5,000 resources.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

from app.group import OpenGroup
from ui.common.painted_table import PaintedTable, RowLooks
from ui.common.row_preparation import SLICE_SECONDS

# The searches prepared, a screenful each: at most so many beginnings of two letters (the
# shortest word searched), then of three, those of the words of the most resources first.
BEGINNINGS = {2: 200, 3: 100}

RowT = TypeVar("RowT")


class SearchPreparation(QObject, Generic[RowT]):
    """Works out, for the beginnings of the group's words, the rows `listed` would show first,
    their looks given by `looks_ahead(rows, number)`, into `table` (whose preparation it
    becomes)."""

    def __init__(
        self,
        table: PaintedTable,
        group: OpenGroup,
        listed: Callable[[str], tuple[list[RowT], Callable[[RowT], bool]]],
        looks_ahead: Callable[[list[RowT], int], RowLooks],
    ) -> None:
        """listed: for a typed text, the rows the screen would list (all of them, in the
        model's order) and which of them it shows (its category filter)."""
        super().__init__(table)
        table.preparation = self
        self._table, self._group = table, group
        self._listed, self._looks_ahead = listed, looks_ahead
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self._rows: Iterator[RowLooks] | None = None
        self._columns: object = None  # those the rows were (or are being) worked out for
        self._stale = True

    def start_over(self) -> None:
        """What the rows show changed: work them out again after the next paint."""
        self._timer.stop()
        self._stale, self._rows = True, None
        self._table.kept.clear()

    def finished(self) -> bool:
        return not self._stale and not self._timer.isActive()

    def busy(self) -> bool:
        """Whether slices are still to run (until finished, stopped or started over)."""
        return self._timer.isActive()

    def painted(self, columns: object) -> None:
        """Called after each paint: starts the work when it is due and the table shows a long
        list (a short one widens the title column: its few rows are worked out when drawn)."""
        if self._timer.isActive() or (not self._stale and columns == self._columns):
            return
        if not self._table.verticalScrollBar().isVisible():
            return
        texts = self._beginnings()
        if not texts:
            return  # the search is not held in memory yet
        if columns != self._columns:
            self._table.kept.clear()
        self._columns, self._stale = columns, False
        self._rows = self._first_rows(texts, self._screenful())
        self._timer.start()

    def _beginnings(self) -> list[str]:
        if not (self._group.is_open and self._table.isVisible()):
            return []
        resources = self._group.resources
        return [
            b
            for letters, most in BEGINNINGS.items()
            for b in resources.word_beginnings(letters, most)
        ]

    def _screenful(self) -> int:
        height = max(1, self._table.verticalHeader().defaultSectionSize())
        return math.ceil(self._table.viewport().height() / height) + 1

    def _first_rows(self, texts: list[str], count: int) -> Iterator[RowLooks]:
        """Row by row, the looks of the first `count` rows each text lists."""
        for text in texts:
            rows, shown = self._listed(text)
            found = 0
            for number, row in enumerate(rows):
                if found == count:
                    break
                if shown(row):
                    found += 1
                    yield self._looks_ahead(rows, number)

    def _work(self) -> None:
        rows = self._rows
        shown = self._group.is_open and self._table.isVisible()
        if rows is None or not shown or self._table.columns() != self._columns:
            # Started over, the group locked, the area left or the columns moved: after the
            # next paint.
            self._timer.stop()
            self._stale = True
            return
        self._table.prepare_rows(self._slice(rows, time.perf_counter() + SLICE_SECONDS), keep=True)

    def _slice(self, rows: Iterator[RowLooks], ends: float) -> Iterator[RowLooks]:
        """The rows' looks until the slice's time is up (each row laid out as it is given)."""
        for looks in rows:
            yield looks
            if time.perf_counter() >= ends:
                return
        self._timer.stop()
        self._rows = None
