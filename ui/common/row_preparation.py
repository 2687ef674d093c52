"""Every row of a painted table worked out in idle time (ui.common.painted_table), so that a
search keystroke bringing rows never shown before draws them from what is kept: the first letter
of a word showed about 20 new rows of the 10,000-member roster, 4 ms of the keystroke (issue 18).

The work runs in slices of a few milliseconds from a zero timer, after a paint: the window
answers between two slices and a keystroke waits for one slice at most. It starts over with the
model's rows when they change (a reset, an edit, a new order, a language switch), and for the
columns as they are when they have moved (a wider window, a larger text, another theme). It is
done for the columns a long list is shown in: a search with a few results hides the scroll bar
and widens the names, and those few rows are worked out when painted, as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, QObject, QTimer

from ui.common.painted_table import PaintedTable, RowLooks

SLICE_SECONDS = 0.004  # half a 120 Hz frame: the most a keystroke can wait behind the work
Rows = Callable[[], tuple[int, Callable[[int], RowLooks]]]


class RowPreparation(QObject):
    """Works out every row `rows` gives (their number, and the looks of each by its place: the
    rows the model holds, shown or not) for `table`, whose model must be set."""

    def __init__(self, table: PaintedTable, rows: Rows) -> None:
        super().__init__(table)
        table.preparation = self
        self._table, self._rows = table, rows
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self._looks_of: Callable[[int], RowLooks] | None = None
        self._count = self._next = 0
        self._columns: object = None  # those the rows were (or are being) worked out for
        self._stale = True  # the rows changed since they were last worked out
        model = table.model()
        model.modelReset.connect(self._all_changed)
        model.dataChanged.connect(self._changed)
        model.layoutChanged.connect(self.start_over)  # a new order: the same rows

    def start_over(self) -> None:
        """The rows or their looks changed: work them out again after the next paint."""
        self._timer.stop()
        self._stale, self._looks_of = True, None

    def _changed(self, first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        if last.row() > first.row():
            self._all_changed()  # a new language, other marks: not one edited row
        else:
            self.start_over()

    def _all_changed(self) -> None:
        self._table.forget_plans()  # they would only take room
        self.start_over()

    def finished(self) -> bool:
        """Every row is worked out for the columns as they were at the last paint."""
        return not self._stale and not self._timer.isActive()

    def painted(self, columns: object) -> None:
        """Called after each paint: starts the work when the rows or the columns changed and
        the table shows a long list."""
        if self._timer.isActive() or (not self._stale and columns == self._columns):
            return
        if not self._table.verticalScrollBar().isVisible():
            return  # a few rows, all painted already
        if columns != self._columns:
            self._table.forget_plans()  # drawn for columns that are gone
        self._columns, self._stale, self._next = columns, False, 0
        self._count, self._looks_of = self._rows()
        self._table.keep_plans(self._count)
        self._timer.start()

    def _work(self) -> None:
        looks_of = self._looks_of
        if looks_of is None or self._table.columns() != self._columns:
            self._timer.stop()  # started over, or the columns moved: after the next paint
            self._stale = True
            return
        self._table.prepare_rows(self._slice(looks_of, time.perf_counter() + SLICE_SECONDS))
        if self._next >= self._count:
            self._timer.stop()
            self._looks_of = None

    def _slice(self, looks_of: Callable[[int], RowLooks], ends: float) -> Iterator[RowLooks]:
        while self._next < self._count and time.perf_counter() < ends:
            yield looks_of(self._next)
            self._next += 1
