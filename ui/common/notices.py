"""Small building blocks the dialogs share: a styled notice label and an indefinite busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar

from ui.common.plain_text import wrapped_label


def notice_label(kind: str, *, visible: bool = True) -> QLabel:
    """A word-wrapped label styled by the theme: kind is "warning" or "error"."""
    label = wrapped_label(kind)
    if not visible:
        label.hide()
    # Not setVisible(True): the label has no parent yet, and shown it would be a window of its
    # own, mapped on the desktop for an instant before the screen that takes it.
    return label


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar
