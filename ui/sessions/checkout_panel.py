"""The check-out at the end of a meeting: "how was this meeting for you?" on a three-step scale,
the host entering the show of hands. Counts only, stored on the meeting, never tied to anyone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Session
from ui.common.forms import spoken_text
from ui.common.messages import stored_or_warned
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label

SCALE = ("good", "mixed", "hard")


class CheckoutPanel(Retranslating, QFrame):
    def __init__(self, group: OpenGroup, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session = session
        self.setObjectName("card")
        self.question = translated_label(
            self,
            lambda: self.tr("Check-out: how was this meeting for you? (show of hands)"),
            "sectionTitle",
            wraps=True,
        )
        self.names: dict[str, QLabel] = {}
        self.spins: dict[str, QSpinBox] = {}
        # One above the other: it stands in for the agenda in the meeting's side column.
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(8)
        column.addWidget(self.question)
        counts = QFormLayout()
        column.addLayout(counts)
        stored = (session.checkout_good, session.checkout_mixed, session.checkout_hard)
        texts = (lambda: self.tr("&Good"), lambda: self.tr("&Mixed"), lambda: self.tr("&Hard"))
        for key, value, text in zip(SCALE, stored, texts, strict=True):
            name, spin = PlainLabel(), QSpinBox()
            self.translated(name.setText, text)
            self.translated(spin.setAccessibleName, spoken_text(text))
            spin.setRange(0, 999)
            spin.setValue(value or 0)
            name.setBuddy(spin)
            counts.addRow(name, spin)
            self.names[key], self.spins[key] = name, spin
        self.save_button = translated_button(
            self,
            lambda: self.tr("Save the check-out"),
            lambda: self.tr("Counts only, on the meeting: never who"),
            clicked=self.save,
        )
        self.saved_label = wrapped_label()
        column.addWidget(self.save_button)
        column.addWidget(self.saved_label)
        column.addStretch(1)
        self.taken = session.checkout_good is not None
        self._stored = self.counts()
        self._show_saved()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_saved()

    def _show_saved(self) -> None:
        self.saved_label.setText(self.tr("Saved: counts only, never who.") if self.taken else "")

    def counts(self) -> tuple[int, int, int]:
        good, mixed, hard = (self.spins[key].value() for key in SCALE)
        return good, mixed, hard

    def save(self) -> bool:
        good, mixed, hard = self.counts()
        if not stored_or_warned(
            self,
            self.tr("Check-out"),
            lambda: self.group.sessions.save_checkout(self.session.id, good, mixed, hard),
        ):
            return False
        self.taken, self._stored = True, (good, mixed, hard)
        self._show_saved()
        return True

    def keep_entered(self) -> bool:
        """Counts entered and not saved are kept when the meeting ends or is left: the show of
        hands happened, as attendance ticks are kept as made. False if the vault refused them
        (the host was told)."""
        return self.counts() == self._stored or self.save()
