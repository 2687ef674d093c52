"""The Resources area: search as you type, filter by category, read, edit, print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Resource
from app.resources import CATEGORY_ORDER, is_search, is_stale, names_match
from ui.common.adaptive import AdaptiveSplitter, NameColumnRoom, fields_and_actions
from ui.common.models import OBJECT_ROLE
from ui.common.offline_text import OfflineTextBrowser
from ui.common.painted_table import PaintedTable
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating
from ui.context import Area, UiContext
from ui.resources import actions, editor
from ui.resources.model import (
    ResourceFilter,
    ResourceRow,
    ResourceTableModel,
    category_name,
    rows_for,
    rows_for_hits,
)
from ui.resources.render import resource_markdown, ui_labels

SEARCH_LIMIT = 50

TITLE_EMS = 22  # room for a resource title, in widths of "M"


class ResourcesScreen(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.today: Callable[[], date] = date.today
        self._all_rows: list[ResourceRow] | None = None
        self.model = ResourceTableModel(self)
        self.proxy = ResourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        ctx.data_changed.connect(self._on_data_changed)
        self._stale_days = ctx.prefs.stale_after_days
        ctx.preferences_changed.connect(self._preferences_changed)
        self.retranslate()  # also reads the resources

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.refresh)
        self.category_filter = QComboBox()
        self.category_filter.currentIndexChanged.connect(self._on_category)
        self.count_label = PlainLabel()
        self.table = self._build_table()
        self.detail = OfflineTextBrowser()
        self.stale_note = PlainLabel()
        self.stale_note.setObjectName("warning")
        self.stale_note.setWordWrap(True)
        self.stale_note.hide()
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.verified_button, self.delete_button = QPushButton(), QPushButton()
        self.handout_button, self.agreements_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.new_resource)
        self.edit_button.clicked.connect(self.edit_selected)
        self.verified_button.clicked.connect(self.mark_selected_verified)
        self.delete_button.clicked.connect(self.delete_selected)
        self.handout_button.clicked.connect(self.open_handout)
        self.agreements_button.clicked.connect(self.open_agreements)

        search = QHBoxLayout()
        search.addWidget(self.search_box, 3)
        search.addWidget(self.category_filter, 1)
        top = fields_and_actions(
            search, [self.new_button, self.handout_button, self.agreements_button]
        )
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.stale_note)
        detail_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.verified_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        self.splitter = AdaptiveSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.title_label = PlainLabel()
        self.title_label.setObjectName("pageTitle")
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)  # the group screen gives every area its margins
        root.addWidget(self.title_label)
        root.addWidget(top)
        root.addWidget(self.splitter, 1)
        root.addWidget(self.count_label)
        self._shortcuts()

    def _build_table(self) -> PaintedTable:
        table = PaintedTable(self.model)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)  # one line per cell; the title cell draws its own lines
        table.verticalHeader().hide()
        # Fixed heights: no per-row measuring, so 5,000 rows stay instant while typing.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() * 3)
        header = table.horizontalHeader()
        # Fixed widths from the font, never "resize to contents": that measures every row.
        em = table.fontMetrics().horizontalAdvance("M")
        for column, width in (
            (ResourceTableModel.CATEGORY, 16),
            (ResourceTableModel.PHONE, 11),
            (ResourceTableModel.VERIFIED, 14),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, em * width)
        NameColumnRoom(table, ResourceTableModel.TITLE, TITLE_EMS)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.selectionModel().selectionChanged.connect(self._show_selected)
        return table

    def _shortcuts(self) -> None:
        screen_wide: list[tuple[QKeySequence, Callable[[], object]]] = [
            (QKeySequence(QKeySequence.StandardKey.Find), self.search_box.setFocus),
            (QKeySequence(QKeySequence.StandardKey.New), self.new_resource),
            (QKeySequence(QKeySequence.StandardKey.Print), self.open_handout),
        ]
        for keys, slot in screen_wide:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Delete and Enter act on the list only: in the search box they edit the search.
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence("Return"), self.edit_selected),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.search_box.returnPressed.connect(self._to_results)
        down = QShortcut(QKeySequence("Down"), self.search_box)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._to_results)

    def _to_results(self) -> None:
        """From the search box to the best result, ready for Enter (edit) or reading."""
        self.table.setFocus()
        if self.proxy.rowCount() and self.selected_resource() is None:
            self.table.selectRow(0)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Resources"))
        self.search_box.setPlaceholderText(self.tr("Search resources: words, names, numbers…"))
        self.search_box.setAccessibleName(self.tr("Search resources"))
        self.search_box.setToolTip(
            self.tr(
                "Finds words as you type, with or without accents (Ctrl+F; Down arrow to the list)"
            )
        )
        self._fill_categories()
        self.new_button.setText(self.tr("&New resource"))
        self.edit_button.setText(self.tr("&Edit"))
        self.verified_button.setText(self.tr("&Verified today"))
        self.verified_button.setToolTip(
            self.tr("You have just checked this number or address: record today's date")
        )
        self.delete_button.setText(self.tr("&Delete"))
        self.handout_button.setText(self.tr("&Print or PDF…"))
        self.handout_button.setToolTip(
            self.tr("A handout of the chosen resources to take home (Ctrl+P)")
        )
        self.agreements_button.setText(self.tr("Group &agreements"))
        self.agreements_button.setToolTip(
            self.tr("Show the group agreements full-window, to read aloud")
        )
        self.table.setAccessibleName(self.tr("Resources"))
        self.detail.setAccessibleName(self.tr("Selected resource"))
        if self.group.is_open:
            self.refresh()  # the model's cached texts are in the old language

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData() or ""
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        for category in CATEGORY_ORDER:
            self.category_filter.addItem(category_name(category), category)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)
        self.category_filter.setAccessibleName(self.tr("Category"))

    # -- data ----------------------------------------------------------------------------
    def _preferences_changed(self) -> None:
        # Only the staleness period changes what the rows say; theme and text size do not.
        if self.ctx.prefs.stale_after_days != self._stale_days:
            self._stale_days = self.ctx.prefs.stale_after_days
            self.reload()

    def reload(self) -> None:
        """Read everything again (after an edit here or elsewhere), then re-run the search."""
        if not self.group.is_open:
            return
        self._all_rows = None
        self.refresh()

    def refresh(self) -> None:
        """The search path: one keystroke in the box lands here."""
        text = self.search_box.text()
        selected = self.selected_resource()
        self.model.set_rows(self._search_rows(text) if is_search(text) else self._every_row())
        self._update_count()
        self._select_id(selected.id if selected else None)

    def _every_row(self) -> list[ResourceRow]:
        if self._all_rows is None:
            resources = sorted(self.group.resources.resources(), key=_group_key)
            self._all_rows = rows_for(resources, self.today(), self.ctx.prefs.stale_after_days)
        return self._all_rows

    def _search_rows(self, text: str) -> list[ResourceRow]:
        today, days = self.today(), self.ctx.prefs.stale_after_days
        hits = self.group.resources.search(text, SEARCH_LIMIT)
        self._hit_limit = len(hits) >= SEARCH_LIMIT
        rows = rows_for_hits(hits, today, days)
        # A category's name, as the interface shows it, finds the whole category too.
        found = {r.resource.id for r in rows}
        for category in CATEGORY_ORDER:
            if names_match(text, category_name(category)):
                extra = [r for r in self.group.resources.in_category(category) if r.id not in found]
                rows += rows_for(extra, today, days)
                found.update(r.id for r in extra)
        return sorted(rows, key=lambda r: (_group_key(r.resource)[0], r.rank))

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        text = self.tr("%n resource(s) shown", "", shown)
        if is_search(self.search_box.text()) and getattr(self, "_hit_limit", False):
            text += " — " + self.tr("only the best matches: type more words to narrow down")
        self.count_label.setText(text)

    def _on_category(self) -> None:
        self.proxy.set_category(self.category_filter.currentData() or "")
        self._update_count()

    def _on_data_changed(self, area: str) -> None:
        if area == Area.RESOURCES:
            self.reload()

    # -- selection -----------------------------------------------------------------------
    def selected_resources(self) -> list[Resource]:
        rows = self.table.selectionModel().selectedRows()
        return [r.data(OBJECT_ROLE) for r in sorted(rows, key=QModelIndex.row)]

    def selected_resource(self) -> Resource | None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            value = current.data(OBJECT_ROLE)
            return value if isinstance(value, Resource) else None
        chosen = self.selected_resources()
        return chosen[0] if chosen else None

    def _select_id(self, resource_id: str | None) -> None:
        """Keep the same resource selected across a search or an edit, if it is still listed."""
        row = self.model.row_of(resource_id) if resource_id is not None else None
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        )
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            return
        self._show_selected()

    def _show_selected(self) -> None:
        resource = self.selected_resource()
        for button in (self.edit_button, self.verified_button, self.delete_button):
            button.setEnabled(resource is not None)
        if resource is None:
            self.detail.setMarkdown(self.tr("Choose a resource in the list to read it here."))
            self.stale_note.hide()
            return
        self.detail.setMarkdown(resource_markdown(resource, ui_labels()))
        stale = is_stale(resource, self.today(), self.ctx.prefs.stale_after_days)
        self.stale_note.setVisible(stale)
        if stale:
            self.stale_note.setText(actions.stale_text(resource))

    # -- actions -------------------------------------------------------------------------
    def new_resource(self) -> None:
        category = self.category_filter.currentData() or ""
        saved = editor.edit(self, self.ctx, self.group, None, category)
        self._after_change(saved)

    def edit_selected(self) -> None:
        resource = self.selected_resource()
        if resource is not None:
            self._after_change(editor.edit(self, self.ctx, self.group, resource))

    def mark_selected_verified(self) -> None:
        resource = self.selected_resource()
        if resource is not None:
            self._after_change(actions.mark_verified(self, self.group, resource, self.today()))

    def delete_selected(self) -> None:
        resource = self.selected_resource()
        if resource is not None and actions.delete(self, self.group, resource):
            self.ctx.data_changed.emit(Area.RESOURCES)

    def _after_change(self, saved: Resource | None) -> None:
        if saved is None:
            return
        self.ctx.data_changed.emit(Area.RESOURCES)
        self._select_id(saved.id)

    def open_handout(self) -> None:
        actions.open_handout(
            self,
            self.ctx,
            self.group,
            self.selected_resources(),
            self.category_filter.currentData() or "",
        )

    def open_agreements(self) -> None:
        self.ctx.agreements_requested.emit()


def _group_key(resource: Resource) -> tuple[int, str]:
    order = (
        CATEGORY_ORDER.index(resource.category)
        if resource.category in CATEGORY_ORDER
        else len(CATEGORY_ORDER)
    )
    return order, resource.title.casefold()
