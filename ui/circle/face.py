"""The part of the circle the room reads: the speaker's name, a very large countdown scaled to the
space it has, a quiet progress bar and the state in words, on a calm background colour.

The state is never told by colour alone: "time to conclude" adds a dashed outline around the panel
and the bar's fill reaches the mark drawn where that time begins; "over time" has a heavy double
outline and a striped bar; each has its words under the countdown."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.circle import Tone
from ui.circle.display import Shown, background, foreground
from ui.common.plain_text import PlainLabel

OUTLINE_ROOM = 24  # px kept free around the panel's content for the state outline
OUTLINES = {Tone.WARNING: "dashed", Tone.OVERTIME: "double"}


class FitLabel(PlainLabel):
    """A one-line label whose font grows with its height and shrinks to fit its width."""

    def __init__(
        self, height_ratio: float, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent)
        self._ratio = height_ratio
        self._bold = bold
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(24)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = QFont(self.font())
        font.setBold(self._bold)
        size = max(10.0, self.height() * self._ratio)
        font.setPixelSize(round(size))
        width = QFontMetricsF(font).horizontalAdvance(self.text() or " ")
        if width > self.width() * 0.96 > 0:
            font.setPixelSize(max(10, round(size * self.width() * 0.96 / width)))
        self.setFont(font)


class Face(QWidget):
    """The countdown itself, painted as large as the widget allows, with a thin progress bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_text = ""
        self.tone = Tone.IDLE
        self.progress = 0.0
        self.warning_at: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 80)

    def show_time(
        self, text: str, tone: Tone, progress: float, warning_at: float | None = None
    ) -> None:
        wanted = (text, tone, round(progress, 3), warning_at)
        if wanted != (self.time_text, self.tone, round(self.progress, 3), self.warning_at):
            self.time_text, self.tone, self.progress = text, tone, progress
            self.warning_at = warning_at
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = foreground(self.tone)
        bar_height = max(6.0, self.height() * 0.035)
        text_rect = QRectF(self.rect()).adjusted(0, 0, 0, -bar_height * 3)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, round(text_rect.height() * 0.9)))
        # Measured on the widest figures, so the size does not jump as the seconds change.
        sample = (
            "+" + "8" * sum(ch.isdigit() for ch in self.time_text) + ":" * self.time_text.count(":")
        )
        width = QFontMetricsF(font).horizontalAdvance(sample)
        if width > text_rect.width() * 0.94:
            font.setPixelSize(max(12, round(font.pixelSize() * text_rect.width() * 0.94 / width)))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.time_text)
        if self.time_text:
            self._paint_bar(painter, bar_height)
        painter.end()

    def _paint_bar(self, painter: QPainter, height: float) -> None:
        width = self.width() * 0.6
        track = QRectF((self.width() - width) / 2, self.height() - height * 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        ink = foreground(self.tone)
        faint = foreground(self.tone)
        faint.setAlpha(50)
        painter.setBrush(faint)
        painter.drawRoundedRect(track, height / 2, height / 2)
        painter.setBrush(ink)
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(1.0, self.progress)))
        painter.drawRoundedRect(filled, height / 2, height / 2)
        if self.tone is Tone.OVERTIME:
            # Stripes over the full bar: "past the time" is a pattern, not only a colour.
            painter.setBrush(QBrush(background(self.tone), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(filled, height / 2, height / 2)
        if self.warning_at is not None and self.tone is not Tone.IDLE:
            self._paint_warning_mark(painter, track, ink)

    def _paint_warning_mark(self, painter: QPainter, track: QRectF, ink: QColor) -> None:
        """A tick across the bar and a small triangle above it where "time to conclude" begins."""
        assert self.warning_at is not None
        x = track.left() + track.width() * self.warning_at
        height = track.height()
        painter.setPen(QPen(ink, max(2.0, height * 0.35)))
        painter.drawLine(QPointF(x, track.top() - height * 0.6), QPointF(x, track.bottom() + 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        top = track.top() - height * 0.6
        side = max(5.0, height * 1.3)
        painter.drawPolygon(
            [
                QPointF(x - side, top - side * 1.5),
                QPointF(x + side, top - side * 1.5),
                QPointF(x, top),
            ]
        )


class TimerPanel(QWidget):
    """Name, countdown and state words on the tone's background: the running view and the
    presenter window show exactly this."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.name = FitLabel(0.7, bold=True)
        self.name.setObjectName("circleSpeaker")
        self.face = Face()
        self.face.setObjectName("circleTime")
        self.state = FitLabel(0.6)
        self.state.setObjectName("circleState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(OUTLINE_ROOM, OUTLINE_ROOM, OUTLINE_ROOM, OUTLINE_ROOM)
        layout.setSpacing(0)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.face, 6)
        layout.addWidget(self.state, 1)
        self.tone: Tone | None = None

    def show_state(self, now: Shown) -> None:
        self.name.setText(now.name)
        self.state.setText(now.state)
        self.face.show_time(now.time, now.tone, now.progress, now.warning_at)
        if now.tone is not self.tone:
            self.tone = now.tone
            palette = self.palette()
            palette.setColor(self.backgroundRole(), background(now.tone))
            palette.setColor(self.foregroundRole(), foreground(now.tone))
            self.setPalette(palette)
            for label in (self.name, self.state):
                label.setPalette(palette)
            self.update()

    def outline(self) -> str:
        """The panel's outline for the current tone: none, dashed (conclude) or double (over)."""
        return OUTLINES.get(self.tone or Tone.IDLE, "none")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        style = self.outline()
        if style == "none" or self.tone is None:
            return
        painter = QPainter(self)
        width = max(4.0, min(self.width(), self.height()) * 0.012)
        pen = QPen(foreground(self.tone), width)
        if style == "dashed":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = QRectF(self.rect()).adjusted(width, width, -width, -width)
        painter.drawRect(outer)
        if style == "double":
            gap = width * 2.2
            painter.drawRect(outer.adjusted(gap, gap, -gap, -gap))
        painter.end()

    def background_colour(self) -> str:
        return str(self.palette().color(self.backgroundRole()).name())
