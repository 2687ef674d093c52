"""The charts tell hidden from shown values by shape, not colour: checked on the printed colours
turned to grey, as a black-and-white printer would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPainter

from app.report_document import PlainNumbers
from app.report_period import Period
from app.report_words import words
from app.reports import MeetingCount, MonthPoint, Report
from ui.reports.charts import PRINT, ChartContent, paint_attendance


def _report() -> Report:
    meetings = (MeetingCount("2025-01-14T19:00", 9, 1), MeetingCount("2025-01-21T19:00", 2, 1))
    return Report(
        Period.month(2025, 1),
        5,
        2,
        0,
        0,
        meetings,
        6.5,
        6.5,
        0,
        0,
        0,
        0,
        0,
        180,
        (),
        None,
        (MonthPoint(date(2025, 1, 1), 2, 6.5),),
        0,
    )


def test_a_hidden_bar_is_hatched_and_a_shown_bar_solid_in_grey(qapp) -> None:
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    content = ChartContent(_report(), words("en"), PlainNumbers())
    paint_attendance(painter, QRectF(0, 0, 800, 400), content, PRINT)
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    height = 400

    def column(x: int) -> set[int]:
        return {grey.pixelColor(x, y).value() for y in range(height // 2, height - 100)}

    # the plot splits in two slots, a bar centred in each: the shown one (10) solid and dark,
    # the hidden one (3) hatched
    left, right = column(217), column(599)
    assert max(left) < 100, "a shown value is one solid dark tone"
    assert min(right) < 128 < max(right), "a hidden value is a hatch of light and dark"
