"""The resources table: one row per resource or search hit, grouped by category on sort."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from app.model import Category, Resource
from app.resource_index import list_key
from app.resources import (
    CATEGORY_ORDER,
    ResourceService,
    SearchHit,
    is_stale,
    names_match,
    title_order,
)
from ui.common.dates import short_date
from ui.common.models import FIRST_OWN_ROLE, RowsModel, SortProxy
from ui.common.painted_table import BOLD, RowLooks
from ui.common.plain_text import plain_tip
from ui.resources.search_marks import SearchMarks

CATEGORY_ROLE = FIRST_OWN_ROLE
STALE_ROLE = FIRST_OWN_ROLE + 2
LOOKS_KEPT = 4096  # rows' looks kept across searches: a few hundred keystrokes' worth


def category_name(category: str) -> str:
    names = {
        Category.CRISIS_LINE: QCoreApplication.translate(
            "Resources", "Crisis line or emergency number"
        ),
        Category.PROFESSIONAL_HELP: QCoreApplication.translate("Resources", "Professional help"),
        Category.LOCAL_SERVICE: QCoreApplication.translate("Resources", "Local service"),
        Category.READING: QCoreApplication.translate("Resources", "Reading"),
        Category.HANDOUT: QCoreApplication.translate("Resources", "Handout"),
        Category.AGREEMENT: QCoreApplication.translate("Resources", "Group agreements"),
        Category.PRACTICAL: QCoreApplication.translate("Resources", "Practicalities"),
        Category.OTHER: QCoreApplication.translate("Resources", "Other"),
    }
    return names.get(Category(category), category) if category in CATEGORY_ORDER else category


_MARKDOWN_SIGNS = re.compile(r"[*_#`>\[\]]+")


def _one_line(text: str) -> str:
    # A newline separates the title from its excerpt when painted: none may come from a field.
    return " ".join(text.split())


@dataclass(frozen=True)
class ResourceRow:
    resource: Resource
    stale: bool = False
    hit: SearchHit | None = None  # set for search results: marks and excerpt, worked out lazily

    @property
    def rank(self) -> float:
        return self.hit.rank if self.hit else 0.0


def rows_for(resources: list[Resource], today: date, stale_days: int) -> list[ResourceRow]:
    return [ResourceRow(r, is_stale(r, today, stale_days)) for r in resources]


def rows_for_hits(hits: list[SearchHit], today: date, stale_days: int) -> list[ResourceRow]:
    return [ResourceRow(h.resource, is_stale(h.resource, today, stale_days), h) for h in hits]


def found_rows(
    resources: ResourceService, text: str, today: date, stale_days: int, limit: int
) -> tuple[list[ResourceRow], bool]:
    """The rows a search lists, in the list's order, and whether `limit` cut the matches."""
    hits = resources.search(text, limit)
    rows = rows_for_hits(hits, today, stale_days)
    # A category's name, as the interface shows it, finds the whole category too.
    found = {r.resource.id for r in rows}
    for category in CATEGORY_ORDER:
        if names_match(text, category_name(category)):
            extra = [r for r in resources.in_category(category) if r.id not in found]
            rows += rows_for(extra, today, stale_days)
            found.update(r.id for r in extra)
    ranked = sorted(rows, key=lambda r: (list_key(r.resource)[0], r.rank))
    return ranked, len(hits) >= limit


class ResourceTableModel(RowsModel[ResourceRow]):
    TITLE, CATEGORY, PHONE, VERIFIED = range(4)
    COLUMNS = 4
    # A category's name may be long ("Urgence, crise ou ligne d'écoute"): two lines, not cut.
    WRAPPED = frozenset({TITLE, CATEGORY})
    ROLES = RowsModel.ROLES | {
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        CATEGORY_ROLE,
        STALE_ROLE,
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        # Looks of rows worked out ahead for searches not yet typed (looks_ahead), kept until
        # forget_texts(): the table keeps what it drew for them by these very tuples.
        self._ahead: dict[Hashable, RowLooks] = {}
        self._marks = SearchMarks()  # a resource's last marks, while the words typed grow
        self._listed: Sequence[ResourceRow] | None = None  # what set_rows was given last

    def set_rows(self, rows: Sequence[ResourceRow]) -> None:
        """New rows, keeping the texts and looks of those shown before: a search shows the same
        resources again and again as it is typed and corrected. forget_texts() after an edit.

        The rows go and come as a removal and an insertion, not a reset: a reset also resets
        the column headers, which then measure and paint themselves again on every keystroke.
        Unlike a reset, a removal tells the selection model: the screen holds its signals
        meanwhile and chooses again (ResourcesScreen.refresh). The very rows listed again
        (every resource, after a first letter or a cleared search) change nothing."""
        if rows is self._listed:
            return
        self._listed = rows
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        if len(self._looks) > LOOKS_KEPT:
            self._forget_texts()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = list(rows)
            self.endInsertRows()

    def forget_texts(self) -> None:
        self._forget_texts()
        self._listed = None  # listed again, drawn anew
        self._ahead = {}
        self._marks.forget()

    def looks_ahead(self, rows: list[ResourceRow], number: int) -> RowLooks:
        """The looks the row at `number` would have if `rows` were listed: a row of the first
        screenful of a search, worked out before the search is typed."""
        shown = self._rows
        self._rows = rows
        try:  # no signal: nothing asks the model meanwhile
            looks = self.row_looks(number)
            self._ahead[self._looks_key(number, rows[number])] = looks
        finally:
            self._rows = shown
        return looks

    def _text_key(self, number: int) -> Hashable:
        """What a row's shown texts depend on, wherever it is listed: its resource (replaced
        by an edit, after which forget_texts is called), whether it is stale and whether it
        opens its category's section."""
        row = self._rows[number]
        return row.resource.id, row.stale, self._starts_group(number)

    def row_looks(self, number: int) -> RowLooks:
        key = self._looks_key(number, self._rows[number])
        looks = self._looks.get(key) or self._ahead.get(key)
        if looks is None:
            looks = self._looks[key] = tuple(
                self.cell_look(number, column) for column in range(self.COLUMNS)
            )
        return looks

    def _looks_key(self, number: int, row: ResourceRow) -> Hashable:
        # What the texts depend on, and the marks.
        return self._text_key(number), row.hit.tokens if row.hit is not None else None

    def row_of(self, resource_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.resource.id == resource_id), None)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Resource"), self.tr("Category"), self.tr("Phone"), self.tr("Checked"))

    def row_object(self, row: ResourceRow) -> Resource:
        return row.resource

    def other_role(self, number: int, column: int, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.FontRole:
            bold = column == self.CATEGORY and self._starts_group(number)
            return self._bold if bold else None
        if role == CATEGORY_ROLE:
            return row.resource.category
        if role == STALE_ROLE:
            return row.stale
        return self._hint(row, column, role)

    def _hint(self, row: ResourceRow, column: int, role: int) -> Any:
        tips = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        if role in tips and column == self.CATEGORY:
            name = category_name(row.resource.category)
            return plain_tip(name) if role == Qt.ItemDataRole.ToolTipRole else name
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VERIFIED and row.stale:
            return self.tr(
                "Not checked recently: call or visit to make sure it is still right, "
                "then mark it verified."
            )
        return None

    def cell_look(self, number: int, column: int) -> tuple[str, int, QIcon | None]:
        """For ui.common.painted_table: the title with its matches marked and the excerpt
        after a newline; a category's name in bold where its section starts."""
        if column == self.TITLE:
            return self._title_marked(number), 0, None
        bold = column == self.CATEGORY and self._starts_group(number)
        return self._shown(number, column), BOLD if bold else 0, None

    def _title_marked(self, number: int) -> str:
        """Made when a row is first painted: only the visible rows of 5,000 ever are."""
        row = self._rows[number]
        pin = "  ★ " + self.tr("Help now") if row.resource.pinned else ""
        if row.hit is None:
            return _one_line(row.resource.title) + pin
        title, excerpt = self._marks.marked(row.hit)
        excerpt = _one_line(_MARKDOWN_SIGNS.sub("", excerpt))
        return _one_line(title) + pin + ("\n" + excerpt if excerpt else "")

    def _starts_group(self, row: int) -> bool:
        category = self._rows[row].resource.category
        return row == 0 or self._rows[row - 1].resource.category != category

    def cell_text(self, number: int, column: int) -> str:
        row = self._rows[number]
        r = row.resource
        if column == self.TITLE:
            return r.title + (" ★" if r.pinned else "")
        if column == self.CATEGORY:
            # Named once, on the first row of its group: the list reads as sections.
            return category_name(r.category) if self._starts_group(number) else ""
        if column == self.PHONE:
            return r.phone
        if column == self.VERIFIED:
            return self._verified_text(row)
        return ""

    def _verified_text(self, row: ResourceRow) -> str:
        verified = row.resource.last_verified_on
        if not verified:
            return "⚠ " + self.tr("Never checked")
        shown = short_date(verified)
        if row.stale:
            return "⚠ " + self.tr("Check: last {date}").format(date=shown)
        return shown

    def sort_key(self, number: int, column: int) -> Any:
        row = self._rows[number]
        r = row.resource
        group = f"{CATEGORY_ORDER.index(r.category):02d}" if r.category in CATEGORY_ORDER else "99"
        if column == self.CATEGORY:
            # Within a category, the search's order first (0 for the first), then title.
            return f"{group}|{row.rank + 1e6:014.4f}|{title_order(r.title)}"
        if column == self.TITLE:
            return title_order(r.title)
        if column == self.PHONE:
            return r.phone
        return r.last_verified_on or ""


class ResourceFilter(SortProxy):
    """Category filter on the category role, done by Qt itself: with no category chosen it lets
    every row through without asking the model, which keeps 5,000 rows instant."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(CATEGORY_ROLE)
        self.setFilterKeyColumn(0)

    def set_category(self, category: str) -> None:
        pattern = f"^{re.escape(category)}$" if category else ""
        self.setFilterRegularExpression(QRegularExpression(pattern))
