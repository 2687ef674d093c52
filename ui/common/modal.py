"""How a dialog is opened over the window: window-modal without blocking, deleted when closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

DialogT = TypeVar("DialogT", bound=QDialog)


def open_modal(dialog: DialogT, accepted: Callable[[], object] | None = None) -> DialogT:
    """Shows `dialog` over its window, which waits for it while the event loop runs on (no
    nested loop: a lock or a language switch still reaches both). Qt deletes it once closed, so
    that dialogs opened again and again do not pile up; `accepted()` runs when the host accepts."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if accepted is not None:
        dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
