"""The roster table: one row per member, a sort role, an object role and a folded search key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app.consent import ConsentState
from app.model import Role
from app.roster import MemberRow
from ui.common.dates import short_date
from ui.common.models import FIRST_OWN_ROLE, RowsModel
from ui.common.painted_table import DIMMED, RowCell, RowLooks
from ui.roster.consent_words import blank_mark, consent_mark, roster_flag
from ui.roster.short_searches import ShortSearches

PSEUDONYM, ROLE, JOINED, LAST_ATTENDED, ATTENDANCE = range(5)
COLUMNS = 5
SEARCH_ROLE = FIRST_OWN_ROLE
ACTIVE_ROLE = FIRST_OWN_ROLE + 1
_CONSENT_ROLES = (
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if role == Role.HOST:
        return QCoreApplication.translate("Roster", "Host")
    if role == Role.CO_HOST:
        return QCoreApplication.translate("Roster", "Co-host")
    return QCoreApplication.translate("Roster", "Member")


class MemberWords:
    """How a member's cells read in the current language. Ten thousand members share a few
    thousand dates, three roles and a few hundred counts: each is put in words once, and each
    cell of those (text, looks, no mark) is one tuple shared by the rows that show it."""

    def __init__(self) -> None:
        self._words: dict[tuple[str, str | int | None], str] = {}
        self._cells: dict[RowCell, RowCell] = {}

    def text(self, row: MemberRow, column: int) -> str:
        member = row.member
        if column == PSEUDONYM:
            if member.active:
                return member.pseudonym
            inactive = QCoreApplication.translate("MemberTableModel", "{name} (inactive)")
            return inactive.format(name=member.pseudonym)
        if column == ROLE:
            word: tuple[str, str | int | None] = ("role", member.role)
        elif column in (JOINED, LAST_ATTENDED):
            word = ("date", member.joined_on if column == JOINED else row.last_attended)
        else:
            word = ("count", row.attendance_count)
        text = self._words.get(word)
        if text is None:
            text = self._words[word] = _in_words(*word)
        return text

    def cell(self, row: MemberRow, column: int, flags: int) -> RowCell:
        cell = (self.text(row, column), flags, None)
        return self._cells.setdefault(cell, cell)


def _in_words(kind: str, value: str | int | None) -> str:
    if kind == "role":
        return role_label(str(value))
    if kind == "date":
        return short_date(value if isinstance(value, str) else None)
    return QLocale().toString(value if isinstance(value, int) else 0)


def _sort_key(row: MemberRow, column: int) -> Any:
    if column == PSEUDONYM:
        return row.search_key
    if column == ROLE:
        return (row.member.role, row.search_key)
    if column == JOINED:
        return row.member.joined_on or ""
    if column == LAST_ATTENDED:
        return row.last_attended or ""
    return row.attendance_count


SEARCHES_KEPT = 32


def _matching(rows: list[MemberRow], needle: str, active: bool | None) -> list[MemberRow]:
    # Comprehensions rather than a call per member to a test: the calls were most of it.
    if active is None:
        return [r for r in rows if needle in r.search_key]
    return [r for r in rows if r.member.active == active and needle in r.search_key]


class MemberTableModel(RowsModel[MemberRow]):
    """Holds every member (`rows()`) but shows only those the search accepts (`search`).

    Filtering here, in one Python pass, rather than in a proxy's filterAcceptsRow: Qt calls
    that override once per member from C++, and 10,000 such calls per keystroke cost more than
    a frame. The shown rows change as a removal and an insertion, not a reset: a reset also
    resets the column headers, which then measure and paint themselves again (through
    Python) on every keystroke.
    """

    COLUMNS = COLUMNS
    HEADINGS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Pseudonym"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Role"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Joined"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Last attended"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Attendance"),
    )
    RIGHT_ALIGNED = frozenset({ATTENDANCE})
    ROLES = RowsModel.ROLES | {
        Qt.ItemDataRole.ForegroundRole,
        SEARCH_ROLE,
        ACTIVE_ROLE,
        *_CONSENT_ROLES,  # the consent mark beside a name, and why
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[MemberRow] = []  # self._rows: the shown ones, in the sort order
        self._accepts: Callable[[MemberRow], bool] = lambda _row: True
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        # Searches already run on these rows, by (active or not, needle): typing on narrows the last
        # result instead of scanning all 10,000 rows, and a backspace finds it here.
        self._found: dict[tuple[bool | None, str], list[MemberRow]] = {}
        # member id -> consent states to act on (expired, due, missing); marks beside the name
        self._consents: dict[str, set[ConsentState]] = {}
        self._marks: dict[bool | None, QIcon] = {}
        self._words = MemberWords()
        self.short = ShortSearches(lambda: self._all, self)  # worked out after any change

    def _searches_changed(self) -> None:
        self._found = {}
        self.short.start_over()

    def _forget_texts(self) -> None:
        super()._forget_texts()
        self._words = MemberWords()  # in the new language

    def set_consent_states(self, states: dict[str, set[ConsentState]]) -> None:
        self._consents = states
        self._looks = {}  # the marks beside the names
        if self._rows:
            self.dataChanged.emit(
                self.index(0, PSEUDONYM),
                self.index(len(self._rows) - 1, PSEUDONYM),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def row_looks(self, number: int) -> RowLooks:
        return self.looks_of(self._rows[number])

    def looks_of(self, row: MemberRow) -> RowLooks:
        """For ui.common.painted_table, shown or not: the cells' texts, dimmed for an inactive
        member, the consent mark beside the name. Kept by member: a search moves rows."""
        looks = self._looks.get(row.member.id)
        if looks is None:
            flags = 0 if row.member.active else DIMMED
            mark = self._consent_data(row, Qt.ItemDataRole.DecorationRole)
            cells = [(self._words.text(row, PSEUDONYM), flags, mark)]
            cells.extend(self._words.cell(row, c, flags) for c in range(PSEUDONYM + 1, COLUMNS))
            looks = self._looks[row.member.id] = tuple(cells)
        return looks

    def looks_to_prepare(self) -> tuple[int, Callable[[int], RowLooks]]:
        """Every member, shown or not, for ui.common.row_preparation: how many, and the looks
        of each by its place."""
        held = list(self._all)  # as they are now: a sort reorders them in place
        return len(held), lambda place: self.looks_of(held[place])

    def _consent_data(self, row: MemberRow, role: int) -> Any:
        states = self._consents.get(row.member.id)
        if role == Qt.ItemDataRole.DecorationRole and self._consents:
            # An empty mark of the same size on the others keeps every name aligned.
            key = None if not states else ConsentState.EXPIRED in states
            if key not in self._marks:
                self._marks[key] = blank_mark() if key is None else consent_mark(key)
            return self._marks[key]
        if not states:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return roster_flag(states)
        return None

    def _rows_set(self) -> None:
        """All the members came in (RowsModel.set_rows): the shown ones are those the search
        accepts, in the sort order."""
        self._all = self._rows
        self._searches_changed()
        self._resort()
        self._rows = [r for r in self._all if self._accepts(r)]

    def search(
        self, needle: str, active: bool | None, accepts: Callable[[MemberRow], bool]
    ) -> None:
        """Shows the members whose search key holds `needle`, only the active or inactive ones
        unless `active` is None; `accepts` says the same of one row, for the rows that change
        later."""
        found = self._found.get((active, needle))
        if found is None:
            found = self.short.found(needle, active)
        if found is None:
            # The fewest rows that hold every match: a search run before whose needle this one
            # holds (the empty one always, all the members), or the rarest pair of letters.
            candidates = [
                rows for (on, ne), rows in self._found.items() if on == active and ne in needle
            ]
            narrowest = self.short.narrowest(needle)
            if narrowest is not None:
                candidates.append(narrowest)
            narrower = min(candidates, key=len, default=self._all)
            found = _matching(narrower, needle, active)
            # A first letter scans every member: those stay (a few dozen at most), the oldest
            # longer search goes.
            longer = [key for key in self._found if len(key[1]) > 1]
            if len(longer) >= SEARCHES_KEPT:
                self._found.pop(longer[0])
            self._found[active, needle] = found
        self._accepts = accepts
        self._show(list(found))

    def _show(self, rows: list[MemberRow]) -> None:
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()

    def replace_row(self, row: MemberRow) -> None:
        """One member changed: update its row in place, or add it when new; either way it
        moves at once to where the current sort puts it."""
        self._forget(row.member.id)
        previous: MemberRow | None = None
        for number, current in enumerate(self._all):
            if current.member.id == row.member.id:
                previous, self._all[number] = current, row
                break
        else:
            self._all.append(row)
        self._show_replaced(row)
        column = self._sort[0]
        if column >= 0 and (
            previous is None or _sort_key(previous, column) != _sort_key(row, column)
        ):
            self.sort(column, self._sort[1])

    def _show_replaced(self, row: MemberRow) -> None:
        for number, current in enumerate(self._rows):
            if current.member.id == row.member.id:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))
                return
        if self._accepts(row):
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            self.endInsertRows()

    def _forget(self, member_id: str) -> None:
        self._searches_changed()
        self._looks.pop(member_id, None)
        for column in range(COLUMNS):
            self._texts.pop((member_id, column), None)

    def remove_member(self, member_id: str) -> None:
        self._forget(member_id)
        self._all = [r for r in self._all if r.member.id != member_id]
        for number, current in enumerate(self._rows):
            if current.member.id == member_id:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
                return

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._searches_changed()  # kept in the old order
        self.layoutAboutToBeChanged.emit()
        before = [r.member.id for r in self._rows]
        self._resort()
        self._rows = [r for r in self._all if self._accepts(r)]
        self._remap_persistent(before)
        self.layoutChanged.emit()

    def _remap_persistent(self, before: list[str]) -> None:
        where = {r.member.id: n for n, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(where[before[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)

    def _resort(self) -> None:
        if self._sort[0] >= 0:
            self._all.sort(
                key=lambda r: _sort_key(r, self._sort[0]),
                reverse=self._sort[1] == Qt.SortOrder.DescendingOrder,
            )

    def row_of(self, member_id: str) -> int:
        """The shown row of a member, or -1 when the search hides them."""
        return next((n for n, r in enumerate(self._rows) if r.member.id == member_id), -1)

    def find(self, member_id: str) -> MemberRow | None:
        return next((r for r in self._all if r.member.id == member_id), None)

    def rows(self) -> list[MemberRow]:
        return self._all

    def member_row(self, number: int) -> MemberRow:
        return self._rows[number]

    def _text_key(self, number: int) -> str:
        # By member, not by row: a search or a sort moves rows and keeps their texts.
        return self._rows[number].member.id

    def cell_text(self, number: int, column: int) -> str:
        return self._words.text(self._rows[number], column)

    def sort_key(self, number: int, column: int) -> Any:
        return _sort_key(self._rows[number], column)

    def other_role(self, number: int, column: int, role: int) -> Any:
        row = self._rows[number]
        if role == SEARCH_ROLE:
            return row.search_key
        if role == ACTIVE_ROLE:
            return row.member.active
        if column == PSEUDONYM and role in _CONSENT_ROLES:
            return self._consent_data(row, role)
        if role == Qt.ItemDataRole.ForegroundRole and not row.member.active:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None
