"""What every table in ui/ shares: the roles, a model of rows and the sort proxy.

A table model says only what is its own: its headings (`headings()`, or fixed ones as data in
`HEADINGS`), each cell's text, each column's sort key and, for other roles (tooltips, colours,
alignment), `other_role`. The rows, the reset, the row and column counts, the header, the object
and sort roles and the cache of shown texts live here.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon

from ui.common.roles import FIRST_OWN_ROLE as FIRST_OWN_ROLE
from ui.common.roles import NO_PARENT as NO_PARENT
from ui.common.roles import OBJECT_ROLE as OBJECT_ROLE
from ui.common.roles import SORT_ROLE as SORT_ROLE
from ui.common.roles import Index as Index
from ui.common.safe_model import never_raises

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Looked up once: a header measuring or painting itself asks every section for some eight roles
# through Python, and PySide looks each name up in Qt's namespace through the caller's frame.
_HORIZONTAL = Qt.Orientation.Horizontal
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)

RowT = TypeVar("RowT")


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table of `RowT`, one per line, `COLUMNS` wide.

    Shown texts are made once per cell and kept until the rows or the language change: a table
    measuring its columns asks for each cell's text many times.
    """

    COLUMNS = 0
    # Fixed headings as data, for a table with more than a line of them: each marked with
    # QT_TRANSLATE_NOOP in the context of the class that declares it (lupdate gives a class
    # attribute no context of its own), the one `self.tr` in that class would use, and
    # translated at each ask, so that a language switch needs nothing more. A model whose
    # headings depend on what it shows (or fit one line of `self.tr`) overrides `headings()`.
    HEADINGS: tuple[object, ...] = ()  # what QT_TRANSLATE_NOOP returns is typed `object`
    _headings_context = ""
    # Painting asks every cell for a dozen roles; those not listed are answered "nothing" at once.
    ROLES: frozenset[int] = frozenset(
        {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, SORT_ROLE, OBJECT_ROLE}
    )
    KEEPS_TEXTS = True
    # The columns whose text sits on the right (counts, minutes), and those whose text wraps
    # onto a second line (in a ui.common.painted_table).
    RIGHT_ALIGNED: frozenset[int] = frozenset()
    WRAPPED: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._texts: dict[tuple[Hashable, int], str] = {}
        # Each painted row's looks (ui.common.painted_table), by the same key as its texts and
        # dropped with them: the table keeps what it drew for a row by this very tuple.
        self._looks: dict[Hashable, tuple[tuple[str, int, QIcon | None], ...]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "HEADINGS" in cls.__dict__:
            # Checked when the class is made: a missing heading would otherwise show as Qt's
            # column number, and nothing else would notice.
            if len(cls.HEADINGS) != cls.COLUMNS:
                raise TypeError(
                    f"{cls.__name__}: {len(cls.HEADINGS)} headings, {cls.COLUMNS} columns"
                )
            cls._headings_context = cls.__name__

    # What a model says about its rows.
    def headings(self) -> Sequence[str]:
        """The headings in the language of the moment (a header asks at each paint)."""
        if not self.HEADINGS:
            raise NotImplementedError(f"{type(self).__name__} gives no headings")
        context = self._headings_context
        return tuple(QCoreApplication.translate(context, str(text)) for text in self.HEADINGS)

    def cell_text(self, number: int, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, number: int, column: int) -> Any:
        return None

    def row_object(self, row: RowT) -> Any:
        return row

    def other_role(self, number: int, column: int, role: int) -> Any:
        return None

    def cell_look(self, number: int, column: int) -> tuple[str, int, QIcon | None]:
        """For ui.common.painted_table: the cell's text, its looks (DIMMED, BOLD) and the mark
        shown before it."""
        return self._shown(number, column), 0, None

    def row_looks(self, number: int) -> tuple[tuple[str, int, QIcon | None], ...]:
        key = self._text_key(number)
        looks = self._looks.get(key)
        if looks is None:
            looks = tuple(self.cell_look(number, column) for column in range(self.COLUMNS))
            self._looks[key] = looks
        return looks

    def _forget_texts(self) -> None:
        self._texts, self._looks = {}, {}

    def _rows_set(self) -> None:
        """Called inside the reset, once the rows are in: work out what depends on all of them."""

    def _text_key(self, number: int) -> Hashable:
        return number

    # The rows.
    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._forget_texts()
        self._rows_set()
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, dates and words follow a new language (a live switch). Cells never shown
        have nothing to redo: measuring 528 rows again costs ~0.1 s."""
        shown = bool(self._texts) or not self.KEEPS_TEXTS
        self._forget_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.COLUMNS - 1))
        if shown and self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # Qt's side.
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != _DISPLAY or orientation != _HORIZONTAL:
            return None
        headings = self.headings()
        return headings[section] if 0 <= section < len(headings) else None

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ROLES or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not 0 <= number < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(number, column)
        if role == SORT_ROLE:
            return self.sort_key(number, column)
        if role == OBJECT_ROLE:
            return self.row_object(self._rows[number])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Answered here for every column: an other_role that answers any role it is asked
            # (a tooltip, an accessible text) would give its text as the alignment, and a view
            # would draw it at the top of the row.
            return _RIGHT if column in self.RIGHT_ALIGNED else None
        return self.other_role(number, column, role)

    def _shown(self, number: int, column: int) -> str:
        if not self.KEEPS_TEXTS:
            return self.cell_text(number, column)
        key = (self._text_key(number), column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.cell_text(number, column)
        return text


class SortProxy(QSortFilterProxyModel):
    """Sorts on the sort role; subclasses filter, changing what they accept in `filter_change`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    @contextmanager
    def filter_change(self) -> Iterator[None]:
        """What the filter accepts changes inside; the rows are asked again after it."""
        self.beginFilterChange()
        try:
            yield
        finally:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
