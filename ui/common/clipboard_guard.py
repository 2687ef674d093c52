"""What the app put on the clipboard, so that a lock clears it and only it.

QClipboard.ownsClipboard() is only reliable on X11 and Windows (it is always false on some Wayland
compositors and offscreen), so the guard also remembers the text of the last change that happened
while Cercle was the active application, which is when a copy in the app happens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        clipboard = self._clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._on_changed)

    @staticmethod
    def _clipboard() -> QClipboard | None:
        return QGuiApplication.clipboard() if QGuiApplication.instance() else None

    def _on_changed(self) -> None:
        clipboard = self._clipboard()
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if clipboard is not None and (active or clipboard.ownsClipboard()):
            self._ours = clipboard.text()

    def clear_ours(self) -> None:
        clipboard = self._clipboard()
        if clipboard is None:
            return
        text = clipboard.text()
        if clipboard.ownsClipboard() or (self._ours is not None and text == self._ours):
            clipboard.clear()
        # X11's primary selection: whatever was last selected in Cercle, pasted by a middle click.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours = None
