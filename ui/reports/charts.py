"""The two report charts, painted with QPainter so that the screen, the printer and the PDF draw
the same picture: attendance per meeting (bars) and the monthly trend (a line with markers).

Readable in black and white: values are told by position and shape, hidden values by a hatch and
a cross, and every mark has a legend entry; colour only follows the theme."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from app.report_document import Numbers
from app.reports import Report, hidden
from ui.common.palette import Colours


@dataclass(frozen=True)
class ChartColours:
    background: str
    text: str
    grid: str
    mark: str  # bars and the line
    hidden: str  # the hatch of values under the threshold


def chart_colours(colours: Colours) -> ChartColours:
    return ChartColours(
        colours.surface, colours.text, colours.border, colours.highlight, colours.muted
    )


@dataclass(frozen=True)
class ChartContent:
    """What a chart shows: the report, in the words and number formats of the host's language."""

    report: Report
    words: dict[str, str]
    numbers: Numbers


PRINT = ChartColours("#ffffff", "#000000", "#9a9a9a", "#2b2b2b", "#555555")


def _nice_top(value: float) -> tuple[float, float]:
    """An axis top and step that read well: 1, 2 or 5 times a power of ten, about 5 steps."""
    value = max(value, 1.0)
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)
    return math.ceil(value / step) * step, step


class _Frame:
    """The plot area inside `rect` after the title, legend and axis labels, and the y scale."""

    def __init__(self, p: QPainter, rect: QRectF, title: str, top_value: float) -> None:
        self.p = p
        self.metrics = QFontMetricsF(p.font())
        self.line = self.metrics.height()
        self.top, self.step = _nice_top(top_value)
        label_width = self.metrics.horizontalAdvance(f"{int(self.top)}") + self.line * 0.6
        self.title_rect = QRectF(rect.left(), rect.top(), rect.width(), self.line * 1.3)
        self.legend_y = rect.top() + self.line * 1.5
        self.plot = QRectF(
            rect.left() + label_width,
            rect.top() + self.line * 3.0,
            rect.width() - label_width - self.line * 0.5,
            rect.height() - self.line * 4.4,
        )
        self.title = title

    def y(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * value / self.top

    def draw_axes(self, c: ChartColours) -> None:
        p = self.p
        bold = p.font()
        bold.setBold(True)
        p.save()
        p.setFont(bold)
        p.setPen(QColor(c.text))
        p.drawText(
            self.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title
        )
        p.restore()
        value = 0.0
        while value <= self.top + 1e-9:
            y = self.y(value)
            p.setPen(
                QPen(QColor(c.grid), 0.6, Qt.PenStyle.DotLine if value else Qt.PenStyle.SolidLine)
            )
            p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            p.setPen(QColor(c.text))
            box = QRectF(
                self.plot.left() - self.line * 4, y - self.line / 2, self.line * 3.7, self.line
            )
            p.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{int(value)}"
            )
            value += self.step

    def legend(self, entries: list[tuple[str, str]], c: ChartColours, threshold: int) -> None:
        """Entries of (kind, text), kind in bar, hidden, line."""
        x = self.plot.left()
        size = self.line * 0.8
        for kind, text in entries:
            box = QRectF(x, self.legend_y + (self.line - size) / 2, size * 1.6, size)
            if kind == "bar":
                self.p.fillRect(box, QColor(c.mark))
            elif kind == "hidden":
                _hatch(self.p, box, c)
            else:
                mid = box.center().y()
                self.p.setPen(QPen(QColor(c.mark), 2))
                self.p.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
                _marker(self.p, box.center(), size * 0.35, c, filled=True)
            self.p.setPen(QColor(c.text))
            width = self.metrics.horizontalAdvance(text) + 2
            self.p.drawText(QRectF(box.right() + size * 0.4, self.legend_y, width, self.line), text)
            x = box.right() + size * 0.4 + width + self.line


def _hatch(p: QPainter, box: QRectF, c: ChartColours, *, light: bool = False) -> None:
    colour = QColor(c.grid if light else c.hidden)
    p.save()
    p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
    p.setBrush(QBrush(colour, Qt.BrushStyle.DiagCrossPattern))
    p.drawRect(box)
    p.restore()


def _marker(p: QPainter, centre: QPointF, radius: float, c: ChartColours, *, filled: bool) -> None:
    p.save()
    p.setPen(QPen(QColor(c.mark), 1.5))
    if filled:
        p.setBrush(QColor(c.mark))
        p.drawEllipse(centre, radius, radius)
    else:  # a hidden month: a cross, not a point, so no value can be read from its place
        p.setPen(QPen(QColor(c.hidden), 2))
        p.drawLine(centre + QPointF(-radius, -radius), centre + QPointF(radius, radius))
        p.drawLine(centre + QPointF(-radius, radius), centre + QPointF(radius, -radius))
    p.restore()


def _framed(
    p: QPainter,
    rect: QRectF,
    report: Report,
    words: dict[str, str],
    c: ChartColours,
    title: str,
    values: list[int] | list[float],
    mark: tuple[str, str],
) -> _Frame:
    """What both charts start with: the background, the title, the axes scaled to the values
    (and the threshold), and the legend of the mark (kind, word) beside the hidden hatch."""
    p.fillRect(rect, QColor(c.background))
    frame = _Frame(p, rect, words[title], max([*values, report.threshold]))
    frame.draw_axes(c)
    hidden_label = words["legend_hidden"].format(n=report.threshold)
    frame.legend([(mark[0], words[mark[1]]), ("hidden", hidden_label)], c, report.threshold)
    return frame


def _no_meetings(p: QPainter, frame: _Frame, words: dict[str, str], c: ChartColours) -> None:
    p.setPen(QColor(c.text))
    p.drawText(frame.plot, Qt.AlignmentFlag.AlignCenter, words["no_meetings"])


def paint_attendance(p: QPainter, rect: QRectF, content: ChartContent, c: ChartColours) -> None:
    report, words, numbers = content.report, content.words, content.numbers
    totals = [m.total for m in report.meetings]
    frame = _framed(p, rect, report, words, c, "chart_attendance", totals, ("bar", "total"))
    if not totals:
        _no_meetings(p, frame, words, c)
        return
    slot = frame.plot.width() / len(totals)
    gap = min(slot * 0.25, frame.line * 0.3)
    width = max(min(slot - gap, frame.line * 2.5), 1.0)
    for i, meeting in enumerate(report.meetings):
        left = frame.plot.left() + i * slot + (slot - width) / 2
        if hidden(meeting.total, report.threshold):
            top = frame.y(report.threshold)
            _hatch(p, QRectF(left, top, width, frame.plot.bottom() - top), c)
        else:
            top = frame.y(meeting.total)
            p.fillRect(QRectF(left, top, width, frame.plot.bottom() - top), QColor(c.mark))
    _month_ticks(p, frame, [m.starts_at[:10] for m in report.meetings], slot, numbers, c)


def _month_ticks(
    p: QPainter, frame: _Frame, days: list[str], slot: float, numbers: Numbers, c: ChartColours
) -> None:
    """A label under the first meeting of each month, skipping labels that would overlap."""
    p.setPen(QColor(c.text))
    next_free = frame.plot.left() - 1
    previous = ""
    for i, day in enumerate(days):
        if day[:7] == previous:
            continue
        previous = day[:7]
        text = numbers.month(date.fromisoformat(day))
        width = frame.metrics.horizontalAdvance(text)
        x = frame.plot.left() + i * slot
        if x < next_free:
            continue
        p.drawText(QRectF(x, frame.plot.bottom() + frame.line * 0.2, width + 2, frame.line), text)
        next_free = x + width + frame.line * 0.6


def paint_trend(p: QPainter, rect: QRectF, content: ChartContent, c: ChartColours) -> None:
    report, words, numbers = content.report, content.words, content.numbers
    values = [m.average for m in report.monthly if m.average is not None]
    frame = _framed(p, rect, report, words, c, "chart_trend", values, ("line", "legend_average"))
    band_top = frame.y(report.threshold)
    _hatch(
        p,
        QRectF(frame.plot.left(), band_top, frame.plot.width(), frame.plot.bottom() - band_top),
        c,
        light=True,
    )
    points = report.monthly
    if not values:
        _no_meetings(p, frame, words, c)
        return
    slot = frame.plot.width() / len(points)
    path, pen_down = QPainterPath(), False
    marks: list[tuple[QPointF, bool]] = []
    for i, point in enumerate(points):
        x = frame.plot.left() + (i + 0.5) * slot
        if point.average is None:  # no meeting that month: the line goes on to the next
            continue
        if hidden(point.average, report.threshold):
            pen_down = False
            marks.append((QPointF(x, (band_top + frame.plot.bottom()) / 2), False))
            continue
        where = QPointF(x, frame.y(point.average))
        path.lineTo(where) if pen_down else path.moveTo(where)
        pen_down = True
        marks.append((where, True))
    p.save()
    p.setPen(QPen(QColor(c.mark), max(2.0, frame.line * 0.12)))  # as thick on paper as on screen
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()
    radius = max(frame.line * 0.22, min(frame.line * 0.35, slot * 0.3))
    for where, filled in marks:
        _marker(p, where, radius, c, filled=filled)
    starts = [m.month.isoformat() for m in points]
    _month_ticks(p, frame, starts, slot, numbers, c)
