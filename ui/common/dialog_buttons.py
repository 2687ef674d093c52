"""A dialog's row of standard buttons, wired the one way every dialog wants."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox

from ui.common.retranslate import Retranslating
from ui.common.unsaved import AsksBeforeDiscarding


class DialogButtons(QDialogButtonBox):
    """Keeps the texts a dialog gives its standard buttons ("&Import", "Close (Esc)") across a
    language change: Qt names every standard button again when the change reaches the box,
    which is after its dialog has set its own texts (a parent hears of it first)."""

    def __init__(self, buttons: QDialogButtonBox.StandardButton) -> None:
        super().__init__(buttons)
        self._named_by_qt = self._texts()

    def _texts(self) -> dict[QAbstractButton, str]:
        return {button: button.text() for button in self.buttons()}

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LanguageChange:
            return super().event(event)
        given = {b: t for b, t in self._texts().items() if t != self._named_by_qt.get(b)}
        handled = super().event(event)
        self._named_by_qt = self._texts()
        for button, text in given.items():
            button.setText(text)
        return handled


def dialog_buttons(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton,
    accept: Callable[[], object] | None = None,
    accept_text: Callable[[], str] | None = None,
) -> QDialogButtonBox:
    """The row of `buttons`: the accepting one (OK, Save) calls `accept` and, with
    `accept_text`, says what it does ("&Import") in the dialog's language (the dialog is then
    Retranslating); the rejecting one (Cancel, Close) and Escape reject the dialog, after asking
    in an editor that holds changes (AsksBeforeDiscarding)."""
    box = DialogButtons(buttons)
    if accept is not None:
        box.accepted.connect(accept)
    if accept_text is not None:
        if not isinstance(dialog, Retranslating):
            raise TypeError("a button's own words follow the language of a Retranslating dialog")
        accepting = next(
            b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        dialog.translated(accepting.setText, accept_text)
    # An editor holding changes asks before Cancel drops them (ui/common/unsaved.py).
    box.rejected.connect(
        dialog.cancel if isinstance(dialog, AsksBeforeDiscarding) else dialog.reject
    )
    return box


def save_buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save and Cancel, the row of a dialog that edits records: Save calls `save`, Cancel and
    Escape reject the dialog."""
    return dialog_buttons(
        dialog, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, save
    )
