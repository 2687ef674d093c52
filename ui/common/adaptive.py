"""Layouts that adapt to a small screen or very large text instead of pushing the window wider
than the screen: parts side by side when there is room and stacked when not, action rows that
wrap onto a second line, dialogs whose body scrolls while their buttons stay visible, and
windows sized as a share of the screen they open on.

A community-centre laptop may be a 1024x600 netbook, and a host may use very large text: the
minimum size of every window must stay inside such a screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

SMALL_SCREEN = QSize(1024, 600)  # a netbook: windows on it get the whole room


def min_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def min_height(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().height(), widget.minimumHeight())


def _minimum_size(widgets: list[QWidget], gap: int, stacked: bool) -> QSize:
    """The least room the shown widgets need: the widest one's minimum width, and the height
    of all of them stacked (`gap` between two) or of the tallest, side by side."""
    shown = [w for w in widgets if not w.isHidden()]
    width = max((min_width(w) for w in shown), default=0)
    heights = [min_height(w) for w in shown]
    gaps = gap * max(0, len(shown) - 1)
    return QSize(width, sum(heights) + gaps if stacked else max(heights, default=0))


def side_by_side_width(
    widgets: list[QWidget], gap: int, preferred: bool = False, hidden_too: bool = False
) -> int:
    """The width the widgets need next to each other, each at its minimum, or at its preferred
    width when `preferred` (an action row always with all its buttons on one line); the hidden
    ones count only when `hidden_too`."""
    shown = [w for w in widgets if hidden_too or not w.isHidden()]
    widths = [
        max(w.sizeHint().width(), min_width(w))
        if preferred or isinstance(w, ActionRow)
        else min_width(w)
        for w in shown
    ]
    return sum(widths) + gap * max(0, len(shown) - 1)


class AdaptiveSplitter(QSplitter):
    """Two or more panes side by side when the width allows each its minimum, one above the
    other otherwise (the member form below the table on a netbook). Its minimum width is that of
    the stacked arrangement, so it never makes the window wider than the screen."""

    panes_hide = False  # a pane may be hidden for a while (ListDetail): its width still counts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)

    def _panes(self) -> list[QWidget]:
        return [w for i in range(self.count()) if (w := self.widget(i)) is not None]

    def wide_enough(self, width: int) -> bool:
        """Side by side only with room for each pane's preferred width: a table squeezed
        beside a form shows neither well."""
        return width >= side_by_side_width(
            self._panes(), self.handleWidth(), preferred=True, hidden_too=self.panes_hide
        )

    def event(self, event: QEvent) -> bool:
        # A pane's needs changed (a language switch, a longer label), or it was hidden while
        # they did: arrange again.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.rearrange()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:
        stacked = self.orientation() == Qt.Orientation.Vertical
        return _minimum_size(self._panes(), self.handleWidth(), stacked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.rearrange()  # the widget has its new size already: Qt sets it before the event
        super().resizeEvent(event)

    def rearrange(self) -> None:
        size = self.size()
        wanted = (
            Qt.Orientation.Horizontal if self.wide_enough(size.width()) else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.share(size)
            self.updateGeometry()

    def share(self, size: QSize) -> None:
        """The panes' first sizes after a change of arrangement."""
        vertical = self.orientation() == Qt.Orientation.Vertical
        total = size.height() if vertical else size.width()
        rest = max(1, self.count() - 1)
        # Stacked, the list comes first: it is what the host searches; the panes below
        # scroll (a table of one row and a half beside nothing was the netbook roster).
        first = total * 6 // 10
        if vertical:
            # Below, the other panes get their minimum and scroll: on a netbook a share of
            # the height left the list three rows, and one with very large text.
            rest_min = sum(min_height(p) for p in self._panes()[1:])
            first = max(total * 7 // 10, total - rest_min)
        self.setSizes([first] + [(total - first) // rest] * rest)


class AdaptiveBox(QWidget):
    """Like AdaptiveSplitter, for fixed panes without a handle (the start screen's group list and
    unlock panel)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 24) -> None:
        super().__init__(parent)
        self.box = _AdaptiveBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._panes: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._panes.append(widget)
        self.box.addWidget(widget, stretch)

    @property
    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        return _minimum_size(self._panes, self.box.spacing(), self.stacked)

    def showEvent(self, event: QShowEvent) -> None:
        # Hints may have changed while hidden (a language switch, text size): decide afresh.
        self.arrange(self.width())
        super().showEvent(event)

    def rearrange(self) -> None:
        self.arrange(self.width())

    def arrange(self, width: int) -> None:
        """Called by the layout on every pass, with the width it is about to lay out."""
        wide = width >= side_by_side_width(self._panes, self.box.spacing())
        wanted = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            self.updateGeometry()


class _AdaptiveBoxLayout(QBoxLayout):
    """Chooses its direction each time it lays out, so a pane's changed needs (a language
    switch, a longer label) are met at the next pass, not only at the next resize."""

    def __init__(self, owner: AdaptiveBox) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, owner)
        self.owner = owner

    def setGeometry(self, rect: QRect) -> None:
        self.owner.arrange(rect.width())
        super().setGeometry(rect)


class PageStack(QStackedWidget):
    """A stack whose minimum size is the shown page's, not the largest page's: the start screen
    stacked for a narrow window must not make the group's screen taller than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page else QSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Every page takes the stack's size, shown or not: a page then arranges itself for
        this width before it is shown, and never asks, for an instant, for a window taller
        or wider than the screen."""
        super().resizeEvent(event)
        for index in range(self.count()):
            page = self.widget(index)
            if page is not None and page is not self.currentWidget():
                page.setGeometry(self.contentsRect())


class FlowLayout(QLayout):
    """Buttons on as many lines as the width needs, in order (header and action rows)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # Qt asks for the height at a width many times a layout pass (9 times in 10 for a width
        # it asked before, in the layout walk). A widget's own layout hears of every change of
        # its items (a hint, a hide) through invalidate(); one nested in another layout only
        # when that one is next activated, so it measures each time.
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._place(QRect(0, 0, width, 0), move=False)
            if (owner := self.parentWidget()) is not None and owner.layout() is self:
                self._heights[width] = height
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._shown():
            hint = item.sizeHint().boundedTo(QSize(rect.width(), item.sizeHint().height()))
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ActionRow(QWidget):
    """A row of buttons that wraps onto more lines when the room is narrow."""

    def __init__(self, buttons: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        for button in buttons:
            self.flow.addWidget(button)


def labelled(
    label: QWidget,
    field: QWidget | Callable[[QWidget], QWidget],
    parent: QWidget | None = None,
) -> QWidget:
    """A label and its field as one item of an ActionRow: a wrapped line never parts them, and
    the label stays centred on the field's height. The field may be given as a function that
    makes it in the pair it is handed: with a `parent`, then made where it stays, it is styled
    once (a combo box made alone is styled again when added, its list and scroll bars too)."""
    pair = QWidget(parent)
    row = QBoxLayout(QBoxLayout.Direction.LeftToRight, pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field if isinstance(field, QWidget) else field(pair))
    return pair


def fields_and_actions(fields: QLayout, actions: list[QWidget]) -> AdaptiveBox:
    """Search fields then action buttons on one line, or the buttons on the line below (and
    wrapping) when the window is narrow."""
    holder = QWidget()
    fields.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(fields)
    row = AdaptiveBox(spacing=8)
    row.add(holder, 1)
    row.add(ActionRow(actions))
    return row


def size_to_screen(
    window: QWidget, width_share: float, height_share: float, room: QSize | None = None
) -> None:
    """Open `window` at a share of the room on the screen it appears on (`room`: the screen's
    available size unless given), never smaller than its minimum nor larger than the room. A
    netbook's small screen is all given: a share of it would only squeeze the window."""
    if room is None:
        room = window.screen().availableGeometry().size()
    wanted = QSize(round(room.width() * width_share), round(room.height() * height_share))
    wanted = wanted.expandedTo(SMALL_SCREEN)
    window.resize(wanted.expandedTo(window.minimumSizeHint()).boundedTo(room))


class ColumnRoom(QObject):
    """Fits the `fitted` columns of a table to the room the others leave, again whenever the
    viewport is resized, the table shown or given another font, and whenever another column
    changes width; `fit` says how."""

    def __init__(self, table: QTableView, fitted: set[int]) -> None:
        super().__init__(table)
        self.table, self.fitted = table, fitted
        self._fitting = self._queued = False
        header = table.horizontalHeader()
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._resized)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if column in self.fitted:
            return
        if self.table.horizontalHeader().sectionSize(column) == new:
            self.update_room()
        elif not self._queued:
            # Laying its columns out to their contents (a language switch, new rows), the
            # header tells of a new width before it stores it: measured now, the room would be
            # the old one. Once the header is laid out, then, for all the columns it changed.
            self._queued = True
            QTimer.singleShot(0, self, self._queued_room)

    def _queued_room(self) -> None:
        self._queued = False
        self.update_room()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The room is the viewport's: the table's own resize comes before its viewport's (the
        # old width, measured for nothing). A show or a font reaches both: the table's will do.
        if event.type() == QEvent.Type.Resize:
            heard = watched is not self.table
        else:
            heard = event.type() in (QEvent.Type.Show, QEvent.Type.FontChange)
            heard = heard and watched is self.table
        if heard:
            self.update_room()
        return False

    def update_room(self) -> None:
        """Measuring a column lays out the header's pending resizes first, whose signals would
        measure all again from inside (_resized): the measure under way reads their new sizes."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self.fit()
        finally:
            self._fitting = False

    def fit(self) -> None:
        raise NotImplementedError


class NameColumnRoom(ColumnRoom):
    """The name column of a table takes the room the other columns leave, but never less than
    `ems` widths of "M": on a narrow window the other columns scroll sideways instead of the
    names being cut to "…". The table's minimum width is that of the name column."""

    def __init__(self, table: QTableView, column: int, ems: int) -> None:
        super().__init__(table, {column})
        self.column, self.ems = column, ems
        self.update_room()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        least = self.table.fontMetrics().horizontalAdvance("M") * self.ems
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        if self.table.minimumWidth() != least + chrome:
            self.table.setMinimumWidth(least + chrome)
        width = max(least, self.table.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)
