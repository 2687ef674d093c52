"""The round's balance in words and figures, for the host's console and the meeting's summary:
how many spoke, passed or were not reached, the median turn and the total run-over. Never who.
The presenter window never shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.circle_service import RoundBalance
from ui.circle.display import duration_text
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_label
from ui.common.theme import scaled_font

FIELDS = ("spoke", "passed", "not_reached", "median", "overrun")


def balance_figures(balance: RoundBalance) -> dict[str, tuple[str, str]]:
    """Each figure's name and value, in the order the host reads them."""
    overrun = balance.overrun_seconds
    return {
        "spoke": (QCoreApplication.translate("RoundBalance", "Spoke"), str(balance.spoke)),
        "passed": (QCoreApplication.translate("RoundBalance", "Passed"), str(balance.passed)),
        "not_reached": (
            QCoreApplication.translate("RoundBalance", "Not reached"),
            str(balance.not_reached),
        ),
        "median": (
            QCoreApplication.translate("RoundBalance", "Median turn"),
            duration_text(balance.median_turn_seconds) if balance.spoke else "–",
        ),
        "overrun": (
            QCoreApplication.translate("RoundBalance", "Run-over, in all"),
            duration_text(overrun)
            if overrun
            else QCoreApplication.translate("RoundBalance", "none"),
        ),
    }


def balance_sentence(balance: RoundBalance) -> str:
    """One line for a meeting's summary and its printout."""
    labelled = QCoreApplication.translate("RoundBalance", "{name}: {value}")
    return " · ".join(
        labelled.format(name=name, value=value) for name, value in balance_figures(balance).values()
    )


class BalanceCard(Retranslating, QFrame):
    """The five figures, large enough to take in at a glance after the round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.balance: RoundBalance | None = None
        self.title = translated_label(self, lambda: self.tr("Balance of the round"), "sectionTitle")
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(28)
        grid.addWidget(self.title, 0, 0, 1, len(FIELDS))
        for column, key in enumerate(FIELDS):
            value, name = PlainLabel(), PlainLabel()
            value.setObjectName("balanceValue")
            value.setFont(scaled_font(2.0, True))
            name.setWordWrap(True)
            grid.addWidget(value, 1, column)
            grid.addWidget(name, 2, column)
            self.values[key], self.names[key] = value, name

    def show_balance(self, balance: RoundBalance) -> None:
        self.balance = balance
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self.balance is None:
            return
        for key, (name, value) in balance_figures(self.balance).items():
            self.names[key].setText(name)
            self.values[key].setText(value)
        self.setAccessibleDescription(balance_sentence(self.balance))
