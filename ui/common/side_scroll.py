"""A side panel that scrolls up and down when the window is too short for it (large text on
a 1366x768 laptop) but keeps its full width, so no field is ever cut on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class SideScroll(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop itself: Tab goes to the fields, and the area scrolls to show them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)

    def sizeHint(self) -> QSize:
        """As narrow as the content allows: the space left goes to the list beside it."""
        content = self.widget()
        height = content.sizeHint().height() if content is not None else 0
        return QSize(self.minimumSizeHint().width(), height)
