"""A list beside the detail of its current item that, on a screen too short to stack the two
(a netbook, large text), shows one at a time: the list, then the detail when the host opens an
item (a click, or Space), with a button back to the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.adaptive import AdaptiveSplitter, min_height
from ui.common.retranslate import Retranslating, translated_button
from ui.common.shortcuts import bind_keys

_CHOOSE_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)

# A pane, or a function that makes it in the widget it is given (ListDetail's __init__).
Pane = QWidget | Callable[[QWidget], QWidget]


def _made(pane: Pane, parent: QWidget) -> QWidget:
    return pane if isinstance(pane, QWidget) else pane(parent)


class ListDetail(Retranslating, AdaptiveSplitter):
    """Side by side when wide, stacked when narrow, one pane at a time when also short: stacked
    on a 1024x600 netbook in large text, the roster kept one row and a half above the form."""

    list_shown = Signal()  # one at a time, the host went back to the list
    detail_shown = Signal()  # one at a time, the detail took the list's place
    panes_hide = True

    def __init__(
        self,
        master: Pane,
        detail: Pane,
        parent: QWidget | None = None,
        escape_goes_back: bool = False,
    ) -> None:
        """`escape_goes_back` for a detail to read, not a form (whose Esc cancels the edit).

        A pane may be given as a function that makes it in the parent it is handed: made there,
        its widgets are styled once, where they stay. A pane made alone and then added is
        styled again, each of its widgets that was measured (polished) while it was made (the
        Members form's 56: ~5 ms of the area's ~40)."""
        super().__init__()  # its parent after the back button's: see below
        self.back_button = translated_button(
            self, lambda: self.tr("← Back to the list"), clicked=self.show_list
        )
        self.back_action = QAction(self)
        keys = [QKeySequence(QKeySequence.StandardKey.Back)]
        if escape_goes_back:
            keys.append(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setShortcuts(keys)
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.show_list)
        # The key in the desktop's own words, which follow the language too (Qt's translations).
        self.translated(
            self.back_button.setToolTip,
            lambda: self.back_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
        )
        self.back_bar = QWidget()
        bar = QHBoxLayout(self.back_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.back_bar.hide()
        if parent is not None:
            # Made in its parent, the splitter measures its panes there, styled once rather than
            # again when added. The back button joins first: Tab order is the order in which
            # widgets join the window, and it reads first, beside the title above the list.
            self.back_bar.setParent(parent)
            self.setParent(parent)
        self.master = _made(master, self)
        self.addWidget(self.master)
        # Made in the splitter, which takes it as its second pane: a pane built alone and then
        # added is styled again, all its widgets, with the application's style sheet.
        self.detail = QWidget(self)
        self.addWidget(self.detail)
        self.detail.addAction(self.back_action)
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.back_bar)
        column.addWidget(_made(detail, self.detail), 1)
        self.setStretchFactor(0, 1)  # a wider window widens the list, not the detail
        self.setStretchFactor(1, 0)
        self.one_at_a_time = False
        self._with_list: list[QWidget] = []
        self._back_shown: QWidget = self.back_bar  # what one pane at a time shows to go back

    def heading(self, title: QWidget) -> QHBoxLayout:
        """The area's title row, outside the splitter, for the owner to lay out: one pane at a
        time the back button shows beside the title rather than on a line of its own above
        the detail, which gets that line (on a netbook in very large text a resource to read
        kept three lines of text). Not among the detail's own rows: shown there, its width
        would count against side by side. The row is as tall with the button as without: what
        is under it stays put when the button shows (it moved down 13 px)."""
        row = QHBoxLayout()
        row.setSpacing(0)  # none around the strut: the gaps are the row's own
        row.addWidget(_HeightOf(self.back_button))
        row.addWidget(title)
        row.addSpacing(16)
        row.addWidget(self.back_button)
        self.back_bar.hide()
        self._back_shown = self.back_button
        self.back_button.setVisible(self.one_at_a_time and self.master.isHidden())
        return row

    def goes_with_list(self, *widgets: QWidget) -> None:
        """Widgets outside the splitter that serve the list (planning new items): hidden while
        one item's detail takes the list's place, which gets their room (on a netbook in very
        large text a meeting's panel showed two lines under them)."""
        self._with_list += widgets

    def minimumSizeHint(self) -> QSize:
        # Stacked, it can always show one pane at a time: the taller one is the least it needs.
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Orientation.Vertical:
            hint.setHeight(max(min_height(p) for p in (self.master, self.detail)))
        return hint

    def rearrange(self) -> None:
        super().rearrange()
        stacked = self.orientation() == Qt.Orientation.Vertical
        # Stacked, the list wants its preferred height (a few rows to choose from) and the
        # detail half of its own: short of that, one squeezed to a row or two fields shows
        # neither well (very large text on a laptop left the member's form two fields).
        detail = max(min_height(self.detail), self.detail.sizeHint().height() // 2)
        short = self.height() < self.master.sizeHint().height() + detail + self.handleWidth()
        if (stacked and short) != self.one_at_a_time:
            self._set_one_at_a_time(stacked and short)

    def _set_one_at_a_time(self, on: bool) -> None:
        self.one_at_a_time = on
        if on:
            focus = QApplication.focusWidget()
            in_detail = focus is not None and self.detail.isAncestorOf(focus)
            self._show_pane(self.detail if in_detail else self.master)
        else:
            self.master.show()
            self.detail.show()
            for widget in self._with_list:
                widget.show()
            self._back_shown.hide()
            self.share(self.size())

    def _show_pane(self, pane: QWidget) -> None:
        other = self.detail if pane is self.master else self.master
        pane.show()
        other.hide()
        for widget in self._with_list:
            widget.setVisible(pane is self.master)
        self._back_shown.setVisible(pane is self.detail)  # beside the title, not in the detail

    def show_detail(self) -> None:
        """The host opened an item (or a new one): one at a time, the detail replaces the list."""
        if self.one_at_a_time and self.detail.isHidden():
            self._show_pane(self.detail)
            self.detail_shown.emit()

    def show_list(self) -> None:
        if self.one_at_a_time and self.master.isHidden():
            self._show_pane(self.master)
            self.list_shown.emit()

    def nothing_to_show(self) -> None:
        """The item shown is gone (deleted, filtered out): one at a time, the list comes back
        rather than an empty or another item's detail. The focus stays where the host works
        (a filter), unless it was in the detail that went. Called on a search's keystrokes that
        leave nothing chosen: nothing to do while the list shows."""
        if not self.master.isHidden():
            return
        working = QApplication.focusWidget()
        self.show_list()
        if working is not None and working.isVisible():
            working.setFocus()

    def back_to(self, view: QAbstractItemView, row: int) -> None:
        """After the item in `row` went (deleted, erased): the list, with the row that took its
        place (the one before when it was the last) current and chosen, and the focus, so the
        host goes on from there rather than from the header or an empty form."""
        self.show_list()
        selection, count = view.selectionModel(), view.model().rowCount()
        # Chosen anew even if Qt already made that row current: its detail is shown again.
        selection.clearCurrentIndex()
        if count:
            index = view.model().index(min(max(row, 0), count - 1), 0)
            selection.setCurrentIndex(index, _CHOOSE_ROW)
            view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def searched_from(self, search: QLineEdit, view: QAbstractItemView) -> None:
        """Enter and Down in the list's search go to the list, its first result chosen when
        none is, ready for Space or Enter."""

        def to_results() -> None:
            self.show_list()
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if view.model().rowCount() and not view.selectionModel().selectedRows():
                view.selectionModel().setCurrentIndex(view.model().index(0, 0), _CHOOSE_ROW)

        search.returnPressed.connect(to_results)
        bind_keys(search, [("Down", to_results)], Qt.ShortcutContext.WidgetShortcut)

    def opens_from(
        self, view: QAbstractItemView, opened: Callable[[], object], double_click_too: bool = False
    ) -> None:
        """`opened` shows the view's current item in the detail (it calls show_detail and gives
        the detail the focus): Space on the view calls it, and so, one pane at a time, does a
        click on a row. With `double_click_too` a double click does something else (opens an
        editor): the click waits out the double-click interval first."""
        _RowOpener(self, view, opened, double_click_too)


class _HeightOf(QWidget):
    """No width, and the height `other` asks for, shown or not: a text size switch reaches
    this widget too, which then asks again."""

    def __init__(self, other: QWidget) -> None:
        super().__init__()
        self.other = other

    def sizeHint(self) -> QSize:
        return QSize(0, self.other.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _RowOpener(QObject):
    def __init__(
        self,
        split: ListDetail,
        view: QAbstractItemView,
        opened: Callable[[], object],
        double_click_too: bool,
    ) -> None:
        super().__init__(view)
        self.split, self.view, self.opened = split, view, opened
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), view)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self._open_current)
        self.wait = QTimer(self)
        self.wait.setSingleShot(True)
        self.wait.setInterval(QApplication.styleHints().mouseDoubleClickInterval())
        self.wait.timeout.connect(self._clicked_once)
        view.clicked.connect(self.wait.start if double_click_too else self._clicked_once)
        view.doubleClicked.connect(self.wait.stop)

    def _open_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.opened()

    def _clicked_once(self) -> None:
        # Side by side or stacked, the detail is already in view: a click only chooses.
        if self.split.one_at_a_time and self.view.isVisible():
            self._open_current()
