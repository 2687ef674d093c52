"""A dialog's row of standard buttons, wired the one way every dialog wants."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def dialog_buttons(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton,
    accept: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """The row of `buttons`: the accepting one (OK, Save) calls `accept`, the rejecting one
    (Cancel, Close) and Escape reject the dialog."""
    box = QDialogButtonBox(buttons)
    if accept is not None:
        box.accepted.connect(accept)
    box.rejected.connect(dialog.reject)
    return box
