"""The Resources area's behaviour: search as you type, filter by category, read, edit, print;
its widgets are laid out in resources_view.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from app.group import OpenGroup
from app.model import Resource
from app.resources import is_search, is_stale
from ui.common.modal import held_by_dialog
from ui.common.models import OBJECT_ROLE
from ui.common.shortcuts import Keys, bind_keys
from ui.context import Area, UiContext
from ui.resources import actions, editor
from ui.resources.model import ResourceRow, found_rows, rows_for
from ui.resources.render import resource_markdown, ui_labels
from ui.resources.resources_view import ResourcesView
from ui.resources.search_preparation import SearchPreparation

SEARCH_LIMIT = 50
SEARCHES_KEPT = 64  # the searches of the last few words typed: a correction finds them here


class ResourcesScreen(ResourcesView):
    """The Resources area's behaviour: ResourcesView's widgets wired to the group's resources."""

    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self._ahead = SearchPreparation(self.table, group, self._listed, self.model.looks_ahead)
        self._all_rows: list[ResourceRow] | None = None
        self._rows_day = self.ctx.today()  # the day the rows' "stale" flags were worked out on
        # (typed text, day) -> its rows and whether the limit cut them; dropped on any change.
        self._found: dict[tuple[str, date], tuple[list[ResourceRow], bool]] = {}
        self._detail_of: Resource | bool | None = False  # what the reading pane shows
        # The search held in memory is built a little at a time while the window is idle.
        self._indexing = QTimer(self)
        self._indexing.setSingleShot(True)  # started with 0: held_by_dialog changes the interval
        self._indexing.timeout.connect(self._index_some)
        self._connect()
        self._shortcuts()
        ctx.data_changed.connect(self._on_data_changed)
        self._stale_days = ctx.prefs.stale_after_days
        ctx.preferences_changed.connect(self._preferences_changed)
        self.retranslate()  # also reads the resources

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self.refresh)
        self.category_filter.currentIndexChanged.connect(self._on_category)
        self.new_button.clicked.connect(self.new_resource)
        self.edit_button.clicked.connect(self.edit_selected)
        self.verified_button.clicked.connect(self.mark_selected_verified)
        self.delete_button.clicked.connect(self.delete_selected)
        self.handout_button.clicked.connect(self.open_handout)
        self.agreements_button.clicked.connect(self.open_agreements)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    def _shortcuts(self) -> None:
        screen_wide = [
            (QKeySequence.StandardKey.Find, self.go_to_search),
            (QKeySequence.StandardKey.New, self.new_resource),
            (QKeySequence.StandardKey.Print, self.open_handout),
        ]
        bind_keys(self, screen_wide, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Delete and Enter act on the list only: in the search box they edit the search.
        on_list: list[tuple[Keys, Callable[[], object]]] = [
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            ("Return", self.edit_selected),
        ]
        bind_keys(self.table, on_list, Qt.ShortcutContext.WidgetShortcut)
        self.splitter.searched_from(self.search_box, self.table)

    def retranslate(self) -> None:
        super().retranslate()
        self._found.clear()  # category names are searched in the interface language
        self.model.forget_texts()  # and the rows say them in it
        self._ahead.start_over()
        self._detail_of = False
        if self.group.is_open:
            self.refresh()  # the model's cached texts are in the old language

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
        self._found.clear()
        self.model.forget_texts()  # an edited resource keeps its id
        self._ahead.start_over()
        self._detail_of = False
        self.refresh()
        self._indexing.start(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._rows_day != self.ctx.today():  # left open past midnight: what is stale moved
            self.reload()
        self._indexing.start(0)  # read again if anything was written meanwhile

    def _index_some(self) -> None:
        """One step of the search index: a few milliseconds, then the events waiting."""
        if not (self.group.is_open and self.isVisible()) or held_by_dialog(self._indexing):
            return  # shown again or the dialog closed, it starts again
        if not self.group.resources.prepare_search():
            self._indexing.start(0)
        else:
            self.table.viewport().update()  # the searches are prepared after the next paint

    def search_ready(self) -> bool:
        """Whether the search held in memory is built (the benchmark waits for it)."""
        return self.group.resources.search_prepared()

    def _listed(self, text: str) -> tuple[list[ResourceRow], Callable[[ResourceRow], bool]]:
        """What the list would hold for the text, and which rows its category filter shows."""
        category = self.category_filter.currentData() or ""
        return self._run_search(text)[0], lambda row: category in ("", row.resource.category)

    def refresh(self) -> None:
        """The search path: one keystroke in the box lands here."""
        text = self.search_box.text()
        selected = self.selected_resource()
        with QSignalBlocker(self.table.selectionModel()):  # as a reset: chosen again below
            self.model.set_rows(self._search_rows(text) if is_search(text) else self._every_row())
        self._update_count()
        self._select_id(selected.id if selected else None)

    def _every_row(self) -> list[ResourceRow]:
        if self._all_rows is None:
            resources = self.group.resources.listed()
            self._rows_day = self.ctx.today()
            self._all_rows = rows_for(resources, self._rows_day, self.ctx.prefs.stale_after_days)
        return self._all_rows

    def _search_rows(self, text: str) -> list[ResourceRow]:
        """The rows found for the text, again from memory when it was typed before since the
        last change: a backspace shows at once what was shown a keystroke ago."""
        key = (text, self.ctx.today())
        if key not in self._found:
            if len(self._found) >= SEARCHES_KEPT:
                self._found.pop(next(iter(self._found)))
            self._found[key] = self._run_search(text)
        rows, self._hit_limit = self._found[key]
        return rows

    def _run_search(self, text: str) -> tuple[list[ResourceRow], bool]:
        days = self.ctx.prefs.stale_after_days
        return found_rows(self.group.resources, text, self.ctx.today(), days, SEARCH_LIMIT)

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        text = self.tr("%n resource(s) shown", "", shown)
        if is_search(self.search_box.text()) and getattr(self, "_hit_limit", False):
            text += " — " + self.tr("only the best matches: type more words to narrow down")
        self.count_label.setText(text)

    def _on_category(self) -> None:
        self.proxy.set_category(self.category_filter.currentData() or "")
        self._ahead.start_over()
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
            if self._detail_of is not None:  # not again on every keystroke
                self.detail.setMarkdown(self.tr("Choose a resource in the list to read it here."))
                self._detail_of = None
            self.stale_note.hide()
            self.splitter.nothing_to_show()  # deleted from its editor, or filtered out
            return
        if resource != self._detail_of:
            self.detail.setMarkdown(resource_markdown(resource, ui_labels()))
            self._detail_of = resource
        stale = is_stale(resource, self.ctx.today(), self.ctx.prefs.stale_after_days)
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
            self._after_change(actions.mark_verified(self, self.group, resource, self.ctx.today()))

    def delete_selected(self) -> None:
        resource, row = self.selected_resource(), self.table.currentIndex().row()
        if resource is not None and actions.delete(self, self.group, resource):
            self.ctx.data_changed.emit(Area.RESOURCES)
            self.splitter.back_to(self.table, row)

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

    def show_resource(self, resource_id: str) -> None:  # listed whatever the search or category
        self.search_box.clear()
        self.category_filter.setCurrentIndex(0)
        self._select_id(resource_id)
