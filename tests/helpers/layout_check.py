"""What a person sees go wrong when a window does not fit its screen: a window larger than the
room, a button or field cut off at the edge, a widget squeezed below its minimum size, a table's
name column cutting names. Each check returns readable problems instead of failing at the first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QTextEdit,
    QWidget,
)

from ui.common.adaptive import FlowLayout
from ui.common.painted_table import PaintedTable
from ui.sessions.session_model import SessionTableModel

# What a person must reach on screen.
REACHABLE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name or text!r})"


def _scroller(widget: QWidget, window: QWidget) -> QWidget | None:
    """The scroll area or list whose page holds the widget: Tab and the wheel bring it into
    view up and down."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QScrollArea, QAbstractItemView)):
            return parent
        parent = parent.parentWidget()
    return None


def _cut_sideways(widget: QWidget, area: QWidget) -> bool:
    """A scroll area that never scrolls sideways must show its page's whole width."""
    if not isinstance(area, QScrollArea) or area.horizontalScrollBarPolicy() != (
        Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    ):
        return False
    viewport = area.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left < 0 or left + widget.width() > viewport.width()


def _shown(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def window_problems(window: QWidget, room: QSize, where: str) -> list[str]:
    # Panes decide to stack once their parts have laid out: a few passes of posted events.
    for _ in range(4):
        QApplication.processEvents()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    problems = []
    if need.width() > room.width() or need.height() > room.height():
        problems.append(
            f"{where}: needs {need.width()}x{need.height()} in {room.width()}x{room.height()}"
        )
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"{where}: is {window.width()}x{window.height()}")
    frame = window.rect()
    for widget in _shown(window):
        area = _scroller(widget, window)
        if area is not None:
            if isinstance(widget, REACHABLE) and _cut_sideways(widget, area):
                problems.append(f"{where}: {describe(widget)} is cut off on the right")
            continue
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if isinstance(widget, REACHABLE) and not frame.contains(place):
            problems.append(f"{where}: {describe(widget)} at {place.getRect()} is cut off")
        problems += _squeezed(widget, where)
    return problems


def _squeezed(widget: QWidget, where: str) -> list[str]:
    if isinstance(widget.parentWidget(), QLineEdit):
        return []  # a field's own action button (show the passphrase): Qt sizes it to the field
    layout = widget.layout()
    if isinstance(layout, FlowLayout) and widget.height() < layout.heightForWidth(widget.width()):
        # A row of buttons wrapped onto more lines than the room it got: the last ones are
        # drawn under what follows (the window's minimum size does not count wrapped lines).
        need = layout.heightForWidth(widget.width())
        return [f"{where}: {describe(widget)} wraps to {need} px high, has {widget.height()}"]
    hint = widget.minimumSizeHint()
    # Fields' hints grow by a pixel or two once the style sheet's padding is applied, after
    # their layout cached them (a line edit also counts a 14 px icon line): frame, not text.
    hint.setHeight(hint.height() - 2)
    policy = widget.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    short_w = policy.horizontalPolicy() != ignored and widget.width() < hint.width()
    short_h = policy.verticalPolicy() != ignored and widget.height() < hint.height()
    if hint.isValid() and (short_w or short_h) and isinstance(widget, REACHABLE):
        size = f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
        return [f"{where}: {describe(widget)} squeezed to {size}"]
    return []


# Columns that name their rows besides the first: a session's theme tells meetings apart.
NAMING = {SessionTableModel: SessionTableModel.THEME}


def _name_columns(view: QTableView) -> list[int]:
    """The first column (names, titles, dates) and the naming column of the table's rows."""
    model = view.model()
    first = next((c for c in range(model.columnCount()) if not view.isColumnHidden(c)), None)
    source = model
    while isinstance(source, QAbstractProxyModel):
        source = source.sourceModel()
    naming = [NAMING[kind] for kind in NAMING if isinstance(source, kind)]
    columns = {first, *naming}
    return sorted(c for c in columns if c is not None and not view.isColumnHidden(c))


def name_column_problems(window: QWidget, where: str) -> list[str]:
    """The name columns of every table show their texts whole."""
    problems = []
    for view in window.findChildren(QTableView):
        if view.isVisible() and view.model() is not None:
            problems += [
                f"{where}: {cut}" for c in _name_columns(view) if (cut := _cut_text(view, c))
            ]
    return problems


def _cut_text(view: QTableView, column: int) -> str:
    """The first text of the column that does not fit it, with what it needs."""
    model = view.model()
    metrics = view.fontMetrics()
    # The delegate's margins: the focus frame's and one pixel, on each side.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = view.columnWidth(column) - 2 * margin
    delegate = view.itemDelegateForColumn(column)  # None: the table's own, one line per row
    own_lines = delegate is not None and type(delegate) is not type(view.itemDelegate())
    own_lines = own_lines or (isinstance(view, PaintedTable) and view.wraps(column))
    for row in range(model.rowCount()):
        text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text or "<" in text:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        if own_lines:
            # A delegate or a painted table drawing its own lines wraps the text within the
            # row's height.
            wrapped = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
            )
            if wrapped.width() <= width and wrapped.height() <= view.rowHeight(row):
                continue
        if needed > width:
            return f"{text!r} needs {needed + 2 * margin} px, its column has {width + 2 * margin}"
    return ""
