"""Help now at any moment: the card, and Ctrl+H over whatever dialog is open.

Qt ignores an application-wide shortcut whose widget a modal dialog blocks, so the group
screen's Ctrl+H did nothing while Take attendance, the phone list, a CSV import or the resource
editor waited over the window: exactly when someone arrives in distress. Each modal dialog that
takes the focus while the group is open is given its own Ctrl+H, which opens the card over it.
Watching the focus window covers every dialog however it was opened (open(), exec(), a message
box) without a filter called for every event of the application."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from app.group import OpenGroup
from ui.context import UiContext
from ui.resources.help_now import HelpNowDialog

HELP_NOW_SHORTCUT = "Ctrl+H"
_BOUND = "helpNowKeys"  # the object name of the shortcut given to a dialog


class HelpNowKeys(QObject):
    """Opens the Help now card; gives Ctrl+H to each modal dialog over the group's windows.
    A child of the group screen: gone with it at the lock, and with it the keys."""

    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._bind_to_dialog)

    def _bind_to_dialog(self, _window: QWindow | None) -> None:
        # Only a modal dialog: over a window that is not blocked (the meeting's), the group
        # screen's own shortcut still answers, and a second one would make Ctrl+H ambiguous.
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self.group.is_open or isinstance(dialog, HelpNowDialog):
            return
        if dialog.findChild(QShortcut, _BOUND, Qt.FindChildOption.FindDirectChildrenOnly):
            return  # a dialog kept and opened again
        shortcut = QShortcut(QKeySequence(HELP_NOW_SHORTCUT), dialog)
        shortcut.setObjectName(_BOUND)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._over_active_dialog)

    def _over_active_dialog(self) -> None:
        active = QApplication.activeWindow()  # the dialog whose shortcut fired
        if active is not None:
            self.open_over(active)

    def open_over(self, parent: QWidget) -> None:
        """The card over `parent`, a window or a dialog: over a modal dialog it is the dialog's
        child, so that dialog does not block it."""
        if not self.group.is_open or isinstance(QApplication.activeWindow(), HelpNowDialog):
            return
        dialog = HelpNowDialog(self.ctx, self.group, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.ctx.help_now_shown.emit(False))
        self.ctx.help_now_shown.emit(True)
        dialog.show()
        dialog.raise_()
        # The keys must go to it at once (Esc, Tab between numbers), even over a running circle
        # whose own Esc would otherwise take the key.
        dialog.activateWindow()
