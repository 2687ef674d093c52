"""The round's balance in the host's language, punctuation included: French spaces its colons."""

from __future__ import annotations

from app.circle_service import RoundBalance
from i18n import typography
from ui.circle.balance import BalanceCard, balance_sentence

BALANCE = RoundBalance(
    spoke=8, passed=1, not_reached=0, median_turn_seconds=196, overrun_seconds=144
)


def test_the_sentence_is_in_english_then_in_french(qtbot, ui_ctx) -> None:
    assert balance_sentence(BALANCE).startswith("Spoke: 8 · Passed: 1 · Not reached: 0")
    ui_ctx.translations.apply("fr")
    sentence = balance_sentence(BALANCE)
    assert sentence.startswith("Ont parlé\u00a0: 8 · Ont passé\u00a0: 1")
    assert typography.faults(sentence) == []


def test_the_card_reads_its_figures_out_in_french(qtbot, ui_ctx) -> None:
    card = BalanceCard()
    qtbot.addWidget(card)
    card.show_balance(BALANCE)
    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: card.names["spoke"].text() == "Ont parlé")
    assert card.values["spoke"].text() == "8"
    assert typography.faults(card.accessibleDescription()) == []
