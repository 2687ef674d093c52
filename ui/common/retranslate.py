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
    """A safety net for the labels Qt makes itself (a form's empty row label): Cercle's own are
    plain from their construction (ui.common.plain_text). MarkupLabels are left alone."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)
