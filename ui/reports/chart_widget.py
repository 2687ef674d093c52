"""A report chart on screen: the same painting as on paper, in the app's theme and font."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.report_document import Numbers
from app.reports import Report
from ui.reports.charts import ChartColours, ChartContent, paint_attendance, paint_trend

Painter = Callable[[QPainter, QRectF, ChartContent, ChartColours], None]
PAINTERS: dict[str, Painter] = {"attendance": paint_attendance, "trend": paint_trend}


class ChartWidget(QWidget):
    def __init__(
        self, kind: str, colours: Callable[[], ChartColours], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._colours = colours
        self._content: ChartContent | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_content(self, report: Report, words: dict[str, str], numbers: Numbers) -> None:
        self._content = ChartContent(report, words, numbers)
        self.setAccessibleName(
            words["chart_attendance" if self.kind == "attendance" else "chart_trend"]
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 16)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._content is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        PAINTERS[self.kind](painter, QRectF(self.rect()), self._content, self._colours())
        painter.end()
