"""The end of a round on the host's console: the balance (how many spoke, passed, were not reached,
the median turn, the run-over) and, only when the group keeps them, who spoke and for how long."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from app.circle import Outcome, RoundSummary, TurnSummary
from app.circle_service import balance
from ui.circle.balance import BalanceCard
from ui.circle.display import duration_text
from ui.common.models import RowsModel
from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label


class SummaryModel(RowsModel[TurnSummary]):
    SPEAKER, SPOKEN, PLANNED, OUTCOME = range(4)
    COLUMNS = 4
    seconds_each = 0  # the round's time per person: "Time given" shows what was added to it

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Speaker"), self.tr("Spoke for"), self.tr("Time given"), self.tr("Turn"))

    def sort_key(self, number: int, column: int) -> Any:
        line = self._rows[number]
        return (line.speaker.label.casefold(), line.spoken, line.planned, line.outcome.value)[
            column
        ]

    def cell_text(self, number: int, column: int) -> str:
        line = self._rows[number]
        return (
            line.speaker.label,
            duration_text(line.spoken),
            given_text(line.planned, self.seconds_each),
            outcome_text(line.outcome),
        )[column]


def given_text(allotted: int, seconds_each: int) -> str:
    """The time each, as every screen words it, and any minute added: "5 min + 1 min"."""
    added = allotted - seconds_each
    if seconds_each <= 0 or added <= 0:
        return duration_text(allotted)
    return QCoreApplication.translate("SummaryModel", "{each} + {added}").format(
        each=duration_text(seconds_each), added=duration_text(added)
    )


def outcome_text(outcome: Outcome) -> str:
    if outcome is Outcome.PASSED:
        return QCoreApplication.translate("SummaryModel", "Passed")
    if outcome is Outcome.NOT_HEARD:
        return QCoreApplication.translate("SummaryModel", "Not reached (round ended)")
    return QCoreApplication.translate("SummaryModel", "Spoke")


class SummaryView(Retranslating, QWidget):
    new_round = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: RoundSummary | None = None
        self.saved = False
        self.problem: Callable[[], str] | None = None  # why the round was not kept
        self.keeps_times = False
        self.balance_card = BalanceCard()
        self.title = translated_label(self, lambda: self.tr("The round is over"), "pageTitle")
        self.totals = wrapped_label("circleTotals")
        self.model = SummaryModel(self)
        self.saved_label = wrapped_label()
        self.new_button = translated_button(
            self, lambda: self.tr("Set up a new round"), clicked=self.new_round
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.balance_card)
        # Made in place, after what reads above it joined (the order Tab and screen readers
        # follow): a table made alone is styled again, its scroll bars too, when added.
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.new_button)

    def show_summary(
        self,
        summary: RoundSummary,
        saved: bool,
        problem: Callable[[], str] | None,
        keeps_times: bool,
    ) -> None:
        """keeps_times: the group keeps each person's time, so the host may see it here too."""
        self.summary, self.saved, self.problem = summary, saved, problem
        self.keeps_times = keeps_times
        self.balance_card.show_balance(balance(summary))
        self.table.setVisible(keeps_times)
        self.spacer.setVisible(not keeps_times)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        summary = self.summary
        if summary is None:
            return
        # Per person only when the group keeps it; the outcome words and headers are translated.
        self.model.seconds_each = summary.seconds_per_turn
        self.model.set_rows(summary.turns if self.keeps_times else [])
        self.totals.setText(
            self.tr("{each} each planned: {used} used of {planned} planned.").format(
                each=duration_text(summary.seconds_per_turn),
                used=duration_text(summary.used),
                planned=duration_text(summary.planned),
            )
        )
        if self.problem:
            self.saved_label.setText(self.problem())
        else:
            self.saved_label.setText(
                self.tr("The round never started, so nothing was saved.")
                if not self.saved
                else self.tr("Saved: only who spoke and for how long, never what was said.")
                if self.keeps_times
                else self.tr("Saved: only this balance, never who spoke or what was said.")
            )
