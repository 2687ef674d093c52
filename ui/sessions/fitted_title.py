"""The live meeting's item title: large, but never at the cost of the item's clock and the text
to read aloud. A long title gives up size, then words; it stays whole in its tooltip and for a
screen reader."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QApplication

from ui.common.plain_text import PlainLabel
from ui.common.theme import scaled_font

TITLE_FACTOR, TITLE_LEAST = 3.2, 1.6  # times the body text: a long title shrinks to the least
TITLE_LINES = 2  # then it is cut
TITLE_SHARE = 7  # the title's lines take at most this fraction of the window's height


class FittedTitle(PlainLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("liveTitle")
        self.setWordWrap(True)
        self.title = ""
        self._fitted: tuple[object, ...] = ()

    def show_title(self, title: str) -> None:
        self.title = title
        self.refit()

    def refit(self) -> None:
        """Done again only when the title, its width, the window's height or the text size
        changed: the meeting shows its item four times a second."""
        width, height = self.contentsRect().width(), self.window().height()
        key = (self.title, width, height, QApplication.font().key())
        if key == self._fitted:
            return
        self._fitted = key
        font, shown = title_fit(self.title, width, height)
        self.setFont(font)
        self.setText(shown)
        self.setToolTip(self.title if shown != self.title else "")
        self.setAccessibleName(self.title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()


def title_fit(title: str, width: int, window_height: int) -> tuple[QFont, str]:
    """The title, wrapped, as large as TITLE_LINES lines within 1/TITLE_SHARE of the window's
    height allow, down to TITLE_LEAST times the body text; past that, cut short."""
    font = scaled_font(TITLE_FACTOR, True)
    if width <= 0 or window_height <= 0:
        return font, title
    least = QApplication.font().pointSizeF() * TITLE_LEAST
    room = window_height / TITLE_SHARE
    while True:
        metrics = QFontMetrics(font)
        lines = max(1, min(TITLE_LINES, int(room // metrics.lineSpacing())))
        # n lines measure (n - 1) line spacings and a line's height, give or take a pixel.
        height = (lines - 1) * metrics.lineSpacing() + metrics.height() + 2
        if _wrapped_height(metrics, width, title) <= height:
            return font, title
        if font.pointSizeF() <= least:
            return font, _cut(metrics, width, title, height)
        font.setPointSizeF(max(least, font.pointSizeF() * 0.92))


def _wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    """As QLabel measures its wrapped plain text."""
    bounds = QRect(0, 0, width, 100_000)
    return metrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height()


def _cut(metrics: QFontMetrics, width: int, text: str, height: int) -> str:
    """The longest start of `text` that fits with "…", cut after a word where it can be."""
    shortest, longest = 0, len(text)
    while shortest < longest:  # by halves: a title is at most 300 characters
        middle = (shortest + longest + 1) // 2
        if _wrapped_height(metrics, width, text[:middle].rstrip() + "…") <= height:
            shortest = middle
        else:
            longest = middle - 1
    start = text[:shortest]
    word = start.rfind(" ")
    if word > shortest // 2:
        start = start[:word]
    return start.rstrip(" ,;:—-") + "…"
