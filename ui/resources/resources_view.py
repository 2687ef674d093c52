"""The Resources area's layout: its widgets and their texts, no behaviour (ResourcesScreen, in
resources_screen.py, gives them the search, the selection and the actions)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from app.resources import CATEGORY_ORDER
from ui.common.adaptive import NameColumnRoom, fields_and_actions
from ui.common.area_column import area_column, tab_after
from ui.common.list_detail import ListDetail
from ui.common.notices import notice_label
from ui.common.offline_text import OfflineTextBrowser
from ui.common.painted_table import PaintedTable, painted_list
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, search_field, translated_button, translated_label
from ui.resources.model import ResourceFilter, ResourceTableModel, category_name

TITLE_EMS = 22  # room for a resource title, in widths of "M"


class ResourcesView(Retranslating, QWidget):
    """The search box and category filter with the actions beside them, the results table, and
    the chosen resource to read with its own buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResourceTableModel(self)
        self.proxy = ResourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_box = search_field(
            self,
            lambda: self.tr("Search resources: words, names, numbers…"),
            lambda: self.tr("Search resources"),
            lambda: self.tr(
                "Finds words as you type, with or without accents (Ctrl+F; Down arrow to the list)"
            ),
        )
        self.category_filter = QComboBox()
        self.translated(self.category_filter.setAccessibleName, lambda: self.tr("Category"))
        self._build_buttons()
        self._lay_out()

    def _build_buttons(self) -> None:
        self.new_button = translated_button(self, lambda: self.tr("&New resource"))
        self.edit_button = translated_button(self, lambda: self.tr("&Edit"))
        self.verified_button = translated_button(
            self,
            lambda: self.tr("&Verified today"),
            lambda: self.tr("You have just checked this number or address: record today's date"),
        )
        self.delete_button = translated_button(self, lambda: self.tr("&Delete"))
        self.handout_button = translated_button(
            self,
            lambda: self.tr("&Print or PDF…"),
            lambda: self.tr("A handout of the chosen resources to take home (Ctrl+P)"),
        )
        self.agreements_button = translated_button(
            self,
            lambda: self.tr("Group &agreements"),
            lambda: self.tr("Show the group agreements full-window, to read aloud"),
        )

    def _lay_out(self) -> None:
        search = QHBoxLayout()
        search.addWidget(self.search_box, 3)
        search.addWidget(self.category_filter, 1)
        top = fields_and_actions(
            search, [self.new_button, self.handout_button, self.agreements_button]
        )
        # The reading pane goes below the list on a narrow screen, in its place on a short one.
        # Both panes are made in the splitter, in the order they read (see ListDetail).
        self.splitter = ListDetail(
            self._build_listed, self._build_reading, self, escape_goes_back=True
        )
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.opens_from(self.table, self.read_current, double_click_too=True)
        self.splitter.list_shown.connect(self.table.setFocus)
        self.search_box.textChanged.connect(self._results_in_view)
        self.title_label = translated_label(self, lambda: self.tr("Resources"), "pageTitle")
        heading = self.splitter.heading(self.title_label)
        heading.addStretch(1)
        area_column(self, heading, top, self.splitter, grows=self.splitter)
        # Laid out above the list, made before it: in the order they read for Tab too.
        tab_after(
            self.splitter.back_button,
            self.search_box,
            self.category_filter,
            self.new_button,
            self.handout_button,
            self.agreements_button,
        )

    def _build_listed(self, parent: QWidget) -> QWidget:
        listed = QWidget(parent)  # the count with the list: reading one, the text gets its line
        list_layout = QVBoxLayout(listed)
        list_layout.setContentsMargins(0, 0, 0, 0)
        # Made in the pane: a table made alone is styled again, its scroll bars too, when added.
        self.table = self._build_table(listed)
        self.translated(self.table.setAccessibleName, lambda: self.tr("Resources"))
        list_layout.addWidget(self.table, 1)
        self.count_label = PlainLabel(parent=listed)
        list_layout.addWidget(self.count_label)
        return listed

    def _build_reading(self, parent: QWidget) -> QWidget:
        reading = QWidget(parent)
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        self.stale_note = notice_label("warning", visible=False)
        reading_layout.addWidget(self.stale_note)
        self.detail = OfflineTextBrowser(reading)  # in place, its scroll bars styled once
        self.translated(self.detail.setAccessibleName, lambda: self.tr("Selected resource"))
        reading_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.verified_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        reading_layout.addLayout(buttons)
        return reading

    def _build_table(self, parent: QWidget) -> PaintedTable:
        table = painted_list(self.model, self.proxy, several=True, parent=parent)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() * 3)
        table.setWordWrap(False)  # one line per cell; the title cell draws its own lines
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
        return table

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_categories()

    def read_current(self) -> None:
        """The chosen resource to read, in the list's place one pane at a time."""
        self.splitter.show_detail()
        self.detail.setFocus()

    def _results_in_view(self) -> None:
        if self.splitter.master.isHidden():  # typed while reading one: the results come back
            self.go_to_search()

    def go_to_search(self) -> None:
        self.splitter.show_list()  # one pane at a time, the list shows what the search finds
        self.search_box.setFocus()

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData() or ""
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        for category in CATEGORY_ORDER:
            self.category_filter.addItem(category_name(category), category)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)
