"""The painted tables' scroll bar (ui.common.steady_scroll_bar): painted again only when what
it shows moves, and what the window shows is always what it would paint now."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from ui.common.steady_scroll_bar import SteadyScrollBar


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _bar(qtbot, rows: int = 5000) -> tuple[QWidget, SteadyScrollBar]:
    """The scroll bar alone in a window (kept by the caller), over `rows` rows."""
    box = QWidget()
    layout = QHBoxLayout(box)
    bar = SteadyScrollBar(Qt.Orientation.Vertical)
    layout.addWidget(bar)
    qtbot.addWidget(box)
    box.resize(60, 400)
    bar.setRange(0, rows)
    bar.setPageStep(20)
    box.show()
    qtbot.waitExposed(box)
    QApplication.processEvents()  # the first paint done
    return box, bar


def _on_screen(bar: SteadyScrollBar) -> QImage:
    """What the window last showed of the scroll bar (its backing store, not a new paint)."""
    window = bar.window()
    shot = window.screen().grabWindow(window.winId()).toImage()
    return shot.copy(QRect(bar.mapTo(window, QPoint(0, 0)), bar.size()))


def _painted_now(bar: SteadyScrollBar) -> QImage:
    return bar.grab().toImage().convertToFormat(_on_screen(bar).format())


def test_a_new_number_of_rows_that_leaves_the_handle_in_place_paints_nothing(qtbot) -> None:
    _box, bar = _bar(qtbot)
    paints = _Paints()
    bar.installEventFilter(paints)
    bar.setRange(0, 4000)  # thousands of rows: the shortest handle, at the top
    QApplication.processEvents()
    assert paints.count == 0
    assert _on_screen(bar) == _painted_now(bar)
    bar.setValue(2000)
    qtbot.waitUntil(lambda: paints.count > 0)


def test_the_window_shows_the_scroll_bar_as_it_is_after_every_change(qtbot) -> None:
    box, bar = _bar(qtbot)
    changes = [
        lambda: bar.setRange(0, 4000),
        lambda: bar.setRange(0, 30),  # a longer handle
        lambda: bar.setRange(0, 4000),
        lambda: bar.setValue(4000),  # at the bottom
        lambda: bar.setRange(0, 3000),  # still at the bottom: the value follows
        lambda: box.resize(60, 300),  # painted by Qt, not through a slider change
        lambda: bar.setRange(0, 5000),
        lambda: bar.setValue(0),
        lambda: bar.setEnabled(False),
        lambda: bar.setRange(0, 0),
    ]
    for change in changes:
        change()
        QApplication.processEvents()
        assert _on_screen(bar) == _painted_now(bar)
