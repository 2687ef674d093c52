"""Screens rebuild their texts when the language changes, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

RETIRED = "cercleRetired"


class Retranslating:
    """Mixin for QWidget subclasses: call `retranslate()` at the end of __init__ and it is
    called again on every QEvent.LanguageChange."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        # A screen retired by a lock waits for deletion with its group closed: leave it alone.
        if event.type() == QEvent.Type.LanguageChange and not self.window().property(RETIRED):
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QEvent) -> None:
        plain_labels(self)  # type: ignore[arg-type]
        super().showEvent(event)  # type: ignore[misc]


def plain_labels(widget: QWidget) -> None:
    """Labels show names, titles and notes typed by hosts, or merged from a co-host's file: Qt
    would read one that looks like HTML as markup and load its <img> (even from a network share).
    Labels meant for markup say so with setTextFormat(RichText) and are left alone."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)
