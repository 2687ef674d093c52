"""A scroll bar that is painted again only when what it shows moves, for the painted tables
(ui.common.painted_table): a search keystroke changes the number of rows, so the scroll bar's
range, and Qt repaints it on every such change (QAbstractSlider::sliderChange), through the
style's gradients: 0.7 M instructions, 7 % of a roster keystroke (issue 18, members search).
Past a few hundred rows its handle is as short as it gets and stays at the top: the same
pixels. Here a change of range, value or step repaints it only when the handle's place, the
ends it is at or the enabled state differ from what it last painted.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

_Look = tuple[QRect, bool, bool, bool]


class SteadyScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted: _Look | None = None  # what the last paint showed
        self._due = False  # a paint is scheduled: later changes need no look until it is done

    def _look(self) -> _Look:
        """What a paint would show that a change of range, value or step can move: the
        handle's rectangle, whether it is at either end (the arrows' states) and enabled."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, self
        )
        value = self.value()
        return handle, value == self.minimum(), value == self.maximum(), self.isEnabled()

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if not self._due:
            if self._painted is not None and self._look() == self._painted:
                return  # the same pixels: Qt's sliderChange only schedules a paint
            self._due = True
        super().sliderChange(change)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted, self._due = self._look(), False
        super().paintEvent(event)
