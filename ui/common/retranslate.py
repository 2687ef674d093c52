"""Screens rebuild their texts when the language changes, without a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

RETIRED = "cercleRetired"

# The mixin only ever sits before QWidget in a screen's bases: say so to the type checker, while
# at run time it stays a plain class so that QWidget's own __init__ runs once.
if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """Mixin for QWidget subclasses: call `retranslate()` at the end of __init__ and it is
    called again on every QEvent.LanguageChange."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        # A screen retired by a lock waits for deletion with its group closed: leave it alone.
        if event.type() == QEvent.Type.LanguageChange and not retired(self):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        plain_labels(self)
        super().showEvent(event)


def retired(widget: QWidget) -> bool:
    """Whether the widget is in a screen a lock retired (it stays in the window, hidden, until
    deleted)."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.property(RETIRED):
            return True
        parent = parent.parentWidget()
    return False


def plain_labels(widget: QWidget) -> None:
    """A safety net for the labels Qt makes itself (a form's empty row label): Cercle's own are
    plain from their construction (ui.common.plain_text). MarkupLabels are left alone."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)
