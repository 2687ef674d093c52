"""The presenter window for a projector or a second screen: the speaker's pseudonym, the countdown
and the colour with its state in words. Nothing else from the group ever goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.circle.face import TimerPanel
from ui.common.retranslate import Retranslating, translated_label


class PresenterWindow(Retranslating, QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A separate window, but a child of the circle screen so that a lock closes it.
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Task bars and screen sharing show the title: never a name from the group.
        self.translated(self.setWindowTitle, lambda: self.tr("Sharing circle"))
        self.panel = TimerPanel()
        # Over the host's own screen (a laptop alone) it hides every control: say how back.
        self.back_hint = translated_label(
            self, lambda: self.tr("Esc: back to the host's controls"), "presenterHint"
        )
        self.back_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_hint.hide()
        self.covers_host = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.back_hint)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._screen_removed)

    def show_on(self, screen: QScreen | None, covers_host: bool = False) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.covers_host = covers_host
        self.back_hint.setVisible(covers_host)
        self.showFullScreen()
        self.raise_()

    def _screen_removed(self, screen: QScreen) -> None:
        # Its projector unplugged: Qt would move it, full screen, over the host's own screen
        # and its controls, with no hint of the way back. Closed; the button shows it again.
        if screen == self.screen():
            self.close()

    def leave_full_screen(self) -> None:
        """Esc. Over the host's own screen one press gives the controls back; on a projector it
        first makes the window small, then closes it."""
        if self.isFullScreen() and not self.covers_host:
            self.showNormal()
            self.resize(960, 540)
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
