"""A strength hint that follows a passphrase field as the host types."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.passphrase import Strength, strength
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating


class PassphraseStrengthLabel(Retranslating, PlainLabel):
    def __init__(self, field: QLineEdit) -> None:
        super().__init__()
        self._field = field
        self.setWordWrap(True)  # a long hint must not widen dialogs in large text
        self.setObjectName("muted")
        field.textChanged.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        text = self._field.text()
        if not text:
            self.setText(
                self.tr(
                    "At least 8 characters. A few unrelated words are easy to "
                    "remember and hard to guess."
                )
            )
            return
        names = {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak: easy to guess"),
            Strength.FAIR: self.tr("Fair: add a word or two"),
            Strength.GOOD: self.tr("Good"),
            Strength.STRONG: self.tr("Strong"),
        }
        self.setText(self.tr("Strength: {level}").format(level=names[strength(text)]))
