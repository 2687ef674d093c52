"""How a dialog is opened over the window: window-modal without blocking, deleted when closed;
and how idle work on the group's connection waits while one is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

DialogT = TypeVar("DialogT", bound=QDialog)

MODAL_RETRY_MS = 250  # idle work held back by an open dialog looks again this often


def open_modal(dialog: DialogT, accepted: Callable[[], object] | None = None) -> DialogT:
    """Shows `dialog` over its window, which waits for it while the event loop runs on (no
    nested loop: a lock or a language switch still reaches both). Qt deletes it once closed, so
    that dialogs opened again and again do not pile up; `accepted()` runs when the host accepts."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if accepted is not None:
        dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def held_by_dialog(timer: QTimer) -> bool:
    """Whether a modal dialog is open, in which case `timer` runs again in MODAL_RETRY_MS (its
    interval changed: start it with the one it needs). A dialog may have a worker on the group's
    connection (a passphrase change rekeys it, the export wizard's write-ahead reads it): a read
    on the main thread then saw "not a database", or stalled behind it. Idle work waits."""
    if QApplication.activeModalWidget() is None:
        return False
    timer.start(MODAL_RETRY_MS)
    return True
