"""The presenter window for a projector or a second screen: the speaker's pseudonym, the countdown
and the colour with its state in words. Nothing else from the group ever goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.circle.face import TimerPanel
from ui.common.retranslate import Retranslating


class PresenterWindow(Retranslating, QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A separate window, but a child of the circle screen so that a lock closes it.
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = TimerPanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        # Task bars and screen sharing show the title: never a name from the group.
        self.setWindowTitle(self.tr("Sharing circle"))

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self.resize(960, 540)
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
