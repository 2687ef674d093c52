"""A dialog's row of standard buttons, wired the one way every dialog wants."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget


class DialogButtons(QDialogButtonBox):
    """At a language change Qt words every standard button again, also one the dialog named
    itself ("Create" went back to "OK"). The dialog, sent the change before its children, has
    already named it in the new language: that name is kept."""

    def __init__(self, buttons: QDialogButtonBox.StandardButton, parent: QWidget | None = None):
        super().__init__(buttons, parent)
        self._qt_words = self._words()

    def _words(self) -> dict[QDialogButtonBox.StandardButton, str]:
        return {
            self.standardButton(button): button.text()
            for button in self.buttons()
            if self.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        }

    def event(self, event: QEvent) -> bool:
        # Qt words them again in event(), before changeEvent.
        if event.type() != QEvent.Type.LanguageChange:
            return super().event(event)
        own = {
            which: text
            for which, text in self._words().items()
            if text != self._qt_words.get(which, text)
        }
        handled = super().event(event)
        self._qt_words = self._words()
        for which, text in own.items():
            button = self.button(which)
            if button is not None:
                button.setText(text)
        return handled


def dialog_buttons(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton,
    accept: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """The row of `buttons`: the accepting one (OK, Save) calls `accept`, the rejecting one
    (Cancel, Close) and Escape reject the dialog."""
    box = DialogButtons(buttons)
    if accept is not None:
        box.accepted.connect(accept)
    box.rejected.connect(dialog.reject)
    return box
