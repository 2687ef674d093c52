"""Small building blocks the dialogs share: a styled notice label and an indefinite busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar

from ui.common.plain_text import wrapped_label


def notice_label(kind: str, *, visible: bool = True) -> QLabel:
    """A word-wrapped label styled by the theme: kind is "warning" or "error"."""
    label = wrapped_label(kind)
    label.setVisible(visible)
    return label


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar
