"""Screens rebuild their texts when the language changes, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QEvent

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
